"""A small invented article with hand-made records, and a fake `process` that attaches them.

It lets the API and page tests check rendering and filtering independently of how well the
real stages do; the real pipeline is tested on the seed article separately.
"""
from __future__ import annotations

from newsgraph.model import (Actor, Count, Document, Entity, Event, EventTime, Place, Quote, Reporter,
                             TimeExpr)

TEXT = (
    "Officials in Lyon said on Monday that three people were killed when a fire hit a fuel depot.\n"
    "\u201cWe are investigating every lead,\u201d said Marie Dupont, the city's prefect.\n"
    "Police arrested two men in Marseille on Tuesday, according to the prosecutor."
)
PUBLISHED = "2024-03-12"


def _at(doc: Document, needle: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(needle, start + 1)
    return doc.span(start, start + len(needle))


def annotate(doc: Document) -> Document:
    """Attach the hand-made records of TEXT to `doc` (other texts are returned unchanged)."""
    if "Marie Dupont" not in doc.text:
        return doc
    doc.entities = [
        Entity("E1", "PERSON", "Marie Dupont", spans=[_at(doc, "Marie Dupont")]),
        Entity("E2", "ORG", "Police", spans=[_at(doc, "Police")]),
    ]
    doc.places = [
        Place("P1", "Lyon", 2996944, 45.75, 4.85, "FR", "Auvergne-Rhone-Alpes", "PPLA", "city", 0.9,
              spans=[_at(doc, "Lyon")]),
        Place("P2", "Marseille", 2995469, 43.30, 5.38, "FR", "Provence-Alpes-Cote d'Azur", "PPLA", "city", 0.9,
              spans=[_at(doc, "Marseille")]),
    ]
    doc.times = [
        TimeExpr("T1", [_at(doc, "on Monday")], "2024-03-11", granularity="day", anchor="published"),
        TimeExpr("T2", [_at(doc, "on Tuesday")], "2024-03-12", granularity="day", anchor="published"),
    ]
    quote_span = _at(doc, "We are investigating every lead,")
    doc.quotes = [Quote("Q1", quote_span.text, [quote_span], "direct", "E1", [_at(doc, "Marie Dupont")])]
    doc.events = [
        Event("V1", "ASSAULT", mode="arson", places=["P1"], time=EventTime("2024-03-11", "day"),
              counts=[Count("killed", 3, spans=[_at(doc, "three")])],
              reported_by=Reporter(None, "Officials"), status="reported", confidence=0.7,
              spans=[_at(doc, "killed")]),
        Event("V2", "COERCE", mode="arrest", actors=[Actor("source", "E2", "Police")], places=["P2"],
              time=EventTime("2024-03-12", "day"), counts=[Count("arrested", 2, spans=[_at(doc, "two")])],
              reported_by=Reporter(None, "the prosecutor"), status="claimed", confidence=0.8,
              spans=[_at(doc, "arrested")]),
    ]
    return doc
