"""Mention repair: turn NER/rule mentions into clean entity-mention candidates.

General fixes for what the small statistical model gets wrong: leading articles and
possessives in spans, lower-case junk ("khaki" as ORG), nationality adjectives as PERSON or
GPE ("Massive Russian", "Ukrainian"), names cut at a particle ("Ursula von der" + "Leyen"),
titled names typed as ORG ("Chancellor Olaf Scholz"), and toponyms typed as PERSON when the
context or another mention says they are places.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from newsgraph.data.entities_names import (HONORIFICS, KNOWN_REGIONS, LOWERCASE_CITIES, NAME_PARTICLES,
                                           NOT_NAMES, PLACE_EXONYMS)
from newsgraph.data.entities_orgs import DEMONYM_PLURALS, DEMONYMS, GPE_NAMES, ORG_HEAD_WORDS, ORG_NAMES
from newsgraph.data.entities_titles import NAME_LIKE_OFFICES, OFFICES
from newsgraph.entities.canonical import PLACE_TYPES, clean_surface, fold, match_key, span_surface
from newsgraph.entities.cues import dateline_places, retype_by_cues, titled_names, trim_office_tail
from newsgraph.model import Document, Token

# Numeric and temporal NER labels belong to the time and event stages.
SKIP_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "MILITARY_UNIT", "GPE", "LOC", "FAC"})
# Words before a single-token name that make it a place ("in Mykolaiv", "region of Kherson").
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "outside", "around", "across", "towards", "toward"})
COUNTRY_KEYS = frozenset(c.casefold() for c in DEMONYMS.values()) | frozenset(GPE_NAMES) - {"europe"}
# Names that are places whatever NER says (countries, exonyms of cities, well-known regions).
KNOWN_PLACES = COUNTRY_KEYS | frozenset(PLACE_EXONYMS) | frozenset(v.casefold() for v in PLACE_EXONYMS.values()) \
    | KNOWN_REGIONS | frozenset(LOWERCASE_CITIES)
PLACE_NOUNS = frozenset({"region", "city", "town", "village", "oblast", "province", "district",
                         "outskirts", "port", "capital", "suburb", "settlement", "area", "state"})


@dataclass
class Candidate:
    """One entity mention being assembled (internal to the entities stage)."""
    start: int
    end: int
    text: str
    type: str
    source: str = "ner"
    name: Optional[str] = None        # canonical name when a rule already knows it
    descriptive: bool = False         # "the president": joins an entity, never founds one
    titled: bool = False              # a courtesy title or office word stands right before it
    cued: bool = False                # typed by a context cue (cues.py): wins the type vote


@dataclass
class TokenIndex:
    """Character offset -> token lookups over Document.tokens."""
    tokens: list[Token]
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.starts = [t.start for t in self.tokens]

    def within(self, start: int, end: int) -> list[Token]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [t for t in self.tokens[lo:hi] if t.end <= end]

    def before(self, start: int, n: int = 1) -> list[Token]:
        lo = bisect.bisect_left(self.starts, start)
        return [t for t in self.tokens[max(0, lo - n):lo] if t.pos != "SPACE"]

    def after(self, end: int, n: int = 1) -> list[Token]:
        lo = bisect.bisect_left(self.starts, end)
        return [t for t in self.tokens[lo:lo + n] if t.pos != "SPACE"]


def collect_candidates(doc: Document, index: TokenIndex) -> list[Candidate]:
    """Clean entity-mention candidates from doc.mentions, in text order."""
    cands = [c for c in (_from_mention(doc, m.start, m.end, m.label, m.source) for m in doc.mentions) if c]
    cands = [c for c in cands if not _lowercase_junk(c) and not _office_fragment(c, index)]
    cands += [Candidate(a, b, doc.text[a:b], "GPE", "rule") for a, b in dateline_places(doc, cands)]
    cands += [Candidate(a, b, doc.text[a:b], "PERSON", "rule")
              for a, b in titled_names(index, cands, lambda start: bool(office_before(start, index)))]
    for c in cands:
        trim_office_tail(doc, c, index)
        _split_office_prefix(doc, c, index)
        _retype_by_lexicon(c)
        _retype_dateline(doc, c)
    cands = [c for c in cands if not _adjective_person(c, index)]
    cands = _join_particle_names(doc, cands, index)
    cands = _join_adjacent_persons(doc, cands, index)
    cands = _join_dangling_of(doc, cands)
    for c in cands:
        before = index.before(c.start, 1)
        c.titled = bool(before and before[0].text.casefold() in HONORIFICS) or bool(preceding_office(c.start, index))
        _retype_titled_name(c, index)
        _retype_place_in_context(c, index)
    person_words = {match_key(w) for c in cands if c.type == "PERSON" for w in clean_surface(c.text).split(" ")[1:]}
    for c in cands:
        retype_by_cues(c, index, person_words)
    _retype_by_titled_surname(cands, index)
    _vote_types(cands)
    return sorted(cands, key=lambda c: c.start)


def _from_mention(doc: Document, start: int, end: int, label: str, source: str) -> Optional[Candidate]:
    if label in SKIP_LABELS:
        return None
    etype = label if label in ENTITY_LABELS else "OTHER"
    return trim(doc, Candidate(start, end, doc.text[start:end], etype, source))


def trim(doc: Document, c: Candidate) -> Optional[Candidate]:
    """Narrow a candidate's span to its surface (no possessive or stray punctuation)."""
    surface = span_surface(c.text)
    if not surface:
        return None
    offset = c.text.find(surface)
    c.start, c.end = c.start + offset, c.start + offset + len(surface)
    c.text = doc.text[c.start:c.end]
    return c


def _office_fragment(c: Candidate, index: TokenIndex) -> bool:
    """'State' in 'Secretary of State', 'Defence' in 'Defence Minister Sergei Shoigu': part of an office title."""
    if c.type not in ("ORG", "GPE", "OTHER"):
        return False
    before = [t.text.casefold() for t in index.before(c.start, 3)]
    after = [t.text.casefold() for t in index.after(c.end, 2)]
    words = clean_surface(c.text).casefold()
    return any(" ".join(before[-n:] + [words]) in OFFICES for n in (1, 2, 3) if len(before) >= n) \
        or any(" ".join([words] + after[:n]) in OFFICES for n in (1, 2) if len(after) >= n)


def _split_office_prefix(doc: Document, c: Candidate, index: TokenIndex) -> None:
    """'Defense Lloyd Austin' after 'Secretary of': the office words leave, the name is a PERSON."""
    if c.type not in ("ORG", "GPE", "OTHER"):
        return
    toks = [t for t in index.within(c.start, c.end) if t.pos != "DET"]
    before = [t.text.casefold() for t in index.before(c.start, 3)]
    for k in (1, 2):
        rest = toks[k:]
        head = " ".join(t.text.casefold() for t in toks[:k])
        if 2 <= len(rest) <= 3 and all(t.pos == "PROPN" and t.text[:1].isupper() for t in rest) \
                and any(" ".join(before[-n:] + [head]) in OFFICES for n in (1, 2, 3) if len(before) >= n):
            c.start, c.type = rest[0].start, "PERSON"
            c.text = doc.text[c.start:c.end]
            return


def _lowercase_junk(c: Candidate) -> bool:
    """'khaki' as ORG: NER names without a capital letter, unless a rule wrote them; time zones, currencies."""
    if fold(clean_surface(c.text)) in NOT_NAMES:
        return True
    return c.source != "rule" and c.type != "NORP" and not any(ch.isupper() or ch.isdigit() for ch in c.text)


def _retype_by_lexicon(c: Candidate) -> None:
    """'Ukrainian' as GPE -> NORP; 'Indonesia' as PERSON -> GPE; 'Douglas Aircraft' as PERSON -> ORG."""
    key = clean_surface(c.text).casefold()
    if c.type in ("GPE", "ORG", "LOC", "PERSON") and (key in DEMONYMS or key in DEMONYM_PLURALS):
        if key not in ("us", "u.s.") or c.type != "GPE":
            c.type = "NORP"
    elif c.type in ("PERSON", "ORG", "OTHER") and key in KNOWN_PLACES:
        c.type = "GPE"
    elif c.type in ("PERSON", "GPE", "OTHER") and " " in key and key.rsplit(" ", 1)[1] in ORG_HEAD_WORDS \
            and key.removeprefix("the ") not in KNOWN_PLACES:      # 'the West Bank' stays a place
        c.type = "ORG"
    elif c.type in ("NORP", "GPE", "PERSON", "OTHER") and key in ORG_NAMES and not c.text.islower():
        c.type = "ORG"


def _retype_dateline(doc: Document, c: Candidate) -> None:
    """'GAZIANTEP, Turkey, Feb 9 (Reuters) -': a capitalised name opening a line before a comma is a place."""
    line_start = c.start == 0 or doc.text[c.start - 1] == "\n"
    if line_start and c.text.isupper() and len(c.text) > 3 and doc.text[c.end:c.end + 1] in (",", " ") \
            and c.type in ("ORG", "PERSON", "OTHER", "NORP"):
        c.type = "GPE"


def _adjective_person(c: Candidate, index: TokenIndex) -> bool:
    """'Massive Russian' as PERSON: a 'name' with adjectives, nationality words or digits."""
    if c.type != "PERSON":
        return False
    toks = index.within(c.start, c.end)
    return any(t.pos == "ADJ" or t.text.casefold() in DEMONYMS or any(ch.isdigit() for ch in t.text) for t in toks)


def _join_particle_names(doc: Document, cands: list[Candidate], index: TokenIndex) -> list[Candidate]:
    """'Ursula von der' + 'Leyen', 'Thijs van' + 'der Plas': a person name running on over particles
    to a capitalised word; 'J. Blinken' after 'Antony': a name starting with an initial takes the
    capitalised first name before it."""
    for c in cands:
        if c.type != "PERSON":
            continue
        nxt = index.after(c.end, 4)
        if _ends_in_particle(c, index) or (nxt and nxt[0].text.casefold() in NAME_PARTICLES):
            tail = _particle_tail(c.end, nxt)
            if tail:
                c.end, c.text = tail, doc.text[c.start:tail]
        _extend_over_first_name(doc, c, index)
    kept: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if kept and kept[-1].type == "PERSON" and c.start < kept[-1].end:
            continue          # swallowed by the extended name
        kept.append(c)
    return kept


def _join_adjacent_persons(doc: Document, cands: list[Candidate], index: TokenIndex) -> list[Candidate]:
    """'Paulo Brizola' + 'Nunes' (NER cut one name in two, or left its last word out while tagging
    'Mr. Nunes' later): person names one space apart are one name."""
    person_words = {w for c in cands if c.type == "PERSON" for w in clean_surface(c.text).split(" ")}
    for c in cands:
        nxt = index.after(c.end, 1)
        if c.type == "PERSON" and nxt and nxt[0].start == c.end + 1 and nxt[0].text in person_words \
                and nxt[0].pos == "PROPN" and not nxt[0].ent_type and nxt[0].text[:1].isupper():
            c.end, c.text = nxt[0].end, doc.text[c.start:nxt[0].end]
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev and prev.type == c.type == "PERSON" and doc.text[prev.end:c.start] == " " \
                and c.text[:1].isupper() and " " not in c.text.strip():
            prev.end, prev.text = c.end, doc.text[prev.start:c.end]
            continue
        out.append(c)
    return out


def _join_dangling_of(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """'Democratic Republic of the' + 'Congo': a name cut after 'of (the)' runs on to the next name."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev and re.search(r"\s(?:of|of the)$", prev.text) and doc.text[prev.end:c.start] == " " \
                and c.text[:1].isupper():
            prev.end, prev.text = c.end, doc.text[prev.start:c.end]
            continue
        out.append(c)
    return out


def _particle_tail(end: int, nxt: list[Token]) -> Optional[int]:
    """End of the capitalised word after zero or more particles that follow offset `end`."""
    pos = end
    for t in nxt:
        if t.start - pos > 1:
            return None
        if t.text.casefold() in NAME_PARTICLES:
            pos = t.end
            continue
        return t.end if t.text[:1].isupper() and t.pos == "PROPN" else None
    return None


def _extend_over_first_name(doc: Document, c: Candidate, index: TokenIndex) -> None:
    toks = index.within(c.start, c.end)
    before = index.before(c.start, 1)
    if toks and re.fullmatch(r"[A-Z]\.", toks[0].text) and before and before[0].pos == "PROPN" \
            and before[0].text[:1].isupper() and before[0].text.casefold() not in OFFICES \
            and not before[0].ent_type and c.start - before[0].end <= 1:
        c.start, c.text = before[0].start, doc.text[before[0].start:c.end]


def _ends_in_particle(c: Candidate, index: TokenIndex) -> bool:
    toks = index.within(c.start, c.end)
    return len(toks) >= 2 and toks[-1].text.casefold() in NAME_PARTICLES


def office_before(c_start: int, index: TokenIndex) -> Optional[tuple[str, int]]:
    """The office right before a name ('Chancellor Olaf Scholz') and where its words start, or None."""
    before = index.before(c_start, 3)
    for n in (3, 2, 1):
        words = " ".join(t.text.casefold() for t in before[-n:])
        if len(before) >= n and words in OFFICES:
            return OFFICES[words], before[-n].start
    return None


def preceding_office(c_start: int, index: TokenIndex) -> Optional[str]:
    """The office word(s) right before a name, or None."""
    found = office_before(c_start, index)
    return found[0] if found else None


def _retype_titled_name(c: Candidate, index: TokenIndex) -> None:
    """An office word before two or three proper nouns makes them a PERSON."""
    if c.type not in ("ORG", "GPE", "NORP", "OTHER", "LOC"):
        return
    toks = [t for t in index.within(c.start, c.end) if t.pos != "DET"]
    titled = len(toks) > 2 and toks[0].text.casefold() in OFFICES \
        and toks[0].text.casefold() not in NAME_LIKE_OFFICES          # "Spokeswoman Sandy Angers"
    toks = toks[1:] if titled else toks
    if 2 <= len(toks) <= 3 and all(t.pos == "PROPN" and t.text[:1].isupper() for t in toks) \
            and (titled or preceding_office(c.start, index)):
        c.type = "PERSON"


def _retype_place_in_context(c: Candidate, index: TokenIndex) -> None:
    """'in Mykolaiv', 'region of Kherson', 'Boutcha, a town': a single-word PERSON is a place."""
    if c.type != "PERSON" or len([t for t in index.within(c.start, c.end) if t.pos != "DET"]) != 1:
        return
    before = [t.text.casefold() for t in index.before(c.start, 2)]
    after = [t.text.casefold() for t in index.after(c.end, 3)]
    if after[:1] in (["'s"], ["’s"]) or (before and before[-1] in HONORIFICS) or preceding_office(c.start, index):
        return
    followed_by_place = len(after) >= 2 and after[0] in (",", "in") and _next_is_place(c.end, index)
    locative = bool(before) and before[-1] in LOCATIVE_PREPOSITIONS or followed_by_place
    of_place = len(before) == 2 and before[1] == "of" and before[0] in PLACE_NOUNS
    apposition = len(after) == 3 and after[0] == "," and after[1] in ("a", "the") and after[2] in PLACE_NOUNS
    if locative or of_place or apposition:
        c.type = "GPE"


def _retype_by_titled_surname(cands: list[Candidate], index: TokenIndex) -> None:
    """'Petro Poroshenko' typed ORG is a PERSON when the text also says 'Mr. Poroshenko'."""
    titled = {match_key(t.text) for t in index.tokens if t.text[:1].isupper()
              and (_after_office(t, index) or _after_honorific(t, index))}
    for c in cands:
        toks = [t for t in index.within(c.start, c.end) if t.pos != "DET"]
        if c.type in ("ORG", "GPE", "OTHER") and 2 <= len(toks) <= 3 and match_key(toks[-1].text) in titled \
                and all(t.pos == "PROPN" and t.text[:1].isupper() for t in toks):
            c.type = "PERSON"


def _after_office(t: Token, index: TokenIndex) -> bool:
    found = office_before(t.start, index)
    return bool(found) and not any(w.text.casefold() in NAME_LIKE_OFFICES
                                   for w in index.within(found[1], t.start))


def _after_honorific(t: Token, index: TokenIndex) -> bool:
    before = index.before(t.start, 1)
    return bool(before) and before[0].text.casefold() in HONORIFICS


def _next_is_place(end: int, index: TokenIndex) -> bool:
    """'Toulouse, France', 'Toulouse in France': the name after the comma or 'in' is a country or NER place."""
    after = index.after(end, 2)
    return len(after) == 2 and (after[1].ent_type in ("GPE", "LOC") or after[1].text.casefold() in COUNTRY_KEYS)


def _vote_types(cands: list[Candidate]) -> None:
    """One type per single-word name within a document: the majority, places winning ties."""
    names = {id(c): clean_surface(c.text) for c in cands}
    single = [c for c in cands if " " not in names[id(c)] and (c.type in ("PERSON", "ORG", "GPE", "LOC") or (
        c.type == "NORP" and names[id(c)].casefold() not in DEMONYMS.keys() | DEMONYM_PLURALS))]
    multi_person_words = {match_key(w) for c in cands if c.type == "PERSON" and " " in names[id(c)]
                          for w in names[id(c)].split(" ")}
    by_key: dict[str, list[Candidate]] = {}
    for c in single:
        by_key.setdefault(match_key(names[id(c)]), []).append(c)
    for key, group in by_key.items():
        if key in multi_person_words:
            continue
        cued = [c for c in group if c.cued]
        votes = Counter("PLACE" if c.type in PLACE_TYPES else c.type for c in (cued or group))
        best = max(votes, key=lambda t: (votes[t], t == "PLACE", t == "PERSON"))
        for c in group:
            if best == "PLACE" and c.type not in PLACE_TYPES:
                c.type = next((x.type for x in cued if x.type in PLACE_TYPES), "GPE")
            elif best != "PLACE":
                c.type = best
