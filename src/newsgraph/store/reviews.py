"""The analyst's reviews of events: an audit trail beside the machine's records, never over them.

    add_review(store, doc_id, event_id, "correct", {"type": "PROTEST"}, note="...", reviewer="ana")
    list_reviews(store, doc_id=None)        # every decision, oldest first, with `matched`
    book = ReviewBook.load(store)
    book.apply(events, keep_rejected=False) # event dicts with reviewed values and a `review` field

Each row of `reviews` holds who, when, the action (confirm | reject | correct), the changes and
the event's reviewed fields before and after. An event is found by (document, machine type,
trigger span), not by its id, so a review survives re-extraction of the document; a review whose
event is gone is listed with `matched: false` (reported, not lost). Decisions fold in order: a
rejection holds until a later confirm or correction; corrections accumulate, the later winning.
"""
from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Iterable, Iterator, Optional

from newsgraph.errors import InputError
from newsgraph.model import PLOVER_TYPES

ACTIONS = ("confirm", "reject", "correct")
CHANGE_FIELDS = ("type", "place", "date_start", "date_end", "counts", "actors")
REVIEWED_FIELDS = ("type", "acled", "cameo_root", "places", "date_start", "date_end", "date_source", "counts",
                   "actors")
Key = tuple[str, str, Optional[int], Optional[int], Optional[str]]


def event_key(doc_id: str, event_type: str, trigger: Optional[dict], event_id: Optional[str]) -> Key:
    """(document, machine type, trigger span); the event id only when the event has no trigger."""
    if trigger and trigger.get("start") is not None:
        return doc_id, event_type, trigger["start"], trigger["end"], None
    return doc_id, event_type, None, None, event_id


@dataclass
class ReviewState:
    """The fold of an event's reviews: rejected or not, and the accumulated corrections."""
    status: Optional[str] = None          # confirmed | corrected | rejected | None (not reviewed)
    changes: dict[str, Any] = field(default_factory=dict)
    n: int = 0
    last: Optional[dict[str, Any]] = None

    def add(self, action: str, changes: Optional[dict[str, Any]], review: Optional[dict] = None) -> None:
        self.n += 1
        self.last = review
        if action == "reject":
            self.status = "rejected"
        elif action == "confirm":
            self.status = "corrected" if self.changes else "confirmed"
        else:
            self.changes.update(changes or {})
            self.status = "corrected"

    def summary(self) -> Optional[dict[str, Any]]:
        if self.status is None:
            return None
        last = self.last or {}
        return {"status": self.status, "reviews": self.n, "reviewer": last.get("reviewer"),
                "at": last.get("created_at"), "note": last.get("note"), "changed": sorted(self.changes)}


# --- validation and application of changes (pure) -------------------------------------------

def check_changes(action: str, changes: Optional[dict[str, Any]],
                  places: Optional[dict[str, dict[str, Any]]] = None) -> dict[str, Any]:
    """The normalised changes of a review; InputError for an unknown action, field or value.
    `places`: the document's places by id, for a place chosen as {place_id}."""
    if action not in ACTIONS:
        raise InputError(f"unknown action {action!r}: one of {', '.join(ACTIONS)}")
    changes = dict(changes or {})
    if action != "correct":
        if changes:
            raise InputError(f"a {action} takes no changes: use action 'correct'")
        return {}
    if not changes:
        raise InputError("a correction needs changes: " + ", ".join(CHANGE_FIELDS))
    unknown = sorted(set(changes) - set(CHANGE_FIELDS))
    if unknown:
        raise InputError(f"cannot change {unknown[0]!r}: only {', '.join(CHANGE_FIELDS)}")
    out: dict[str, Any] = {}
    if "type" in changes:
        out["type"] = _event_type(changes["type"])
    if "place" in changes:
        out["place"] = _place(changes["place"], places or {})
    for key in ("date_start", "date_end"):
        if key in changes:
            out[key] = _day(changes[key], key)
    if out.get("date_start") and not changes.get("date_end") and "date_end" not in changes:
        out["date_end"] = out["date_start"]
    if out.get("date_start") and out.get("date_end") and out["date_end"] < out["date_start"]:
        raise InputError("date_end is before date_start")
    if "counts" in changes:
        out["counts"] = [_count(c) for c in _list(changes["counts"], "counts")]
    if "actors" in changes:
        out["actors"] = [_actor(a) for a in _list(changes["actors"], "actors")]
    return out


def apply_changes(event: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """A copy of the event dict with the reviewed values (the machine's dict is left alone)."""
    out = copy.copy(event)
    if "type" in changes and changes["type"] != event.get("type"):
        from newsgraph.events.mapping import lookup
        acled, cameo = lookup(changes["type"], event.get("mode"))
        out["type"] = changes["type"]
        out["acled"] = ({"event_type": acled.event_type, "sub_event_type": acled.sub_event_type}
                        if acled else None)
        out["cameo_root"] = cameo
    if "place" in changes:
        out["places"] = [changes["place"]]
    if "date_start" in changes or "date_end" in changes:
        out["date_start"] = changes.get("date_start", event.get("date_start"))
        out["date_end"] = changes.get("date_end", event.get("date_end")) or out["date_start"]
        out["date_source"] = "review"
    for key in ("counts", "actors"):
        if key in changes:
            out[key] = changes[key]
    return out


def reviewed_fields(event: dict[str, Any]) -> dict[str, Any]:
    return {k: event.get(k) for k in REVIEWED_FIELDS}


def _event_type(value: Any) -> str:
    name = str(value or "").strip().upper()
    if name not in PLOVER_TYPES:
        raise InputError(f"unknown event type {value!r}: one of {', '.join(PLOVER_TYPES)}")
    return name


def _place(value: Any, places: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A place of the event's document (by `place_id`), or a point with a name (a gazetteer entry or a
    click on the map)."""
    if not isinstance(value, dict):
        raise InputError("place must be an object: {place_id} or {name, lat, lon, ...}")
    if value.get("place_id"):
        place = places.get(str(value["place_id"]))
        if place is None:
            raise InputError(f"the document has no place {str(value['place_id'])[:20]!r}")
        return place
    name = str(value.get("name") or "").strip()
    try:
        lat, lon = float(value["lat"]), float(value["lon"])
    except (KeyError, TypeError, ValueError):
        raise InputError("place needs numeric lat and lon") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or not name:
        raise InputError("place needs a name and lat/lon within -90..90 / -180..180")
    geonameid = value.get("geonameid")
    if geonameid is not None and (not isinstance(geonameid, int) or isinstance(geonameid, bool)):
        raise InputError("geonameid must be an integer")
    return {"id": value.get("id"), "name": name[:200], "geonameid": geonameid, "lat": lat, "lon": lon,
            "country": _short(value.get("country")), "admin1": _short(value.get("admin1")),
            "feature_code": _short(value.get("feature_code")), "precision": _short(value.get("precision")) or "point",
            "confidence": 1.0, "relation": None, "text": _short(value.get("text")) or name[:200]}


def _day(value: Any, name: str) -> Optional[str]:
    if value in (None, ""):
        return None
    try:
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise InputError(f"{name} must be a date YYYY-MM-DD, not {str(value)[:40]!r}")


def _list(value: Any, name: str) -> list:
    if not isinstance(value, list) or len(value) > 50:
        raise InputError(f"{name} must be a list (at most 50 items)")
    return value


def _count(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or not str(value.get("kind") or "").strip():
        raise InputError("each count needs a kind and a value: {kind: 'killed', value: 3}")
    number = value.get("value")
    if isinstance(number, bool) or not isinstance(number, (int, float)) or not (0 <= number < 1e9):
        raise InputError("a count's value must be a number from 0")
    return {"kind": _short(value["kind"]).lower(), "value": int(number) if float(number).is_integer() else number,
            "qualifier": _short(value.get("qualifier")) or "exact", "of": _short(value.get("of"))}


def _actor(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or not str(value.get("name") or value.get("text") or "").strip():
        raise InputError("each actor needs a role and a name: {role: 'source', name: 'Police'}")
    name = _short(value.get("name") or value.get("text"))
    return {"role": _short(value.get("role")) or "source", "entity": None, "text": name, "name": name,
            "entity_type": _short(value.get("entity_type"))}


def _short(value: Any) -> Optional[str]:
    return str(value).strip()[:200] if value not in (None, "") else None


# --- storage ------------------------------------------------------------------------------

def has_reviews_table(store) -> bool:
    sql = "SELECT count(*) FROM information_schema.tables WHERE table_name = 'reviews'"
    return bool(store._cursor().execute(sql).fetchone()[0])


def _rows(store, where: str = "", params: Optional[list] = None) -> list[dict[str, Any]]:
    if not has_reviews_table(store):
        return []
    cur = store._cursor()
    cur.execute("SELECT * FROM reviews" + where + " ORDER BY id", params or [])
    names = [d[0] for d in cur.description]
    return [_review_record(dict(zip(names, row))) for row in cur.fetchall()]


def _review_record(row: dict[str, Any]) -> dict[str, Any]:
    for key in ("changes", "before", "after"):
        row[key] = json.loads(row[key]) if isinstance(row[key], str) else row[key]
    if isinstance(row.get("created_at"), datetime):
        row["created_at"] = row["created_at"].replace(tzinfo=timezone.utc).isoformat()
    return row


class ReviewBook:
    """Every review of a store, by event key, ready to apply to event dicts."""

    def __init__(self, reviews: Iterable[dict[str, Any]]):
        self.by_key: dict[Key, ReviewState] = {}
        for r in reviews:
            key = event_key(r["doc_id"], r["event_type"], {"start": r["trigger_start"], "end": r["trigger_end"]},
                            r["event_id"])
            self.by_key.setdefault(key, ReviewState()).add(r["action"], r["changes"], r)

    @classmethod
    def load(cls, store, doc_id: Optional[str] = None) -> "ReviewBook":
        return cls(_rows(store, " WHERE doc_id = ?", [doc_id]) if doc_id else _rows(store))

    def state(self, event: dict[str, Any]) -> ReviewState:
        key = event_key(event["doc_id"], event["type"], event.get("trigger"), event["id"])
        return self.by_key.get(key) or ReviewState()

    def reviewed(self, event: dict[str, Any]) -> dict[str, Any]:
        """The event with its reviewed values and `review` (None when nobody reviewed it)."""
        state = self.state(event)
        out = apply_changes(event, state.changes) if state.changes else dict(event)
        out["review"] = state.summary()
        return out

    def apply(self, events: Iterable[dict[str, Any]], keep_rejected: bool = False) -> Iterator[dict[str, Any]]:
        for event in events:
            out = self.reviewed(event)
            if keep_rejected or (out["review"] or {}).get("status") != "rejected":
                yield out


def add_review(store, event: dict[str, Any], action: str, changes: Optional[dict[str, Any]] = None,
               note: Optional[str] = None, reviewer: Optional[str] = None) -> dict[str, Any]:
    """Store one decision on a stored event dict (as Store.query_events returns it); the new review row."""
    places = {}
    if isinstance(changes, dict) and isinstance(changes.get("place"), dict) and changes["place"].get("place_id"):
        doc = store.get_document(event["doc_id"])
        places = {p["id"]: p for p in (_place_dict(pl) for pl in (doc.places if doc else []))}
    changes = check_changes(action, changes, places)
    book = ReviewBook.load(store, event["doc_id"])
    state = book.state(event)
    before = reviewed_fields(apply_changes(event, state.changes)) | {"review": state.status}
    state.add(action, changes)
    after = reviewed_fields(apply_changes(event, state.changes)) | {"review": state.status}
    trigger = event.get("trigger") or {}
    cur = store._cursor()
    row = cur.execute(
        "INSERT INTO reviews (doc_id, event_id, event_type, trigger_start, trigger_end, action, changes, before, "
        "after, note, reviewer, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        [event["doc_id"], event["id"], event["type"], trigger.get("start"), trigger.get("end"), action,
         _json(changes), _json(before), _json(after), (note or None), reviewer,
         datetime.now(timezone.utc).replace(tzinfo=None)]).fetchone()
    return list_reviews(store, review_id=row[0])[0]


MATCH_SQL = """
SELECT r.id, min(e.id) AS current_event_id FROM reviews r LEFT JOIN events e
  ON e.doc_id = r.doc_id AND e.type = r.event_type
 AND ((r.trigger_start IS NOT NULL AND e.trigger_start = r.trigger_start AND e.trigger_end = r.trigger_end)
      OR (r.trigger_start IS NULL AND e.id = r.event_id))
GROUP BY r.id"""


def list_reviews(store, doc_id: Optional[str] = None, review_id: Optional[int] = None,
                 unmatched_only: bool = False, limit: Optional[int] = None, offset: int = 0) -> list[dict[str, Any]]:
    """Reviews oldest first; each says whether its event is still in the store (`matched`, and the
    event's `current_event_id`, which changes when the document is re-extracted)."""
    clauses, params = [], []
    if doc_id:
        clauses.append("doc_id = ?")
        params.append(doc_id)
    if review_id is not None:
        clauses.append("id = ?")
        params.append(review_id)
    rows = _rows(store, (" WHERE " + " AND ".join(clauses)) if clauses else "", params)
    if not rows:
        return []
    current = dict(store._cursor().execute(MATCH_SQL).fetchall())
    for r in rows:
        r["current_event_id"] = current.get(r["id"])
        r["matched"] = r["current_event_id"] is not None
    if unmatched_only:
        rows = [r for r in rows if not r["matched"]]
    return rows[offset:offset + limit] if limit is not None else rows[offset:]


def _place_dict(place) -> dict[str, Any]:
    """A model Place as the store's event dicts carry places."""
    return {"id": place.id, "name": place.name, "geonameid": place.geonameid, "lat": place.lat, "lon": place.lon,
            "country": place.country, "admin1": place.admin1, "feature_code": place.feature_code,
            "precision": place.precision, "confidence": place.confidence, "relation": None,
            "text": place.spans[0].text if place.spans else place.name}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
