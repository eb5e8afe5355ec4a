"""Full-text search over stored documents (titles and text): SQLite FTS5, from the standard library.

    index = SearchIndex.for_store(store)     # <db>.search.sqlite beside the DuckDB file
    index.search("kharkiv strike", limit=20, offset=0, doc_ids=None) -> (total, hits)

DuckDB's own fts extension is downloaded at run time, which newsgraph never does, hence SQLite.
The index follows the store: `sync(store)` adds the documents it lacks and drops those the store
no longer has (compared by count first, so a search on an unchanged store costs one count); a
missing or unreadable index file is rebuilt. An in-memory store gets an in-memory index.

Queries are words (diacritics and case ignored); every word must occur; a word ending in '*' is
a prefix; "quoted words" are a phrase. Nothing the user types reaches FTS5's query syntax as is.
"""
from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional

from newsgraph.errors import InputError

HIT_START, HIT_END = "\x02", "\x03"      # snippet markers, turned into parts (never HTML)
SNIPPET_TOKENS = 24
MAX_TERMS = 20
SCHEMA = ("CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(doc_id UNINDEXED, title, text, "
          "tokenize = 'unicode61 remove_diacritics 2')")
TERM = re.compile(r'"([^"]+)"|(\w[\w\'-]*\*?)', re.UNICODE)


def index_path(db_path: str) -> str:
    return ":memory:" if db_path in ("", ":memory:") else f"{db_path}.search.sqlite"


def fts_query(text: str) -> str:
    """The FTS5 expression for what a user typed; InputError when it holds no word."""
    terms = []
    for phrase, word in TERM.findall(text or ""):
        words = re.findall(r"\w+", phrase or word.rstrip("*"), re.UNICODE)
        if words:
            terms.append('"' + " ".join(words) + '"' + ("*" if word.endswith("*") and len(words) == 1 else ""))
    if not terms:
        raise InputError("the search has no words")
    return " ".join(terms[:MAX_TERMS])


def snippet_parts(snippet: str) -> list[dict[str, Any]]:
    """'a \\x02b\\x03 c' -> [{text: 'a ', match: False}, {text: 'b', match: True}, {text: ' c', ...}]."""
    parts, match = [], False
    for piece in re.split(f"([{HIT_START}{HIT_END}])", snippet or ""):
        if piece in (HIT_START, HIT_END):
            match = piece == HIT_START
        elif piece:
            parts.append({"text": piece, "match": match})
    return parts


@dataclass
class SearchHit:
    doc_id: str
    score: float
    title: list[dict[str, Any]]
    snippet: list[dict[str, Any]]


class SearchIndex:
    """An FTS5 index of (doc_id, title, text), shared between threads under a lock."""

    def __init__(self, path: str):
        self.path = path
        self._lock = threading.Lock()
        self._con = self._open(path)
        self._n = self._con.execute("SELECT count(*) FROM docs_docsize").fetchone()[0]   # kept up to date

    @classmethod
    def for_store(cls, store) -> "SearchIndex":
        index = cls(index_path(store.path))
        index.sync(store)
        return index

    @staticmethod
    def _open(path: str) -> sqlite3.Connection:
        try:
            con = sqlite3.connect(path, check_same_thread=False)
            con.execute(SCHEMA)
            con.execute("SELECT count(*) FROM docs").fetchone()
            return con
        except sqlite3.DatabaseError:         # corrupt or not an index: rebuilt from the store
            if path != ":memory:" and Path(path).is_file():
                Path(path).unlink()
            con = sqlite3.connect(path, check_same_thread=False)
            con.execute(SCHEMA)
            return con

    def close(self) -> None:
        self._con.close()

    def count(self) -> int:
        """Documents in the index (counted once when opened, then kept by add and sync)."""
        return self._n

    def sync(self, store, batch: int = 500) -> int:
        """Index the store's documents the index lacks, drop those it no longer has; returns changes."""
        stored = store.count("documents")
        if stored == self.count():
            return 0
        cur = store._cursor()
        ids = {r[0] for r in cur.execute("SELECT id FROM documents").fetchall()}
        with self._lock:
            have = {r[0] for r in self._con.execute("SELECT doc_id FROM docs")}
        gone, missing = have - ids, sorted(ids - have)
        with self._lock, self._con:
            self._con.executemany("DELETE FROM docs WHERE doc_id = ?", [(i,) for i in gone])
            self._n -= len(gone)
        for start in range(0, len(missing), batch):
            chunk = missing[start:start + batch]
            rows = cur.execute("SELECT id, coalesce(title, ''), text FROM documents WHERE id IN (SELECT unnest(?))",
                               [chunk]).fetchall()
            self.add(rows)
        return len(gone) + len(missing)

    def add(self, rows: Iterable[tuple[str, str, str]]) -> None:
        rows = list(rows)
        with self._lock, self._con:
            self._con.executemany("INSERT INTO docs (doc_id, title, text) VALUES (?, ?, ?)", rows)
            self._n += len(rows)

    def search(self, text: str, limit: int = 20, offset: int = 0,
               doc_ids: Optional[set[str]] = None) -> tuple[int, list[SearchHit]]:
        """(number of matching documents, the hits of the page), best first (BM25, title weighted 3x).
        `doc_ids`: only these documents (the event filters' documents)."""
        query = fts_query(text)
        with self._lock:
            if doc_ids is None:
                total = self._con.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", [query]).fetchone()[0]
                page = [r[0] for r in self._con.execute(
                    "SELECT doc_id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, 3, 1), doc_id LIMIT ? OFFSET ?",
                    [query, limit, offset])]
            else:
                ranked = [r[0] for r in self._con.execute(
                    "SELECT doc_id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, 3, 1), doc_id", [query])
                    if r[0] in doc_ids]
                total, page = len(ranked), ranked[offset:offset + limit]
            if not page:
                return total, []
            marks = ",".join("?" * len(page))
            rows = self._con.execute(
                f"SELECT doc_id, bm25(docs, 0, 3, 1), highlight(docs, 1, ?, ?), "
                f"snippet(docs, 2, ?, ?, '…', {SNIPPET_TOKENS}) FROM docs WHERE docs MATCH ? AND doc_id IN ({marks})",
                [HIT_START, HIT_END, HIT_START, HIT_END, query, *page]).fetchall()
        by_id = {r[0]: SearchHit(r[0], -r[1], snippet_parts(r[2]), snippet_parts(r[3])) for r in rows}
        return total, [by_id[d] for d in page if d in by_id]


def filtered_doc_ids(store, flt) -> set[str]:
    """Documents with at least one event passing the store filter `flt` (an EventFilter)."""
    where, params = flt.where()
    sql = ("SELECT DISTINCT e.doc_id FROM events e LEFT JOIN incident_events ie "
           "ON ie.doc_id = e.doc_id AND ie.event_id = e.id" + where)
    return {r[0] for r in store._cursor().execute(sql, params).fetchall()}


def document_summaries(store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """{id: {id, url, title, source, published, n_events}} of the stored documents among `ids`."""
    if not ids:
        return {}
    cur = store._cursor()
    cur.execute("SELECT id, url, title, source, published, n_events FROM documents WHERE id IN (SELECT unnest(?))",
                [ids])
    names = [d[0] for d in cur.description]
    return {row[0]: dict(zip(names, row)) for row in cur.fetchall()}
