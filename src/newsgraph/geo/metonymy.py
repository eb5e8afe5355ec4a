"""Metonymy: a capital or a seat of power that acts stands for a government.

'Moscow said', 'Moscow's demands', 'its reconquest by kyiv', 'the Kremlin' -> the
entity refers to 'Government of Russia' / 'Government of Ukraine', and the mention
is not a span of a Place (it is not where anything happened).
"""
from __future__ import annotations

from typing import Optional

from newsgraph.data.geo_lexicon import (ACTOR_DEPS, ACTOR_NOUNS, AGENT_PREPS, LANDMARK_GOVERNMENTS,
                                        STATIVE_VERBS)
from newsgraph.geo.detect import Toponym
from newsgraph.geo.gazetteer import Candidate, Gazetteer
from newsgraph.geo.names import name_key
from newsgraph.model import Document, Token

_LOCATIVE_BEFORE_LANDMARK = ("in", "at", "inside", "outside", "near", "to", "into")


def government_name(gaz: Gazetteer, iso: str) -> Optional[str]:
    """'RU' -> 'Government of Russia'."""
    country = gaz.country(iso)
    if country is None:
        return None
    name = country.name
    return f"Government of the {name}" if name.startswith(("United", "Republic")) else f"Government of {name}"


def landmark_country(doc: Document, start: int, end: int) -> Optional[str]:
    """ISO code when [start, end) names a seat of power used as an actor ('the Kremlin')."""
    key = name_key(doc.text[start:end])
    key = key[4:] if key.startswith("the ") else key
    iso = LANDMARK_GOVERNMENTS.get(key)
    if iso is None:
        return None
    before = doc.tokens_in(max(0, start - 12), start)
    words = [t.text.lower() for t in before if t.text.lower() != "the"]
    return None if words and words[-1] in _LOCATIVE_BEFORE_LANDMARK else iso


def is_actor_mention(doc: Document, topo: Toponym, cand: Optional[Candidate]) -> bool:
    """A capital city mention that acts: subject of a non-stative verb, possessor, or object of 'by'."""
    if cand is None or cand.fcode != "PPLC" or topo.kind_hint:
        return False
    tok = topo.tokens[-1]
    prev = doc.tokens[topo.tokens[0].i - 1] if topo.tokens[0].i > 0 else None
    if prev is not None and prev.text.lower() in AGENT_PREPS:
        return True
    if tok.dep == "poss":
        return doc.tokens[tok.head].lemma.lower() in ACTOR_NOUNS
    if tok.dep in ACTOR_DEPS:
        return not _stative_head(doc, tok)
    return False


def _stative_head(doc: Document, tok: Token) -> bool:
    head = doc.tokens[tok.head]
    return head.lemma.lower() in STATIVE_VERBS or head.pos not in ("VERB", "AUX")
