"""Merging entities that name one referent in different forms (after clusters.py has merged by name key).

- a nationality-prefixed organisation and the same name without it ("Russian Federal Security
  Service" / "Federal Security Service", the latter also reached through "FSB");
- a state's long form and its short name ("Democratic Republic of the Congo" / "Congo"): the long
  form keeps the canonical name, it is the more precise one;
- "the army", "the government", "the military" used alone: the national body of that kind the
  text named last ("the Sudanese army" ... "The army denied").
"""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.data.entities_orgs import DEMONYMS, NATIONAL_BODIES
from newsgraph.entities.canonical import PLACE_TYPES, clean_surface, fold, match_key
from newsgraph.entities.clusters import Cluster
from newsgraph.entities.mentions import Candidate, TokenIndex
from newsgraph.model import Document

_STATE_FORM = re.compile(r"^(?:.+ )?(?:Republic|Kingdom|Federation|Emirates?|Commonwealth|Principality|Sultanate|"
                         r"State|Union|Confederation|Grand Duchy) of (?:the )?(?P<short>.+)$")
# Body words that stand alone as a definite description of a national body ("The army denied").
_BODY_HEADS = ("armed forces", "army", "military", "government", "navy", "air force", "national guard")
_BODY_RE = re.compile(rf"\b[Tt]he (?P<head>{'|'.join(_BODY_HEADS)})\b(?! of (?:the )?[A-Z])")


def merge_variants(clusters: list[Cluster]) -> list[Cluster]:
    """Clusters with nationality-prefixed and long-form duplicates folded into one."""
    for cl in list(clusters):
        if cl not in clusters:
            continue
        target = _unprefixed_twin(cl, clusters) if cl.type == "ORG" else None
        if target is None and cl.type in PLACE_TYPES:
            target = _long_form_of(cl, clusters)
        if target is not None:
            target.members.extend(cl.members)
            clusters.remove(cl)
    return clusters


def _unprefixed_twin(cl: Cluster, clusters: list[Cluster]) -> Optional[Cluster]:
    """The ORG named like `cl` without its leading nationality adjective."""
    key = fold(cl.name)
    rest = next((key[len(d) + 1:] for d in DEMONYMS if key.startswith(d + " ")), None)
    if not rest or " " not in rest:
        return None        # one word left ("Russian Army" / "Army"): too generic to merge
    return next((o for o in clusters if o is not cl and o.type == "ORG"
                 and rest in {fold(o.name)} | {fold(clean_surface(m.text)) for m in o.members}), None)


def _long_form_of(cl: Cluster, clusters: list[Cluster]) -> Optional[Cluster]:
    """The place whose long form ('... Republic of X') ends in `cl`'s name."""
    key = match_key(cl.name)
    for o in clusters:
        m = _STATE_FORM.match(o.name) if o is not cl and o.type in PLACE_TYPES else None
        if m and match_key(m.group("short")) == key:
            return o
    return None


def link_body_descriptions(doc: Document, clusters: list[Cluster], index: TokenIndex) -> None:
    """'The army' joins the national body of that kind named last before it."""
    for m in _BODY_RE.finditer(doc.text):
        nxt = index.after(m.end())
        if nxt and nxt[0].pos == "PROPN" and nxt[0].text[:1].isupper():
            continue          # "the Army Corps", "the government Gazette": part of a name
        start = m.start("head") - 4
        if any(c.start < m.end() and start < c.end for cl in clusters for c in cl.members):
            continue
        target = _recent_body(clusters, m.group("head"), start)
        if target is not None:
            target.add(Candidate(start, m.end(), m.group(), target.type, "rule", descriptive=True))


def _recent_body(clusters: list[Cluster], head: str, offset: int) -> Optional[Cluster]:
    prefix = NATIONAL_BODIES[head].split("{", 1)[0]
    best, best_end = None, -1
    for cl in clusters:
        if cl.type != "ORG":
            continue
        named = cl.name.startswith(prefix) or any(fold(clean_surface(c.text)).endswith(" " + head)
                                                  for c in cl.members if not c.descriptive)
        ends = [c.end for c in cl.members if c.end <= offset]
        if named and ends and max(ends) > best_end:
            best, best_end = cl, max(ends)
    return best
