"""Toll updates: sentences that give a new figure for a happening already reported, often with no
attack verb of their own ("The death toll has risen to 40", "As of 7 p.m., 23 people are known to be
killed", "In addition to the 8 killed, 3 are missing"). Patterns: data/toll_updates.py.

`add_toll_updates` runs after event detection: a figure goes to an event of its sentence that has no
figure of that kind; a sentence with no event gets an event that copies the type, mode, places and
time of the document's main event (its most specific places win when the sentence names its own).
A document with no main event (no ASSAULT) gets nothing: a toll alone does not say what happened.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Optional

from newsgraph.data.toll_updates import KIND_ALIASES, NOUN_KIND, PATTERNS
from newsgraph.model import Count, Document, Event, SentenceRef
from newsgraph.numbers import QUALIFIERS, parse_number

UPDATABLE_TYPES = ("ASSAULT",)
COARSE = ("country", "region")


@dataclass(frozen=True)
class TollFigure:
    kind: str
    value: float
    qualifier: str
    start: int
    end: int


def find_toll_updates(text: str, offset: int = 0) -> list[TollFigure]:
    """Every toll-update figure in `text`, at most one per (kind, number span)."""
    found: dict[tuple[str, int], TollFigure] = {}
    lowered = text.lower()
    for anchors, pattern in PATTERNS:
        if not any(a in lowered for a in anchors):
            continue
        for m in pattern.finditer(text):
            value = parse_number(m.group("num"))
            noun = m.group("noun").lower()
            kind = NOUN_KIND.get(noun) or KIND_ALIASES.get(noun)
            if value is None or kind is None:
                continue
            qualifier = QUALIFIERS.get((m.group("qual") or "").strip().lower(), "exact")
            key = (kind, m.start("num"))
            found.setdefault(key, TollFigure(kind, value, qualifier, offset + m.start("num"), offset + m.end("num")))
    return sorted(found.values(), key=lambda f: f.start)


def main_event(doc: Document) -> Optional[Event]:
    """The event a toll update refers to: one marked `main`, else the first placed ASSAULT, else the first ASSAULT."""
    candidates = [e for e in doc.events if e.type in UPDATABLE_TYPES]
    marked = [e for e in candidates if getattr(e, "main", False)]
    placed = [e for e in candidates if e.places]
    return (marked or placed or candidates or [None])[0]


def add_toll_updates(doc: Document) -> Document:
    """Attach toll-update figures to the events of their sentences, or to new events (module docstring)."""
    main = main_event(doc)
    if main is None or not doc.sentences:
        return doc
    added = []
    for s in doc.sentences:
        in_sentence = [e for e in doc.events
                       if e.sentence and e.sentence.start == s.start and e.type in UPDATABLE_TYPES]
        for fig in find_toll_updates(doc.text[s.start:s.end], s.start):
            count = Count(fig.kind, fig.value, fig.qualifier, None, [doc.span(fig.start, fig.end)])
            if any(c.kind == fig.kind and c.value == fig.value for e in in_sentence for c in e.counts):
                continue
            free = next((e for e in in_sentence if all(c.kind != fig.kind for c in e.counts)), None)
            if free is not None:
                free.counts.append(count)
            else:
                added.append(_update_event(doc, main, s, count))
                in_sentence.append(added[-1])
    if added:
        doc.events = sorted(doc.events + added, key=lambda e: e.spans[0].start if e.spans else 0)
        for n, ev in enumerate(doc.events, 1):
            ev.id = f"V{n}"
    return doc


def _update_event(doc: Document, main: Event, s, count: Count) -> Event:
    own = [p.id for p in doc.places if p.spans and s.start <= p.spans[0].start < s.end
           and p.precision not in COARSE and p.geonameid is not None]
    return Event(id="", type=main.type, mode=main.mode, places=own or list(main.places),
                 time=copy.copy(main.time), report_date=main.report_date, counts=[count], status="reported",
                 acled=copy.copy(main.acled), cameo_root=main.cameo_root, confidence=round(main.confidence * 0.8, 3),
                 spans=list(count.spans), sentence=SentenceRef(s.start, s.end))
