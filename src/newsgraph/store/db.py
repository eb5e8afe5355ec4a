"""The Store: one DuckDB corpus database, written in per-batch transactions, read through a small API."""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import duckdb

from newsgraph.errors import ResourceError
from newsgraph.model import Document
from newsgraph.store.integrity import check_rows, problems
from newsgraph.store.neardup import assign_duplicates, band_keys, fingerprint, signature_bytes
from newsgraph.store.queries import EVENT_SELECT, EventFilter, event_record, make_filter
from newsgraph.store.rows import TABLE_ORDER, document_rows, insert_rows
from newsgraph.store.schema import ensure_schema, schema_version
from newsgraph.store.tolls import attach_details
from newsgraph.store.unlinked import Unlinked

# What writing a malformed record can raise: a conversion error from DuckDB, a key the document repeats
# (store.integrity, a ValueError), or a column of mixed types from Arrow (ArrowInvalid is a ValueError,
# ArrowTypeError a TypeError).
STORE_ERRORS = (duckdb.Error, TypeError, ValueError)
# A checkpoint (the WAL folded into the file) rewrites every index of a changed table, so it costs more as
# the database grows: at DuckDB's default 16 MB it ran after nearly every ingest batch (0.85 s a batch with
# 100k events stored: storing cost grew with the store). The WAL is as durable; the file is checkpointed
# when the WAL reaches this size and when the store is closed.
CHECKPOINT_THRESHOLD = "1GB"


@dataclass
class AddResult:
    """What `Store.add_documents` did with each document of a batch."""
    added: list[str] = field(default_factory=list)           # doc ids written
    skipped: list[str] = field(default_factory=list)         # already in the database (or twice in the batch)
    failed: list[tuple[str, str]] = field(default_factory=list)   # (doc id, error)


class Store:
    """A corpus database. Use `open_store(path)`; close it (or use `with`) when done."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool):
        self._con = con
        self.path = path
        self.read_only = read_only
        self._unlinked = Unlinked()      # rows written and not linked yet, for linking (store.unlinked)

    # -- lifecycle ----------------------------------------------------------------
    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        return self._con.cursor()      # one cursor per call: safe to share a Store between threads

    # -- writing ------------------------------------------------------------------
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """The subset of `ids` already stored as documents."""
        ids = list(set(ids))
        if not ids:
            return set()
        cur = self._cursor()
        rows = cur.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def add_documents(self, docs: list[Document], origins: Optional[list[Optional[str]]] = None) -> AddResult:
        """Write processed documents in one transaction; skip ids already stored.

        If the batch cannot be written (a record breaks a constraint), each document is retried in
        its own transaction so that one bad document does not lose the others.
        """
        origins = origins or [None] * len(docs)
        result = AddResult()
        known = self.known_ids(d.id for d in docs)
        todo: list[tuple[Document, Optional[str]]] = []
        for doc, origin in zip(docs, origins):
            if doc.id in known:
                result.skipped.append(doc.id)
            else:
                known.add(doc.id)
                todo.append((doc, origin))
        if not todo:
            return result
        try:
            self._write(todo)
            result.added += [d.id for d, _ in todo]
        except duckdb.InterruptException:       # Ctrl-C during a query: an interruption, not a bad document
            raise
        except STORE_ERRORS:
            for doc, origin in todo:
                try:
                    self._write([(doc, origin)])
                    result.added.append(doc.id)
                except STORE_ERRORS as exc:
                    result.failed.append((doc.id, f"cannot store the document: {exc}"))
        return result

    def _write(self, docs: list[tuple[Document, Optional[str]]]) -> None:
        """One transaction: near-duplicates assigned (store.neardup), then every row of `docs`."""
        cur = self._cursor()
        fps = [fingerprint(d.id, d.text, d.published) for d, _ in docs]
        cur.execute("BEGIN TRANSACTION")
        try:
            repoint = assign_duplicates(cur, fps)
            batch = [document_rows(d, o, fp.duplicate_of, signature_bytes(fp)) for (d, o), fp in zip(docs, fps)]
            for rows in batch:
                check_rows(rows)           # the record tables' keys (store.integrity; no DuckDB constraints)
            for old, new in repoint:      # a copy now: linking takes it out of its incidents (store.linking)
                cur.execute("UPDATE documents SET duplicate_of = ? WHERE id = ? OR duplicate_of = ?", [new, old, old])
                cur.execute("DELETE FROM linked_documents WHERE doc_id = ?", [old])
                self._unlinked.repointed(old)
            bands = [(k, fp.doc_id) for fp in fps for k in band_keys(fp.signature)]
            insert_rows(cur, "doc_bands", bands)
            for table in TABLE_ORDER:
                rows = [r for doc_rows in batch for r in doc_rows[table]]
                if rows:
                    insert_rows(cur, table, rows)
            cur.execute("INSERT OR REPLACE INTO meta VALUES ('incidents_stale', 'true')")
            cur.execute("COMMIT")
            self._unlinked.add(batch)
        except STORE_ERRORS:
            cur.execute("ROLLBACK")
            raise

    def problems(self) -> list[str]:
        """Breaches of the record tables' keys and references (store.integrity); empty when sound."""
        return problems(self._cursor())

    def duplicate_ids(self) -> set[str]:
        """Ids of documents stored as near-duplicates of another (documents.duplicate_of set)."""
        rows = self._cursor().execute("SELECT id FROM documents WHERE duplicate_of IS NOT NULL").fetchall()
        return {r[0] for r in rows}

    def write_parquet(self, directory: str) -> list[str]:
        """Every table as Parquet under `directory`/<table>/shard=<first hex digit of the doc id>/,
        replacing an earlier copy; DuckDB (`read_parquet(..., hive_partitioning=true)`) and pandas
        (`pd.read_parquet(directory/<table>)`) read them back. Returns the tables written."""
        root = Path(directory)
        root.mkdir(parents=True, exist_ok=True)
        cur = self._cursor()
        tables = TABLE_ORDER + ("failures", "incident_events", "doc_bands")
        for table in tables:
            key = "id" if table == "documents" else "doc_id"
            target = str(root / table).replace("'", "''")
            if cur.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0:     # keep the columns
                shutil.rmtree(root / table, ignore_errors=True)
                (root / table / "shard=_").mkdir(parents=True)
                cur.execute(f"COPY (SELECT * FROM {table}) TO '{target}/shard=_/data_0.parquet' (FORMAT parquet)")
                continue
            cur.execute(f"COPY (SELECT *, coalesce(substr({key}, 1, 1), '_') AS shard FROM {table}) "
                        f"TO '{target}' (FORMAT parquet, PARTITION_BY (shard), OVERWRITE true)")
        return list(tables)

    def record_failures(self, failures: list[tuple[str, Optional[str], str]]) -> None:
        """Upsert (origin, doc id or None, error) rows into `failures`."""
        if not failures:
            return
        cur = self._cursor()
        cur.execute("BEGIN TRANSACTION")
        cur.executemany("INSERT OR REPLACE INTO failures VALUES (?, ?, ?)", failures)
        cur.execute("COMMIT")

    def clear_failures(self, origins: list[str]) -> None:
        """Forget failures of origins that have now been stored."""
        if origins:
            self._cursor().execute("DELETE FROM failures WHERE origin IN (SELECT unnest(?))", [origins])

    def rebuild_incidents(self, rules: Any = None) -> int:
        """Relink events of different documents into incidents (see store.incidents); returns their number."""
        from newsgraph.store.linking import rebuild_incidents
        self._unlinked.forget()
        return rebuild_incidents(self._cursor(), rules)

    def link_incidents(self, rules: Any = None) -> int:
        """Link the documents stored since the last linking, through the stored blocking index
        (store.linking; the same incidents as `rebuild_incidents`); returns the number of incidents."""
        from newsgraph.store.linking import link_incidents
        return link_incidents(self._cursor(), rules, self._unlinked)

    def incidents_stale(self) -> bool:
        """Were documents added since incidents were last linked?"""
        row = self._cursor().execute("SELECT value FROM meta WHERE key = 'incidents_stale'").fetchone()
        return bool(row and row[0] == "true")

    def count_incidents(self) -> int:
        return self._cursor().execute("SELECT count(DISTINCT incident_id) FROM incident_events").fetchone()[0]

    # -- reading ------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in TABLE_ORDER + ("failures", "incident_events", "incidents"):
            raise ValueError(f"unknown table {table!r}")
        return self._cursor().execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def get_document(self, doc_id: str) -> Optional[Document]:
        """The stored Document (newsgraph/1 records, no tokens), or None."""
        row = self._cursor().execute("SELECT text, json FROM documents WHERE id = ?", [doc_id]).fetchone()
        if row is None:
            return None
        data = json.loads(row[1])
        data["text"] = row[0]
        return Document.from_dict(data)

    def list_documents(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Document summaries (id, url, title, source, published, language, n_chars, n_events), by id."""
        cur = self._cursor()
        cur.execute("SELECT id, url, title, source, published, language, n_chars, n_events FROM documents "
                    "ORDER BY id LIMIT ? OFFSET ?", [limit, offset])
        return _dicts(cur)

    def query_events(self, type: Any = None, since: Any = None, until: Any = None, bbox: Any = None,
                     status: Any = None, doc_id: Optional[str] = None, incident_id: Optional[str] = None,
                     limit: Optional[int] = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Event dicts matching the filters (see the module docstring of newsgraph.store)."""
        flt = make_filter(type, since, until, bbox, status, doc_id, incident_id)
        return list(self.iter_events(flt, limit=limit, offset=offset))

    def count_events(self, type: Any = None, since: Any = None, until: Any = None, bbox: Any = None,
                     status: Any = None, doc_id: Optional[str] = None, source: Any = None,
                     main: Optional[bool] = None) -> int:
        where, params = make_filter(type, since, until, bbox, status, doc_id, source=source, main=main).where()
        sql = ("SELECT count(*) FROM events e LEFT JOIN incident_events ie "
               "ON ie.doc_id = e.doc_id AND ie.event_id = e.id" + where)
        return self._cursor().execute(sql, params).fetchone()[0]

    def iter_events(self, flt: Optional[EventFilter] = None, limit: Optional[int] = None,
                    offset: int = 0, chunk_size: int = 2000) -> Iterator[dict[str, Any]]:
        """Stream event dicts in (date, document, order) order, fetching `chunk_size` rows at a time."""
        where, params = (flt or EventFilter()).where()
        page = ""
        if limit is not None:
            page = "LIMIT ? OFFSET ?"
            params += [limit, offset]
        sql = EVENT_SELECT.format(where=where, limit=page)
        cur = self._cursor()
        cur.execute(sql, params)
        names = [d[0] for d in cur.description]
        while rows := cur.fetchmany(chunk_size):
            for row in rows:
                yield event_record(dict(zip(names, row)))

    def list_incidents(self, limit: int = 100, offset: int = 0, conflicting_only: bool = False) -> list[dict]:
        """Incidents (events of several documents linked together) with their sources, figures as
        series (`tolls`: latest, highest, first, every report's figure; see store.tolls) and `place`."""
        where = " WHERE conflicting_counts" if conflicting_only else ""
        cur = self._cursor()
        cur.execute(f"SELECT * FROM incidents{where} ORDER BY date_start NULLS LAST, incident_id "
                    "LIMIT ? OFFSET ?", [limit, offset])
        rows = [{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in d.items()} for d in _dicts(cur)]
        return attach_details(cur, rows)       # tolls over time and the agreed place (store.tolls)

    def failures(self) -> list[dict[str, Any]]:
        cur = self._cursor()
        cur.execute("SELECT origin, doc_id, error FROM failures ORDER BY origin")
        return _dicts(cur)


def open_store(path: str, read_only: bool = False) -> Store:
    """Open (and create or migrate, unless read_only) the corpus database at `path`.

    DuckDB lets one process write a file, or several processes read it: a read-only Store
    cannot open a database that an ingest run is writing.
    """
    if read_only and not Path(path).is_file():
        raise ResourceError(f"no database at {path}")
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.Error as exc:
        raise ResourceError(f"cannot open the database {path}: {exc}") from None
    if read_only:
        if schema_version(con) is None:
            con.close()
            raise ResourceError(f"{path} is not a newsgraph database")
    else:
        ensure_schema(con)
        con.execute(f"SET checkpoint_threshold = '{CHECKPOINT_THRESHOLD}'")
    return Store(con, path, read_only)


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]
