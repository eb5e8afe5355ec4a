"""Incident assembly: every mention of one incident in a document becomes ONE event (SPEC.md 4).

Runs after detection over the drafts of a whole document:
  1. furniture lines (link lists, tags, bylines, credits) yield no events;
  2. what is no incident of its own goes (background.py: demanded contents, campaign nouns, "No
     casualties" as a 0 count); casualty mentions ("five were killed", "two people died") join the
     attack of their own sentence or of the two before it;
  3. mentions of one incident merge: the headline's into the body's, restatements, anaphora
     ("the attack", "the strike"), adjacent sentences. Two mentions are one incident only when
     nothing sets them apart (type, mode family, status, place, date, attacker; "another strike")
     and something links them (headline, anaphora, adjacency, or the same place and date).
Precedence when merging (the lead mention is the one with the most specific place, then
counts, then the body before the headline, then text order): type, status, reporter, channel and
report date come from the lead, else from the first mention that has them; mode is the most
specific; places are the union, most specific first; time is the most precise; actors are the
lead's plus the others' targets, and the first named attacker when the lead has none; counts of
one kind that disagree are both kept, each with its spans (where it was said), never summed.
"""
from __future__ import annotations

from calendar import monthrange
from datetime import date
from typing import TYPE_CHECKING, Optional

from newsgraph.data.events_assembly import (ANAPHOR_NOUNS, ANAPHOR_WINDOW, GENERIC_ATTACKERS, GENERIC_MODES,
                                            MODE_FAMILIES, NEAR_KM, NEW_INCIDENT_WORDS, SENTENCE_WINDOW,
                                            TOLL_WINDOW, VIOLENCE)
from newsgraph.data.events_frames import DEMONYMS
from newsgraph.events.background import (ASSEMBLED_TYPES, FACTUAL, INCIDENT_TYPES, add_no_casualty_counts,
                                        campaign_setting, fold_verbal_contents)
from newsgraph.events.background import sources as _sources
from newsgraph.events.furniture import furniture_ranges, headline_range, inside
from newsgraph.events.french import determiner
from newsgraph.events.syntax import Tree
from newsgraph.geodesy import haversine_km
from newsgraph.model import Document, Event, EventTime, Place
from newsgraph.textnorm import fold

if TYPE_CHECKING:
    from newsgraph.events.detect import Draft

CONSEQUENCE_LEMMAS = {"damage", "destroy", "hit", "burn", "collapse"}
TOLL_LEMMAS = {"kill", "die", "wound", "injure", "hurt", "perish"}
PRECISION_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "region": 5}
DEFINITE = {"the", "this", "that", "these", "those"}
BACKGROUND_DAYS = 90          # a dated mention this long before the report is no undated mention's incident
_COUNTRIES = {fold(c) for c in DEMONYMS.values()}


def assemble_incidents(tree: Tree, drafts: list["Draft"]) -> list["Draft"]:
    """Drop furniture events, attach casualties to their attack, merge mentions of one incident."""
    doc = tree.doc
    furniture = furniture_ranges(doc.text)
    drafts = [d for d in drafts if not inside(d.event.spans[0].start, furniture)]
    drafts = sorted(drafts, key=lambda d: d.event.spans[0].start)
    drafts = [d for d in fold_verbal_contents(tree, drafts) if not campaign_setting(tree, d)]
    drafts = add_no_casualty_counts(doc, drafts)
    head = headline_range(doc)
    groups: list[list["Draft"]] = []
    for d in drafts:
        group = _incident_of(tree, d, groups, head)
        if group is None:
            groups.append([d])
        else:
            group.append(d)
    merged = [_merged(doc, g, head) for g in groups]
    for d in merged:
        d.event.spans.sort(key=lambda s: s.start)
    return merged


def _incident_of(tree: Tree, d: "Draft", groups: list[list["Draft"]], head) -> Optional[list["Draft"]]:
    """The earlier incident `d` is a mention of, if any (the latest such)."""
    if d.event.type not in ASSEMBLED_TYPES or _new_incident(tree, d):
        return None
    latest = True                  # no other incident of the kind told since: tolls and bare mentions may join
    for group in reversed(groups):
        if _compatible(tree.doc, group, d) and not _undated_into_past(tree, group, d):
            if _linked(tree, group, d, head, latest):
                return group
            latest = False
    return None


def _in_head(d: "Draft", head) -> bool:
    return head is not None and head[0] <= d.event.spans[0].start < head[1]


def _linked(tree: Tree, group: list["Draft"], d: "Draft", head, latest: bool = True) -> bool:
    last = group[-1]
    if any(_in_head(g, head) for g in group) and not any(not _in_head(g, head) for g in group):
        return True                                  # the headline's incident, told in the body
    gap = d.sent - last.sent
    if gap == 0:
        return True
    if latest and gap <= TOLL_WINDOW and _is_consequence(d) and (
            not d.event.places or any(g.event.places for g in group)):
        return True                                  # "... shelled Vilkhivka. Two people died."
    if gap <= SENTENCE_WINDOW and (any(_same_attacker(tree.doc, g, d) for g in group) or (
            d.event.mode not in GENERIC_MODES and any(g.event.mode == d.event.mode for g in group))):
        return True                                  # the same party's action told again, or the same mode
    if latest and gap <= TOLL_WINDOW and _bare(d.event):
        return True                                  # "Many other cities were also targeted."
    if gap <= SENTENCE_WINDOW and not any(_sources(g.event) or g.event.places for g in group):
        return True                                  # the earlier telling gave nothing to tell them apart
    if gap <= ANAPHOR_WINDOW and (_anaphoric(tree, d) or _described_attacker(tree.doc, d)):
        return True
    return _same_place_and_day(tree.doc, group, d) or _summary(tree.doc, group, d)


def _bare(ev: Event) -> bool:
    """A mention with nothing of its own: no attacker, place, date or figure."""
    return not _sources(ev) and not ev.places and ev.time is None and not ev.counts


def _summary(doc: Document, group: list["Draft"], d: "Draft") -> bool:
    """'Ukraine has taken back thousands of km2 in September': a placeless summary by the same party,
    dated within the incident's dates, tells the same incident again."""
    if d.event.places or d.event.time is None:
        return False
    return any(g.event.time and _times_agree(g.event.time, d.event.time) and _same_attacker(doc, g, d)
               for g in group)


def _compatible(doc: Document, group: list["Draft"], d: "Draft") -> bool:
    ev = d.event
    first = group[0].event
    if (ev.status in FACTUAL) != (first.status in FACTUAL) or _family(ev) != _family(first):
        return False
    places = [p for g in group for p in g.event.places]
    if places and ev.places and not _places_agree(doc, places, ev.places):
        return False
    times = [g.event.time for g in group if g.event.time]
    if ev.time and any(not _times_agree(t, ev.time) for t in times):
        return False
    if ev.time and not times and _long_before(ev.time.value, doc.published):
        return False           # 'incendié en novembre 2011' in a 2015 report: an earlier incident
    return all(_attackers_agree(doc, g, d) for g in group)


def _undated_into_past(tree: Tree, group: list["Draft"], d: "Draft") -> bool:
    """An undated act ('a été la cible d'un attentat') is not of an incident dated long before the
    report ('incendié en novembre 2011'), unless it refers back to it ('the attack') or tells its
    casualties or damage ('A school was damaged')."""
    times = [g.event.time.value for g in group if g.event.time]
    return d.event.time is None and bool(times) and not _anaphoric(tree, d) and not _is_consequence(d) \
        and all(_long_before(t, tree.doc.published) for t in times)


def _long_before(value: str, published: Optional[str]) -> bool:
    """A date (YYYY, YYYY-MM or YYYY-MM-DD) that ends over BACKGROUND_DAYS before the report date:
    undated mentions of a report are of its days, not of that one."""
    if not published or not value[:4].isdigit():
        return False
    try:
        ref = date.fromisoformat(published[:10])
        year = int(value[:4])
        month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else 12
        day = int(value[8:10]) if len(value) >= 10 and value[8:10].isdigit() else monthrange(year, month)[1]
        return (ref - date(year, month, day)).days > BACKGROUND_DAYS
    except ValueError:
        return False


def _family(ev: Event) -> str:
    """Mentions of one incident share a family: ASSAULT modes other than territory, abduction and
    abuse are all violence; territory changes are one family whether told as an ASSAULT or a RETREAT."""
    if ev.type == "RETREAT" and ev.mode in ("withdrawal", "retreat"):
        return "territory"
    if ev.type == "ASSAULT":
        return MODE_FAMILIES.get(ev.mode or "", VIOLENCE)
    if ev.type == "COERCE":
        return f"COERCE:{MODE_FAMILIES.get(ev.mode or '', ev.mode)}"
    return ev.type


def _times_agree(a: EventTime, b: EventTime) -> bool:
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def _places_agree(doc: Document, ours: list[str], theirs: list[str]) -> bool:
    return any(_same_area(doc.place(a), doc.place(b)) for a in ours for b in theirs)


def _same_area(a: Optional[Place], b: Optional[Place]) -> bool:
    """Same place, one inside the other (region, country), or close enough to be one incident's."""
    if a is None or b is None:
        return False
    if a.id == b.id or fold(a.name) == fold(b.name):
        return True
    for inner, outer in ((a, b), (b, a)):
        if outer.precision == "admin1" and inner.admin1 and fold(inner.admin1) == fold(outer.name):
            return True
        if outer.precision == "country" and inner.country and inner.country == outer.country:
            return True
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM


def _same_place_and_day(doc: Document, group: list["Draft"], d: "Draft") -> bool:
    """A restatement far from the first telling: the same local place and the same date."""
    if d.event.time is None or not d.event.places:
        return False
    for g in group:
        ev = g.event
        if ev.time and ev.time.value == d.event.time.value and ev.places and any(
                _local(doc.place(a)) and _same_area(doc.place(a), doc.place(b)) for a in ev.places for b in d.event.places):
            return True
    return False


def _local(p: Optional[Place]) -> bool:
    return p is not None and PRECISION_RANK.get(p.precision or "", 9) <= PRECISION_RANK["admin1"]


def _side(doc: Document, text: str, entity: Optional[str]) -> tuple[Optional[str], str]:
    """(country the actor belongs to, or None; folded name) of an attacker."""
    ent = doc.entity(entity)
    names = [text] + ([ent.name, ent.refers_to or ""] if ent else [])
    for name in names:
        words = fold(name).replace("'s", "").split()
        for i, w in enumerate(words):
            if w in DEMONYMS:
                return fold(DEMONYMS[w]), fold(name)
            for n in (3, 2, 1):
                if " ".join(words[i:i + n]) in _COUNTRIES:
                    return " ".join(words[i:i + n]), fold(name)
    return None, fold(ent.name if ent else text)


def _attackers_agree(doc: Document, g: "Draft", d: "Draft") -> bool:
    """No two different parties: countries differ, or two names, or two descriptions with other
    heads ("rebels" / "the army"); a name and a description ("Taliban" / "the militants") agree."""
    for a in _sources(g.event):
        for b in _sources(d.event):
            if _generic(a.text) or _generic(b.text) or (a.entity and a.entity == b.entity):
                continue
            (ca, na), (cb, nb) = _side(doc, a.text, a.entity), _side(doc, b.text, b.entity)
            if ca and cb:
                if ca != cb:
                    return False
            elif not (ca or cb) and bool(a.entity) == bool(b.entity) and _head(na) != _head(nb) and \
                    na not in nb and nb not in na:
                return False
    return True


def _head(name: str) -> str:
    words = name.split()
    return words[-1].rstrip("s") if words else ""


def _described_attacker(doc: Document, d: "Draft") -> bool:
    """'The militants attacked ...', 'the three attackers killed ...': a definite description of
    the attacker refers back to an incident already told."""
    return any(fold(a.text).startswith(("the ", "these ")) and not a.entity and _side(doc, a.text, None)[0] is None
               for a in _sources(d.event))


def _same_attacker(doc: Document, g: "Draft", d: "Draft") -> bool:
    """Both mentions name an attacker, and it is the same party (entity, or country's side)."""
    for a in _sources(g.event):
        for b in _sources(d.event):
            if _generic(a.text) or _generic(b.text):
                continue
            (ca, na), (cb, nb) = _side(doc, a.text, a.entity), _side(doc, b.text, b.entity)
            if (a.entity and a.entity == b.entity) or (ca and ca == cb) or na == nb:
                return True
    return False


def _generic(text: str) -> bool:
    words = fold(text).split()
    return bool(words) and words[-1] in GENERIC_ATTACKERS


def _new_incident(tree: Tree, d: "Draft") -> bool:
    """'another strike', 'a separate attack': the text says this is a new incident."""
    tok = d.trigger.token
    return any(c.text.lower() in NEW_INCIDENT_WORDS for c in tree.children(tok, "amod", "det"))


def _anaphoric(tree: Tree, d: "Draft") -> bool:
    """'the attack', 'this strike': a definite event noun names an incident told before."""
    if not d.trigger.nominal or tree.tok(d.trigger.token).lemma.lower() not in ANAPHOR_NOUNS:
        return False
    det = tree.child(d.trigger.token, "det")
    return det is not None and determiner(tree, det) in DEFINITE


def _is_consequence(d: "Draft") -> bool:
    """A casualty or damage mention with no attacker of its own: 'five were killed', 'two people
    died', 'a school was damaged'."""
    return d.event.type == "ASSAULT" and d.trigger.lemma in TOLL_LEMMAS | CONSEQUENCE_LEMMAS and \
        not _sources(d.event)


def _lead(doc: Document, group: list["Draft"], head) -> "Draft":
    def rank(d: "Draft"):
        precision = min((PRECISION_RANK.get(p.precision or "", 9) for p in map(doc.place, d.event.places) if p),
                        default=10)
        return (precision, not d.event.counts, _in_head(d, head), not _sources(d.event), d.event.spans[0].start)
    return min(group, key=rank)


def _merged(doc: Document, group: list["Draft"], head) -> "Draft":
    if len(group) == 1:
        return group[0]
    lead = _lead(doc, group, head)
    ev = lead.event
    others = [d for d in group if d is not lead]
    for d in others:
        _fold_event(ev, d.event)
        lead.merged.extend([d.trigger.token, d.trigger.anchor, *d.merged])
    ev.mode = next((d.event.mode for d in [lead, *others] if d.event.mode not in GENERIC_MODES), ev.mode)
    attacker = _told_attacker(group)
    if attacker is not None:
        ev.actors = [attacker] + [a for a in ev.actors if a.role != "source"]
    ev.places = _by_precision(doc, ev.places)
    ev.time = max((d.event.time for d in group if d.event.time), key=lambda t: len(t.value), default=None)
    ev.spans = sorted({(s.start, s.end): s for d in group for s in d.event.spans}.values(), key=lambda s: s.start)
    ev.confidence = round(min(0.95, max(d.event.confidence for d in group) + 0.05 * len(others)), 2)
    lead.source = lead.source or next((d.source for d in others if d.source is not None), None)
    return lead


def _told_attacker(group: list["Draft"]):
    """The first attacker the text names, before one only implied by the reporter ("police said" of
    a police action): a party reporting its own action is the source only when no one else is."""
    told = [(a, d.event) for d in sorted(group, key=lambda d: d.event.spans[0].start) for a in _sources(d.event)]
    named = [a for a, ev in told if not (ev.reported_by and fold(ev.reported_by.text) == fold(a.text))]
    return (named or [a for a, _ in told] or [None])[0]


def _fold_event(ev: Event, other: Event) -> None:
    if not _sources(ev) and _sources(other):
        ev.actors[:0] = _sources(other)[:1]
    known = {(a.role, a.entity, fold(a.text)) for a in ev.actors}
    ev.actors.extend(a for a in other.actors if a.role != "source" and (a.role, a.entity, fold(a.text)) not in known)
    ev.places.extend(p for p in other.places if p not in ev.places)
    for c in other.counts:
        same = next((k for k in ev.counts if (k.kind, k.value, k.qualifier) == (c.kind, c.value, c.qualifier)), None)
        if same is None:
            ev.counts.append(c)                     # a different figure stays, with where it was said
        else:
            same.spans.extend(s for s in c.spans if s not in same.spans)
    ev.reported_by = ev.reported_by or other.reported_by
    ev.channel = ev.channel or other.channel
    ev.report_date = ev.report_date or other.report_date
    ev.assertions.extend(a for a in other.assertions if a not in ev.assertions)
    ev.quotes.extend(q for q in other.quotes if q not in ev.quotes)
    if ev.acled is None:
        ev.acled, ev.cameo_root = other.acled, other.cameo_root


def _by_precision(doc: Document, places: list[str]) -> list[str]:
    def rank(pid: str) -> int:
        p = doc.place(pid)
        return PRECISION_RANK.get(p.precision or "", 9) if p else 9
    return sorted(places, key=rank)


def mark_main(doc: Document) -> None:
    """`main`: the first incident of the headline or lede, and the lede's other incidents that carry
    a toll; failing those, the incident with the most mentions; without incidents, the first event."""
    if not doc.events:
        return
    head = headline_range(doc)
    body = [s for s in doc.sentences if head is None or s.start >= head[1]]
    lede_end = body[0].end if body else len(doc.text)
    incidents = [e for e in doc.events if e.type in INCIDENT_TYPES and e.status in FACTUAL]
    top = [e for e in incidents if any(s.start < lede_end for s in e.spans)]
    top = top[:1] + [e for e in top[1:] if any(c.kind in ("killed", "injured") for c in e.counts)]
    if not top:
        top = [max(incidents, key=lambda e: (len(e.spans), bool(e.counts)))] if incidents else doc.events[:1]
    for e in top:
        e.main = True
