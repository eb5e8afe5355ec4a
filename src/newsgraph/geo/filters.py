"""Non-place readings of names the gazetteer knows: detected toponyms the context says are not places.

- a title abbreviation before a name ('Gen. Morales', 'Col. Diaz') is never a toponym;
- a part of a hyphenated compound ('Indo-Pacific', 'Asia-Pacific forum') names a place only when
  every part of the compound is a well-known place ('Russia-Ukraine war', 'Kyiv-Moscow talks');
- a name qualifying a plural region word ('the Baltic states', 'the Atlantic provinces') is a
  place only when it is well known ('Indiana counties') or coordinated ('Kharkiv and Kherson regions');
- a name that is the whole mention of an organisation ('the GAO', 'Ford') is a place only with
  strong evidence: a preposition of place before it, a main gazetteer name, no organisation head
  word, no acronym.
"""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.data.entities_orgs import ORG_HEAD_WORDS
from newsgraph.data.geo_lexicon import (ADMIN1_ABBREVIATIONS, ADMIN2_WORDS, CITY_WORDS, GROUP_OF_COUNTRIES_WORDS,
                                        LOCAL_BODY_NOUNS, OF_CUE_NOUNS, REGION_WORDS, STAKE_NOUNS,
                                        STRONG_LOCATIVE_PREPS, UNIT_CUE_WORDS)
from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.geo.relations import find_relation
from newsgraph.model import Document, Entity, Span, Token

WELL_KNOWN_MIN_POPULATION = 100_000
_LEVEL_ADMIN1 = 1
_KIND_WORDS = CITY_WORDS | REGION_WORDS | ADMIN2_WORDS
_TITLE_LIKE = re.compile(r"^[A-Z][a-z]{1,4}\.$")      # 'Gen.', 'Capt.'; not initialisms ('U.S.')


def is_non_place(doc: Document, gaz: Gazetteer, start: int, end: int, tokens: list[Token], label: str,
                 discourse_place: bool = False) -> bool:
    """True when the toponym candidate at [start, end) is, in its context, not a place. With
    `discourse_place` (the same name is a place elsewhere in the text), an organisation mention
    is a place unless its name reads as an organisation's (head word, acronym)."""
    return (_title_abbreviation(doc, tokens) or _compound_part(doc, gaz, start, end, tokens)
            or _plural_region_qualifier(doc, gaz, tokens)
            or _organisation_name(doc, gaz, start, end, tokens, label, discourse_place))


def well_known(gaz: Gazetteer, text: str) -> bool:
    """A country, an admin1 region or a city of 100,000 people by its own (main) name."""
    return any(c.main and not c.fuzzy and (c.level <= _LEVEL_ADMIN1 or c.population >= WELL_KNOWN_MIN_POPULATION)
               for c in gaz.lookup(text, fuzzy=False))


def _title_abbreviation(doc: Document, tokens: list[Token]) -> bool:
    """'Gen.' in 'Gen. Morales': a one-word abbreviation right before a capitalised name."""
    text = tokens[0].text
    if len(tokens) != 1 or not _TITLE_LIKE.match(text) or text in ADMIN1_ABBREVIATIONS:
        return False
    nxt = _token(doc, tokens[0].i + 1)
    return nxt is not None and nxt.sent == tokens[0].sent and nxt.text[:1].isupper()


def _compound_part(doc: Document, gaz: Gazetteer, start: int, end: int, tokens: list[Token]) -> bool:
    """'Pacific' in 'Indo-Pacific' or 'Asia-Pacific': a name that is not well known, joined by a hyphen
    to a capitalised word that is no place or is a continent. 'Athens-Clarke', 'Egyptian-US',
    'Fargo-Moorhead' and party affiliations ('R-Elbow Lake', 'DFL-Chisholm') stay places."""
    parts = [p for p in _hyphen_neighbours(doc, tokens) if not (p.isupper() and len(p) <= 3)]
    text = doc.text[start:end]
    if not parts or well_known(gaz, text) or any(c.level == 0 for c in gaz.lookup(text, fuzzy=False)):
        return False
    return any(not cands or any(c.fcode == "CONT" for c in cands)
               for cands in (gaz.lookup(p, fuzzy=False) for p in parts))


def _hyphen_neighbours(doc: Document, tokens: list[Token]) -> list[str]:
    """The capitalised words joined to the run by hyphens without spaces, both sides."""
    out = []
    first, last = tokens[0], tokens[-1]
    hyph, word = _token(doc, first.i - 1), _token(doc, first.i - 2)
    if hyph is not None and word is not None and hyph.text == "-" and word.end == hyph.start == first.start - 1:
        out.append(word.text)
    hyph, word = _token(doc, last.i + 1), _token(doc, last.i + 2)
    if hyph is not None and word is not None and hyph.text == "-" and last.end == hyph.start == word.start - 1:
        if word.text[:1].isupper():
            out.append(word.text)
    return [w for w in out if w[:1].isupper()]


def _plural_region_qualifier(doc: Document, gaz: Gazetteer, tokens: list[Token]) -> bool:
    """'the Baltic states', 'Canada's Atlantic provinces': a name before a plural region word,
    not in a list of names, and not a well-known place."""
    nxt = _token(doc, tokens[-1].i + 1)
    if nxt is None or nxt.sent != tokens[-1].sent:
        return False
    word = nxt.text.lower()
    if not (word.endswith("s") and (word in REGION_WORDS | ADMIN2_WORDS | GROUP_OF_COUNTRIES_WORDS
                                    or word[:-1] in REGION_WORDS)):
        return False
    prev = _token(doc, tokens[0].i - 1)
    if prev is not None and prev.text.lower() in (",", "and", "or", "&"):
        return False
    text = doc.text[tokens[0].start:tokens[-1].end]
    return not well_known(gaz, text)


def _organisation_name(doc: Document, gaz: Gazetteer, start: int, end: int, tokens: list[Token],
                       label: str, discourse_place: bool = False) -> bool:
    """The toponym is the whole mention of an ORG entity and the evidence for a place is weak."""
    ent = organisation_at(doc, start, end)
    if ent is None and label != "ORG":
        return False
    text = doc.text[start:end]
    names = [ent.name, *ent.aliases] if ent is not None else [text]
    if any(n.split()[-1].lower() in ORG_HEAD_WORDS for n in names if n.split()):
        return True
    if text.replace(".", "").isupper() and not any(c.level == 0 for c in gaz.lookup(text, fuzzy=False)):
        return True
    return not ((discourse_place or _place_evidence(doc, gaz, start, tokens))
                and any(c.main or not c.fuzzy for c in gaz.lookup(text)))


def _based(doc: Document, hyphen: Token) -> bool:
    """'-based' right after the name ('Northbrook-based')."""
    nxt = _token(doc, hyphen.i + 1)
    return hyphen.text == "-" and nxt is not None and nxt.text.lower() == "based" and nxt.start == hyphen.end


def _place_evidence(doc: Document, gaz: Gazetteer, start: int, tokens: list[Token]) -> bool:
    """'in/near/from X', '10 km south of X', 'the town of X', 'X, a city in ...', 'X county',
    'a X resident', 'X firefighters', 'X-based', 'Becker, Clay and X'."""
    nxt = _token(doc, tokens[-1].i + 1)
    if nxt is not None and nxt.sent == tokens[-1].sent and (
            nxt.text.lower() in _KIND_WORDS or nxt.text.lower()[:-1] in _KIND_WORDS
            or nxt.text.lower() in LOCAL_BODY_NOUNS or _based(doc, nxt)):
        return True
    prev = _token(doc, tokens[0].i - 1)
    if prev is not None and prev.text.lower() == "the":
        prev = _token(doc, prev.i - 1)
    if prev is None or prev.sent != tokens[0].sent:
        return False
    noun = _token(doc, prev.i - 1)
    if financial_in(prev, noun):
        return False
    if prev.text.lower() in STRONG_LOCATIVE_PREPS or find_relation(doc.text, start) is not None \
            or residence_of(doc, prev, tokens[0]):
        return True
    if prev.text.lower() in (",", "and", "or") and noun is not None and (
            noun.ent_type in ("GPE", "LOC") or noun.text[:1].isupper() and gaz.lookup(noun.text, fuzzy=False)):
        return True      # 'in Charkiw and Kijew'
    if prev.text.lower() == "of" and noun is not None and noun.text.lower() in _KIND_WORDS | OF_CUE_NOUNS:
        return True      # 'the town of X', 'in the direction of X'
    if nxt is not None and nxt.sent == tokens[-1].sent and nxt.text.lower() in UNIT_CUE_WORDS:
        return True      # 'the X community', 'the X hromada'
    comma, det, kind = (_token(doc, tokens[-1].i + k) for k in (1, 2, 3))
    return (comma is not None and comma.text == "," and det is not None and det.text.lower() in ("a", "an")
            and kind is not None and kind.text.lower() in _KIND_WORDS)


def financial_in(prep: Token, before: Optional[Token]) -> bool:
    """'a 7.25% stake in Mesa', 'shares in X': this 'in' names a company, not a place."""
    return prep.text.lower() == "in" and before is not None and before.text.lower() in STAKE_NOUNS


def residence_of(doc: Document, prep: Token, name: Token) -> bool:
    """'William Goble, 26, of Edmonton', 'Anne McLellan of Edmonton', 'Reanne Morgan, of X': this 'of'
    after a person (or a person's age) names where the person lives."""
    if prep.text.lower() != "of" or prep.i == 0 or name.ent_type == "PERSON" and name.ent_iob == "I":
        return False                # 'the Duke of York' is one name
    before = doc.tokens[prep.i - 1]
    if before.text == "," and prep.i >= 2:
        before = doc.tokens[prep.i - 2]
        if before.text.isdigit():
            return True
    return before.ent_type == "PERSON"


def organisation_at(doc: Document, start: int, end: int) -> Optional[Entity]:
    """The ORG entity with a mention of the same extent as [start, end) ('the' and a possessive aside)."""
    for ent in doc.entities:
        if ent.type == "ORG" and any(same_extent(doc, s, start, end) for s in ent.spans):
            return ent
    return None


def same_extent(doc: Document, span: Span, start: int, end: int) -> bool:
    """`span` is the name at [start, end), give or take a leading 'the', a possessive or a region word."""
    if not (span.start <= start and end <= span.end):
        return False
    before = doc.text[span.start:start].lower()
    after = doc.text[end:span.end].lower().strip()
    after = after.removeprefix("'s").removeprefix("\u2019s").strip("'\u2019 ")
    return before in ("", "the ") and (after == "" or after in REGION_WORDS | ADMIN2_WORDS)


def _token(doc: Document, i: int) -> Optional[Token]:
    return doc.tokens[i] if 0 <= i < len(doc.tokens) else None
