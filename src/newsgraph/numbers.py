"""Numbers in news text, shared by every stage: digits and number words, qualifiers, units.

`parse_number("twenty-five") == 25`, `find_quantities("more than 130 people")` gives
value 130, qualifier "more_than". Vague plurals follow the ACLED codebook convention for
unspecified figures ("dozens" -> 12, "hundreds" -> 100, "thousands" -> 1000), with the
qualifier "more_than" since "thousands of" means more than one thousand.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Optional, Union

from newsgraph.data import numbers_fr as fr

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
# Articles the number words share ("a", "un"): alone, they count nothing ("a soldier", "un soldat").
ARTICLES = {"a", "an", "un", "une"}
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@dataclass(frozen=True)
class Lexicon:
    """The number words, qualifiers and units of one language, with the pattern built from them."""
    units: dict
    tens: dict
    scales: dict
    vague: dict
    qualifiers: dict
    area_units: dict
    digits: str
    digit_scales: tuple
    of: str
    joiners: tuple
    groups: str = ","            # thousands separators inside digits
    decimal: str = "."

    @cached_property
    def pattern(self) -> re.Pattern:
        words = sorted(list(self.units) + list(self.tens) + list(self.scales), key=len, reverse=True)
        word_re = "|".join(re.escape(w) for w in words if len(w) > 2 or w in ARTICLES)
        joiner = "|".join(self.joiners)
        wordnum = rf"(?:{word_re})(?:[\s-]+(?:(?:{joiner})[\s-]+)?(?:{word_re}))*"
        vague = "|".join(re.escape(w) for w in sorted(self.vague, key=len, reverse=True))
        qual = "|".join(re.escape(w) for w in sorted(self.qualifiers, key=len, reverse=True))
        unit = "|".join(re.escape(w) for w in sorted(self.area_units, key=len, reverse=True))
        scales = "|".join(self.digit_scales)
        return re.compile(
            rf"(?<![\w-])(?:(?P<qual>{qual})(?:\s+|(?<=['’])))?"
            rf"(?:(?P<vague>{vague})(?:\s+(?:{self.of}))?|(?P<num>(?:{self.digits})(?:\s*(?:{scales}))?|{wordnum}))"
            rf"(?:\s*(?P<unit>{unit})(?![\w]))?",
            re.IGNORECASE,
        )


LEXICONS = {
    "en": Lexicon(UNITS, TENS, SCALES, VAGUE, QUALIFIERS, AREA_UNITS, _DIGITS,
                  ("million", "billion", "thousand", "mn", "bn"), "of", ("and",)),
    "fr": Lexicon(fr.UNITS_FR, fr.TENS_FR, fr.SCALES_FR, fr.VAGUE_FR, fr.QUALIFIERS_FR, fr.AREA_UNITS_FR,
                  fr.DIGITS_FR, fr.DIGIT_SCALES_FR, fr.OF_FR, fr.JOINERS_FR, " \u00a0\u202f.", ","),
}
QUANTITY_RE = LEXICONS["en"].pattern


def lexicon(language: Optional[str]) -> Lexicon:
    """The lexicon of `language`; English for any language without one."""
    return LEXICONS.get(language or "en", LEXICONS["en"])


@dataclass
class Quantity:
    """A number found in text: value, qualifier, optional area unit, char offsets."""
    value: Number
    qualifier: str
    start: int
    end: int
    unit: Optional[str] = None    # "km2" when an area unit followed


def parse_number(text: str, language: Optional[str] = None) -> Optional[Number]:
    """Digits ("1,200", "2.5 million"; French "50 000", "2,5 millions") or number words
    ("twenty-five", "vingt-cinq") -> a number."""
    lex = lexicon(language)
    t = text.strip().lower().replace("\u2009", "")
    if not t:
        return None
    m = re.fullmatch(rf"({lex.digits})\s*({'|'.join(lex.digit_scales)})?", t)
    if m:
        digits = re.sub(f"[{lex.groups}]", "", m.group(1)).replace(lex.decimal, ".")
        value = float(digits) * lex.scales.get(m.group(2) or "", SCALES.get(m.group(2) or "", 1))
        return int(value) if value.is_integer() else value
    if t in lex.vague:
        return lex.vague[t][0]
    return _parse_words(t, lex)


def _parse_words(t: str, lex: Lexicon) -> Optional[int]:
    total, current, seen = 0, 0, False
    for word in re.split(r"\s+|-(?!vingt)", t):
        if not word or word in lex.joiners:
            continue
        if word == "dozen":
            current = max(current, 1) * 12
        elif word in lex.units:
            current += lex.units[word]
        elif word in lex.tens:
            current += lex.tens[word]
        elif word in lex.scales and word not in ("m", "k"):
            scale = lex.scales[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def find_quantities(text: str, offset: int = 0, language: Optional[str] = None) -> list[Quantity]:
    """Every number in `text` with its qualifier and unit; offsets are shifted by `offset`.
    `language` picks the number words ("fr": "près de 50 000", "une vingtaine"); default English."""
    lex = lexicon(language)
    found = []
    for m in lex.pattern.finditer(text):
        qualifier = lex.qualifiers.get((m.group("qual") or "").lower(), "exact")
        if m.group("vague"):
            value, vague_qual = lex.vague[m.group("vague").lower()]
            qualifier = qualifier if m.group("qual") else vague_qual
        else:
            raw = m.group("num")
            if raw.lower() in ARTICLES:
                continue
            value = parse_number(raw, language)
            if value is None:
                continue
        unit = None
        if m.group("unit"):
            value = value * lex.area_units[m.group("unit").lower()]
            value = int(value) if float(value).is_integer() else value
            unit = "km2"
        found.append(Quantity(value, qualifier, m.start() + offset, m.end() + offset, unit))
    return found
