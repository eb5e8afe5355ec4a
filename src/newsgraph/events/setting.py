"""Where and when: places and times of events by their attachment in the dependency tree.

A place or time belongs to the nearest trigger above it in the tree ("In Mykolaiv, two buildings
were hit"). Ones attached to a reporting verb or to nothing are the sentence's frame: events
without their own take them. Places that describe another place ("Bakhmut, a city in the
Donetsk region") and places that name an actor ("Moscow said") are not event locations.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from newsgraph.events.syntax import Tree
from newsgraph.model import Document, EventTime, Place, TimeExpr

EVENT_TIME_TYPES = {"DATE", "TIME"}
COARSE = {"country": 3, "region": 4, "admin1": 2, "admin2": 1}


@dataclass
class Setting:
    """Places and times of a sentence, by owner token (-1: the sentence's frame)."""
    places: dict[int, list[str]] = field(default_factory=dict)
    times: dict[int, list[TimeExpr]] = field(default_factory=dict)
    place_tokens: dict[int, str] = field(default_factory=dict)


def token_at(doc: Document, offset: int, first: int, last: int) -> Optional[int]:
    for t in doc.tokens[first:last]:
        if t.start <= offset < t.end or t.start >= offset:
            return t.i
    return None


def sentence_setting(tree: Tree, sent: tuple[int, int], owners: set[int], excluded: set[str]) -> Setting:
    """Assign every place and time inside the sentence's tokens to an owner token."""
    doc, out = tree.doc, Setting()
    start, end = tree.tok(sent[0]).start, tree.tok(sent[1] - 1).end
    for p in doc.places:
        for s in p.spans[1:] if p.dateline else p.spans:     # the dateline is where the story was filed
            if start <= s.start < end:
                i = token_at(doc, s.start, *sent)
                if i is not None:
                    out.place_tokens[i] = p.id
    for i, pid in out.place_tokens.items():
        if pid in excluded:
            continue
        owner = _owner(tree, i, owners, out.place_tokens)
        if owner is not None:
            out.places.setdefault(owner, []).append(pid)
    for tx in doc.times:
        s = tx.spans[0] if tx.spans else None
        if s is None or not (start <= s.start < end) or tx.type not in EVENT_TIME_TYPES or not tx.value:
            continue
        i = token_at(doc, s.start, *sent)
        if i is not None and not _foreign_time(tree, i, owners):
            owner = _owner(tree, i, owners, {})
            out.times.setdefault(owner if owner is not None else -1, []).append(tx)
    return out


def _foreign_time(tree: Tree, i: int, owners: set[int]) -> bool:
    """A time inside a relative or participial clause ("sanctions first imposed in July", "an
    area Russia annexed in 2014") or naming a noun that is no event ("the February 2021 coup")
    dates that clause or noun, not the events around it."""
    node = tree.tok(i)
    if node.dep in ("compound", "nmod", "amod") and node.head not in owners:
        head = tree.tok(node.head)
        if head.pos in ("NOUN", "PROPN") and not head.ent_type in ("DATE", "TIME"):
            return True
    for a in tree.ancestors(i):
        if a.i in owners:
            return False
        if a.dep in ("relcl", "acl") and a.pos in ("VERB", "AUX"):
            return True
    return False


def _owner(tree: Tree, i: int, owners: set[int], place_tokens: dict[int, str]) -> Optional[int]:
    """The first owner token above i; None when i describes another place (X, a city in Y)."""
    via_prep = tree.tok(i).dep in ("pobj", "prep", "relcl", "acl")
    for a in tree.ancestors(i):
        if a.i in owners:
            return a.i
        if a.i in place_tokens and via_prep:
            return None
        via_prep = via_prep or a.dep in ("pobj", "prep", "relcl", "acl")
    return -1


def event_time(times: list[TimeExpr]) -> Optional[EventTime]:
    for tx in times:
        if tx.value and tx.value[:1].isdigit():
            return EventTime(tx.value, tx.granularity or _precision(tx.value))
    return None


def _precision(value: str) -> str:
    if len(value) >= 10:
        return "day"
    if len(value) == 7 and value[5:].isdigit():
        return "month"
    if len(value) == 4:
        return "year"
    return "season" if "-" in value else "unknown"


def prune_places(doc: Document, place_ids: list[str]) -> list[str]:
    """Drop duplicates and coarse places that contain a finer place of the same event."""
    ids = list(dict.fromkeys(place_ids))
    places = [p for p in (doc.place(i) for i in ids) if p is not None]
    keep = []
    for p in places:
        if COARSE.get(p.precision or "", 0) and any(_contains(p, q) for q in places if q is not p):
            continue
        keep.append(p.id)
    return keep


def _contains(big: Place, small: Place) -> bool:
    if COARSE.get(small.precision or "", 0) >= COARSE.get(big.precision or "", 0):
        return False
    if big.precision == "country":
        return bool(big.country) and big.country == small.country
    return bool(small.admin1) and _norm(small.admin1) in (_norm(big.name), _norm(big.admin1 or ""))


def _norm(name: str) -> str:
    return name.lower().replace(" oblast", "").replace(" region", "").replace(" province", "").strip()
