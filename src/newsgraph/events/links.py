"""Links between events and the rest of the document: merges, denials, quotes, continuations."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from newsgraph.data.events_frames import (ARMED_ACTOR_WORDS, CIVILIAN_WORDS, DEMONYMS, EVENT_ANAPHORS,
                                          GROUP_MODIFIERS, MEANS_MODIFIERS, TARGET_HEADS, TARGET_PREPS)
from newsgraph.data.events_triggers import NOUNS, VERBS
from newsgraph.events.french import claimed_attack, determiner, french_agent
from newsgraph.events.roles import ActorRef, ActorResolver, is_gerund_noun
from newsgraph.events.syntax import Tree
from newsgraph.model import Actor, Assertion, Document, EventTime, Reporter

if TYPE_CHECKING:
    from newsgraph.events.detect import Draft

CONSEQUENCES = {"kill", "injure", "wound", "leave", "destroy", "damage", "hurt"}
ANAPHORIC_DETS = {"the", "this", "that", "these", "those"}
DEMONSTRATIVES = {"this", "these", "that", "those"}
MATERIAL = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}
DENIAL_LOOKBACK = 2          # sentences a denial may reach back to find what it denies
CONTINUATION_LOOKBACK = 2    # sentences an event without place may borrow its actor's last place from


def metonym_places(doc: Document) -> set[str]:
    """Places whose mention is an entity used as an actor ("Moscow" -> Government of Russia),
    or that overlap a time expression (a gazetteer hit on a weekday name)."""
    spans = [(s.start, s.end) for e in doc.entities if e.refers_to for s in e.spans]
    spans += [(s.start, s.end) for t in doc.times for s in t.spans]     # "on Monday" is never a place
    return {p.id for p in doc.places if any(s.start < e and b < s.end for s in p.spans for b, e in spans)}


def implied_source(res: ActorResolver, reporter: ActorRef) -> ActorRef:
    """The party behind a reporter: 'the Russian Defense Ministry' -> Russia, when Russia is named."""
    for word in re.findall(r"[\w.]+", reporter.text):
        country = DEMONYMS.get(word.lower())
        ent = res.entity_named(country) if country else None
        if ent is not None:
            return ActorRef("source", reporter.start, reporter.end, ent.id, ent.name, reporter.token)
    return ActorRef("source", reporter.start, reporter.end, reporter.entity, reporter.text, reporter.token)


def merge_conjoined(tree: Tree, drafts: list["Draft"]) -> list["Draft"]:
    """'two buildings were hit and two people died', 'shelled the town, killing 7': one event."""
    out: list["Draft"] = []
    by_token = {d.trigger.anchor: d for d in drafts}
    for d in drafts:
        tok = tree.tok(d.trigger.anchor)
        joined = tok.dep == "conj" or (tok.dep == "advcl" and tok.tag == "VBG" and d.trigger.lemma in CONSEQUENCES)
        head = by_token.get(tok.head) if joined else None
        if head is not None and head is not d and head.event.type == d.event.type == "ASSAULT" \
                and head in out and not _own_places_differ(head, d):
            head.event.counts.extend(c for c in d.event.counts if c not in head.event.counts)
            head.merged.extend([d.trigger.token, d.trigger.anchor])
            continue
        out.append(d)
    return out


def merge_nominal_causes(tree: Tree, drafts: list["Draft"]) -> list["Draft"]:
    """'12 civilians were killed in an air strike': the strike and the killing are one event."""
    by_anchor = {d.trigger.anchor: d for d in drafts if not d.trigger.nominal}
    out, into = [], {}
    for d in drafts:
        verb = _cause_verb(tree, d, by_anchor)
        if verb is None:
            out.append(d)
            continue
        if verb.event.mode in ("killing", "attack", None, "strike"):
            verb.event.mode = d.event.mode
        _fold(verb, d)
        verb.source = verb.source or d.source
        into[d.trigger.token] = verb
    return _fold_same_cause(tree, out, into)


def _fold(keep: "Draft", other: "Draft") -> None:
    """Move the actors, counts and attachment tokens of `other` onto `keep`."""
    known = {(a.role, a.entity, a.text) for a in keep.event.actors}
    keep.event.actors.extend(a for a in other.event.actors if (a.role, a.entity, a.text) not in known)
    keep.event.counts.extend(c for c in other.event.counts if c not in keep.event.counts)
    keep.refs.extend(other.refs)
    keep.merged.extend([other.trigger.token, other.trigger.anchor, *other.merged])


def _event_noun(tree: Tree, i: int) -> bool:
    tok = tree.tok(i)
    lemma = tok.lemma.lower()
    return tok.pos == "NOUN" and (lemma in NOUNS or lemma in CAUSE_NOUNS or lemma in VERBS)


def _fold_same_cause(tree: Tree, drafts: list["Draft"], into: dict) -> list["Draft"]:
    """'An airstrike that killed 11 people hit a school': both verbs tell of the one airstrike."""
    out, by_cause = [], {}
    for d in drafts:
        verb = into.get(d.source.token) if d.source is not None and d.event.type == "ASSAULT" else None
        if verb is None and d.source is not None and d.event.type == "ASSAULT" and _event_noun(tree, d.source.token):
            verb = by_cause.setdefault(d.source.token, d)      # two verbs with the same cause noun
        if verb is None or verb is d:
            out.append(d)
            continue
        d.event.actors = [a for a in d.event.actors if not (a.role == "source" and a.text == d.source.text)]
        d.refs = [r for r in d.refs if r is not d.source]
        _fold(verb, d)
    return out


def _cause_verb(tree: Tree, d: "Draft", by_anchor: dict) -> Optional["Draft"]:
    tok = tree.tok(d.trigger.token)
    if not (d.trigger.nominal or is_gerund_noun(tree, tok.i)) or d.event.type != "ASSAULT":
        return None
    for verb in by_anchor.values():      # "an airstrike that killed 50 people"
        if verb.event.type == "ASSAULT" and verb.source is not None and verb.source.token == tok.i:
            verb.refs = [r for r in verb.refs if r is not verb.source]
            verb.event.actors = [a for a in verb.event.actors if not (a.role == "source" and a.text == verb.source.text)]
            verb.source = None
            return verb
    inside = set(tree.subtree(tok.i))
    for verb in by_anchor.values():      # "a strike on a wedding in Kandahar that killed eight people"
        vt = tree.tok(verb.trigger.anchor)
        if verb.event.type == "ASSAULT" and vt.dep == "relcl" and vt.head in inside:
            if verb.source is not None and verb.source.token == vt.head:
                verb.refs = [r for r in verb.refs if r is not verb.source]
                verb.event.actors = [a for a in verb.event.actors
                                     if not (a.role == "source" and a.text == verb.source.text)]
                verb.source = None
            return verb
    if tok.dep != "pobj":
        return None
    prep = tree.head(tok.i)
    if prep is None or prep.lemma.lower() not in ("in", "during", "by", "after", "from"):
        return None
    verb = by_anchor.get(prep.head)
    return verb if verb is not None and verb.event.type == "ASSAULT" else None


CAUSE_NOUNS = {"war", "conflict", "violence", "hostilities", "fighting", "unrest", "crisis", "offensive",
               "insurgency", "invasion", "bombardment", "campaign", "operation", "explosion", "blast"}


def drop_event_sources(res: ActorResolver, drafts: list["Draft"]) -> None:
    """'the two-year war, which has killed ...', 'Fighting ... killing 14': an event or cause noun
    is no actor; the party named inside it is ("Russian air strikes" -> Russian), else nobody. An entity
    elsewhere in the noun phrase ('a strike on Belgorod') does not make the event noun an actor; what the
    noun hits ('shelling of X', 'a strike on X') is a target (event_noun_targets)."""
    tree = res.tree
    for d in drafts:
        src = d.source
        if src is None or src.token < 0:
            continue
        head = tree.tok(src.token)
        lemma = head.lemma.lower()
        if lemma not in NOUNS and lemma not in CAUSE_NOUNS:
            continue
        if src.entity is not None and res.entity_over(head.start, head.end) is not None:
            continue
        event_noun_targets(res, d, src.token)
        inner = _named_modifier(res, src) or _noun_agent(res, src)
        d.event.actors = [a for a in d.event.actors if not (a.role == "source" and a.text == src.text)]
        d.refs = [r for r in d.refs if r is not src]
        d.source = inner
        if inner is not None:
            d.refs.insert(0, inner)
            d.event.actors.insert(0, Actor("source", inner.entity, inner.text))


def event_noun_targets(res: ActorResolver, d: "Draft", noun: int) -> None:
    """'Russian shelling of Vilkhivka', 'a drone strike on Belgorod', 'the attack on the 14th brigade': the
    object of the event noun's preposition is a target when it is a place, a named group, a population or a
    unit; added unless a target already covers it."""
    tree = res.tree
    for prep in tree.children(noun, "prep"):
        if prep.lemma.lower() not in TARGET_PREPS:
            continue
        for obj in tree.children(prep.i, "pobj"):
            if not (obj.ent_type in ("GPE", "LOC", "FAC", "NORP", "ORG") or obj.pos == "PROPN"
                    or obj.lemma.lower() in TARGET_HEADS or obj.text.lower() in TARGET_HEADS
                    or obj.text.lower() in ARMED_ACTOR_WORDS or obj.text.lower() in CIVILIAN_WORDS):
                continue
            if obj.ent_type in ("DATE", "TIME", "CARDINAL"):
                continue
            target = _phrase(res, "target", obj.i)
            if not any(a.role == "target" and (a.text in target.text or target.text in a.text)
                       for a in d.event.actors):
                d.event.actors.append(Actor("target", target.entity, target.text))


def _phrase(res: ActorResolver, role: str, head: int) -> ActorRef:
    """The noun phrase of `head` (without its prepositional or clausal tails) as an actor of `role`."""
    tree = res.tree
    idx = tree.subtree(head, frozenset({"prep", "relcl", "acl", "appos"}))
    start, end = tree.tok(min(idx)).start, tree.tok(max(idx)).end
    ent = res.entity_over(start, end)
    return ActorRef(role, start, end, ent.id if ent else None, tree.doc.text[start:end], head)


def _noun_agent(res: ActorResolver, src: ActorRef) -> Optional[ActorRef]:
    """'Drone attacks by Russian forces': the agent of the event noun."""
    tree = res.tree
    for prep in tree.children(src.token, "prep"):
        if prep.lemma.lower() != "by":
            continue
        for obj in tree.children(prep.i, "pobj"):
            return _phrase(res, "source", obj.i)
    return None


def _named_modifier(res: ActorResolver, src: ActorRef) -> Optional[ActorRef]:
    tree = res.tree
    stack, mods = [src.token], []
    while stack:                                     # "US Predator attacks": US modifies Predator
        for c in tree.children(stack.pop(), "amod", "compound", "nmod", "poss"):
            if tree.in_dateline(c.i) or c.lemma.lower() in MEANS_MODIFIERS:   # 'SITTWE - Air strikes': no party
                continue
            stack.append(c.i)
            if c.text.lower() in DEMONYMS or c.ent_type in ("GPE", "ORG", "NORP", "PERSON") or c.pos == "PROPN" \
                    or c.lemma.lower() in GROUP_MODIFIERS:
                mods.append(c)
    mods.sort(key=lambda c: c.i)
    if not mods:
        return None
    idx = sorted({k for m in mods for k in tree.with_conjuncts(m.i)} |
                 {m.head for m in mods if m.head != src.token and tree.tok(m.head).dep == "compound"})
    start, end = tree.tok(idx[0]).start, tree.tok(idx[-1]).end
    first = tree.tok(mods[0].i)
    country = DEMONYMS.get(first.text.lower())
    ent = res.entity_over(start, end)
    ent = res.entity_named(country) if (ent is None or ent.type == "NORP") and country else ent
    text = tree.doc.text[start:end]
    return ActorRef("source", start, end, ent.id if ent else None, text, first.i)


def _own_places_differ(a: "Draft", b: "Draft") -> bool:
    return bool(a.event.places and b.event.places and set(a.event.places) != set(b.event.places))


def fold_followup_tolls(drafts: list["Draft"]) -> list["Draft"]:
    """'... an attack on a camp in X on October 9. Dozens of civilians were killed.': a toll with
    no source, place or time of its own, right after one located attack, is that attack's toll."""
    out: list["Draft"] = []
    for d in drafts:
        ev = d.event
        bare = ev.type == "ASSAULT" and ev.counts and not ev.places and ev.time is None and d.source is None
        before = [p for p in out if p.event.type == "ASSAULT" and p.sent == d.sent - 1]
        if bare and len(before) == 1 and (before[0].event.places or before[0].event.time) and \
                not {c.kind for c in before[0].event.counts} & {c.kind for c in ev.counts}:
            _fold(before[0], d)
            continue
        out.append(d)
    return out


def drop_anaphoric(tree: Tree, drafts: list["Draft"]) -> list["Draft"]:
    """'... denied responsibility for the attack': a definite noun naming an event of the same type
    reported just before, with nothing of its own, is that event, not a new one."""
    out: list["Draft"] = []
    for d in drafts:
        tok = tree.tok(d.trigger.token)
        det = tree.child(tok.i, "det")
        bare = not d.event.counts and not d.event.places and not any(a.role == "source" for a in d.event.actors)
        earlier = [p for p in out if p.event.type == d.event.type and 0 < d.sent - p.sent <= DENIAL_LOOKBACK]
        pointing = det is not None and determiner(tree, det) in DEMONSTRATIVES and not d.event.counts and \
            not any(a.role == "source" for a in d.event.actors)
        if d.trigger.nominal and earlier and ((det is not None and determiner(tree, det) in ANAPHORIC_DETS and bare)
                                              or pointing):
            earlier[-1].event.spans.append(d.event.spans[0])     # one more mention of that event
            continue                     # "This attack follows ...": the place around it is another event's
        out.append(d)
    return out


def claims_of_responsibility(res: ActorResolver, drafts: list["Draft"]) -> None:
    """'IS claimed responsibility for a car bomb that killed eight': IS is the source, and the
    event is claimed by it."""
    tree = res.tree
    for tok in tree.tokens:
        head = tree.head(tok.i)
        if head is None or head.lemma.lower() not in CLAIMING or not (
                tok.lemma.lower() == "responsibility" or claimed_attack(tree, tok, head)):
            continue
        subj = tree.child(head.i, "nsubj") or french_agent(tree, head)
        claimant = res.ref("source", subj.i) if subj is not None else None
        if claimant is None:
            continue
        for d in drafts:
            inside = tree.dominates(tok.i, d.trigger.token) or any(sp.start == tok.start for sp in d.event.spans)
            blamed = d.source is not None and d.source.token == tok.i
            if d.event.type in MATERIAL and (inside or blamed):
                d.event.actors = [a for a in d.event.actors if a.role != "source"]
                d.event.actors.insert(0, Actor("source", claimant.entity, claimant.text))
                d.source = claimant
                d.event.status = "claimed"
                d.event.reported_by = d.event.reported_by or Reporter(claimant.entity, claimant.text)


CLAIMING = {"claim", "accept", "admit", "take", "assume"}


def link_denials(tree: Tree, drafts: list["Draft"]) -> None:
    """A denial of an earlier event ("Abuses that Moscow denies") joins that event's assertions."""
    for d in drafts:
        if d.event.status != "denied" or d.event.type not in ("REJECT", "ACCUSE"):
            continue
        target = _denied_event(tree, d, drafts)
        denier = next((a for a in d.event.actors if a.role == "source"), None)
        by = Reporter(denier.entity, denier.text) if denier else (d.event.reported_by or Reporter(None, ""))
        quote = d.frame.quote.id if d.frame.quote else None
        d.event.assertions.append(Assertion(by, "denies", quote))
        if target is None:
            continue
        target.event.assertions.append(Assertion(by, "denies", quote))
        d.event.places = d.event.places or list(target.event.places)
        d.event.time = d.event.time or target.event.time
    for d in drafts:
        rep = d.event.reported_by
        if d.event.status == "claimed" and rep is not None:
            quote = d.frame.quote.id if d.frame.quote else None
            d.event.assertions.insert(0, Assertion(rep, "asserts", quote))


def _denied_event(tree: Tree, denial: "Draft", drafts: list["Draft"]) -> Optional["Draft"]:
    sentence = tree.doc.text[denial.event.sentence.start:denial.event.sentence.end].lower()
    refers_back = any(re.search(rf"\b{w}", sentence) for w in EVENT_ANAPHORS)
    candidates = [d for d in drafts if d is not denial and d.event.type in MATERIAL
                  and denial.sent - DENIAL_LOOKBACK <= d.sent <= denial.sent]
    same = [d for d in candidates if d.sent == denial.sent and _complement_of(tree, d, denial)]
    candidates = [d for d in candidates if d.trigger.token < denial.trigger.token]
    if same:
        return same[-1]
    return candidates[-1] if candidates and refers_back else None


def _complement_of(tree: Tree, event: "Draft", denial: "Draft") -> bool:
    """The event is what the denial verb denies ("denied that its forces had shelled ...")."""
    deps = [tree.tok(event.trigger.anchor).dep]
    for a in tree.ancestors(event.trigger.anchor):
        if a.i == denial.trigger.anchor:
            return not set(deps) & {"advcl", "conj", "relcl"}
        deps.append(a.dep)
    return False


def link_quotes(doc: Document, drafts: list["Draft"]) -> None:
    """Quotes that overlap an event's sentence speak of it."""
    for d in drafts:
        s = d.event.sentence
        d.event.quotes = [q.id for q in doc.quotes if any(sp.start < s.end and s.start < sp.end for sp in q.spans)]


def continued_places(tree: Tree, d: "Draft", previous: list["Draft"]) -> list[str]:
    """'there', or the same actor continuing ("She claimed to have taken 500 km2"): borrow places."""
    words = {t.text.lower() for t in tree.tokens[tree.doc.sentences[d.sent].token_start:
                                                  tree.doc.sentences[d.sent].token_end]}
    recent = [p for p in previous if d.sent - CONTINUATION_LOOKBACK <= p.sent < d.sent and p.event.places]
    if "there" in words:
        return list(recent[-1].event.places) if recent else _last_place_before(tree, d)
    if d.source is None:
        return []
    for p in reversed(recent):
        if p.source is not None and (p.source.text == d.source.text or
                                     (p.source.entity and p.source.entity == d.source.entity)):
            return list(p.event.places)
    return []


def demonstrative_context(tree: Tree, d: "Draft", previous: list["Draft"]) -> tuple[Optional[EventTime], list[str]]:
    """'This is the first trip ...': the sentence points back at the previous one; its events'
    time and places describe this event too."""
    sent = tree.doc.sentences[d.sent]
    trig = tree.tok(d.trigger.token)
    head = tree.head(trig.i)
    subj = tree.child(head.i, "nsubj") if head is not None and trig.dep == "attr" else None
    if subj is None or subj.text.lower() not in ("this", "that", "it") or subj.i != sent.token_start:
        return None, []
    before = [p for p in previous if p.sent == d.sent - 1]
    times = [p.event.time for p in before if p.event.time]
    places = [pid for p in before for pid in p.event.places]
    return (times[0] if times else None), places


def _last_place_before(tree: Tree, d: "Draft") -> list[str]:
    start = tree.doc.sentences[d.sent].start
    before = [(s.start, p.id) for p in tree.doc.places for s in p.spans if s.start < start]
    return [max(before)[1]] if before else []
