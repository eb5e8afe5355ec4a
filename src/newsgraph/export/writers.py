"""The exporters: each `(events, out) -> number of events written`, streaming to a binary file.

`events` is an iterable of event dicts from `Store.iter_events` (see newsgraph.store).
"""
from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import IO, Any, Iterable

from newsgraph.export.acled import COLUMNS, acled_rows
from newsgraph.export.fields import fatalities, located, reviewed_mark
from newsgraph.export.plover import plover_record

PARQUET_ROW_GROUP = 10_000


def to_csv(events: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    """ACLED-style CSV, one row per event and place (export.acled)."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    writer = csv.DictWriter(text, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerows(acled_rows(event))
        n += 1
    text.flush()
    text.detach()
    return n


def to_jsonl(events: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    """The event dicts of the read API, one JSON object a line."""
    return json_lines(events, out)


def to_plover(events: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    """PLOVER JSON lines with POLECAT field names (export.plover)."""
    return json_lines((plover_record(e) for e in events), out)


def json_lines(records: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, default=_json_default).encode("utf-8") + b"\n")
        n += 1
    return n


def to_geojson(events: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    """An RFC 7946 FeatureCollection: one Feature per event, a Point (one place) or MultiPoint
    (several), or a null geometry for an event no place could be found for."""
    out.write(b'{"type": "FeatureCollection", "features": [\n')
    n = 0
    for event in events:
        if n:
            out.write(b",\n")
        out.write(json.dumps(geojson_feature(event), ensure_ascii=False, default=_json_default).encode("utf-8"))
        n += 1
    out.write(b"\n]}\n")
    return n


def geojson_feature(event: dict[str, Any]) -> dict[str, Any]:
    points = [[p["lon"], p["lat"]] for p in located(event)]
    geometry = None
    if len(points) == 1:
        geometry = {"type": "Point", "coordinates": points[0]}
    elif points:
        geometry = {"type": "MultiPoint", "coordinates": points}
    doc = event.get("document") or {}
    props = {
        "doc_id": event["doc_id"], "event_id": event["id"], "type": event.get("type"),
        "mode": event.get("mode"), "status": event.get("status"), "date_start": event.get("date_start"),
        "date_end": event.get("date_end"), "fatalities": fatalities(event),
        "places": [p.get("name") for p in event.get("places") or []],
        "actors": [a.get("name") or a.get("text") for a in event.get("actors") or []],
        "counts": event.get("counts") or [], "reported_by": (event.get("reported_by") or {}).get("text"),
        "acled": event.get("acled"), "evidence": event.get("evidence"), "url": doc.get("url"),
        "title": doc.get("title"), "source": doc.get("source"), "published": doc.get("published"),
        "incident_id": event.get("incident_id"), "reviewed": reviewed_mark(event),
    }
    return {"type": "Feature", "id": f"{event['doc_id']}-{event['id']}", "geometry": geometry, "properties": props}


def to_parquet(events: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    """The ACLED-style rows of the CSV, typed (dates, floats, ints), in row groups."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    writer = pq.ParquetWriter(out, schema)
    rows: list[dict[str, Any]] = []
    n = 0
    try:
        for event in events:
            rows.extend(acled_rows(event))
            n += 1
            if len(rows) >= PARQUET_ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(_typed(rows), schema=schema))
                rows = []
        writer.write_table(pa.Table.from_pylist(_typed(rows), schema=schema))
    finally:
        writer.close()
    return n


INT_COLUMNS = {"year", "time_precision", "iso", "geo_precision", "fatalities", "geonameid"}
FLOAT_COLUMNS = {"latitude", "longitude", "confidence"}


def parquet_schema():
    import pyarrow as pa

    def kind(c: str):
        if c == "event_date":
            return pa.date32()
        return pa.int64() if c in INT_COLUMNS else pa.float64() if c in FLOAT_COLUMNS else pa.string()
    return pa.schema([(c, kind(c)) for c in COLUMNS])


def _typed(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**r, "event_date": date.fromisoformat(r["event_date"]) if r.get("event_date") else None}
            for r in rows]


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")
