"""A processed Document -> the rows of every store table (schema.py), in column order."""
from __future__ import annotations

import json
from typing import Any, Optional

import pyarrow as pa

from newsgraph.model import Document, Event, Span
from newsgraph.time.intervals import date_interval

Rows = dict[str, list[tuple]]

# Tables in insertion order (parents before the tables that reference them).
TABLE_ORDER = ("documents", "entities", "mentions", "places", "times", "quotes", "events",
               "event_places", "event_actors", "counts")


def document_rows(doc: Document, origin: Optional[str] = None, duplicate_of: Optional[str] = None,
                  minhash: Optional[bytes] = None) -> Rows:
    """Every row `doc` contributes, by table name (`duplicate_of`, `minhash`: see store.neardup)."""
    rows: Rows = {name: [] for name in TABLE_ORDER}
    rows["documents"].append((
        doc.id, origin, doc.url, doc.title, doc.source, doc.published, doc.language, list(doc.flags),
        len(doc.text), len(doc.events), doc.text, document_json(doc), len(doc.warnings), duplicate_of, minhash))
    for e in doc.entities:
        rows["entities"].append((doc.id, e.id, e.type, e.name, list(e.aliases), e.refers_to, e.place_id))
        rows["mentions"].extend((doc.id, e.id, i, s.start, s.end, s.text) for i, s in enumerate(e.spans))
    for p in doc.places:
        rel = p.relation
        first = _first(p.spans)
        rows["places"].append((
            doc.id, p.id, p.name, p.geonameid, p.lat, p.lon, p.country, p.admin1, p.feature_code,
            p.precision, p.confidence, rel.type if rel else None, rel.distance_km if rel else None,
            rel.anchor if rel else None, *first))
    for t in doc.times:
        rows["times"].append((doc.id, t.id, t.value, t.type, t.granularity, t.anchor, *_first(t.spans)))
    for q in doc.quotes:
        first = _first(q.spans)
        rows["quotes"].append((doc.id, q.id, q.text, q.kind, q.speaker, q.channel, q.language,
                               first[0], first[1]))
    place_ids = {p.id for p in doc.places}
    for ord_, v in enumerate(doc.events):
        rows["events"].append(_event_row(doc, v, ord_))
        linked = [pid for pid in v.places if pid in place_ids]   # a dangling id would break a reference
        rows["event_places"].extend((doc.id, v.id, i, pid) for i, pid in enumerate(linked))
        rows["event_actors"].extend((doc.id, v.id, i, a.role, a.entity, a.text) for i, a in enumerate(v.actors))
        rows["counts"].extend((doc.id, v.id, i, c.kind, float(c.value), c.qualifier, c.of)
                              for i, c in enumerate(v.counts))
    return rows


def document_json(doc: Document) -> str:
    """The newsgraph/1 JSON of `doc` without its text (kept once, in documents.text)."""
    data = doc.to_dict()
    data.pop("text", None)
    return json.dumps(data, ensure_ascii=False)


def event_dates(doc: Document, v: Event) -> tuple[Any, Any, Optional[str]]:
    """(date_start, date_end, date_source): from the event's time, else its report date, else publication."""
    for value, source in ((v.time.value if v.time else None, "text"), (v.report_date, "report"),
                          (doc.published, "published")):
        interval = date_interval(value)
        if interval:
            return interval[0], interval[1], source
    return None, None, None


def _event_row(doc: Document, v: Event, ord_: int) -> tuple:
    start, end, source = event_dates(doc, v)
    trig = _first(v.spans)
    sent = (v.sentence.start, v.sentence.end) if v.sentence else _sentence_of(doc, trig[0])
    evidence = doc.text[sent[0]:sent[1]].strip() if sent[0] is not None else None
    rep = v.reported_by
    assertions = json.dumps([{"by": {"entity": a.by.entity, "text": a.by.text}, "stance": a.stance,
                              "quote": a.quote} for a in v.assertions], ensure_ascii=False)
    return (
        doc.id, v.id, ord_, v.type, v.mode, v.time.value if v.time else None,
        v.time.precision if v.time else None, start, end, source, v.report_date,
        rep.entity if rep else None, rep.text if rep else None, v.channel, v.status,
        v.acled.event_type if v.acled else None, v.acled.sub_event_type if v.acled else None,
        v.cameo_root, v.confidence, *trig, sent[0], sent[1], evidence, list(v.quotes), assertions, v.main)


def _first(spans: list[Span]) -> tuple[Optional[int], Optional[int], Optional[str]]:
    return (spans[0].start, spans[0].end, spans[0].text) if spans else (None, None, None)


def _sentence_of(doc: Document, offset: Optional[int]) -> tuple[Optional[int], Optional[int]]:
    s = doc.sentence_at(offset) if offset is not None else None
    return (s.start, s.end) if s else (None, None)


def insert_rows(cur, table: str, rows: list[tuple]) -> None:
    """INSERT `rows` (tuples in column order) into `table` through one Arrow table (fast bulk path)."""
    columns = list(zip(*rows))
    arrow = pa.table({f"c{i}": pa.array(list(col)) for i, col in enumerate(columns)})
    cur.register("_newsgraph_rows", arrow)
    try:
        cur.execute(f"INSERT INTO {table} SELECT * FROM _newsgraph_rows")
    finally:
        cur.unregister("_newsgraph_rows")
