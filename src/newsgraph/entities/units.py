"""Military units: "the 14e and 93e motorized brigades" -> 14th Motorized Brigade, 93rd Motorized Brigade.

Coordinated ordinals share the unit words that follow the last one; French ordinal suffixes
(14e, 1er) become English ones. Each unit is a MILITARY_UNIT candidate with its canonical name.
"""
from __future__ import annotations

import re

from newsgraph.data.entities_units import ORDINAL_SUFFIXES, UNIT_MODIFIERS, UNIT_NOUNS, UNIT_PLURALS
from newsgraph.entities.mentions import Candidate
from newsgraph.model import Document

_ORD = r"\d{1,3}(?:%s)" % "|".join(sorted(ORDINAL_SUFFIXES, key=len, reverse=True))
_NOUNS = "|".join(sorted({*UNIT_NOUNS, *UNIT_PLURALS}, key=len, reverse=True))
_MODS = "|".join(sorted(UNIT_MODIFIERS, key=len, reverse=True))
UNIT_RE = re.compile(
    rf"(?<![\w.])(?P<ords>{_ORD}(?:(?:\s*,\s*|\s*,?\s+and\s+|\s*&\s*){_ORD})*)"
    rf"(?P<mods>(?:[\s-]+(?:{_MODS}))*)\s+(?P<noun>{_NOUNS})\b",
    re.IGNORECASE,
)
_ONE_ORD = re.compile(rf"(?<![\w.]){_ORD}(?!\w)", re.IGNORECASE)


def english_ordinal(number: int) -> str:
    """14 -> '14th', 93 -> '93rd', 11 -> '11th'."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def unit_name(number: int, modifiers: str, noun: str) -> str:
    """Canonical unit name: '93rd Motorized Brigade'."""
    noun = UNIT_PLURALS.get(noun.casefold(), noun.casefold())
    words = [w.capitalize() for w in re.split(r"[\s]+", modifiers.strip()) if w]
    return " ".join([english_ordinal(number), *words, UNIT_NOUNS[noun]])


def find_units(doc: Document) -> list[Candidate]:
    """MILITARY_UNIT candidates for every ordinal unit designation in the text."""
    out = []
    for m in UNIT_RE.finditer(doc.text):
        ords = list(_ONE_ORD.finditer(doc.text, m.start("ords"), m.end("ords")))
        for k, o in enumerate(ords):
            number = int(re.match(r"\d+", o.group()).group())
            end = m.end() if k == len(ords) - 1 else o.end()
            name = unit_name(number, m.group("mods"), m.group("noun"))
            out.append(Candidate(o.start(), end, doc.text[o.start():end], "MILITARY_UNIT", "rule", name=name))
    return out
