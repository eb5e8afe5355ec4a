"""Event filters of `GET /events` (type, status, since, until, bbox) and their JSON/GeoJSON rows.

An event's date is its own time, else its report date, else the article's publication date;
a partial date ("2022-09", "2022-SP", "2014") covers its whole month, season or year, and
matches a since/until window when the two overlap.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Optional

from newsgraph.errors import UsageError
from newsgraph.model import Document, Event, PLOVER_TYPES, to_dict

STATUSES = ("reported", "claimed", "denied", "planned", "hypothetical")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")


@dataclass(frozen=True)
class EventQuery:
    types: Optional[frozenset[str]] = None
    statuses: Optional[frozenset[str]] = None
    since: Optional[str] = None        # ISO date, inclusive
    until: Optional[str] = None        # ISO date, inclusive
    bbox: Optional[tuple[float, float, float, float]] = None   # west, south, east, north


def parse_choices(value: Optional[str], allowed: Iterable[str], what: str) -> Optional[frozenset[str]]:
    """"A,B" -> {"A", "B"} (case-insensitive), UsageError for a value outside `allowed`."""
    if not value:
        return None
    allowed = tuple(allowed)
    picked = {v.strip() for v in value.split(",") if v.strip()}
    by_upper = {a.upper(): a for a in allowed}
    unknown = sorted(v for v in picked if v.upper() not in by_upper)
    if unknown:
        raise UsageError(f"unknown {what} {', '.join(unknown)}: expected one of {', '.join(allowed)}")
    return frozenset(by_upper[v.upper()] for v in picked) or None


def parse_bbox(value: Optional[str]) -> Optional[tuple[float, float, float, float]]:
    """"W,S,E,N" in degrees -> a tuple; UsageError when malformed or out of range."""
    if not value:
        return None
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError:
        raise UsageError(f"invalid bbox {value!r}: use W,S,E,N in degrees, e.g. 22,44,41,53") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise UsageError(f"invalid bbox {value!r}: longitudes within -180..180, latitudes -90..90, S <= N")
    return west, south, east, north


def event_date(event: Event, doc: Document) -> Optional[str]:
    """The date an event is filed under: its time, else its report date, else publication."""
    if event.time and event.time.value and _DATE.match(event.time.value):
        return event.time.value
    return event.report_date or doc.published


def date_range(value: Optional[str]) -> Optional[tuple[str, str]]:
    """First and last ISO day covered by a (partial) date value; None when it has no year."""
    m = _DATE.match(value or "")
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month and 1 <= int(month) <= 12:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def in_bbox(lat: Optional[float], lon: Optional[float], bbox: tuple[float, float, float, float]) -> bool:
    if lat is None or lon is None:
        return False
    west, south, east, north = bbox
    inside_lon = west <= lon <= east if west <= east else (lon >= west or lon <= east)  # across 180
    return south <= lat <= north and inside_lon


def event_matches(event: Event, doc: Document, q: EventQuery) -> bool:
    if q.types and event.type not in q.types:
        return False
    if q.statuses and event.status not in q.statuses:
        return False
    if q.since or q.until:
        span = date_range(event_date(event, doc))
        if span is None or (q.since and span[1] < q.since) or (q.until and span[0] > q.until):
            return False
    if q.bbox:
        places = [doc.place(pid) for pid in event.places]
        if not any(p and in_bbox(p.lat, p.lon, q.bbox) for p in places):
            return False
    return True


def matching_events(docs: Iterable[Document], q: EventQuery) -> Iterator[tuple[Document, Event]]:
    for doc in docs:
        for event in doc.events:
            if event_matches(event, doc, q):
                yield doc, event


def event_row(doc: Document, event: Event) -> dict[str, Any]:
    """An event as `GET /events` returns it: the record, its places resolved, and its article."""
    return {
        "document": {"id": doc.id, "title": doc.title, "url": doc.url, "published": doc.published},
        "date": event_date(event, doc),
        "event": to_dict(event),
        "places": [to_dict(p) for p in (doc.place(pid) for pid in event.places) if p is not None],
    }


def event_features(doc: Document, event: Event) -> Iterator[dict[str, Any]]:
    """One GeoJSON Point feature per located place of the event."""
    for pid in event.places:
        place = doc.place(pid)
        if place is None or place.lat is None or place.lon is None:
            continue
        yield {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
            "properties": {
                "document_id": doc.id, "event_id": event.id, "type": event.type, "mode": event.mode,
                "status": event.status, "date": event_date(event, doc), "place_id": place.id,
                "place": place.name, "country": place.country, "precision": place.precision,
                "counts": [to_dict(c) for c in event.counts],
                "reported_by": event.reported_by.text if event.reported_by else None,
            },
        }


def known_types() -> tuple[str, ...]:
    return PLOVER_TYPES
