"""Containers stated in the text: 'the Omdurman suburb of Karari', 'Tawila, a town in North Darfur',
'Gander in Newfoundland'. The container (the anchor) restricts which gazetteer entries the name
may be: a same-named place abroad is not meant. When no entry fits, the place takes the anchor's
point at the anchor's precision.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from newsgraph.data.entities_names import NAME_PARTICLES
from newsgraph.data.geo_lexicon import (ADMIN2_WORDS, CITY_WORDS, CONTAINER_EXTRA_WORDS, LOCAL_ADMIN_WORDS,
                                        PART_PREFIX_WORDS, REGION_WORDS)
from newsgraph.model import Document, Token

KIND_WORDS = CITY_WORDS | ADMIN2_WORDS | REGION_WORDS | CONTAINER_EXTRA_WORDS
_DETERMINERS = ("a", "an", "the")
_CONTAINING_PREPS = ("in", "of", "near", "outside")
# 'X in Y district', 'X in the Y area': a unit small enough that X lies near Y's namesake town, the reading
# Y takes when it is no region (Macomia district -> the town of Macomia); counties are containers.py's
_SMALL_UNIT_WORDS = LOCAL_ADMIN_WORDS | {"district", "raion", "rayon", "area"}


@dataclass
class Anchor:
    """The container named next to a toponym."""
    text: str
    tokens: list[Token]
    part_of: bool        # 'the Y suburb of X', 'X, a town near Y': X lies at or next to Y (a city)
    # else 'X in Y': Y counts only when it is a country or an admin1 region
    # a stated admin1/admin2 container ('X, Donetsk region', see containers.py): X lies in one of `keys`
    # (admin1 or admin2 keys by `level`; `outer`: their admin1 keys), else takes `region`'s point
    level: int = 0
    keys: frozenset = frozenset()
    outer: frozenset = frozenset()
    region: Optional[object] = None
    unit: bool = False   # 'X in Y district': Y may be read as its namesake town, whose point X takes at admin2


def find_anchor(doc: Document, first: Token, last: Token) -> Optional[Anchor]:
    """The stated container of the toponym whose tokens run from `first` to `last`, if any."""
    return _suburb_of(doc, first) or _appositive_in(doc, last) or _in_region(doc, last) or _near(doc, last)


def _suburb_of(doc: Document, first: Token) -> Optional[Anchor]:
    """'the Omdurman suburb of X': a capitalised run, a kind word, 'of', the toponym."""
    of, kind = _tok(doc, first.i - 1), _tok(doc, first.i - 2)
    if of is None or kind is None or of.text.lower() != "of" or kind.text.lower() not in KIND_WORDS:
        return None
    run = _run_back(doc, kind.i - 1, first.sent)
    return Anchor(_text(doc, run), run, part_of=True) if run else None


def _appositive_in(doc: Document, last: Token) -> Optional[Anchor]:
    """'X, a (small) town in Y', 'X, a suburb of Y': the capitalised run after the preposition."""
    comma, det = _tok(doc, last.i + 1), _tok(doc, last.i + 2)
    if comma is None or det is None or comma.text != "," or det.text.lower() not in _DETERMINERS:
        return None
    for j in range(det.i + 1, min(det.i + 5, len(doc.tokens) - 1)):
        word, prep = doc.tokens[j], doc.tokens[j + 1]
        if word.text.lower() in KIND_WORDS and prep.text.lower() in _CONTAINING_PREPS:
            run = _run_forward(doc, prep.i + 1, last.sent)
            return Anchor(_text(doc, run), run, part_of=word.text.lower() in CITY_WORDS | CONTAINER_EXTRA_WORDS
                          and prep.text.lower() != "in") if run else None
    return None


def _in_region(doc: Document, last: Token) -> Optional[Anchor]:
    """'Gander in Newfoundland', 'El Fasher in North Darfur'."""
    return _after_preposition(doc, last, "in", part_of=False)


def _near(doc: Document, last: Token) -> Optional[Anchor]:
    """'Vodiane near Avdiivka': X lies next to the town Y."""
    return _after_preposition(doc, last, "near", part_of=True)


def _after_preposition(doc: Document, last: Token, word: str, part_of: bool) -> Optional[Anchor]:
    """'X in Y', 'X, in Y district', 'X in western Y province'."""
    prep = _tok(doc, last.i + 1)
    if prep is not None and prep.text == ",":
        prep = _tok(doc, prep.i + 1)
    if prep is None or prep.text.lower() != word or prep.sent != last.sent:
        return None
    run = _run_forward(doc, prep.i + 1, last.sent)
    unit = _tok(doc, run[-1].i + 1) if run else None
    small = unit is not None and unit.sent == last.sent and unit.text.lower() in _SMALL_UNIT_WORDS
    return Anchor(_text(doc, run), run, part_of=part_of, unit=small) if run else None


def _run_forward(doc: Document, i: int, sent: int) -> list[Token]:
    tok = _tok(doc, i)
    if tok is not None and tok.text.lower() == "the":
        i += 1
    tok = _tok(doc, i)
    if tok is not None and tok.text in PART_PREFIX_WORDS and _name_start(_tok(doc, i + 1)):
        i += 1          # 'in western Aleppo province', 'in central Ethiopia'
    run = []
    while (tok := _tok(doc, i)) is not None and tok.sent == sent and (
            _name_start(tok) or run and tok.text in NAME_PARTICLES and _name_start(_tok(doc, i + 1))):
        run.append(tok)     # 'Norte de Santander', 'Bahr el Ghazal': a particle inside the name
        i += 1
    return run


def _name_start(tok: Optional[Token]) -> bool:
    return tok is not None and tok.text[:1].isupper() and tok.pos == "PROPN"


def _run_back(doc: Document, i: int, sent: int) -> list[Token]:
    run = []
    while (tok := _tok(doc, i)) is not None and tok.sent == sent and tok.text[:1].isupper() \
            and tok.text.lower() != "the":
        run.insert(0, tok)
        i -= 1
    return run


def _text(doc: Document, run: list[Token]) -> str:
    return doc.text[run[0].start:run[-1].end] if run else ""


def _tok(doc: Document, i: int) -> Optional[Token]:
    return doc.tokens[i] if 0 <= i < len(doc.tokens) else None
