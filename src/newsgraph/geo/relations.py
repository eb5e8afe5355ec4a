"""Relative locations: 'a town near kyiv', 'the outskirts of Izium', '10 km south of Bakhmut'.

A relative phrase in apposition to a named place ('Boutcha, a town near kyiv') gives
that place a relation to the anchor. Otherwise the phrase is a place of its own, with
the relation, and (when a distance and a bearing are stated) an offset point.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from newsgraph.data.geo_lexicon import BEARINGS, DISTANCE_UNITS, RELATION_WORDS
from newsgraph.data.geo_lexicon_fr import DISTANCE_UNITS_FR, RELATION_WORDS_FR

_DIRECTIONS = "|".join(sorted((w for w in RELATION_WORDS if RELATION_WORDS[w] in BEARINGS), key=len, reverse=True))
_UNITS = "|".join(sorted(DISTANCE_UNITS, key=len, reverse=True))
_DIRECTIONS_FR = "|".join(sorted((w for w, r in RELATION_WORDS_FR.items() if r in BEARINGS), key=len, reverse=True))
_NEAR_FR = "|".join(re.escape(w) for w in sorted((w for w, r in RELATION_WORDS_FR.items() if r not in BEARINGS),
                                                  key=len, reverse=True))
_UNITS_FR = "|".join(sorted(set(DISTANCE_UNITS_FR) | {"km"}, key=len, reverse=True))
_NUMBER = r"(?P<num>\d+(?:[.,]\d+)?)"
# each pattern must end right before the anchor name; groups: num, unit, rel
_PATTERNS = (
    re.compile(rf"(?:(?:about|some|around|roughly|nearly)\s+)?{_NUMBER}\s*(?:-\s*)?(?P<unit>{_UNITS})\.?\s+"
               rf"\(?[^()]{{0,20}}?\)?\s*(?:to the\s+)?(?P<rel>{_DIRECTIONS})\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?$",
               re.I),
    re.compile(rf"(?:(?:just|directly|due)\s+)?(?P<rel>{_DIRECTIONS})\s+of\s+$", re.I),
    re.compile(r"(?:the\s+)?(?P<rel>outskirts|suburbs)\s+of\s+$", re.I),
    re.compile(r"(?P<rel>near|close to|outside)\s+$", re.I),
    # French: 'à 10 km au sud de X', 'au nord de X', 'près de X', 'la banlieue de X'
    re.compile(rf"(?:à\s+(?:environ\s+|quelque\s+)?)?{_NUMBER}\s*(?P<unit>{_UNITS_FR})\s+au\s+(?P<rel>{_DIRECTIONS_FR})"
               rf"\s+(?:de\s+|d['’]|du\s+)$", re.I),
    re.compile(rf"(?P<rel>{_NEAR_FR})\s*$", re.I),
)
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:town|city|village|settlement|locality|"
                         r"suburb|district)\s+$", re.I)
_PHRASE_START = re.compile(r"(?:(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:town|city|village|area|place|"
                           r"settlement|locality|district|position|positions)\s+)$", re.I)


@dataclass
class RelativePhrase:
    type: str                    # near | outskirts | north_of | ...
    distance_km: Optional[float]
    start: int                   # where the phrase starts in the text (ends at the anchor's end)
    apposition_end: Optional[int] = None   # end of the named place the phrase describes, if any


def find_relation(text: str, anchor_start: int) -> Optional[RelativePhrase]:
    """The relative phrase that ends right before the anchor toponym at `anchor_start`, if any."""
    window_start = max(0, anchor_start - 80)
    before = text[window_start:anchor_start]
    for pattern in _PATTERNS:
        m = pattern.search(before)
        if not m:
            continue
        rel = m.group("rel").lower()
        rtype = RELATION_WORDS.get(rel, RELATION_WORDS.get(rel.replace(" ", "-"), RELATION_WORDS_FR.get(rel, rel)))
        if rel == "close to":
            rtype = "near"
        distance = _distance(m)
        start = window_start + m.start()
        lead = _PHRASE_START.search(text[max(0, start - 40):start])
        appos = _APPOSITION.search(text[max(0, start - 60):start])
        if appos:
            return RelativePhrase(rtype, distance, start, apposition_end=max(0, start - 60) + appos.start())
        if lead:
            start = max(0, start - 40) + lead.start()
        return RelativePhrase(rtype, distance, start)
    return None


def _distance(m: re.Match) -> Optional[float]:
    if "num" not in m.re.groupindex or m.group("num") is None:
        return None
    value = float(m.group("num").replace(",", "."))
    unit = m.group("unit").lower()
    return round(value * DISTANCE_UNITS.get(unit, DISTANCE_UNITS_FR.get(unit, 1.0)), 3)
