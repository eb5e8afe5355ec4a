"""The event stage: triggers -> Events with actors, places, time, counts, source and status."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from newsgraph.data.events_frames import DEATH_VERBS, ELSEWHERE_WORDS, REPORTING_VERBS
from newsgraph.events import assemble, links, modes
from newsgraph.events.counts import find_counts
from newsgraph.events.french import attach_tolls, english_counted, english_view
from newsgraph.events.mapping import apply_mapping
from newsgraph.events.roles import SUBJ, PRONOUNS, ActorRef, ActorResolver, find_actors, to_actor
from newsgraph.events.setting import Setting, event_time, prune_places, sentence_setting
from newsgraph.events.status import Frame, event_status, own_action, reporting_frame
from newsgraph.events.syntax import Tree
from newsgraph.events.triggers import Trigger, find_triggers
from newsgraph.ingest.dates import dateline_end
from newsgraph.model import Document, Event, Reporter, SentenceRef

HEADING_MAX_TOKENS = 8
ROLE_ORDER = {"source": 0, "target": 1, "other": 2}
ACTOR_DEPS = {"nsubj", "poss"}      # a place in these roles is an actor, not a location


@dataclass
class Draft:
    """An event being built, with the parse facts later steps need."""
    trigger: Trigger
    event: Event
    sent: int
    source: Optional[ActorRef] = None
    frame: Frame = field(default_factory=Frame)
    refs: list[ActorRef] = field(default_factory=list)
    merged: list[int] = field(default_factory=list)    # tokens of triggers folded into this event


def detect_events(doc: Document) -> Document:
    """Find PLOVER events in every sentence of `doc` and attach them as doc.events (V1.. in text order).
    A French document is read through its English view (events/french.py) with the same rules."""
    if not doc.tokens or not doc.sentences:
        return doc
    if doc.language == "fr":
        doc.events = _detect(english_view(doc)).events
        attach_tolls(doc)
        english_counted(doc)
        return doc
    return _detect(doc)


def _detect(doc: Document) -> Document:
    tree = Tree(doc)
    res = ActorResolver(doc, tree)
    metonyms = links.metonym_places(doc)
    drafts: list[Draft] = []
    for si, s in enumerate(doc.sentences):
        sent_drafts = _sentence_events(tree, res, si, (s.token_start, s.token_end), metonyms, drafts)
        drafts.extend(sent_drafts)
        _remember_subject(tree, res, (s.token_start, s.token_end))
    drafts = modes.drop_natural_disasters(tree, drafts)
    drafts = links.merge_conjoined(tree, drafts)
    modes.protest_episodes(drafts)
    drafts = links.drop_anaphoric(tree, drafts)
    drafts = links.fold_followup_tolls(drafts)
    links.claims_of_responsibility(res, drafts)
    links.link_denials(tree, drafts)
    links.link_quotes(doc, drafts)
    _dateline_fallback(doc, drafts)
    drafts = assemble.assemble_incidents(tree, drafts)
    doc.events = [d.event for d in sorted(drafts, key=lambda d: d.event.spans[0].start)]
    for n, ev in enumerate(doc.events, 1):
        ev.id = f"V{n}"
    assemble.mark_main(doc)
    return doc


def _sentence_events(tree: Tree, res: ActorResolver, si: int, sent: tuple[int, int],
                     metonyms: set[str], previous: list[Draft]) -> list[Draft]:
    doc = tree.doc
    triggers = [t for t in find_triggers(tree, *sent) if not _in_heading(doc, tree, t)]
    if not triggers:
        return []
    drafts = [d for d in (_draft(tree, res, si, sent, t) for t in triggers) if d is not None]
    if not drafts:
        return []
    excluded = metonyms | _actor_places(tree, sent, drafts)
    reporting = {t.i for t in tree.tokens[sent[0]:sent[1]] if t.lemma.lower() in REPORTING_VERBS}
    owners = {t.anchor for t in triggers} | {t.token for t in triggers} | reporting
    setting = sentence_setting(tree, sent, owners, excluded)
    drafts = links.merge_nominal_causes(tree, drafts)
    links.drop_event_sources(res, drafts)
    _inherit_targets(tree, drafts)
    for d in drafts:
        _place_and_time(tree, d, setting, reporting, previous)
        d.event.actors.sort(key=lambda a: ROLE_ORDER.get(a.role, 9))
        apply_mapping(d.event)
        d.event.confidence = _confidence(d)
    return drafts


def _draft(tree: Tree, res: ActorResolver, si: int, sent: tuple[int, int], trig: Trigger) -> Optional[Draft]:
    doc = tree.doc
    refs = find_actors(res, trig)
    s = doc.sentences[si]
    typed = modes.refine(trig.type, trig.mode, refs, doc.text[s.start:s.end], trig.nominal, trig.lemma)
    if typed is None:
        return None
    trig.type, trig.mode = typed
    source = next((r for r in refs if r.role == "source"), None)
    frame = reporting_frame(res, trig, sent, doc.quotes)
    if _obligation(tree, trig) and frame.reporter is not None and \
            (source is None or source.text != frame.reporter.text):
        trig.type, trig.mode = "REQUEST", "demand"      # "Russia said Sudan must return the helicopter"
        refs = _as_demand(frame.reporter, refs)
        source = refs[0]
    status = event_status(tree, trig, frame, source, doc.text[s.start:s.end])
    if source is None and frame.reporter is not None and trig.type in links.MATERIAL and \
            trig.lemma not in DEATH_VERBS and \
            own_action(tree, frame.reporter, None):
        source = links.implied_source(res, frame.reporter)
        refs.insert(0, source)
    first, last = tree.tok(trig.token), tree.tok(max(trig.end_token, trig.token))
    event = Event(
        id="", type=trig.type, mode=trig.mode, actors=[to_actor(r) for r in refs],
        counts=find_counts(tree, trig), status=status, channel=frame.channel,
        reported_by=Reporter(frame.reporter.entity, frame.reporter.text) if frame.reporter else None,
        spans=[doc.span(first.start, last.end)], sentence=SentenceRef(s.start, s.end),
    )
    return Draft(trig, event, si, source, frame, refs)


def _inherit_targets(tree: Tree, drafts: list[Draft]) -> None:
    """'spoke to Putin, calling for a withdrawal': the demand is addressed to the same target."""
    by_anchor = {d.trigger.anchor: d for d in drafts}
    for d in drafts:
        tok = tree.tok(d.trigger.anchor)
        gov = by_anchor.get(tok.head) if tok.dep in ("advcl", "conj", "xcomp") else None
        if gov is None or gov is d or any(a.role == "target" for a in d.event.actors):
            continue
        if tok.dep == "conj" and gov.event.type != d.event.type:
            continue
        targets = [a for a in gov.event.actors if a.role == "target"]
        d.event.actors.extend(targets)
        d.refs.extend(r for r in gov.refs if r.role == "target")


def _as_demand(reporter: ActorRef, refs: list[ActorRef]) -> list[ActorRef]:
    """The reporter demands; the one who must act is the target."""
    demander = ActorRef("source", reporter.start, reporter.end, reporter.entity, reporter.text, reporter.token)
    return [demander] + [ActorRef("target", r.start, r.end, r.entity, r.text, r.token)
                         for r in refs if r.role == "source"]


def _obligation(tree: Tree, trig: Trigger) -> bool:
    """'X must do Y' inside a report: the reporter demands it of X."""
    return any(c.text.lower() in ("must", "should") for c in tree.children(trig.anchor, "aux"))


def _actor_places(tree: Tree, sent: tuple[int, int], drafts: list[Draft]) -> set[str]:
    """Places named as actors: sources, reporters, subjects ("Moscow said", "Kyiv rejected"),
    and targets of verbal events ("sanctions against Russia")."""
    doc = tree.doc
    spans = [(r.start, r.end) for d in drafts for r in d.refs
             if r.role == "source" or (r.role == "target" and d.event.type not in links.MATERIAL
                                       and d.event.mode != "visit")]
    spans += [(d.frame.reporter.start, d.frame.reporter.end) for d in drafts if d.frame.reporter]
    spans += [(t.start, t.end) for t in tree.tokens[sent[0]:sent[1]] if t.dep in ACTOR_DEPS]
    out = set()
    for p in doc.places:
        if any(s.start < e and b < s.end for s in p.spans for b, e in spans):
            out.add(p.id)
    return out


def _place_and_time(tree: Tree, d: Draft, setting: Setting, reporting: set[int],
                    previous: list[Draft]) -> None:
    trig, ev = d.trigger, d.event
    own = {trig.anchor, trig.token, *d.merged}
    places = [p for o in own for p in setting.places.get(o, [])]
    times = [t for o in own for t in setting.times.get(o, [])]
    governor = _governing_owner(tree, trig, setting)
    if not places:
        places = _inherited_places(tree, d, setting, governor, reporting, previous)
    if not times and governor is not None and governor not in reporting:
        times = setting.times.get(governor, [])
    if not times:
        times = setting.times.get(-1, [])
    if not times and d.frame.verb >= 0 and _beside_report(tree, trig, d.frame.verb):
        times = setting.times.get(d.frame.verb, [])      # "announced ..., promising": same moment
    ev.time = event_time(times)
    if ev.time is None or not places:
        prev_time, prev_places = links.demonstrative_context(tree, d, previous)
        ev.time = ev.time or prev_time
        places += [p for p in prev_places if p not in places]
    foreign = _speaker_places(tree.doc, d) | _topic_places(tree, d, setting)
    ev.places = [p for p in prune_places(tree.doc, places) if p not in foreign]
    if d.frame.verb >= 0 and d.frame.verb not in own:
        report = event_time(setting.times.get(d.frame.verb, []))
        ev.report_date = report.value if report else None


def _speaker_places(doc: Document, d: Draft) -> set[str]:
    """Places that are the event's source or reporter ("the United States urges ..."), and for
    verbal events the source's or reporter's own country: where the speaker is is not where it happens."""
    refs = [r for r in d.refs if r.role == "source"] + ([d.frame.reporter] if d.frame.reporter else [])
    spans = [(r.start, r.end) for r in refs if r.start >= 0]
    out = {p.id for p in doc.places if any(s.start < e and b < s.end for s in p.spans for b, e in spans)}
    if d.event.type not in links.MATERIAL:
        ents = [doc.entity(r.entity) for r in refs if r.entity]
        out |= {e.place_id for e in ents if e is not None and e.place_id}
    return out


def _topic_places(tree: Tree, d: Draft, setting: Setting) -> set[str]:
    """'praised the fight against malaria in Africa': a place nested in what a verbal event is about
    is its topic, not where it happens ("signed an agreement in Doha" keeps Doha)."""
    if d.event.type in links.MATERIAL | LOCATED_VERBAL or d.event.mode == "visit":
        return set()
    objs = {o.i for o in tree.children(d.trigger.anchor, "dobj", "nsubjpass", "attr")}
    out = set()
    for tok, pid in setting.place_tokens.items():
        preps = 0
        for a in tree.ancestors(tok):
            preps += a.dep == "prep"
            if a.i in objs:
                if preps >= 2:
                    out.add(pid)
                break
    return out


def _beside_report(tree: Tree, trig: Trigger, verb: int) -> bool:
    """The event is an adverbial clause of the reporting verb, not its reported content."""
    deps = [tree.tok(trig.anchor).dep]
    for a in tree.ancestors(trig.anchor):
        if a.i == verb:
            return "ccomp" not in deps and any(dep in ("advcl", "conj") for dep in deps)
        deps.append(a.dep)
    return False


def _governing_owner(tree: Tree, trig: Trigger, setting: Setting) -> Optional[int]:
    for a in tree.ancestors(trig.anchor):
        if a.i in setting.places or a.i in setting.times:
            return a.i
    return None


def _inherited_places(tree: Tree, d: Draft, setting: Setting, governor: Optional[int],
                      reporting: set[int], previous: list[Draft]) -> list[str]:
    trig = d.trigger
    if governor is not None and governor not in reporting and setting.places.get(governor):
        return setting.places[governor]
    for a in tree.ancestors(trig.anchor):
        if a.i in setting.place_tokens:
            return [setting.place_tokens[a.i]]
    if d.source is not None and d.source.token >= 0:
        inside = [setting.place_tokens[i] for i in tree.subtree(d.source.token) if i in setting.place_tokens
                  and i != d.source.token]
        if inside:
            return inside
    loose = setting.places.get(-1, []) if d.event.type in links.MATERIAL | LOCATED_VERBAL else []
    frame = loose + [p for r in reporting for p in setting.places.get(r, [])]   # not topics ("aid to Africa")
    if frame:
        return frame
    return links.continued_places(tree, d, previous)


def _confidence(d: Draft) -> float:
    score = 0.55 if d.trigger.nominal else 0.7
    score += 0.1 if any(r.role == "source" for r in d.refs) else 0.0
    score += 0.1 if d.event.places else 0.0
    return round(min(score, 0.95), 2)


def _in_heading(doc: Document, tree: Tree, trig: Trigger) -> bool:
    """Trigger on a short line without a verb (a subheading such as 'Massive Russian strikes')."""
    tok = tree.tok(trig.token)
    line_start = doc.text.rfind("\n", 0, tok.start) + 1
    line_end = doc.text.find("\n", tok.end)
    line_end = len(doc.text) if line_end < 0 else line_end
    line = doc.tokens_in(line_start, line_end)
    return len(line) <= HEADING_MAX_TOKENS and not any(t.pos in ("VERB", "AUX") for t in line)


LOCATED_VERBAL = {"PROTEST"}   # verbal types whose loose sentence places are where they happen
LOCAL_TYPES = {"PROTEST", "COERCE"}      # street-level events: the dateline city is where they happen


def _dateline_fallback(doc: Document, drafts: list[Draft]) -> None:
    """'TBILISI (AP) - Thousands protested outside parliament': a protest or police action with
    no place of its own happened in the dateline city."""
    body = dateline_end(doc.text)
    if not body:
        return
    lead = [p for p in doc.places if any(s.end <= body for s in p.spans) and p.precision in ("city", "point")]
    if len(lead) != 1:
        return
    for d in drafts:
        ev = d.event
        if not ev.places and ev.type in LOCAL_TYPES and ev.status in ("reported", "claimed") \
                and not _elsewhere(doc, d.sent):
            ev.places = [lead[0].id]


def _elsewhere(doc: Document, sent: int) -> bool:
    """'Police arrested 200 protesters in 39 cities across the country': the sentence places the event
    in many places or nationwide, not in the dateline city."""
    s = doc.sentences[sent]
    return any(t.text.lower() in ELSEWHERE_WORDS for t in doc.tokens[s.token_start:s.token_end])


def _remember_subject(tree: Tree, res: ActorResolver, sent: tuple[int, int]) -> None:
    """The main clause's subject, for pronouns in the next sentences ("She claimed ...")."""
    for t in tree.tokens[sent[0]:sent[1]]:
        if t.dep == "ROOT" or (t.head == t.i):
            subj = tree.child(t.i, *SUBJ)
            if subj is not None and subj.text.lower() not in PRONOUNS and subj.pos in ("NOUN", "PROPN"):
                res.last_subject = res.ref("source", subj.i)
            return
