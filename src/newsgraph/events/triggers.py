"""Event triggers: verbs, phrasal verbs and nominalisations from the lexicon, typed and moded."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from newsgraph.data.events_triggers import (AREA_VERBS, CAPACITY_NOUNS, INTRANSITIVE_ONLY, LABOUR_STRIKE_CUES,
                                            LIGHT_VERBS,
                                            MODE_HINTS, NOUN_NEEDS, NOUNS, OBJECT_RETYPES, PHRASAL,
                                            PHRASAL_OBJECT_NEEDS, PHRASAL_ONLY, REFINABLE_MODES, VERB_OBJECT_EXCLUDES,
                                            VERB_OBJECT_NEEDS, VERBS)
from newsgraph.events.syntax import Tree
from newsgraph.model import Token
from newsgraph.numbers import find_quantities

# Participles that describe a state of an actor, not an event ("deployed in", "backed by").
STATE_PARTICIPLE_TYPES = {"MOBILIZE", "SUPPORT", "AID"}
STATE_DEPS = {"acl", "amod", "advcl"}
# Named-entity labels under which a trigger word is a name, not an event ("Operation Strike").
NAME_LABELS = {"ORG", "PERSON", "WORK_OF_ART", "LAW", "FAC", "PRODUCT"}


@dataclass
class Trigger:
    """A word that names an event; `anchor` is the verb carrying its arguments."""
    token: int
    anchor: int
    type: str
    mode: Optional[str]
    nominal: bool = False
    lemma: str = ""
    end_token: int = -1     # last token of the trigger phrase (phrasal particle)


def find_triggers(tree: Tree, sent_start: int, sent_end: int) -> list[Trigger]:
    """Triggers among tokens [sent_start, sent_end), in text order."""
    found = []
    for t in tree.tokens[sent_start:sent_end]:
        trig = _verb_trigger(tree, t) if t.pos in ("VERB", "AUX") or t.tag.startswith("VB") else None
        if trig is None and t.pos in ("NOUN", "PROPN"):
            trig = _noun_trigger(tree, t)
        if trig is not None:
            trig.mode = refine_mode(tree, trig)
            found.append(trig)
    return _drop_echoes(tree, found)


def _verb_trigger(tree: Tree, t: Token) -> Optional[Trigger]:
    lemma = t.lemma.lower()
    for c in tree.children(t.i, "prt", "prep", "dobj", "advmod"):
        if c.dep == "prep" and c.i - t.i > 2:      # "called the group on Monday" is no "call on"
            continue
        typed = PHRASAL.get((lemma, c.lemma.lower()))
        needs = PHRASAL_OBJECT_NEEDS.get((lemma, c.lemma.lower()))
        if typed and needs and not (_object_in(tree, t, needs) or _prep_object_in(tree, c, needs)):
            continue
        if typed:
            return Trigger(t.i, t.i, typed[0], typed[1], lemma=lemma, end_token=max(t.i, c.i))
    if lemma in AREA_VERBS and _takes_area(tree, t):
        typ, mode = AREA_VERBS[lemma]
        return Trigger(t.i, t.i, typ, mode, lemma=lemma, end_token=t.i)
    if lemma in PHRASAL_ONLY or lemma not in VERBS:
        return None
    typ, mode = VERBS[lemma]
    if lemma in OBJECT_RETYPES and _object_in(tree, t, OBJECT_RETYPES[lemma][0]):
        typ, mode = OBJECT_RETYPES[lemma][1]       # "withdraw the bill", "meet their demands"
    elif lemma in VERB_OBJECT_NEEDS and not _object_in(tree, t, VERB_OBJECT_NEEDS[lemma]):
        return None
    if lemma in VERB_OBJECT_EXCLUDES and _object_in(tree, t, VERB_OBJECT_EXCLUDES[lemma]):
        return None                                  # "meet needs", "defend itself"
    if lemma in INTRANSITIVE_ONLY and tree.child(t.i, "dobj") is not None:
        return None                                  # "rally international condemnation"
    if _capacity(tree, t):
        return None                                  # "an inability to fire missiles"
    if typ in STATE_PARTICIPLE_TYPES and t.tag == "VBN" and t.dep in STATE_DEPS:
        return None
    if t.dep == "amod" and typ not in ("ASSAULT", "COERCE"):     # "a negotiated settlement"
        return None
    return Trigger(t.i, t.i, typ, mode, lemma=lemma, end_token=t.i)


def _capacity(tree: Tree, t: Token) -> bool:
    """The verb is the infinitive complement of a capacity noun ("the ability to strike")."""
    head = tree.head(t.i)
    return t.dep == "acl" and head is not None and head.lemma.lower() in CAPACITY_NOUNS and \
        any(c.lemma.lower() == "to" for c in tree.children(t.i, "aux"))


def _object_in(tree: Tree, t: Token, lemmas: tuple[str, ...]) -> bool:
    """The verb's object (or passive subject, the noun a participle modifies, the object of its
    "into") is one of `lemmas`, or a person by NER."""
    objs = tree.children(t.i, "dobj", "nsubjpass")
    head = tree.head(t.i)
    if t.dep in ("acl", "amod") and head is not None:
        objs.append(head)                             # "a note signed by ETA"
    objs += [o for p in tree.children(t.i, "prep") if p.lemma.lower() == "into" for o in tree.children(p.i, "pobj")]
    for obj in objs:
        heads = [obj] + [tree.child(p.i, "pobj") for p in tree.children(obj.i, "prep") if p.lemma.lower() == "of"]
        for h in heads:
            if h is not None and (h.lemma.lower() in lemmas or (h.ent_type == "PERSON" and "person" in lemmas)
                                  or any(c.lemma.lower() in lemmas for c in tree.children(h.i, "compound", "amod"))):
                return True
    return False


def _prep_object_in(tree: Tree, prep: Token, lemmas: tuple[str, ...]) -> bool:
    obj = tree.child(prep.i, "pobj") if prep.dep == "prep" else None
    return obj is not None and obj.lemma.lower() in lemmas


def _takes_area(tree: Tree, t: Token) -> bool:
    obj = tree.child(t.i, "dobj")
    if obj is None:
        return False
    idx = tree.subtree(obj.i)
    span = tree.doc.text[tree.tok(idx[0]).start:tree.tok(idx[-1]).end]
    return any(q.unit == "km2" for q in find_quantities(span, language=tree.doc.language))


def _noun_trigger(tree: Tree, t: Token) -> Optional[Trigger]:
    lemma = t.lemma.lower()
    if lemma not in NOUNS or t.dep == "compound" or t.ent_type in NAME_LABELS:
        return None
    if lemma in NOUN_NEEDS and not _has_cue(tree, t, NOUN_NEEDS[lemma]):
        return None
    typ, mode = NOUNS[lemma]
    if lemma == "strike" and any(c.lemma.lower() in LABOUR_STRIKE_CUES for c in tree.children(t.i, "amod", "compound")):
        typ, mode = "PROTEST", "strike"              # "a general strike", "a hunger strike"
    return Trigger(t.i, _anchor(tree, t), typ, mode, nominal=True, lemma=lemma, end_token=t.i)


def _has_cue(tree: Tree, t: Token, cues: tuple[str, ...]) -> bool:
    near = tree.children(t.i) + list(tree.ancestors(t.i))[:2]
    return any(n.lemma.lower() in cues for n in near if n is not None)


def _anchor(tree: Tree, t: Token) -> int:
    """The light verb that carries a nominal trigger's arguments, or the noun itself."""
    node, head = t, tree.head(t.i)
    for _ in range(2):   # "20 tons of aid": climb an "of" chain to the verb
        if head is None or node.dep != "pobj" or head.lemma.lower() != "of":
            break
        node = tree.head(head.i)
        head = tree.head(node.i) if node is not None else None
    if head is not None and node.dep in ("dobj", "nsubjpass", "nsubj", "attr") and head.lemma.lower() in LIGHT_VERBS:
        return head.i
    return t.i


def _drop_echoes(tree: Tree, found: list[Trigger]) -> list[Trigger]:
    """A noun of the same type as the verb governing it repeats that verb's event."""
    keep = []
    verbs = {tr.token: tr for tr in found if not tr.nominal}
    assaults = [tr.anchor for tr in found if tr.type == "ASSAULT" and tr.lemma != "target"]
    others = {i: tr for tr in found if tr.type != "ASSAULT" for i in (tr.token, tr.anchor)}
    for tr in found:
        if tr.lemma == "target" and any(a != tr.token and tree.dominates(a, tr.token) for a in assaults):
            continue
        if tr.lemma == "target" and _modifies(tree, tr.token, others):
            continue                     # "sanctions against Belarus, targeting 28 officials"
        head = tree.head(tr.token)
        gov = verbs.get(head.i) if head is not None else None
        if tr.nominal and gov is not None and (gov.type == tr.type or gov.mode == "ease"):
            continue                     # "signed an agreement", "lifted the sanctions"
        keep.append(tr)
    return keep


def _modifies(tree: Tree, i: int, others: dict) -> bool:
    """A participle clause attached to a trigger of another type elaborates that event."""
    tok = tree.tok(i)
    return tok.tag in ("VBG", "VBN") and tok.dep in ("advcl", "acl") and tok.head in others


def refine_mode(tree: Tree, trig: Trigger) -> Optional[str]:
    """Sharpen a generic ASSAULT mode from nearby words ("air strikes", "artillery shelling")."""
    if trig.type != "ASSAULT" or trig.mode not in REFINABLE_MODES:
        return trig.mode
    words = _context_lemmas(tree, trig)
    for mode, hints in MODE_HINTS.items():
        if any(h in words for h in hints):
            return mode
    return trig.mode


def _context_lemmas(tree: Tree, trig: Trigger) -> set[str]:
    idx = {trig.token, trig.anchor}
    for i in list(idx):
        idx.update(c.i for c in tree.children(i))
        for c in tree.children(i, "prep", "agent", "dobj", "nsubj", "nsubjpass", "compound", "amod"):
            idx.update(tree.subtree(c.i)[:12])
    words = set()
    for i in idx:
        tok = tree.tok(i)
        words.add(tok.lemma.lower())
        words.add(tok.text.lower())
    return words
