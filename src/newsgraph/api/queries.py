"""Event queries of `GET /events` and `GET /events.geojson`, over the store's read API.

Filtering (type, since, until, bbox, status) is the store's (newsgraph.store.make_filter),
so the API, the CLI export and the exporters agree; here only the status names are checked
and the store's event dicts become GeoJSON features.
"""
from __future__ import annotations

from typing import Any, Iterator, Optional

from newsgraph.errors import UsageError
from newsgraph.store import EventFilter, make_filter

STATUSES = ("reported", "claimed", "denied", "planned", "hypothetical")


def event_filter(type_: Optional[str], status: Optional[str], since: Optional[str], until: Optional[str],
                 bbox: Optional[str], source: Optional[str] = None, main: Optional[bool] = None) -> EventFilter:
    """The store filter for the query parameters; UsageError for a malformed or unknown value."""
    unknown = [s for s in (status or "").split(",") if s.strip() and s.strip().lower() not in STATUSES]
    if unknown:
        raise UsageError(f"unknown status {unknown[0].strip()!r}: one of {', '.join(STATUSES)}")
    return make_filter(type=type_, since=since, until=until, bbox=bbox, status=status, source=source, main=main)


def event_features(event: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One GeoJSON Point feature per located place of a store event dict."""
    for place in event.get("places") or []:
        if place.get("lat") is None or place.get("lon") is None:
            continue
        yield {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
            "properties": {
                "document_id": event["doc_id"], "event_id": event["id"], "type": event["type"],
                "mode": event["mode"], "status": event["status"], "date_start": event["date_start"],
                "date_end": event["date_end"], "place_id": place["id"], "place": place["name"],
                "country": place["country"], "precision": place["precision"], "counts": event["counts"],
                "reported_by": (event.get("reported_by") or {}).get("text"),
                "title": event["document"]["title"], "url": event["document"]["url"],
                "source": event["document"].get("source"),
                "reviewed": (event.get("review") or {}).get("status"),
            },
        }
