"""Counts of an event: casualties, arrests, areas, buildings, with qualifier and who was counted."""
from __future__ import annotations

from typing import Optional

from newsgraph.data.events_frames import (COUNT_KIND_BY_LEMMA, COUNT_KIND_BY_NOUN, COUNTED_GROUPS,
                                          DEATH_VERBS, NON_VICTIM_NOUNS, TOLL_VERBS)
from newsgraph.events.syntax import Tree
from newsgraph.events.triggers import Trigger
from newsgraph.model import Count
from newsgraph.numbers import find_quantities

COUNTABLE_DEPS = ("dobj", "nsubjpass")
NP_COUNT_DEPS = {"nummod", "quantmod", "amod", "advmod", "compound", "det", "prep", "pobj", "nmod"}


def find_counts(tree: Tree, trig: Trigger) -> list[Count]:
    """Counts carried by the trigger's patient ("five civilians were killed", "more than 130 people")."""
    counts = []
    for noun in _counted_nouns(tree, trig):
        count = _count_of(tree, trig, noun)
        if count is not None:
            counts.append(count)
    return counts + _lives_taken(tree, trig)


def _lives_taken(tree: Tree, trig: Trigger) -> list[Count]:
    """'attacks that have claimed thousands of lives', 'the strike cost 12 lives': a death toll."""
    if trig.type != "ASSAULT" or not trig.nominal:
        return []
    tok, head = tree.tok(trig.token), tree.head(trig.token)
    verbs = [c for c in tree.children(tok.i, "relcl", "acl")]
    verbs += [head] if head is not None and tok.dep == "nsubj" else []
    out = []
    for verb in verbs:
        if verb.lemma.lower() not in TOLL_VERBS:
            continue
        for obj in tree.children(verb.i, "dobj"):
            if _counted_head(tree, obj.i).lemma.lower() != "life":
                continue
            start, end = _count_phrase(tree, obj.i)
            found = find_quantities(tree.doc.text[start:end], start, tree.doc.language)
            if found:
                q = found[0]
                out.append(Count("killed", q.value, q.qualifier, None, [tree.doc.span(q.start, q.end)]))
    return out


def _counted_nouns(tree: Tree, trig: Trigger) -> list[int]:
    if trig.nominal and trig.anchor == trig.token:
        out = [trig.token] if tree.children(trig.token, "nummod") else []
        for p in tree.children(trig.token, "prep"):
            obj = tree.child(p.i, "pobj") if p.lemma.lower() == "of" else None
            out += [obj.i] if obj is not None else []
        return out
    movers = trig.lemma in DEATH_VERBS or trig.type == "PROTEST" or trig.mode == "displacement"
    deps = COUNTABLE_DEPS + (("nsubj",) if movers else ())
    anchor = tree.tok(trig.anchor)
    if trig.mode == "displacement" and anchor.dep == "acl":
        return [anchor.head]                     # "1.3 million refugees fleeing the war"
    return [c.i for c in tree.children(trig.anchor, *deps)]


def _count_phrase(tree: Tree, noun: int) -> tuple[int, int]:
    """Char span of the number-bearing part of a noun phrase ("more than 130 people")."""
    idx, stack = [noun], [noun]
    while stack:
        k = stack.pop()
        for c in tree.children(k):
            if c.dep in NP_COUNT_DEPS and (c.dep != "prep" or c.lemma.lower() == "of"):
                idx.append(c.i)
                stack.append(c.i)
    toks = [tree.tok(i) for i in idx]
    return min(t.start for t in toks), max(t.end for t in toks)


def _count_of(tree: Tree, trig: Trigger, noun: int) -> Optional[Count]:
    start, end = _count_phrase(tree, noun)
    quantities = find_quantities(tree.doc.text[start:end], start, tree.doc.language)
    if not quantities:
        return None
    q = quantities[0]
    head = _counted_head(tree, noun)
    lemma = head.lemma.lower()
    if lemma in NON_VICTIM_NOUNS and q.unit is None:
        return None
    kind = _kind(trig, lemma, q.unit)
    if kind is None:
        return None
    of = head.text.lower() if lemma in COUNTED_GROUPS and kind not in COUNT_KIND_BY_NOUN.values() else None
    return Count(kind, q.value, q.qualifier, of, [tree.doc.span(q.start, q.end)])


def _counted_head(tree: Tree, noun: int):
    """'thousands of square kilometers' -> kilometers; 'dozens of people' -> people."""
    tok = tree.tok(noun)
    if tok.pos in ("NUM",) or tok.lemma.lower() in ("thousand", "hundred", "dozen", "million"):
        of = next((c for c in tree.children(noun, "prep") if c.lemma.lower() == "of"), None)
        obj = tree.child(of.i, "pobj") if of is not None else None
        if obj is not None:
            return obj
    return tok


def _kind(trig: Trigger, noun_lemma: str, unit: Optional[str]) -> Optional[str]:
    if unit == "km2":
        return "area_km2"
    if noun_lemma in COUNT_KIND_BY_NOUN:
        return COUNT_KIND_BY_NOUN[noun_lemma]
    kind = COUNT_KIND_BY_LEMMA.get(trig.lemma)
    if kind == "buildings":
        return None
    if kind is None and trig.type == "COERCE" and trig.mode == "arrest":
        return "arrested"
    if kind is None and trig.type == "PROTEST":
        return "participants"
    return kind
