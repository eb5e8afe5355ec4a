"""Reporting source, channel and status of an event (SPEC.md section 4, the status rule)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from newsgraph.data.events_frames import (CHANNEL_NOUNS, CLAIM_MARKERS, CLAIM_VERBS, DENIAL_VERBS,
                                          HYPOTHETICAL_CUES, PARTY_NOUNS, PLAN_CUES, REPORTING_VERBS)
from newsgraph.events.roles import SUBJ, ActorRef, ActorResolver
from newsgraph.events.syntax import Tree
from newsgraph.events.triggers import Trigger
from newsgraph.model import Quote

MATERIAL_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}
CHANNEL_PREPS = {"in", "on", "via", "through", "during", "to"}


@dataclass
class Frame:
    """Who reports an event, through what, with which verb (token index or -1)."""
    reporter: Optional[ActorRef] = None
    verb: int = -1
    channel: Optional[str] = None
    quote: Optional[Quote] = None


def reporting_frame(res: ActorResolver, trig: Trigger, sent: tuple[int, int],
                    quotes: list[Quote]) -> Frame:
    """'according to X', 'X said (that) ...', or the speaker of a quote around the trigger."""
    tree = res.tree
    frame = Frame(quote=_quote_at(tree, trig, quotes))
    verb = _reporting_verb(tree, trig)
    if verb is not None:
        frame.verb = verb
        subj = tree.child(verb, *SUBJ)
        frame.reporter = res.ref("reporter", subj.i) if subj is not None else None
        frame.channel = _channel(tree, verb)
    according = _according_to(tree, sent)
    if according is not None and (frame.reporter is None or verb is None):
        frame.reporter = res.ref("reporter", according)
    if frame.reporter is None and frame.quote is not None and frame.quote.speaker:
        ent = res.doc.entity(frame.quote.speaker)
        if ent is not None:
            span = ent.spans[0] if ent.spans else None
            frame.reporter = ActorRef("reporter", span.start if span else -1, span.end if span else -1,
                                      ent.id, ent.name)
    if frame.channel is None and frame.quote is not None:
        frame.channel = frame.quote.channel
    return frame


def _reporting_verb(tree: Tree, trig: Trigger) -> Optional[int]:
    for a in [tree.tok(trig.anchor)] + list(tree.ancestors(trig.anchor)):
        if a.i != trig.token and a.lemma.lower() in REPORTING_VERBS and a.pos in ("VERB", "AUX"):
            return a.i
    return None


def _according_to(tree: Tree, sent: tuple[int, int]) -> Optional[int]:
    for t in tree.tokens[sent[0]:sent[1]]:
        if t.text.lower() == "according":
            to = tree.child(t.i, "prep")
            obj = tree.child(to.i, "pobj") if to is not None else None
            if obj is not None:
                return obj.i
    return None


def _channel(tree: Tree, verb: int) -> Optional[str]:
    for c in tree.children(verb, "prep", "dobj", "dative"):
        noun = tree.child(c.i, "pobj") if c.dep == "prep" and c.lemma.lower() in CHANNEL_PREPS else c
        if noun is not None and noun.lemma.lower() in CHANNEL_NOUNS | {n.capitalize() for n in CHANNEL_NOUNS}:
            start, end = tree.phrase(noun.i)
            text = tree.doc.text[start:end]
            for det in ("its ", "his ", "her ", "their ", "a ", "the ", "an "):
                if text.lower().startswith(det):
                    text = text[len(det):]
            return text
    return None


def _quote_at(tree: Tree, trig: Trigger, quotes: list[Quote]) -> Optional[Quote]:
    start = tree.tok(trig.token).start
    for q in quotes:
        if any(s.start <= start < s.end for s in q.spans):
            return q
    return None


def event_status(tree: Tree, trig: Trigger, frame: Frame, source: Optional[ActorRef],
                 sentence_text: str) -> str:
    """denied | hypothetical | planned | claimed | reported, by the rule of SPEC.md section 4."""
    if trig.type == "REJECT" and trig.mode == "denial" or _under(tree, trig, DENIAL_VERBS) or _negated(tree, trig):
        return "denied"
    if _has_aux(tree, trig, HYPOTHETICAL_CUES) or _demanded(tree, trig):
        return "hypothetical"
    if _has_aux(tree, trig, {"will", "shall", "'ll"}) or _under(tree, trig, PLAN_CUES, xcomp_only=True):
        return "planned"
    if frame.verb >= 0 and tree.tok(frame.verb).lemma.lower() in CLAIM_VERBS:
        return "claimed"
    low = sentence_text.lower()
    if any(marker in low for marker in CLAIM_MARKERS):
        return "claimed"
    if trig.type in MATERIAL_TYPES and own_action(tree, frame.reporter, source):
        return "claimed"
    return "reported"


def own_action(tree: Tree, reporter: Optional[ActorRef], source: Optional[ActorRef]) -> bool:
    """A party to a conflict reporting its own action (source missing, or the reporter itself)."""
    if reporter is None or not _is_party(tree, reporter):
        return False
    if source is None:
        return True
    if source.entity is not None and source.entity == reporter.entity:
        return True
    if source.token == reporter.token or source.text.lower() == reporter.text.lower():
        return True
    src, rep = _content_words(source.text), _content_words(reporter.text)
    return source.text.split()[0].lower() in OWN_POSSESSIVES or bool(src & rep)


OWN_POSSESSIVES = {"its", "their", "our", "we", "they", "it"}
FUNCTION_WORDS = {"the", "a", "an", "of", "its", "their", "our", "his", "her", "spokesman", "spokeswoman",
                  "spokesperson", "official", "officials", "said", "minister", "ministry", "head", "chief"}


def _content_words(text: str) -> set[str]:
    return {w.strip(".,'’").lower() for w in text.split()} - FUNCTION_WORDS - {""}


def _is_party(tree: Tree, ref: ActorRef) -> bool:
    words = {w.strip(".,").lower() for w in ref.text.split()}
    if words & PARTY_NOUNS:
        return True
    if ref.entity is not None:
        ent = tree.doc.entity(ref.entity)
        return ent is not None and (ent.type in ("GPE", "MILITARY_UNIT") or ent.refers_to is not None)
    return False


def _under(tree: Tree, trig: Trigger, lemmas: set[str], xcomp_only: bool = False) -> bool:
    node = tree.tok(trig.anchor)
    for a in tree.ancestors(trig.anchor):
        if xcomp_only and node.dep != "xcomp":
            return False
        if a.lemma.lower() in lemmas and a.i != trig.token:
            return True
        if a.lemma.lower() in REPORTING_VERBS:
            return False
        node = a
    return False


def _has_aux(tree: Tree, trig: Trigger, cues: set[str]) -> bool:
    kids = tree.children(trig.anchor, "aux", "mark", "advmod")
    return any(k.text.lower() in cues or k.lemma.lower() in cues for k in kids)


def _demanded(tree: Tree, trig: Trigger) -> bool:
    """An event noun that is the object of a demand ("calling for a complete withdrawal")."""
    if not trig.nominal:
        return False
    for a in list(tree.ancestors(trig.token))[:3]:
        if a.pos in ("VERB", "AUX"):
            return a.lemma.lower() in DEMAND_VERBS
    return False


DEMAND_VERBS = {"call", "demand", "urge", "ask", "request", "seek", "press", "push", "appeal", "insist"}


def _negated(tree: Tree, trig: Trigger) -> bool:
    return tree.child(trig.anchor, "neg") is not None
