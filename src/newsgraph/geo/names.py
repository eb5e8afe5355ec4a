"""Name normalisation for gazetteer keys: case, diacritics, punctuation, romanisation."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsgraph.data.geo_lexicon import ADMIN_NAME_SUFFIXES, COMPASS_FORMS, REGION_WORDS
from newsgraph.data.geo_translit import SKELETON_ENDINGS, SKELETON_RULES, SKELETON_STRIP

_APOSTROPHES = str.maketrans({c: "" for c in SKELETON_STRIP})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLE = re.compile(r"([a-z])\1+")
_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L",
                          "đ": "d", "Đ": "D", "ı": "i", "œ": "oe", "Œ": "OE", "þ": "th"})


def fold(text: str) -> str:
    """Lower-case ASCII form without diacritics: 'Balakliïa' -> 'balakliia'."""
    if text.isascii():          # most names: nothing to decompose (a third of the geo stage's time)
        return text.lower()
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def is_latin(text: str) -> bool:
    """True when every letter of `text` is Latin script (after removing diacritics)."""
    return fold(text).isascii()


@lru_cache(maxsize=1 << 16)      # pure, and called on the same names by every geo step
def name_key(text: str) -> str:
    """The exact lookup key: folded, apostrophes dropped, punctuation runs -> one space."""
    folded = fold(text).translate(_APOSTROPHES)
    folded = folded.replace("st. ", "saint ").replace("ft. ", "fort ").replace("mt. ", "mount ")
    return _NON_ALNUM.sub(" ", folded).strip()


def skeleton(text: str) -> str:
    """A romanisation-insensitive key: 'Izioum', 'Izyum' and 'Izium' all give 'izium'."""
    key = name_key(text).replace(" ", "")
    for old, new in SKELETON_RULES:
        key = key.replace(old, new)
    for old, new in SKELETON_ENDINGS:
        if key.endswith(old) and len(key) > len(old) + 2:
            key = key[:-len(old)] + new
            break
    return _DOUBLE.sub(r"\1", key)


def abbreviation_key(text: str) -> str | None:
    """'Ala.' -> 'ala.': abbreviations keep their dot, so that 'Ala.' never matches the word 'Ala'
    ('W. Va.' is read as 'W.Va.')."""
    text = text.strip().replace(". ", ".")
    if text.endswith(".") and 3 <= len(text) <= 6 and " " not in text:
        return fold(text)
    return None


def admin_name_forms(text: str) -> list[str]:
    """Other names an admin unit may carry in the gazetteer: 'Hiran' -> 'Hiran Region', ...; 'East Region'
    -> 'Est', 'Est Region' (French-named divisions); 'Centre-North' -> 'Centre-Nord'."""
    words = text.split()
    base = " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in REGION_WORDS else text
    forms = [base + " " + word for word in ADMIN_NAME_SUFFIXES if base + " " + word != text]
    french = "-".join(COMPASS_FORMS.get(w.lower(), w) for w in base.split("-"))
    french = " ".join(COMPASS_FORMS.get(w.lower(), w) for w in french.split(" "))
    if french != base:
        forms += [french, french + " Region"]
    return forms


def is_admin_name(text: str) -> bool:
    """'East Region', 'Sagaing Region': a name that ends with a region word."""
    words = text.split()
    return len(words) > 1 and words[-1].lower() in REGION_WORDS
