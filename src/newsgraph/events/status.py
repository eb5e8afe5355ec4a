"""Reporting source, channel and status of an event (SPEC.md section 4, the status rule)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from newsgraph.data.events_frames import (CHANNEL_NOUNS, CLAIM_MARKERS, CLAIM_VERBS, CLAIMED_TOLLS,
                                          CONDITIONAL_MARKS, DENIAL_VERBS, HYPOTHETICAL_CUES, PARTY_NOUNS,
                                          PLAN_CUES, PLAN_MODIFIERS, REPORTING_VERBS)
from newsgraph.events.roles import SUBJ, ActorRef, ActorResolver, complement_conjunct
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
        if a.i != trig.token and a.lemma.lower() in REPORTING_VERBS and a.pos in ("VERB", "AUX") \
                and not _toll_claim(tree, a.i):
            return a.i
    return None


def _according_to(tree: Tree, sent: tuple[int, int]) -> Optional[int]:
    for t in tree.tokens[sent[0]:sent[1]]:
        if t.lemma == "according to" and tree.child(t.i, "pobj") is not None:
            return tree.child(t.i, "pobj").i            # one-word preposition ("selon X")
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
    if _has_aux(tree, trig, CONDITIONAL_MARKS) or _imperative(tree, trig):
        return "hypothetical"               # "if they did not back down", a quoted "Kill them"
    if trig.type == "REJECT" and trig.mode == "denial" or _denied(tree, trig) or _negated(tree, trig):
        return "denied"
    if _has_aux(tree, trig, HYPOTHETICAL_CUES) or _demanded(tree, trig):
        return "hypothetical"
    if _has_aux(tree, trig, {"will", "shall", "'ll"}) or _under(tree, trig, PLAN_CUES, xcomp_only=True) \
            or _future_noun(tree, trig):
        return "planned"
    if frame.verb >= 0 and tree.tok(frame.verb).lemma.lower() in CLAIM_VERBS:
        return "claimed"
    low = sentence_text.lower()
    if any(marker in low for marker in CLAIM_MARKERS) or _claim_in(tree, trig):
        return "claimed"
    if trig.type in MATERIAL_TYPES and own_action(tree, frame.reporter, source):
        return "claimed"
    return "reported"


def _denied(tree: Tree, trig: Trigger) -> bool:
    """Under a denial verb; a threat or demand that is dismissed was still made ("dismissed the threat")."""
    if trig.nominal and trig.type not in MATERIAL_TYPES and tree.tok(trig.token).dep in ("dobj", "conj", "pobj"):
        return False
    return _under(tree, trig, DENIAL_VERBS)


def _claim_in(tree: Tree, trig: Trigger) -> bool:
    """A 'claim' verb over the trigger, unless it counts a toll ("claimed thousands of lives")."""
    return any(t.lemma.lower() == "claim" and t.tag.startswith("VB") and not _toll_claim(tree, t.i)
               for t in tree.ancestors(trig.token))


def _toll_claim(tree: Tree, i: int) -> bool:
    """'claimed hundreds of lives': the verb counts victims."""
    objs = tree.children(i, "dobj")
    words = {o.lemma.lower() for o in objs}
    words |= {c.lemma.lower() for o in objs for p in tree.children(o.i, "prep") for c in tree.children(p.i, "pobj")}
    return tree.tok(i).lemma.lower() == "claim" and bool(words & CLAIMED_TOLLS)


def _imperative(tree: Tree, trig: Trigger) -> bool:
    """A bare verb opening its clause with no subject ("Kill them and hang their bodies")."""
    tok = tree.tok(trig.anchor)
    if trig.nominal or tok.tag != "VB" or tok.dep not in ("ROOT", "conj", "ccomp"):
        return False
    root = tree.head(tok.i) if tok.dep == "conj" else tok
    if root is None or root.tag != "VB" or root.dep not in ("ROOT", "ccomp"):
        return False
    return not tree.children(root.i, "nsubj", "nsubjpass", "aux", "auxpass", "mark") and \
        root.i == tree.doc.sentences[root.sent].token_start + _leading_punct(tree, root)


def _leading_punct(tree: Tree, root) -> int:
    sent = tree.doc.sentences[root.sent]
    n = 0
    for t in tree.tokens[sent.token_start:root.i]:
        if t.pos != "PUNCT":
            return -1
        n += 1
    return n


def _future_noun(tree: Tree, trig: Trigger) -> bool:
    return trig.nominal and any(c.lemma.lower() in PLAN_MODIFIERS for c in tree.children(trig.token, "amod"))


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
    if trig.nominal and trig.anchor == trig.token and node.dep == "dobj" and tree.head(node.i) is not None:
        node = tree.head(node.i)             # "planned to convene a meeting": from the governing verb
        if node.lemma.lower() in lemmas and not xcomp_only:
            return True
    for a in tree.ancestors(node.i):
        if xcomp_only and node.dep not in ("xcomp", "conj"):
            return False
        if a.lemma.lower() in lemmas and a.i != trig.token and not (xcomp_only and node.dep == "conj"):
            return True
        if a.lemma.lower() in REPORTING_VERBS:
            return False
        node = a
    return False


def _clause_heads(tree: Tree, trig: Trigger) -> list[int]:
    """The trigger's verb and the verbs it is conjoined to or the complement of ("will continue
    to provide", "must end ..., release ...")."""
    out, node = [trig.anchor], tree.tok(trig.anchor)
    for _ in range(3):
        head = tree.head(node.i)
        if head is None or node.dep not in ("xcomp", "conj") or head.pos not in ("VERB", "AUX"):
            break
        out.append(head.i)
        node = head
    return out


def _has_aux(tree: Tree, trig: Trigger, cues: set[str]) -> bool:
    kids = [k for h in _clause_heads(tree, trig) for k in tree.children(h, "aux", "mark", "advmod")]
    return any(k.text.lower() in cues or k.lemma.lower() in cues for k in kids)


def _demanded(tree: Tree, trig: Trigger) -> bool:
    """An event the text demands: the object of a demand ("calling for a complete withdrawal"),
    or the complement of 'urge X to', 'call on X to'."""
    if not trig.nominal:
        heads = _clause_heads(tree, trig)
        return any((tree.tok(h).dep == "xcomp" or complement_conjunct(tree, h)) and tree.tok(h).head in heads and
                   tree.tok(tree.tok(h).head).lemma.lower() in DEMAND_VERBS for h in heads)
    for a in list(tree.ancestors(trig.token))[:3]:
        if a.pos in ("VERB", "AUX"):
            return a.lemma.lower() in DEMAND_VERBS or a.lemma.lower() in THREAT_VERBS
    return False


DEMAND_VERBS = {"call", "demand", "urge", "ask", "request", "seek", "press", "push", "appeal", "insist"}
THREAT_VERBS = {"threaten", "warn"}           # "threatened a general strike": not (yet) happened
NEGATIONS = {"not", "never", "n't", "no"}


def _negated(tree: Tree, trig: Trigger) -> bool:
    """'did not attack', 'were not, however, accepted': a negation on the verb or its auxiliaries."""
    heads = [trig.anchor] + [a.i for a in tree.children(trig.anchor, "aux", "auxpass")]
    tok, gov = tree.tok(trig.anchor), tree.head(trig.anchor)
    if tok.tag == "VBN" and gov is not None and gov.lemma.lower() == "be" and gov.i < tok.i:
        heads.append(gov.i)                  # "was not, in the end, accepted" parsed as be + participle
    return any(c.dep == "neg" or (c.dep == "advmod" and c.text.lower() in NEGATIONS)
               for h in heads for c in tree.children(h))
