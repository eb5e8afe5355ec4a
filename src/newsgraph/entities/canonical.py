"""Name normalisation: canonical English names and matching keys for entity mentions.

`canonical_name` gives the display name of one surface form; `match_key` gives a folded key
under which spelling variants of the same name ("Izioum", "Izium"; "Zelenskyy", "Zelensky")
coincide. Tables live in newsgraph.data.entities_names / entities_orgs.
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsgraph.data.entities_titles import OFFICES
from newsgraph.textnorm import fold
from newsgraph.data.entities_names import (ENGLISH_TCH, EVENT_NAMES, EXONYMS, HONORIFICS, LOWERCASE_CITIES, MATCH_FOLDS,
                                           SLAVIC_CUES, TRANSLIT_RULES)
from newsgraph.data.entities_orgs import (DEFINITE_COUNTRIES, DEMONYMS, GPE_NAMES, NATIONAL_BODIES, NATIONAL_BODY_NAMES,
                                          OFFICIAL_NAMES, ORG_NAMES, SUPRANATIONAL)

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING = re.compile(r"(?:['’]s|['’])$")
_SPACE = re.compile(r"\s+")
_LEADING_PUNCT = re.compile(r"^[\W_]+")


def span_surface(text: str) -> str:
    """The part of a mention's text that its span keeps: no possessive, no surrounding punctuation
    (a final period stays: "U.S.", "Inc.")."""
    text = text.strip(" \t\n,;:()[]\"“”«»'‘`")
    text = _TRAILING.sub("", text).rstrip(" \t\n,;:")
    return _LEADING_PUNCT.sub("", text)


def clean_surface(text: str) -> str:
    """A mention's name form: its span surface without a leading article, spaces collapsed."""
    return _LEADING.sub("", _SPACE.sub(" ", span_surface(text))).strip()


def transliterate_token(token: str, persons: bool) -> str:
    """French-style transcription of one token -> English (ou->u, tch->ch, ïa->ia).

    Rules not safe for every word (ou->u would turn "South" into "Suth") apply only to tokens
    that show a Slavic transcription cue ("Boutcha", "Bakhmout", "Izioum")."""
    out = token
    slavic = bool(SLAVIC_CUES.search(token.casefold()))
    for src, dst, safe in TRANSLIT_RULES:
        if (persons or not slavic) and not safe:
            continue
        if src == "tch" and not slavic and ENGLISH_TCH.search(token.casefold()):
            continue      # "Mitchell", "Dutch": English spelling, not a French transcription
        out = out.replace(src, dst).replace(src.capitalize(), dst.capitalize())
    return out


def _respell_token(token: str, kind: str, translated: bool) -> str:
    exo = EXONYMS.get(token.casefold())
    if exo:
        return exo
    if kind == "PLACE" and token.casefold() in LOWERCASE_CITIES:
        return LOWERCASE_CITIES[token.casefold()]
    if kind in ("PERSON", "PLACE") and token.isupper() and len(token) > 4:
        token = token.title()     # datelines and headlines: "MOSCOW" -> "Moscow" (acronyms are shorter)
    if translated and kind in ("PERSON", "PLACE"):
        return transliterate_token(token, persons=kind == "PERSON")
    return token


def canonical_name(text: str, etype: str, translated: bool = False) -> str:
    """The canonical English name of one surface form of type `etype`."""
    surface = clean_surface(text)
    key = fold(surface)
    if etype == "ORG":
        return org_name(surface) or surface
    if etype in PLACE_TYPES:
        if key in GPE_NAMES:
            return GPE_NAMES[key]
        kind = "PLACE"
    elif etype == "PERSON":
        surface = strip_honorific(surface)
        kind = "PERSON"
    else:
        if key in EVENT_NAMES:
            return EVENT_NAMES[key]
        kind = etype
    words = [_respell_token(w, kind, translated) for w in surface.split(" ")]
    name = " ".join(w for w in words if w)
    return name[:1].upper() + name[1:] if kind in ("PERSON", "PLACE") else name


def strip_honorific(name: str) -> str:
    """'Mr. Zelensky' -> 'Zelensky', 'Spokesperson Ned Price' -> 'Ned Price'."""
    words = name.split(" ")
    while len(words) > 1 and (words[0].casefold() in HONORIFICS or words[0].casefold() in OFFICES):
        words = words[1:]
    return " ".join(words)


def org_name(surface: str) -> str | None:
    """Canonical name of a known or national organisation ('Russian Defense Ministry'), else None."""
    key = fold(clean_surface(surface))
    if key in ORG_NAMES:
        return ORG_NAMES[key]
    return national_body(key)


def national_body(key: str) -> str | None:
    """'russian national guard' -> 'National Guard of Russia' (folded input)."""
    for demonym, country in DEMONYMS.items():
        if key.startswith(demonym + " ") and demonym not in SUPRANATIONAL:
            head = key[len(demonym) + 1:]
            template = NATIONAL_BODIES.get(head)
            if template:
                special = NATIONAL_BODY_NAMES.get((country, template))
                official = OFFICIAL_NAMES.get(country, country)
                the_country = f"the {country}" if country in DEFINITE_COUNTRIES else country
                return special or template.format(country=country, official=official, the_country=the_country)
    return None


@lru_cache(maxsize=1 << 16)      # pure, and called on the same names by every merging step
def match_key(name: str) -> str:
    """A key under which spelling variants of one name coincide (for merging, never shown)."""
    key = fold(strip_honorific(clean_surface(name)))
    words = []
    for w in key.split(" "):
        w = EXONYMS.get(w, w).casefold()
        w = fold(transliterate_token(w, persons=False))
        for src, dst in MATCH_FOLDS:
            w = w.replace(src, dst)
        words.append(w)
    return " ".join(words)
