"""A document's incidents: its events of one type folded into the happenings it reports, before linking.

A report of one strike often yields several events ("missiles hit Dnipro", "the attack", "75 were
wounded", "the death toll has risen to 35"), only some of them placed or dated. Linking those events
one by one splits the report across incidents, or puts it in two. So, per document and type:
- events with a place finer than a country form parts, joined when their places and dates agree
  (two strikes the same night 200 km apart stay two parts);
- events with no such place join the main part: the one holding an event marked `main` (when the
  events stage says so), else the one with the most events, else the first; when no event is placed
  and the document names only one place finer than a country, that place is the happening's;
- each part becomes one LinkableEvent: its places, actors and figures together, dated by the dates
  the text gives, or, when it gives none, by the days before publication that a report may cover
  (`TypeWindow.report_lag_days`). Its figure of a kind is the highest the document gives (tolls are
  updated upwards in the text: "rose from 30 to 35"), and is flagged as an update when the document
  gives it in a toll-update sentence (events/updates.py).
This works whether the events stage gives several events per happening or one.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Optional

from newsgraph.events.updates import find_toll_updates
from newsgraph.store.incidents import COARSE_PRECISIONS, IncidentRules, LinkableEvent, dates_match, places_match


def fine_places(e: LinkableEvent) -> list[tuple]:
    return [p for p in e.places if p[3] not in COARSE_PRECISIONS and (p[0] is not None or p[1] is not None)]


def update_figures(text: Optional[str]) -> set[tuple[str, float]]:
    """(kind, value) of every toll-update figure in a document's text."""
    return {(f.kind, float(f.value)) for f in find_toll_updates(text or "")}


@dataclass
class DocumentFacts:
    """What folding needs to know of a document besides its events."""
    published: Optional[date] = None
    updates: set[tuple[str, float]] = field(default_factory=set)    # (kind, value) of toll-update figures
    places: list[tuple] = field(default_factory=list)               # its places finer than a country


def document_incidents(events: Iterable[LinkableEvent], facts: dict[str, DocumentFacts],
                       rules: Optional[IncidentRules] = None) -> list[LinkableEvent]:
    """Each document's events of one type folded into its incidents (module docstring); `events` in text order."""
    rules = rules or IncidentRules()
    by_doc_type: dict[tuple[str, str], list[LinkableEvent]] = defaultdict(list)
    for e in events:
        by_doc_type[(e.doc_id, e.type)].append(e)
    out = []
    for (doc_id, _), evs in sorted(by_doc_type.items()):
        for part in split(evs, rules):
            out.append(fold(part, facts.get(doc_id) or DocumentFacts(), rules))
    return out


def split(events: list[LinkableEvent], rules: IncidentRules) -> list[list[LinkableEvent]]:
    """Parts of one document's events of one type: placed events by agreement, the rest with the main part."""
    placed = [e for e in events if fine_places(e)]
    parts: list[list[LinkableEvent]] = []
    for e in placed:
        home = next((p for p in parts if any(_agree(e, x, rules) for x in p)), None)
        if home is None:
            parts.append([e])
        else:
            home.append(e)
    unplaced = [e for e in events if not fine_places(e)]
    if not parts:
        return [unplaced] if unplaced else []
    main = max(parts, key=lambda p: (any(e.main for e in p), len(p), -parts.index(p)))
    main.extend(unplaced)
    return parts


def _only_place(facts: DocumentFacts) -> list[tuple]:
    """A document that names one place finer than a country places the happening it does not place."""
    ids = {p[0] for p in facts.places}
    return facts.places[:1] if len(ids) == 1 and None not in ids else []


def _agree(a: LinkableEvent, b: LinkableEvent, rules: IncidentRules) -> bool:
    fine_a = LinkableEvent(a.doc_id, a.event_id, a.type, a.start, a.end, fine_places(a))
    fine_b = LinkableEvent(b.doc_id, b.event_id, b.type, b.start, b.end, fine_places(b))
    return places_match(fine_a, fine_b, rules) and (not (a.dated_by_text and b.dated_by_text)
                                                     or dates_match(a, b, rules))


def fold(part: list[LinkableEvent], facts: DocumentFacts, rules: IncidentRules) -> LinkableEvent:
    """One LinkableEvent for a part of a document (module docstring)."""
    first = next((e for e in part if e.main), part[0])
    published, updates = facts.published, facts.updates
    places = list(dict.fromkeys(p for e in part for p in fine_places(e))) or _only_place(facts) or \
        list(dict.fromkeys(p for e in part for p in e.places))
    figures: dict[str, tuple[float, str]] = {}
    for e in part:
        for kind, values in e.counts.items():
            for value, qualifier in values:
                if kind not in figures or value > figures[kind][0]:
                    figures[kind] = (value, qualifier)
    actors: dict[str, set[str]] = defaultdict(set)
    for e in part:
        for role, names in e.actors.items():
            actors[role] |= names
    updated = frozenset(k for k, (v, _) in figures.items() if (k, float(v)) in updates)
    lag = timedelta(days=rules.window(first.type).report_lag_days)
    dated = [e for e in part if e.dated_by_text]
    if dated:        # an update's dates ("on Monday the toll rose to 40") may be the update's, not the event's
        start, end = min(e.start for e in dated) - (lag if updated else timedelta(0)), max(e.end for e in dated)
    else:
        end = published or max(e.end for e in part)
        start = end - lag
    return LinkableEvent(first.doc_id, first.event_id, first.type, start, end, places,
                         {k: [v] for k, v in figures.items()}, dict(actors), bool(dated),
                         published=published, updated=updated, members=[e.key for e in part], main=first.main)
