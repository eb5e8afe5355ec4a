"""Numbers in news text, shared by every stage: digits and number words, qualifiers, units.

`parse_number("twenty-five") == 25`, `find_quantities("more than 130 people")` gives
value 130, qualifier "more_than". Vague plurals follow the ACLED codebook convention for
unspecified figures ("dozens" -> 12, "hundreds" -> 100, "thousands" -> 1000), with the
qualifier "more_than" since "thousands of" means more than one thousand.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Union

Number = Union[int, float]

# English cardinal words (source: standard English numerals).
UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a dozen": 12, "dozen": 12, "a couple of": 2, "a pair of": 2,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "mn": 1_000_000, "bn": 1_000_000_000, "m": 1_000_000, "k": 1_000}
# Vague plurals -> (value, qualifier); ACLED convention for unspecified figures.
VAGUE = {"dozens": (12, "more_than"), "scores": (20, "more_than"), "hundreds": (100, "more_than"),
         "thousands": (1_000, "more_than"), "tens of thousands": (10_000, "more_than"),
         "hundreds of thousands": (100_000, "more_than"), "millions": (1_000_000, "more_than")}
# Qualifier phrases before a number (longest first when matching).
QUALIFIERS = {
    "more than": "more_than", "over": "more_than", "in excess of": "more_than", "upwards of": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least", "a minimum of": "at_least",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "nearly": "about",
    "almost": "about", "some": "about", "an estimated": "about", "close to": "about", "estimated": "about",
    "up to": "up_to", "as many as": "up_to", "a maximum of": "up_to",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
}
# Area units -> factor to km2.
AREA_UNITS = {
    "km2": 1.0, "km²": 1.0, "sq km": 1.0, "sq. km": 1.0, "square kilometers": 1.0,
    "square kilometres": 1.0, "square kilometer": 1.0, "square kilometre": 1.0,
    "square miles": 2.59, "square mile": 2.59, "sq mi": 2.59, "hectares": 0.01, "hectare": 0.01,
}

_WORDS = sorted(list(UNITS) + list(TENS) + list(SCALES), key=len, reverse=True)
_WORD_RE = "|".join(re.escape(w) for w in _WORDS if len(w) > 2 or w in ("a", "an"))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = rf"(?:{_WORD_RE})(?:[\s-]+(?:and\s+)?(?:{_WORD_RE}))*"
_VAGUE_RE = "|".join(re.escape(w) for w in sorted(VAGUE, key=len, reverse=True))
_QUAL_RE = "|".join(re.escape(w) for w in sorted(QUALIFIERS, key=len, reverse=True))
_UNIT_RE = "|".join(re.escape(w) for w in sorted(AREA_UNITS, key=len, reverse=True))
QUANTITY_RE = re.compile(
    rf"(?<![\w-])(?:(?P<qual>{_QUAL_RE})\s+)?"
    rf"(?:(?P<vague>{_VAGUE_RE})(?:\s+of)?|(?P<num>(?:{_DIGITS})(?:\s*(?:million|billion|thousand|mn|bn))?|{_WORDNUM}))"
    rf"(?:\s*(?P<unit>{_UNIT_RE})(?![\w]))?",
    re.IGNORECASE,
)


@dataclass
class Quantity:
    """A number found in text: value, qualifier, optional area unit, char offsets."""
    value: Number
    qualifier: str
    start: int
    end: int
    unit: Optional[str] = None    # "km2" when an area unit followed


def parse_number(text: str) -> Optional[Number]:
    """Digits ("1,200", "2.5 million") or English number words ("twenty-five") -> a number."""
    t = text.strip().lower().replace("\u2009", "")
    if not t:
        return None
    m = re.fullmatch(rf"({_DIGITS})\s*(million|billion|thousand|mn|bn)?", t)
    if m:
        value = float(m.group(1).replace(",", ""))
        value *= SCALES.get(m.group(2) or "", 1)
        return int(value) if value.is_integer() else value
    if t in VAGUE:
        return VAGUE[t][0]
    return _parse_words(t)


def _parse_words(t: str) -> Optional[int]:
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", t.replace(" and ", " ")):
        if not word:
            continue
        if word == "dozen":
            current = max(current, 1) * 12
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES and word not in ("m", "k"):
            scale = SCALES[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every number in `text` with its qualifier and unit; offsets are shifted by `offset`."""
    found = []
    for m in QUANTITY_RE.finditer(text):
        qualifier = QUALIFIERS.get((m.group("qual") or "").lower(), "exact")
        if m.group("vague"):
            value, vague_qual = VAGUE[m.group("vague").lower()]
            qualifier = qualifier if m.group("qual") else vague_qual
        else:
            raw = m.group("num")
            if raw.lower() in ("a", "an"):
                continue
            value = parse_number(raw)
            if value is None:
                continue
        unit = None
        if m.group("unit"):
            value = value * AREA_UNITS[m.group("unit").lower()]
            value = int(value) if float(value).is_integer() else value
            unit = "km2"
        found.append(Quantity(value, qualifier, m.start() + offset, m.end() + offset, unit))
    return found
