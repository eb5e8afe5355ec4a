"""ACLED-style rows: the codebook's column names and meanings where they apply, plus newsgraph's own.

ACLED codes one row per event and location, so an event with several places gives one row per
place (its fatalities split evenly, the remainder on the first row, as ACLED does for events
spread over several locations); an event without a place gives one row with empty location
columns. Columns ACLED derives from its own actor dictionary (inter1, interaction, disorder_type,
region) are left out; `iso` is the ISO 3166 numeric code, as in ACLED.
"""
from __future__ import annotations

from typing import Any, Iterator, Optional

from newsgraph.export.fields import (actor_names, country_iso_numeric, country_name, fatalities,
                                     geo_precision, other_counts, reviewed_mark, time_precision)
from newsgraph.geo.ranking import by_specificity

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "civilian_targeting", "iso", "country",
    "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "tags",
]
NEWSGRAPH_COLUMNS = [
    "plover_type", "mode", "cameo_root", "status", "reported_by", "evidence", "document_url",
    "document_title", "document_id", "event_id", "published", "date_source", "geonameid",
    "incident_id", "confidence", "reviewed",
]
COLUMNS = ACLED_COLUMNS + NEWSGRAPH_COLUMNS


def acled_rows(event: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One dict per (event, place) with every column of COLUMNS."""
    places = by_specificity(event.get("places") or []) or [None]   # where the action happened first
    deaths = fatalities(event)
    share, rest = divmod(deaths, len(places))
    base = _event_columns(event)
    for i, place in enumerate(places):
        row = dict(base)
        row.update(_place_columns(place))
        row["event_id_cnty"] = f"{event['doc_id']}-{event['id']}" + (f"-{i + 1}" if len(places) > 1 else "")
        row["fatalities"] = share + (rest if i == 0 else 0)
        row["notes"] = _notes(event, place, row["fatalities"])
        yield row


def _event_columns(event: dict[str, Any]) -> dict[str, Any]:
    sources, targets = actor_names(event, "source"), actor_names(event, "target")
    doc = event.get("document") or {}
    acled = event.get("acled") or {}
    date = event.get("date_start")
    return {
        "event_date": date, "year": int(date[:4]) if date else None, "time_precision": time_precision(event),
        "event_type": acled.get("event_type"), "sub_event_type": acled.get("sub_event_type"),
        "actor1": sources[0] if sources else None, "assoc_actor_1": "; ".join(sources[1:]) or None,
        "actor2": targets[0] if targets else None, "assoc_actor_2": "; ".join(targets[1:]) or None,
        "civilian_targeting": "Civilian targeting" if _targets_civilians(event) else None,
        "source": doc.get("source") or _domain(doc.get("url")),
        "tags": "; ".join(other_counts(event)) or None,
        "plover_type": event.get("type"), "mode": event.get("mode"), "cameo_root": event.get("cameo_root"),
        "status": event.get("status"),
        "reported_by": (event.get("reported_by") or {}).get("text"),
        "evidence": event.get("evidence"), "document_url": doc.get("url"), "document_title": doc.get("title"),
        "document_id": event.get("doc_id"), "event_id": event.get("id"), "published": doc.get("published"),
        "date_source": event.get("date_source"), "incident_id": event.get("incident_id"),
        "confidence": event.get("confidence"), "reviewed": reviewed_mark(event),
    }


def _place_columns(place: Optional[dict[str, Any]]) -> dict[str, Any]:
    if not place:
        return {"iso": None, "country": None, "admin1": None, "location": None, "latitude": None,
                "longitude": None, "geo_precision": None, "geonameid": None}
    return {"iso": country_iso_numeric(place.get("country")), "country": country_name(place.get("country")),
            "admin1": place.get("admin1"), "location": place.get("name"), "latitude": place.get("lat"),
            "longitude": place.get("lon"), "geo_precision": geo_precision(place),
            "geonameid": place.get("geonameid")}


def _targets_civilians(event: dict[str, Any]) -> bool:
    if any((c.get("of") or "").lower().startswith("civilian") for c in event.get("counts") or []):
        return True
    return any("civilian" in (a.get("text") or "").lower()
               for a in event.get("actors") or [] if a.get("role") == "target")


def _notes(event: dict[str, Any], place: Optional[dict[str, Any]], deaths: int) -> str:
    """A one-line description in the manner of ACLED notes, built from the record's fields."""
    sources = actor_names(event, "source")
    targets = actor_names(event, "target")
    what = event.get("mode") or (event.get("type") or "event").lower()
    parts = [f"On {event['date_start']}," if event.get("date_start") else "",
             sources[0] if sources else "unidentified actor", what]
    if targets:
        parts.append(f"against {targets[0]}")
    if place:
        parts.append(f"in {place.get('name')}")
    text = " ".join(p for p in parts if p) + "."
    if deaths:
        text += f" {deaths} reported killed."
    rep = (event.get("reported_by") or {}).get("text")
    if rep:
        text += f" According to {rep}."
    if event.get("status") and event["status"] != "reported":
        text += f" Status: {event['status']}."
    return text


def _domain(url: Optional[str]) -> Optional[str]:
    if not url:
        return None
    from urllib.parse import urlparse
    return urlparse(url).netloc or None
