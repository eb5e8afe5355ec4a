"""newsgraph.export: events of a corpus database as files analysts hand on.

    export_events("corpus.duckdb", "csv", "events.csv", event_type="ASSAULT", since="2022-09-01",
                  bbox="30,44,40,52")  -> number of events written

Formats (EXPORTERS): csv (ACLED codebook columns + newsgraph's: export/acled.py), plover
(PLOVER JSON lines with POLECAT field names: export/plover.py), geojson (RFC 7946
FeatureCollection), jsonl (the store's event dicts), parquet (the typed ACLED-style rows).
A file is written to a temporary name and renamed when complete: a failed export leaves no
partial file behind.

Exports carry the analyst's reviews (newsgraph.store.reviews): corrected values replace the
machine's, rejected events are left out, and each row says `reviewed` (confirmed | corrected |
empty). `machine=True` writes the machine's records as they were extracted, every event.
`export_incidents(db, "csv"|"jsonl", output)` writes one row per incident, with its toll series (INCIDENT_EXPORTERS; export/incidents.py).
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Optional

from newsgraph.errors import UsageError
from newsgraph.export.incidents import INCIDENT_EXPORTERS
from newsgraph.export.writers import to_csv, to_geojson, to_jsonl, to_parquet, to_plover
from newsgraph.store import make_filter, open_store
from newsgraph.store.reviews import ReviewBook

Exporter = Callable[[Iterable[dict[str, Any]], IO[bytes]], int]

EXPORTERS: dict[str, Exporter] = {
    "csv": to_csv,
    "plover": to_plover,
    "geojson": to_geojson,
    "jsonl": to_jsonl,
    "parquet": to_parquet,
}


def export_events(db: str, fmt: str, output: str, event_type: Optional[str] = None, since: Optional[str] = None,
                  until: Optional[str] = None, bbox: Optional[str] = None, machine: bool = False,
                  drop_duplicates: bool = False) -> int:
    """Write the events of `db` that pass the filters to `output` ('-': stdout) as `fmt`, with the
    reviewed values (rejected events left out) unless `machine`; with `drop_duplicates`, not those of
    documents that are near-duplicates of another."""
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise UsageError(f"unknown export format {fmt!r}: one of {', '.join(EXPORTERS)}")
    flt = make_filter(type=event_type, since=since, until=until, bbox=bbox)
    with open_store(db, read_only=True) as store:
        events = store.iter_events(flt)
        if drop_duplicates:
            copies = store.duplicate_ids()
            events = (e for e in events if e["doc_id"] not in copies)
        if not machine:
            events = ReviewBook.load(store).apply(events)
        return write_output(output, lambda out: exporter(events, out))


def unmatched_reviews(db: str) -> int:
    """Reviews of `db` whose event is no longer stored (its document was re-extracted without it)."""
    from newsgraph.store.reviews import list_reviews
    with open_store(db, read_only=True) as store:
        return len(list_reviews(store, unmatched_only=True))


def export_incidents(db: str, fmt: str, output: str) -> int:
    """Write one row per incident of `db` to `output` ('-': stdout) as `fmt` (csv or jsonl)."""
    exporter = INCIDENT_EXPORTERS.get(fmt)
    if exporter is None:
        raise UsageError(f"incidents export as {fmt!r} is not supported: one of {', '.join(INCIDENT_EXPORTERS)}")
    with open_store(db, read_only=True) as store:
        incidents = store.list_incidents(limit=None)
        return write_output(output, lambda out: exporter(incidents, out))


def write_output(output: str, write: Callable[[IO[bytes]], int]) -> int:
    if output == "-":
        return _write_stdout(write)
    return _write_atomically(Path(output), write)


def _write_stdout(write: Callable[[IO[bytes]], int]) -> int:
    try:
        n = write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return n
    except BrokenPipeError:         # the reader stopped early (`| head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _write_atomically(path: Path, write: Callable[[IO[bytes]], int]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            n = write(out)
        os.replace(tmp, path)
        return n
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


__all__ = ["EXPORTERS", "INCIDENT_EXPORTERS", "export_events", "export_incidents", "unmatched_reviews"]
