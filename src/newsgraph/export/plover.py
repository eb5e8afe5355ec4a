"""PLOVER event records (JSON lines) with the POLECAT/PLOVER field names.

    {id, date, actor, recipient, event, mode, context, event_loc, size, text_info, cite_info}

`actor` and `recipient` are objects {name, text, entity_type} for the first source and target
actor (all actors are in text_info.actors). `event_loc` is the first located place of the
event with `resolution` 1-5 (fields.LOC_RESOLUTION). `size` holds the figures: `dead` and
`injured` as PLOVER names them, other kinds under their own name. `context` stays empty:
newsgraph has no context classifier yet, and a guessed context would mislead.
"""
from __future__ import annotations

from typing import Any, Optional

from newsgraph.export.fields import LOC_RESOLUTION, fatalities, located, reviewed_mark

PLOVER_SIZE_NAMES = {"killed": "dead", "injured": "injured", "wounded": "injured"}


def plover_record(event: dict[str, Any]) -> dict[str, Any]:
    doc = event.get("document") or {}
    return {
        "id": f"{event['doc_id']}-{event['id']}",
        "date": event.get("date_start"),
        "actor": _actor(event, "source"),
        "recipient": _actor(event, "target"),
        "event": event.get("type"),
        "mode": event.get("mode"),
        "context": [],
        "event_loc": _event_loc(event),
        "size": _size(event),
        "text_info": {
            "event_text": (event.get("trigger") or {}).get("text"),
            "sentence": event.get("evidence"),
            "actors": event.get("actors") or [],
            "places": [p.get("text") for p in event.get("places") or [] if p.get("text")],
            "language": "en",
        },
        "cite_info": {
            "source": doc.get("source"), "url": doc.get("url"), "title": doc.get("title"),
            "publication_date": doc.get("published"), "story_id": event.get("doc_id"),
            "event_id": event.get("id"),
            "reported_by": (event.get("reported_by") or {}).get("text"),
            "status": event.get("status"), "date_precision": _date_precision(event),
            "acled": event.get("acled"), "cameo_root": event.get("cameo_root"),
            "incident_id": event.get("incident_id"), "coder": "newsgraph",
            "reviewed": reviewed_mark(event),
        },
    }


def _actor(event: dict[str, Any], role: str) -> Optional[dict[str, Any]]:
    actor = next((a for a in event.get("actors") or [] if a.get("role") == role), None)
    if actor is None:
        return None
    return {"name": actor.get("name") or actor.get("text"), "text": actor.get("text"),
            "entity_type": actor.get("entity_type")}


def _event_loc(event: dict[str, Any]) -> Optional[dict[str, Any]]:
    places = located(event)
    if not places:
        return None
    p = places[0]
    return {"name": p.get("name"), "geonameid": p.get("geonameid"), "lat": p.get("lat"), "lon": p.get("lon"),
            "admin1": p.get("admin1"), "country": p.get("country"), "feature_code": p.get("feature_code"),
            "resolution": LOC_RESOLUTION.get(p.get("precision") or "city", 4)}


def _size(event: dict[str, Any]) -> dict[str, Any]:
    size: dict[str, Any] = {}
    dead = fatalities(event)
    if dead:
        size["dead"] = dead
    for c in event.get("counts") or []:
        name = PLOVER_SIZE_NAMES.get(c.get("kind"), c.get("kind"))
        if name != "dead":
            size[name] = max(size.get(name, 0), c["value"])
    return size


def _date_precision(event: dict[str, Any]) -> Optional[str]:
    time = event.get("time")
    return time.get("precision") if time else event.get("date_source")
