"""The rows of documents stored but not yet linked, kept in memory by the Store that wrote them.

Linking reads the new documents' events, places, figures and actors back (store.incidents.LOAD_SQL,
DOCS_SQL). Read from the tables, that costs a scan of each table's doc_id column, so it grew with the
store (1.6 s of the 2.3 s of linking SQL per 1,000 articles with 1M events stored). The Store that wrote
a document keeps its rows (the very tuples it inserted) until the document is linked, and linking runs
the same SQL over them, registered as small in-memory tables: the result is the same by construction.
Documents not held here (stored by another run, or past `MAX_DOCS`) are read from the tables as before.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import pyarrow as pa

from newsgraph.store.rows import Rows

MAX_DOCS = 5_000           # beyond, documents are read back from the tables (memory stays bounded: ~20 MB)
TABLES = ("documents", "entities", "places", "events", "event_places", "event_actors", "counts")
DUPLICATE_OF = 13          # documents.duplicate_of (schema.py), the column a re-pointing changes
UNREAD = (11, 14)          # documents.json and .minhash: linking does not read them, they are not kept


class Unlinked:
    """doc id -> the rows it was stored with, for the documents written since the last linking."""

    def __init__(self) -> None:
        self.rows: dict[str, Rows] = {}

    def add(self, batch: list[Rows]) -> None:
        """Keep the rows of a committed batch (not when that would pass MAX_DOCS)."""
        if len(self.rows) + len(batch) <= MAX_DOCS:
            for rows in batch:
                doc = tuple(None if i in UNREAD else v for i, v in enumerate(rows["documents"][0]))
                self.rows[doc[0]] = {**{t: rows[t] for t in TABLES}, "documents": [doc]}

    def repointed(self, old: str) -> None:
        """`old` (and its copies) now point at another original: forget them, the tables have the change."""
        for doc_id in [d for d, r in list(self.rows.items()) if d == old or r["documents"][0][DUPLICATE_OF] == old]:
            del self.rows[doc_id]

    def forget(self, doc_ids=None) -> None:
        """Forget `doc_ids` (linked now), or everything."""
        if doc_ids is None:
            self.rows.clear()
        for doc_id in doc_ids or ():
            self.rows.pop(doc_id, None)

    def split(self, doc_ids: list[str]) -> tuple[list[str], list[str]]:
        """(the ids held here, the others)."""
        return [d for d in doc_ids if d in self.rows], [d for d in doc_ids if d not in self.rows]

    @contextmanager
    def registered(self, cur, doc_ids: list[str]) -> Iterator[dict[str, str]]:
        """The rows of `doc_ids` registered on `cur` as in-memory tables with the stored tables' columns and
        types; yields table name -> the name to query instead."""
        names = {}
        try:
            for table in TABLES:
                schema = cur.sql(f"SELECT * FROM {table} LIMIT 0").arrow().schema
                rows = [r for d in doc_ids for r in self.rows[d][table]]
                columns = list(zip(*rows)) if rows else [[] for _ in schema]
                arrow = pa.table([pa.array(list(c), type=f.type) for c, f in zip(columns, schema)], schema=schema)
                names[table] = f"_newsgraph_unlinked_{table}"
                cur.register(names[table], arrow)
            yield names
        finally:
            for name in names.values():
                cur.unregister(name)
