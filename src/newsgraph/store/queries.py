"""SQL for reading events back out of a store, with the filters the CLI, exports and HTTP API share."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Optional, Sequence, Union

from newsgraph.errors import UsageError
from newsgraph.model import PLOVER_TYPES

# Events are read in two steps: `page` picks the matching events (filters, order, limit) from
# the events table alone; their places, actors and counts are then gathered for that page only.
EVENT_SELECT = """
WITH page AS (
    SELECT e.doc_id, e.id, e.ord, e.date_start FROM events e
    LEFT JOIN incident_events ie ON ie.doc_id = e.doc_id AND ie.event_id = e.id
    {where} ORDER BY e.date_start NULLS LAST, e.doc_id, e.main DESC NULLS LAST, e.ord {limit}),
pl AS (
    SELECT ep.doc_id, ep.event_id,
           list(struct_pack(id := p.id, name := p.name, geonameid := p.geonameid, lat := p.lat, lon := p.lon,
                country := p.country, admin1 := p.admin1, feature_code := p.feature_code,
                precision := p.precision, confidence := p.confidence, relation := p.relation_type,
                text := p.text) ORDER BY ep.ord) AS places
    FROM page JOIN event_places ep ON ep.doc_id = page.doc_id AND ep.event_id = page.id
    JOIN places p ON p.doc_id = ep.doc_id AND p.id = ep.place_id
    GROUP BY ep.doc_id, ep.event_id),
ac AS (
    SELECT a.doc_id, a.event_id,
           list(struct_pack(role := a.role, entity := a.entity_id, text := a.text, name := en.name,
                entity_type := en.type) ORDER BY a.ord) AS actors
    FROM page JOIN event_actors a ON a.doc_id = page.doc_id AND a.event_id = page.id
    LEFT JOIN entities en ON en.doc_id = a.doc_id AND en.id = a.entity_id
    GROUP BY a.doc_id, a.event_id),
co AS (
    SELECT c.doc_id, c.event_id,
           list(struct_pack(kind := c.kind, value := c.value, qualifier := c.qualifier, "of" := c."of")
                ORDER BY c.ord) AS counts
    FROM page JOIN counts c ON c.doc_id = page.doc_id AND c.event_id = page.id
    GROUP BY c.doc_id, c.event_id)
SELECT e.doc_id, e.id, e.ord, e.type, e.mode, e.status, e.time_value, e.time_precision,
       e.date_start, e.date_end, e.date_source, e.report_date, e.reported_by_entity, e.reported_by_text,
       e.channel, e.acled_event_type, e.acled_sub_event_type, e.cameo_root, e.confidence,
       e.trigger_start, e.trigger_end, e.trigger_text, e.sentence_start, e.sentence_end, e.evidence,
       e.quotes, e.assertions, e.main, d.url, d.title, d.source AS doc_source, d.published, ie.incident_id,
       pl.places, ac.actors, co.counts
FROM page
JOIN events e ON e.doc_id = page.doc_id AND e.id = page.id
JOIN documents d ON d.id = e.doc_id
LEFT JOIN incident_events ie ON ie.doc_id = e.doc_id AND ie.event_id = e.id
LEFT JOIN pl ON pl.doc_id = e.doc_id AND pl.event_id = e.id
LEFT JOIN ac ON ac.doc_id = e.doc_id AND ac.event_id = e.id
LEFT JOIN co ON co.doc_id = e.doc_id AND co.event_id = e.id
ORDER BY e.date_start NULLS LAST, e.doc_id, e.main DESC NULLS LAST, e.ord
"""

BBOX_CLAUSE = """EXISTS (SELECT 1 FROM event_places bp JOIN places bq ON bq.doc_id = bp.doc_id AND bq.id = bp.place_id
    WHERE bp.doc_id = e.doc_id AND bp.event_id = e.id AND bq.lat BETWEEN ? AND ? AND {lon})"""


@dataclass
class EventFilter:
    """Which events to read: every field optional, all given fields must hold."""
    types: list[str] = field(default_factory=list)
    since: Optional[date] = None
    until: Optional[date] = None
    bbox: Optional[tuple[float, float, float, float]] = None    # west, south, east, north
    statuses: list[str] = field(default_factory=list)
    doc_id: Optional[str] = None
    incident_id: Optional[str] = None
    sources: list[str] = field(default_factory=list)     # the documents' `source` (publisher)
    main: Optional[bool] = None                          # True: only the documents' main incidents

    def where(self) -> tuple[str, list[Any]]:
        """A WHERE clause (or "") and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.types:
            clauses.append(f"e.type IN ({', '.join('?' * len(self.types))})")
            params += self.types
        if self.statuses:
            clauses.append(f"e.status IN ({', '.join('?' * len(self.statuses))})")
            params += self.statuses
        if self.since:
            clauses.append("e.date_end >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("e.date_start <= ?")
            params.append(self.until)
        if self.bbox:
            w, s, e, n = self.bbox
            lon = "bq.lon BETWEEN ? AND ?" if w <= e else "(bq.lon >= ? OR bq.lon <= ?)"  # across 180°
            clauses.append(BBOX_CLAUSE.format(lon=lon))
            params += [s, n, w, e]
        if self.sources:
            marks = ", ".join("?" * len(self.sources))
            clauses.append(f"e.doc_id IN (SELECT id FROM documents WHERE source IN ({marks}))")
            params += self.sources
        if self.main is not None:
            clauses.append("coalesce(e.main, false) = ?")
            params.append(self.main)
        for column, value in (("e.doc_id", self.doc_id), ("ie.incident_id", self.incident_id)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def make_filter(type: Union[str, Sequence[str], None] = None, since: Union[str, date, None] = None,
                until: Union[str, date, None] = None, bbox: Union[str, Sequence[float], None] = None,
                status: Union[str, Sequence[str], None] = None, doc_id: Optional[str] = None,
                incident_id: Optional[str] = None, source: Union[str, Sequence[str], None] = None,
                main: Optional[bool] = None) -> EventFilter:
    """An EventFilter from user-facing values; UsageError for malformed ones."""
    types = [t.upper() for t in _names(type)]
    unknown = [t for t in types if t not in PLOVER_TYPES]
    if unknown:
        raise UsageError(f"unknown event type {unknown[0]!r}: one of {', '.join(PLOVER_TYPES)}")
    return EventFilter(types=types, since=_date(since, "since"), until=_date(until, "until"),
                       bbox=parse_bbox(bbox), statuses=[s.lower() for s in _names(status)],
                       doc_id=doc_id, incident_id=incident_id, sources=_names(source), main=main)


def parse_bbox(bbox: Union[str, Sequence[float], None]) -> Optional[tuple[float, float, float, float]]:
    """"W,S,E,N" (or 4 numbers) -> (west, south, east, north), checked."""
    if bbox is None or bbox == "":
        return None
    parts = bbox.split(",") if isinstance(bbox, str) else list(bbox)
    try:
        w, s, e, n = (float(p) for p in parts)
    except (TypeError, ValueError):
        raise UsageError(f"bbox must be four numbers W,S,E,N, not {bbox!r}") from None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise UsageError(f"bbox {bbox!r} is outside -180..180 / -90..90 or has south > north")
    return w, s, e, n


def _names(value: Union[str, Sequence[str], None]) -> list[str]:
    if not value:
        return []
    items = value.split(",") if isinstance(value, str) else value
    return [v.strip() for v in items if v and v.strip()]


def _date(value: Union[str, date, None], name: str) -> Optional[date]:
    if value is None or value == "" or isinstance(value, date):
        return value or None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise UsageError(f"--{name} must be a date YYYY-MM-DD, not {value!r}") from None


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """One row of EVENT_SELECT -> the event dict of the read API (see newsgraph.store)."""
    iso = lambda d: d.isoformat() if d else None  # noqa: E731
    return {
        "doc_id": row["doc_id"], "id": row["id"], "type": row["type"], "mode": row["mode"],
        "status": row["status"],
        "time": {"value": row["time_value"], "precision": row["time_precision"]} if row["time_value"] else None,
        "date_start": iso(row["date_start"]), "date_end": iso(row["date_end"]),
        "date_source": row["date_source"], "report_date": row["report_date"],
        "reported_by": ({"entity": row["reported_by_entity"], "text": row["reported_by_text"]}
                        if row["reported_by_text"] is not None else None),
        "channel": row["channel"],
        "acled": ({"event_type": row["acled_event_type"], "sub_event_type": row["acled_sub_event_type"]}
                  if row["acled_event_type"] else None),
        "cameo_root": row["cameo_root"], "confidence": row["confidence"],
        "trigger": ({"start": row["trigger_start"], "end": row["trigger_end"], "text": row["trigger_text"]}
                    if row["trigger_start"] is not None else None),
        "sentence": ({"start": row["sentence_start"], "end": row["sentence_end"]}
                     if row["sentence_start"] is not None else None),
        "evidence": row["evidence"], "quotes": list(row["quotes"] or []),
        "assertions": _json_list(row["assertions"]), "main": bool(row["main"]),
        "places": list(row["places"] or []), "actors": list(row["actors"] or []),
        "counts": [{**c, "value": _number(c["value"])} for c in row["counts"] or []],
        "document": {"id": row["doc_id"], "url": row["url"], "title": row["title"],
                     "source": row["doc_source"], "published": row["published"]},
        "incident_id": row["incident_id"],
    }


def _number(value: float) -> Union[int, float]:
    return int(value) if value is not None and float(value).is_integer() else value


def _json_list(value: Any) -> list:
    import json
    if not value:
        return []
    return json.loads(value) if isinstance(value, str) else list(value)
