"""What a document tells that is no incident of its own (run before incident assembly).

An action only demanded is the content of the demand; a pledge of support is the support; an
attempt told in a clause describing a place and a campaign noun with nothing of its own are the
setting; "No casualties" is a count of 0 on the incident it follows, not an event.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.data.events_assembly import CAMPAIGN_NOUNS, NO_CASUALTIES, TOLL_WINDOW
from newsgraph.events.syntax import Tree
from newsgraph.model import Count, Document, Event
from newsgraph.textnorm import fold

if TYPE_CHECKING:
    from newsgraph.events.detect import Draft

INCIDENT_TYPES = {"ASSAULT", "COERCE", "PROTEST"}
ASSEMBLED_TYPES = INCIDENT_TYPES | {"MOBILIZE", "RETREAT"}
FACTUAL = {"reported", "claimed", "denied"}


def sources(ev: Event) -> list:
    return [a for a in ev.actors if a.role == "source"]


def fold_verbal_contents(tree: Tree, drafts: list["Draft"]) -> list["Draft"]:
    """One speech act, one record: an action that is only demanded, with no actor of its own
    ("calling for a complete withdrawal"), is the content of the demand ("urged the rebels to
    release hostages" keeps the rebels' hypothetical release, "threatened a strike" the strike);
    a pledge of support ("promising solidarity") is the support; an attempt told in a clause
    describing a place ("a city that Moscow has been trying to conquer") is background."""
    verbal = [d for d in drafts if d.event.type not in ASSEMBLED_TYPES]
    drop = set()
    for d in drafts:
        unreal = d.event.status not in FACTUAL
        govs = [v for v in verbal
                if v is not d and v.sent == d.sent and tree.dominates(v.trigger.anchor, d.trigger.token)]
        gov = govs[-1] if govs else None
        demanded = any(v.event.type == "REQUEST" for v in govs) and not sources(d.event)
        if unreal and d.event.type in ASSEMBLED_TYPES and (demanded or _describes_place(tree, d)):
            drop.add(id(d))
        elif gov is not None and gov.event.type == "AGREE" and gov.event.mode == "pledge" and \
                d.event.type not in ASSEMBLED_TYPES and _same_source(gov, d):
            d.event.places = d.event.places or gov.event.places
            d.event.time = d.event.time or gov.event.time
            d.event.spans = sorted(gov.event.spans + d.event.spans, key=lambda s: s.start)
            drop.add(id(gov))
    return [d for d in drafts if id(d) not in drop]


def _same_source(a: "Draft", b: "Draft") -> bool:
    sa, sb = sources(a.event), sources(b.event)
    return bool(sa and sb) and (sa[0].entity, fold(sa[0].text)) == (sb[0].entity, fold(sb[0].text))


def _describes_place(tree: Tree, d: "Draft") -> bool:
    """The trigger sits in a relative clause on a place or a noun in apposition to one."""
    for tok in [tree.tok(d.trigger.anchor), *tree.ancestors(d.trigger.anchor)]:
        if tok.dep == "relcl":
            head = tree.head(tok.i)
            return head is not None and (_is_place(tree, head.i) or (
                tok.dep == "relcl" and head.dep == "appos" and _is_place(tree, head.head)))
    return False


def _is_place(tree: Tree, i: int) -> bool:
    tok = tree.tok(i)
    return tok.ent_type in ("GPE", "LOC", "FAC") or any(s.start <= tok.start < s.end
                                                        for p in tree.doc.places for s in p.spans)


def add_no_casualty_counts(doc: Document, drafts: list["Draft"]) -> list["Draft"]:
    """'There were no casualties', 'No one was injured': a count of 0 (explicit) on the incident of
    that or the preceding sentence; the statement itself is no event."""
    out = list(drafts)
    for si, s in enumerate(doc.sentences):
        for m in NO_CASUALTIES.finditer(doc.text, s.start, s.end):
            inside_match = [d for d in out if m.start() <= d.event.spans[0].start < m.end()]
            out = [d for d in out if d not in inside_match]
            near = [d for d in out if d.event.type in INCIDENT_TYPES and si - TOLL_WINDOW <= d.sent <= si]
            kind = "injured" if re.search(r"injur|hurt|wound", m.group(0), re.I) else "killed"
            if near and not any(c.kind == kind for c in near[-1].event.counts):
                near[-1].event.counts.append(Count(kind, 0, "exact", None, [doc.span(m.start(), m.end())]))
    return out


def campaign_setting(tree: Tree, d: "Draft") -> bool:
    """'its invasion', 'the war': a campaign noun with no place, date or figure is the setting."""
    lemma = tree.tok(d.trigger.token).lemma.lower()
    ev = d.event
    return d.trigger.nominal and lemma in CAMPAIGN_NOUNS and not ev.places and ev.time is None and not ev.counts
