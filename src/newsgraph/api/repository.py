"""Where the API keeps documents: the DuckDB store of `newsgraph ingest`, or memory without --db.

Both repositories give the same small interface to the routes (add, get, page, documents);
access is serialised with a lock since the routes run in a thread pool.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Iterator, Optional, Protocol

from newsgraph.model import Document


class Repository(Protocol):
    def add(self, doc: Document) -> None: ...
    def get(self, doc_id: str) -> Optional[Document]: ...
    def page(self, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]: ...
    def documents(self) -> Iterator[Document]: ...


def summary(doc: Document) -> dict[str, Any]:
    """A document as `GET /documents` lists it."""
    return {
        "id": doc.id, "title": doc.title, "url": doc.url, "source": doc.source,
        "published": doc.published, "language": doc.language,
        "snippet": doc.text[:160],
        "counts": {k: len(getattr(doc, k)) for k in ("entities", "places", "times", "quotes", "events")},
    }


class MemoryRepository:
    """Documents of this server process only, newest first, at most `capacity` of them."""

    def __init__(self, capacity: int = 1000) -> None:
        self._docs: OrderedDict[str, Document] = OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()

    def add(self, doc: Document) -> None:
        with self._lock:
            self._docs.pop(doc.id, None)
            self._docs[doc.id] = doc
            while len(self._docs) > self._capacity:
                self._docs.popitem(last=False)

    def get(self, doc_id: str) -> Optional[Document]:
        with self._lock:
            return self._docs.get(doc_id)

    def page(self, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        with self._lock:
            newest = list(reversed(self._docs.values()))
        return [summary(d) for d in newest[offset:offset + limit]], len(newest)

    def documents(self) -> Iterator[Document]:
        with self._lock:
            docs = list(self._docs.values())
        return iter(docs)


def open_repository(db_path: Optional[str]) -> Repository:
    """The DuckDB store at `db_path` (created if missing), or a memory repository for None."""
    if db_path is None:
        return MemoryRepository()
    from newsgraph.api.duckdb_repo import DuckDBRepository
    return DuckDBRepository(db_path)
