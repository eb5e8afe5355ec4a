"""Hand-made Documents with records, so store/export tests do not depend on how well the stages do."""
from __future__ import annotations

from typing import Optional

from newsgraph.ingest import make_document
from newsgraph.model import Actor, Count, Document, Entity, Event, EventTime, Place, Reporter, SentenceRef

# name -> (geonameid, lat, lon, country, admin1, precision): coordinates from GeoNames.
PLACES = {
    "Kharkiv": (706483, 49.98, 36.25, "UA", "Kharkiv Oblast", "city"),
    "Chuhuiv": (710403, 49.84, 36.69, "UA", "Kharkiv Oblast", "city"),     # ~35 km from Kharkiv
    "Odesa": (698740, 46.48, 30.73, "UA", "Odesa Oblast", "city"),
    "Kharkiv Oblast": (706482, 49.5, 36.5, "UA", "Kharkiv Oblast", "admin1"),
    "Suva": (2198148, -18.14, 178.44, "FJ", "Central", "city"),
    "Apia": (4035413, -13.83, -171.77, "WS", "Tuamasaga", "city"),
}


def place(doc: Document, pid: str, name: str) -> Place:
    gid, lat, lon, cc, admin1, precision = PLACES[name]
    start = doc.text.find(name)
    spans = [doc.span(start, start + len(name))] if start >= 0 else []
    return Place(pid, name, gid, lat, lon, cc, admin1, "PPL", precision, 0.9, spans)


def make_event(doc: Document, eid: str, type_: str, places: list[str], date: Optional[str],
               counts: Optional[list[tuple]] = None, reporter: Optional[str] = None, trigger: str = "",
               actors: Optional[list[tuple[str, str]]] = None, status: str = "reported",
               precision: str = "day") -> Event:
    start = doc.text.find(trigger) if trigger else -1
    spans = [doc.span(start, start + len(trigger))] if start >= 0 else []
    sent = doc.sentence_at(start) if start >= 0 else None
    return Event(eid, type_, places=places, time=EventTime(date, precision) if date else None,
                 counts=[Count(*c) for c in counts or []], status=status,
                 reported_by=Reporter(None, reporter) if reporter else None, spans=spans,
                 actors=[Actor(role, None, text) for role, text in actors or []],
                 sentence=SentenceRef(sent.start, sent.end) if sent else None, confidence=0.5)


def make_doc(text: str, published: str = "2024-05-10", url: Optional[str] = None,
             source: Optional[str] = None, places: Optional[list[str]] = None,
             events: Optional[list[dict]] = None, entities: Optional[list[tuple[str, str]]] = None) -> Document:
    """A Document of `text` with places (names from PLACES, ids P1..) and events (kwargs of make_event)."""
    doc = make_document(text, published=published, url=url, source=source)
    doc.places = [place(doc, f"P{i + 1}", n) for i, n in enumerate(places or [])]
    doc.entities = [Entity(f"E{i + 1}", t, n) for i, (t, n) in enumerate(entities or [])]
    doc.events = [make_event(doc, f"V{i + 1}", **kw) for i, kw in enumerate(events or [])]
    return doc
