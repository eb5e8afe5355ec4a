"""Toponym detection: which spans of the text name places, and what the context says about them.

Sources, in order: NER mentions typed GPE/LOC/FAC (via entities when the entities stage
made them); mentions of other types that the gazetteer knows and the context makes
locative (spaCy sm reads 'Boutcha' as PERSON); capitalised token runs the NER missed,
with a locative cue; lower-case names of large places after a preposition ('to kyiv').
"""
from __future__ import annotations

import re
from functools import partial
from dataclasses import dataclass, field
from typing import Optional

from newsgraph.data.entities_orgs import ORG_HEAD_WORDS
from newsgraph.data.geo_lexicon import (ADMIN1_ABBREVIATIONS, ADMIN1_OFFICE_WORDS, ADMIN2_WORDS, CITY_WORDS,
                                        LOCAL_ADMIN_WORDS, LOCAL_BODY_NOUNS, MUNICIPALITY_WORDS,
                                        CORPORATE_NOUNS, DIRECTION_NAMES, FACILITY_NOUNS, INSTITUTION_SUFFIX_WORDS,
                                        LOCATIVE_PREPS, NOT_TOPONYMS, OF_CUE_NOUNS, OF_PREFIX_WORDS,
                                        PART_PREFIX_WORDS, REGION_WORDS, STRONG_LOCATIVE_PREPS, UNIT_CUE_WORDS)
from newsgraph.data.geo_lexicon_fr import (ADMIN2_WORDS_FR, CITY_WORDS_FR, LOCATIVE_PREPS_FR, OF_WORDS_FR,
                                           REGION_WORDS_FR, STRONG_LOCATIVE_PREPS_FR)
from newsgraph.geo.anchors import Anchor, find_anchor
from newsgraph.geo.containers import find_containers
from newsgraph.geo.filters import financial_in, is_non_place, residence_of
from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.geo.names import abbreviation_key, name_key
from newsgraph.geo.relations import find_relation
from newsgraph.geo.sources import LEVEL_ADMIN1, LEVEL_ADMIN2, LEVEL_COUNTRY
from newsgraph.model import Document, Token

PLACE_LABELS = ("GPE", "LOC", "FAC")
ADMIN_UNIT_WORDS = REGION_WORDS | ADMIN2_WORDS | LOCAL_ADMIN_WORDS
_NOT_PLACE_NAMES = NOT_TOPONYMS | DIRECTION_NAMES
_NEXT_UNIT_WORDS = ADMIN_UNIT_WORDS | UNIT_CUE_WORDS
MAX_NGRAM = 4
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
_LOWERCASE_MIN_POPULATION = 1_000_000
MODIFIER_MIN_POPULATION = 100_000
NESTED_MIN_POPULATION = 100_000


@dataclass
class Toponym:
    """One mention of a place name, with the cues the resolver weighs."""
    start: int
    end: int
    text: str                     # the name itself (no possessive, no region word)
    label: str                    # NER label of the source mention, or "" for rule matches
    span_end: int = -1            # end of the place span ("Kharkiv region" includes the word)
    kind_hint: str = ""           # admin1 | admin2 | city | "" from the context
    hints: list[str] = field(default_factory=list)   # names in parentheses / after a comma
    tokens: list[Token] = field(default_factory=list)
    anchor: Optional[Anchor] = None   # the stated container ('the Omdurman suburb of X')
    facility: bool = False            # the name modifies a facility noun ('the Halfaya bridge')
    affiliation: bool = False         # a politician's state tag: 'Bernie Sanders (Vt.)', '(D-Md.)'
    definite: bool = False            # 'the X' heading its phrase: 'the Middle East.', 'the Pacific is'
    dateline: bool = False            # 'BEIRUT:', 'COLUMBUS, Ohio (AP) --': where the story was filed

    @property
    def key(self) -> str:
        return name_key(self.text)


def detect_toponyms(doc: Document, gaz: Gazetteer) -> list[Toponym]:
    """Every toponym mention in `doc`, without overlaps, in text order."""
    datelines = _datelines(doc, gaz)
    found: list[Toponym] = []
    taken: set[int] = {t.i for topo in datelines for t in topo.tokens}   # token indexes already inside a toponym
    mentioned: set[int] = set()   # token indexes inside any entity or NER mention
    spans = _mention_spans(doc)
    for start, end, label in spans:
        mentioned.update(t.i for t in doc.tokens_in(start, end))
        topo = _from_mention(doc, gaz, start, end, label, taken)
        if topo and not any(t.i in taken for t in topo.tokens):
            found.append(topo)
            taken.update(t.i for t in topo.tokens)
    found += _scan_tokens(doc, gaz, taken, mentioned)
    found += _party_tags(doc, gaz, taken)
    found += _listed_in_one_mention(doc, gaz, taken, spans)
    home = {c.country for t in found if t.label in ("GPE", "LOC") for c in gaz.lookup(t.text, fuzzy=False) if c.main}
    found += _located_in_mention(doc, gaz, taken, spans, home) + _based_in(doc, gaz, taken)
    names = {t.key for t in found if t.text[:1].isupper()}
    strong = {t.key for t in found if t.label in ("GPE", "LOC")}
    nested = _nested_and_repeated(doc, gaz, taken, spans, names, strong, home)
    # again with the well-known names found inside organisation names ('Kentucky' after 'the Kentucky
    # Derby', 'Gainesville' typed PERSON after 'The Gainesville Riding Club'), when they lie in a country
    # of the places NER found: 'Delta' after 'Delta Air Lines' is no Nigerian state in a US story
    nested += _local_bodies(doc, gaz, taken, spans, home)
    new = {t.key for t in nested if t.key not in names}
    found += nested + _nested_and_repeated(doc, gaz, taken, spans, {k for k in new if _well_known_in(gaz, k, home)},
                                           {t.key for t in nested}, home, echo=True)
    dropped = [is_non_place(doc, gaz, t.start, t.end, t.tokens, t.label) for t in found]
    kept = [t for t, drop in zip(found, dropped) if not drop]
    # one sense per discourse: 'Edmonton' typed ORG ('Edmonton needs to ...') is the place the text
    # names elsewhere with evidence ('in Edmonton'), unless it reads as an organisation name
    keys = {t.key for t in kept}
    found = datelines + kept + [t for t, drop in zip(found, dropped) if drop and t.key in keys
                                and not is_non_place(doc, gaz, t.start, t.end, t.tokens, t.label, discourse_place=True)]
    for topo in found:
        if topo.text + "." in ADMIN1_ABBREVIATIONS and doc.text[topo.end:topo.end + 1] == ".":
            topo.text, topo.end = topo.text + ".", topo.end + 1        # 'Que.' was split as 'Que' + '.'
        _add_context(doc, topo)
    found += _anchor_toponyms(doc, gaz, found, taken)
    found = find_containers(doc, gaz, found, partial(_contained_toponym, doc))
    return sorted(found, key=lambda t: t.start)


def _contained_toponym(doc: Document, start: int, end: int, text: str, tokens: list[Token]) -> Toponym:
    """A name found by its stated container ('shelled Staryi Saltiv, Kharkiv'): as sure as a NER place."""
    topo = Toponym(start, end, text, "GPE", tokens=list(tokens))
    _add_context(doc, topo)
    return topo


def _anchor_toponyms(doc: Document, gaz: Gazetteer, found: list[Toponym], taken: set[int]) -> list[Toponym]:
    """The container of 'the Omdurman suburb of X' is a place too, whatever NER typed it."""
    out = []
    for topo in found:
        a = topo.anchor
        if a is None or not a.part_of or any(t.i in taken for t in a.tokens) or not gaz.lookup(a.text):
            continue
        new = Toponym(a.tokens[0].start, a.tokens[-1].end, a.text, "", tokens=list(a.tokens))
        _add_context(doc, new)
        taken.update(t.i for t in a.tokens)
        out.append(new)
    return out


# 'COLUMBUS --', 'BEIRUT:', 'COLUMBIA, S.C. --', 'KYIV, Ukraine (Reuters) -': a dateline at the start of the
# text, of a line, of the sentence after the headline or after the date ('March 24, 2009 MANSFIELD --'); capitals,
# then a dash (also the cp1252 em dash decoded as U+0097) or a colon
_DATELINE = re.compile(r"(?:^|(?<=\n)|(?<=\. )|(?<=\d{4} ))((?:[A-Z][A-Z.'\u2019-]+ ){0,3}[A-Z][A-Z.'\u2019-]{2,})"
                       r"(?:/[A-Z][A-Z ]+)?(?:, ((?:[A-Z][A-Za-z.]*\.?)(?: [A-Z][A-Za-z.]*)?)| \[([A-Z][A-Za-z ]+)\])?"
                       r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"
                       r"(?: \((?:AP|Reuters|AFP|UPI|dpa|Xinhua|[A-Z][A-Za-z]+)\))? *(?:-{1,3}|\u2014|\u2013|\x97|:) ")
# 'Lagos, June 3 (IANS)', 'Mogadishu, September 4 (SO News/Agency)', 'Bogota, Sep 12 (IANS) -': a place in
# mixed case at the start of the text or of a line, then a date and an agency
_DATELINE_MIXED = re.compile(r"(?:^|(?<=\n))([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:, ([A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
                             r", [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? \([^()\n]{2,30}\)")
DATELINE_MIN_POPULATION = 100_000     # a dateline under another name of the place ('NAYPYIDAW')


def _datelines(doc: Document, gaz: Gazetteer) -> list[Toponym]:
    """The place names of a dateline, and of the region or country after its comma: a place by its form,
    whatever NER made of the capitals."""
    out = []
    for m in [*_DATELINE.finditer(doc.text), *_DATELINE_MIXED.finditer(doc.text)]:
        for g in range(1, m.re.groups + 1):
            start, end = m.span(g)
            if start < 0:
                continue
            text = doc.text[start:end]
            cands = gaz.lookup(text, fuzzy=False)
            if not cands and g > 1:
                cands = gaz.admin1_abbreviation(text)                     # 'EDMONTON, Ky (WBKO)'
                text += "." if cands else ""
            if not any(c.main or c.level <= LEVEL_ADMIN1 or c.population >= DATELINE_MIN_POPULATION for c in cands):
                continue
            tokens = doc.tokens_in(start, end)
            if tokens and tokens[0].start == start and tokens[-1].end == end:
                out.append(Toponym(start, end, text, "GPE", tokens=tokens, dateline=True))
    return out


def _listed_in_one_mention(doc: Document, gaz: Gazetteer, taken: set[int],
                           spans: list[tuple[int, int, str]]) -> list[Toponym]:
    """'to Ingham or Townsville', 'from Hornsey, Stoke Newington and Walthamstow', 'in Wainwright, Alta':
    NER made one organisation or person of a list of places after a preposition of place; each member
    that is a gazetteer main name (or a state abbreviation) is a place."""
    out = []
    for start, end, label in spans:
        tokens = doc.tokens_in(start, end)
        if label in PLACE_LABELS or not tokens or any(t.i in taken for t in tokens) or tokens[0].i == 0 \
                or doc.tokens[tokens[0].i - 1].text.lower() not in STRONG_LOCATIVE_PREPS \
                or not any(t.text in (",", "and", "or") for t in tokens):
            continue
        parts, run = [], []
        for t in tokens + [None]:
            if t is None or t.text in (",", "and", "or"):
                if run:
                    parts.append(run)
                run = []
            else:
                run.append(t)
        readings = [[c for c in gaz.lookup(doc.text[p[0].start:p[-1].end], fuzzy=False)
                     if c.main or c.level == LEVEL_ADMIN1] for p in parts]
        if len(parts) < 2 or not all(readings):
            continue
        for p in parts:
            out.append(Toponym(p[0].start, p[-1].end, doc.text[p[0].start:p[-1].end], "", tokens=p))
            taken.update(t.i for t in p)
    return out


_IN_NAME_PREPS = frozenset({"in", "at", "near"})


def _located_in_mention(doc: Document, gaz: Gazetteer, taken: set[int], spans: list[tuple[int, int, str]],
                        home: set[str]) -> list[Toponym]:
    """'St. John's Lutheran School in Lombard', 'the Church of Christ at Roselle': NER made one organisation
    (or person) of a name and the place after its 'in'/'at'/'near'; the capitalised words after the
    preposition, to the end of the mention, are a place when they are a gazetteer main name in a country of
    the places NER found (any country when it found none). Not after 'of': 'the College of Law', 'the
    Chapel of Jesus', 'Bank of America'."""
    out = []
    for start, end, label in spans:
        tokens = doc.tokens_in(start, end)
        if label in PLACE_LABELS or len(tokens) < 3 or any(t.i in taken for t in tokens):
            continue
        k = next((j for j in range(1, len(tokens) - 1) if tokens[j].text.lower() in _IN_NAME_PREPS), None)
        run = tokens[k + 1:] if k is not None else []
        if not run or not all(t.text[:1].isupper() for t in run) or len(run) > MAX_NGRAM:
            continue
        text = doc.text[run[0].start:run[-1].end]
        if name_key(text) in _NOT_PLACE_NAMES:
            continue
        if any(c.main and not c.fuzzy and (not home or c.country in home) for c in gaz.lookup(text, fuzzy=False)):
            out.append(Toponym(run[0].start, run[-1].end, text, "", tokens=list(run)))
            taken.update(t.i for t in run)
    return out


def _party_tags(doc: Document, gaz: Gazetteer, taken: set[int]) -> list[Toponym]:
    """The constituency in a politician's party tag: 'Rep. Earl Pomeroy, D-N.D.', 'Jay Roberts (R-Ocilla)',
    'Torrey Westrom, R-Elbow Lake'. A place named by the text, with no weight in the document focus."""
    out = []
    toks = doc.tokens
    for i in range(3, len(toks)):
        if toks[i - 1].text != "-" or toks[i - 2].text not in ("D", "R", "I") or toks[i - 3].text not in (",", "(") \
                or not toks[i].text[:1].isupper() or i in taken or not _affiliation_tag(doc, toks[i].start):
            continue
        j = i
        while j + 1 < len(toks) and j + 1 < i + 3 and toks[j + 1].text[:1].isupper() and toks[j + 1].sent == toks[i].sent:
            j += 1
        for k in range(j, i - 1, -1):       # the longest run that names a place: 'Elbow Lake', 'W. Va.'
            text = doc.text[toks[i].start:toks[k].end]
            cands = gaz.lookup(text, fuzzy=False) or gaz.lookup(text + ".", fuzzy=False)   # 'D-Calif'
            if cands and not any(m in taken for m in range(i, k + 1)):
                out.append(Toponym(toks[i].start, toks[k].end, text, "", tokens=list(toks[i:k + 1])))
                taken.update(range(i, k + 1))
                break
    return out


def _prominent(c) -> bool:
    """A country or admin1 region, or a place of NESTED_MIN_POPULATION people or more."""
    return c.level <= LEVEL_ADMIN1 or c.population >= NESTED_MIN_POPULATION


def _well_known_in(gaz: Gazetteer, text: str, countries: set[str]) -> bool:
    return any(c.main and c.country in countries and _prominent(c) for c in gaz.lookup(text, fuzzy=False))


def _nested_and_repeated(doc: Document, gaz: Gazetteer, taken: set[int], spans: list[tuple[int, int, str]],
                         names: set[str], strong: set[str], home: set[str], echo: bool = False) -> list[Toponym]:
    """Place names inside organisation names ('the Ohio Supreme Court', 'Mansfield Police') and
    further mentions of a name already read as a place elsewhere in the text ('The Mansfield
    resident'): one sense per discourse. Never inside person names, but a lone person-typed name
    may be one of the `strong` names (typed a place elsewhere). `echo`: the names were found only inside
    organisation names, so a whole organisation mention of one ('Mesa' after 'Mesa Airlines') is no place."""
    person = {t.i for a, b, lab in spans if lab == "PERSON" for t in doc.tokens_in(a, b)}
    # ... but a lone name NER typed a person ('Gainesville said'), typed a place elsewhere in the text or a
    # well-known place inside an organisation name, is that place: a person of one name only is rarer
    # than a tagging slip of the small model
    companies = _company_names(doc)
    lone = {t.i for t in doc.tokens if t.i in person and name_key(t.text) in strong - companies
            and not _in_longer_person_name(doc, t)}
    if echo:
        names = names - companies
    person -= lone
    # a whole mention ('Mesa' typed ORG, 'Mesa' after 'Mesa Airlines') is no place inside a name
    whole = {(a, b) for a, b, _ in spans}
    org_whole = {(a, b) for a, b, label in spans if label == "ORG"}
    found = []
    for tok in doc.tokens:
        if tok.i in taken or tok.i in person or not tok.text[:1].isupper() or tok.pos != "PROPN":
            continue
        for size in range(min(MAX_NGRAM, 3), 0, -1):
            run = doc.tokens[tok.i:tok.i + size]
            if len(run) < size or any(t.i in taken or t.i in person or not t.text[:1].isupper() for t in run):
                continue
            text = doc.text[run[0].start:run[-1].end]
            key = name_key(text)
            if key in NOT_TOPONYMS or key in DIRECTION_NAMES:
                continue
            extent = (run[0].start, run[-1].end)
            if (key in names and not (echo and extent in org_whole)) or (size == 1 and tok.i in lone) \
                    or (_well_known(gaz.lookup(text, fuzzy=False), run[0], doc, home, text) and extent not in whole):
                found.append(Toponym(run[0].start, run[-1].end, text, "", tokens=list(run)))
                taken.update(t.i for t in run)
                break
    return found


def _local_bodies(doc: Document, gaz: Gazetteer, taken: set[int], spans: list[tuple[int, int, str]],
                  home: set[str]) -> list[Toponym]:
    """'Roselle police', 'the Corsicana Police Department', 'Alexandria detectives' (NER: a person), 'Anderson
    County Sheriff': a capitalised name right before a noun of a town's public bodies (LOCAL_BODY_NOUNS) is
    the town, however small, when it has a main-name entry (or a county by any of its names) in a country of the places NER found (any
    country when NER found none). Never part of a person's name of several words."""
    person = {t.i for a, b, lab in spans if lab == "PERSON" and len(doc.tokens_in(a, b)) > 1
              for t in doc.tokens_in(a, b)}
    found = []
    for tok in doc.tokens:
        nxt = doc.tokens[tok.i + 1] if tok.i + 1 < len(doc.tokens) else None
        if nxt is None or nxt.sent != tok.sent or nxt.text.lower() not in LOCAL_BODY_NOUNS \
                or not tok.text[:1].isupper() or not (tok.pos == "PROPN" or tok.ent_type):   # NER: a name
            continue
        run = _capitalised_run_to(doc, tok)       # the whole name: not 'Vista' of 'the Briar Vista area'
        if not run or any(t.i in taken or t.i in person for t in run):
            continue
        text = doc.text[run[0].start:run[-1].end]
        if name_key(text) not in _NOT_PLACE_NAMES and \
                any((c.main or c.level == LEVEL_ADMIN2) and not c.fuzzy and c.level > LEVEL_COUNTRY
                    and (not home or c.country in home) for c in gaz.lookup(text, fuzzy=False)):
            found.append(Toponym(run[0].start, run[-1].end, text, "", tokens=list(run)))
            taken.update(t.i for t in run)
    return found


def _capitalised_run_to(doc: Document, last: Token, longest: int = 3) -> list[Token]:
    """The capitalised words of the sentence that end at `last` (an opening 'The' left out), or [] when
    they are more than `longest`."""
    i = last.i
    while i > 0 and doc.tokens[i - 1].sent == last.sent and doc.tokens[i - 1].text[:1].isupper():
        i -= 1
    if doc.tokens[i].text == "The" and i < last.i:
        i += 1
    return doc.tokens[i:last.i + 1] if last.i - i < longest else []


def _based_in(doc: Document, gaz: Gazetteer, taken: set[int]) -> list[Toponym]:
    """'Northbrook-based Crate & Barrel', 'the London-based group': the name before '-based' is a place."""
    found = []
    for tok in doc.tokens[2:]:
        if tok.text.lower() != "based" or doc.tokens[tok.i - 1].text != "-":
            continue
        run = _capitalised_run_to(doc, doc.tokens[tok.i - 2])
        if run and not any(t.i in taken for t in run) and run[-1].end == doc.tokens[tok.i - 1].start:
            text = doc.text[run[0].start:run[-1].end]
            if any(c.main and not c.fuzzy for c in gaz.lookup(text, fuzzy=False)):
                found.append(Toponym(run[0].start, run[-1].end, text, "", tokens=list(run)))
                taken.update(t.i for t in run)
    return found


def _company_names(doc: Document) -> set[str]:
    """Keys of the words of company names ('Nashua' for 'Nashua Corp.', 'Williams' for 'A.L. Williams Corp.'):
    a bare repeat of such a word is the company."""
    out = set()
    for e in doc.entities:
        words = e.name.split()
        if e.type == "ORG" and len(words) > 1 and words[-1].lower() in ORG_HEAD_WORDS:
            out.update(name_key(w) for w in words[:-1] if w[:1].isupper())
    return out


def _in_longer_person_name(doc: Document, tok: Token) -> bool:
    """'Washington' in 'George Washington', or linked to an entity whose name has several words."""
    return any(e.type == "PERSON" and len(e.name.split()) > 1 and any(s.start <= tok.start < s.end for s in e.spans)
               for e in doc.entities)


def _well_known(cands: list, first: Token, doc: Document, home: set[str], text: str) -> bool:
    """A country or admin1 region by its own name or its abbreviation ('the S.C. Highway Patrol', 'U.S.
    Census'), or a large city, at the start of an organisation name or after its 'of' ('Georgia Bureau of
    Investigation', 'University of Texas')."""
    if first.ent_type not in ("ORG", "FAC", "") or not cands:
        return False
    prev = doc.tokens[first.i - 1] if first.i > 0 else None
    # after 'The' that opens the name ('The Gainesville Riding Club') only in a country of the places NER
    # found, if any: 'The Duma' in a story on Russia is no Syrian town
    opened = prev is not None and prev.text.lower() == "the" and prev.ent_iob == "B" and first.ent_iob == "I"
    if home and not any(c.country in home or c.level == LEVEL_COUNTRY and c.main for c in cands):
        return False                # a country by its name is one anywhere ('Singapore Airlines', 'Bank of Canada')
    starts_name = first.ent_iob == "B" or opened or (prev is not None and prev.text.lower() == "of")
    if not starts_name or not cands:
        return False
    county = len(text.split()) > 1          # 'Licking County Genealogy Society', not 'the Cook Political Report'
    abbreviation = abbreviation_key(text) is not None
    return any((c.main or abbreviation and c.level <= LEVEL_ADMIN1) and c.fcode != "CONT"
               and (_prominent(c) or (county and c.level == LEVEL_ADMIN2))
               for c in cands)


def _mention_spans(doc: Document) -> list[tuple[int, int, str]]:
    spans = [(s.start, s.end, e.type) for e in doc.entities for s in e.spans]
    covered = [(a, b) for a, b, _ in spans]
    for m in doc.mentions:
        if not any(a < m.end and m.start < b for a, b in covered):
            spans.append((m.start, m.end, m.label))
    order = {lab: i for i, lab in enumerate(PLACE_LABELS)}
    return sorted(spans, key=lambda s: (order.get(s[2], 9), s[0]))


def _trim(doc: Document, gaz: Gazetteer, start: int, end: int) -> tuple[int, int]:
    """Without 'the' and a possessive, unless the name itself ends in one ("St. John's")."""
    text = doc.text[start:end]
    for suffix in _POSSESSIVE:
        if text.endswith(suffix) and len(text) > len(suffix) + 1 and not gaz.has_key(text.removeprefix("the ")):
            end -= len(suffix)
            break
    text = doc.text[start:end]
    if text.lower().startswith("the "):
        start += 4
    after = doc.text[end:end + 2]
    if after in ("'s", "\u2019s") and (end + 2 == len(doc.text) or not doc.text[end + 2].isalnum()) \
            and any(c.main and ("'" in c.name or "\u2019" in c.name) for c in gaz.lookup(doc.text[start:end + 2], False)):
        end += 2          # the entity stage cut the possessive of "St. John's"
    return start, end


def _from_mention(doc: Document, gaz: Gazetteer, start: int, end: int, label: str,
                  taken: set[int]) -> Optional[Toponym]:
    start, end = _trim(doc, gaz, start, end)
    tokens = doc.tokens_in(start, end)
    text = doc.text[start:end]
    if not tokens or name_key(text) in DIRECTION_NAMES:
        return None
    if label in PLACE_LABELS:
        if _acronym_of_nowhere(gaz, text):
            return None
        if len(tokens) > 1 and tokens[-1].text.lower() in ADMIN_UNIT_WORDS and not gaz.lookup(text, fuzzy=False):
            # 'Sichuan province', 'Puge county' typed as one name: the name, and the region word as its cue
            tokens = tokens[:-1]
            end = tokens[-1].end
        end = _through_abbreviation(doc, gaz, start, end, tokens)
        tokens, text = doc.tokens_in(start, end), doc.text[start:end]
        inner = None if gaz.lookup(text) else _inner_name(doc, gaz, tokens)
        if inner:
            tokens = inner
            start, end, text = tokens[0].start, tokens[-1].end, doc.text[tokens[0].start:tokens[-1].end]
        return Toponym(start, end, text, label, tokens=tokens)
    # spaCy sm types some toponyms PERSON, ORG, NORP or even DATE ('Boutcha', 'Aleppo', 'Winnipeg')
    if not text[:1].isupper() or not _proper_noun(doc, tokens[0]) or name_key(text) in NOT_TOPONYMS:
        return None
    cands = gaz.lookup(text)
    if label == "NORP":   # a demonym ('Russian') names a people, not a place
        cands = [c for c in cands if c.main and c.level != LEVEL_COUNTRY]
    if not cands:
        return None
    if text.isupper() and len(text) <= 5:     # acronyms of organisations: NATO, ETA
        return None
    strong = label in ("PERSON", "ORG")          # 'by Bush', 'to NATO' are not places
    cue = _locative_cue(doc, tokens[0], taken, strong) or _governing_kind(doc, tokens[0]) in ("city", "admin1") \
        or _listed_county(doc, gaz, tokens, text) \
        or find_relation(doc.text, start) is not None \
        or _coordinated_with_place(doc, tokens[-1])        # 'reached Aleppo and Damascus'
    if cue or (label != "PERSON" and _place_modifier(doc, tokens, cands)) or _people_of(doc, tokens, cands):
        return Toponym(start, end, text, label, tokens=tokens)
    return None


def _proper_noun(doc: Document, tok: Token) -> bool:
    """PROPN; in French also a capitalised NOUN/NUM/X inside a NER name: the small French model tags
    rare names so ('Douz' NUM, 'Sidi' NOUN in 'Sidi Bouzid')."""
    return tok.pos == "PROPN" or (doc.language == "fr" and tok.pos in ("NOUN", "NUM", "X")
                                  and tok.ent_type != "" and tok.text[:1].isupper())


def _acronym_of_nowhere(gaz: Gazetteer, text: str) -> bool:
    """'NATO' typed GPE: an acronym whose only readings are small places (Nato, a village in the
    Philippines) is an organisation's; one with no reading at all stays an unresolved place ('LA')."""
    if not (text.replace(".", "").isalpha() and text.isupper() and len(text.replace(".", "")) <= 5):
        return False
    cands = gaz.lookup(text)
    return bool(cands) and not any(_prominent(c) for c in cands)


_NAME_ABBREVIATIONS = frozenset({"st", "ste", "mt", "ft", "pt"})


def _through_abbreviation(doc: Document, gaz: Gazetteer, start: int, end: int, tokens: list[Token]) -> int:
    """'Fort St.' + 'John', 'Sault Ste' + '. Marie': NER (or the sentence splitter) cut a name at an
    abbreviation; the end of the whole name when it is a gazetteer main name, else `end`."""
    last = tokens[-1] if tokens else None
    if last is None or last.text.lower().rstrip(".") not in _NAME_ABBREVIATIONS:
        return end
    j = last.i + 1
    while j < len(doc.tokens) and doc.tokens[j].text == "." and doc.tokens[j].start == doc.tokens[j - 1].end:
        j += 1
    k = j
    while k < len(doc.tokens) and k < j + 3 and doc.tokens[k].text[:1].isupper():
        name = doc.text[start:doc.tokens[k].end]
        if any(c.main for c in gaz.lookup(name, fuzzy=False)):
            return doc.tokens[k].end
        k += 1
    return end


def _inner_name(doc: Document, gaz: Gazetteer, tokens: list[Token]) -> Optional[list[Token]]:
    """The place name inside an unresolvable place-typed span: 'Northeast Georgia' -> Georgia, 'City of
    Huntsville' -> Huntsville, 'Henderson County Jail' -> Henderson County. Only part words, 'X of' and
    institution nouns are stripped, and what is left must be a gazetteer main name."""
    i, j = 0, len(tokens)
    while i < j - 1 and tokens[i].text.lower() in PART_PREFIX_WORDS:
        i += 1
    if i + 2 < j and tokens[i].text.lower() in OF_PREFIX_WORDS and tokens[i + 1].text == "of":
        i += 2
    while j - 1 > i and (tokens[j - 1].text.lower() in INSTITUTION_SUFFIX_WORDS or tokens[j - 1].text in _APOSTROPHES):
        j -= 1                     # one word at a time: 'Henderson County Jail' stops at 'Henderson County'
        if any(c.main for c in gaz.lookup(doc.text[tokens[i].start:tokens[j - 1].end], fuzzy=False)):
            break
    if (i, j) == (0, len(tokens)):
        return None
    name = doc.text[tokens[i].start:tokens[j - 1].end]
    # 'Spain Square', 'Canada Place': a facility named after a country is not in it by its name
    named_after = j < len(tokens)
    if not name[:1].isupper() or not any(c.main and not (named_after and c.level == LEVEL_COUNTRY)
                                         for c in gaz.lookup(name, fuzzy=False)):
        return None
    return tokens[i:j]


_APOSTROPHES = ("'s", "\u2019s", "'", "\u2019")


def _coordinated_with_place(doc: Document, tok: Token) -> bool:
    """The name is coordinated ('A and B', 'A, B') with a name NER typed a place."""
    mates = [doc.tokens[tok.head]] if tok.dep == "conj" and tok.head != tok.i else []
    mates += [t for t in doc.tokens[tok.i + 1:tok.i + 8] if t.dep == "conj" and t.head == tok.i]
    return any(m.start >= p.start and m.end <= p.end and p.label in PLACE_LABELS
               for m in mates for p in doc.mentions)


_PEOPLE_NOUNS = frozenset({"resident", "residents", "man", "woman", "men", "women", "native", "natives", "couple",
                           "teen", "teenager", "boy", "girl"})     # not 'family': 'the Kennedy family'


def _people_of(doc: Document, tokens: list[Token], cands: list) -> bool:
    """'An Alexandria man', 'Clinton couple faces charges': a name right before a noun of people is where
    they live, whatever NER typed it (a person's name does not qualify 'man' or 'resident')."""
    nxt = doc.tokens[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc.tokens) else None
    return nxt is not None and nxt.text.lower() in _PEOPLE_NOUNS and any(c.main and not c.fuzzy for c in cands)


def _place_modifier(doc: Document, tokens: list[Token], cands: list) -> bool:
    """'a Winnipeg jail', 'Edmonton police': a well-known place name modifying a noun (not 'Mesa stock')."""
    head = doc.tokens[tokens[-1].head] if 0 <= tokens[-1].head < len(doc.tokens) else None
    return tokens[-1].dep == "compound" and not (head is not None and head.text.lower() in CORPORATE_NOUNS) and any(
        c.main and not c.fuzzy and (c.level <= LEVEL_ADMIN1 or c.population >= MODIFIER_MIN_POPULATION)
        for c in cands)


def _scan_tokens(doc: Document, gaz: Gazetteer, taken: set[int], mentioned: set[int]) -> list[Toponym]:
    """Capitalised runs (and lower-case names of large places) the NER missed, with a locative cue."""
    found = []
    blocked = taken | mentioned         # kept equal to taken | mentioned as matches are taken
    i, n = 0, len(doc.tokens)
    while i < n:
        tok = doc.tokens[i]
        if i in blocked or not _could_start(tok):
            i += 1
            continue
        match = _longest_match(doc, gaz, i, blocked)
        if match:
            found.append(match)
            taken.update(t.i for t in match.tokens)
            blocked.update(t.i for t in match.tokens)
            i = match.tokens[-1].i + 1
        else:
            i += 1
    return found


def _could_start(tok: Token) -> bool:
    return tok.text[:1].isalpha() and tok.ent_type in ("", "GPE", "LOC", "FAC", "PERSON", "ORG")


_RUN_LINKS = ("of", "de", "upon", "on")      # lower-case words inside a name ('Stratford upon Avon')


def _longest_match(doc: Document, gaz: Gazetteer, i: int, taken: set[int]) -> Optional[Toponym]:
    """The longest run from token i (up to MAX_NGRAM tokens of one sentence, none taken, capitalised
    after the first but for `_RUN_LINKS`) that `_accept` takes."""
    tokens = doc.tokens
    longest = 0                  # each condition holds token by token: the runs that qualify are a prefix
    for t in tokens[i:i + MAX_NGRAM]:
        if t.i in taken or t.sent != tokens[i].sent or \
                (longest and not (t.text[:1].isupper() or t.text.lower() in _RUN_LINKS)):
            break
        longest += 1
    for size in range(longest, 0, -1):
        run = tokens[i:i + size]
        text = doc.text[run[0].start:run[-1].end]
        if _accept(doc, gaz, run, text, taken):
            return Toponym(run[0].start, run[-1].end, text, "", tokens=list(run))
    return None


def _accept(doc: Document, gaz: Gazetteer, run: list[Token], text: str, taken: set[int]) -> bool:
    first = run[0]
    lower = not first.text[:1].isupper()
    if lower and (len(run) != 1 or first.pos not in _LOWERCASE_POS):
        return False                # the test at the end, first: most words are lower-case
    if name_key(text) in _NOT_PLACE_NAMES:
        return False
    if not (_locative_cue(doc, first, taken) or _governing_kind(doc, first) in ("city", "admin1")
            or _listed_county(doc, gaz, run, text)):
        return False
    if not lower:
        return first.pos == "PROPN" and bool(gaz.lookup(text, fuzzy=len(text) >= 6))
    return any(c.main and (c.population >= _LOWERCASE_MIN_POPULATION or c.level == 0)
               for c in gaz.lookup(text, fuzzy=False))


_LOWERCASE_POS = ("PROPN", "NOUN", "ADJ", "VERB", "X")     # a lower-case name of a large place: 'kyiv'


def _locative_cue(doc: Document, first: Token, taken: set[int], strong: bool = False) -> bool:
    """A preposition right before the name, a list after another toponym ('Kherson and X'),
    or a region word right after the name. strong=True: only prepositions of place ('in', 'near')."""
    prev = doc.tokens[first.i - 1] if first.i > 0 else None
    preps = STRONG_LOCATIVE_PREPS if strong else LOCATIVE_PREPS
    if doc.language == "fr":
        preps = preps | (STRONG_LOCATIVE_PREPS_FR if strong else LOCATIVE_PREPS_FR)
    if prev is not None and prev.sent == first.sent and residence_of(doc, prev, first):
        return True                 # 'William Goble, 26, of Edmonton'
    before = doc.tokens[prev.i - 1] if prev is not None and prev.i > 0 else None
    if prev is not None and prev.text.lower() == "of" and before is not None and before.text.lower() in OF_CUE_NOUNS:
        return True                 # 'in the direction of X', 'the village of X', 'the localities of X'
    if prev is not None and prev.sent == first.sent and prev.text.lower() in preps:
        if financial_in(prev, before):
            return False
        return not (prev.text.lower() == "of" and before is not None and before.text[:1].isupper())
    if prev is not None and prev.text.lower() in (",", "and", "or", "et", "ou") and first.i >= 2 and first.i - 2 in taken:
        return True
    nxt = _next_word(doc, first)
    return nxt is not None and nxt.text.lower() in _NEXT_UNIT_WORDS


def _next_word(doc: Document, tok: Token) -> Optional[Token]:
    j = tok.i + 1
    while j < len(doc.tokens) and doc.tokens[j].text[:1].isupper() and doc.tokens[j].sent == tok.sent:
        j += 1
    return doc.tokens[j] if j < len(doc.tokens) and doc.tokens[j].sent == tok.sent else None


# --- context cues ------------------------------------------------------------------------

def _add_context(doc: Document, topo: Toponym) -> None:
    """Fill kind_hint (admin1/admin2/city), span_end and hints (', Louisiana', '(France)')."""
    topo.span_end = topo.end
    last = topo.tokens[-1]
    after = doc.tokens[last.i + 1] if last.i + 1 < len(doc.tokens) else None
    if after is not None and after.sent == last.sent:
        word = after.text.lower()
        topo.facility = word in FACILITY_NOUNS
        of = doc.tokens[after.i + 1] if after.i + 1 < len(doc.tokens) else None
        titled = after.text[:1].isupper() and of is not None and of.text.lower() == "of"   # 'U.S. Department of'
        if word in ADMIN_UNIT_WORDS and not word.endswith("s") and not titled:
            topo.kind_hint = _kind_of_word(word)
            topo.span_end = after.end
        elif word in ADMIN1_OFFICE_WORDS:          # 'a Washington senator': the state
            topo.kind_hint = "admin1"
        elif word in ("(", ",") and last.i + 2 < len(doc.tokens):
            hint = doc.tokens[last.i + 2]
            if hint.text[:1].isupper() and hint.sent == last.sent and not _modifies_a_noun(doc, hint):
                topo.hints.append(_name_run(doc, hint))
    if not topo.kind_hint:
        topo.kind_hint = _governing_kind(doc, topo.tokens[0]) or _listed_before_plural(doc, last)
    topo.affiliation = _affiliation_tag(doc, topo.start)
    topo.definite = not topo.kind_hint and _definite_head(doc, topo.tokens[0], doc.tokens_in(topo.start, topo.span_end)[-1])
    topo.anchor = find_anchor(doc, topo.tokens[0], doc.tokens_in(topo.start, topo.span_end)[-1])


_HEAD_FOLLOWERS = frozenset({".", ";", ":", "!", "?", ")", '"', "'", "\u201d", "\u2019", "'s", "\u2019s"})


def _definite_head(doc: Document, first: Token, last: Token) -> bool:
    """'the Middle East.', 'the Pacific is', 'the Delta to the ocean', 'the Gulf last year': the name follows 'the' and ends its
    phrase, as a sea, a region or a building does; a town takes no article ('the Pratt area', 'the
    Gainesville and Lindsay communities' and 'the Cambridge, Pleasant City ... areas' are modifiers)."""
    before = doc.tokens[first.i - 1] if first.i > 0 else None
    if before is None or before.text.lower() != "the" or before.sent != first.sent:
        return False
    after = doc.tokens[last.i + 1] if last.i + 1 < len(doc.tokens) else None
    return after is None or after.sent != last.sent or after.text in _HEAD_FOLLOWERS \
        or after.pos in ("VERB", "AUX", "ADP", "ADV", "SCONJ", "DET", "PRON") or after.text in ("last", "next")


def _modifies_a_noun(doc: Document, tok: Token) -> bool:
    """'in Russia, U.S. officials said', 'with Canada, Mexico should sue': the name after the comma
    qualifies a common noun or is a verb's subject, so it is no container of the name before the comma
    ('Paris, Texas, this year' and 'Alexandria, La., was' are)."""
    nxt = _next_word(doc, tok)
    return nxt is not None and nxt.text[:1].islower() and nxt.pos in ("NOUN", "ADJ", "VERB", "AUX")


def _name_run(doc: Document, tok: Token) -> str:
    j = tok.i
    while j + 1 < len(doc.tokens) and doc.tokens[j + 1].text[:1].isupper() and doc.tokens[j + 1].sent == tok.sent:
        j += 1
    return doc.text[tok.start:doc.tokens[j].end]


def _governing_kind(doc: Document, first: Token) -> str:
    """'region(s) of X [, Y and Z]', 'town of X', 'X, a city in ...' -> the kind those words name."""
    head = _list_head(doc, first)
    prev = doc.tokens[head.i - 1] if head.i > 0 else None
    if prev is not None and prev.text.lower() in OF_WORDS and head.i > 1:
        noun = doc.tokens[head.i - 2]
        if noun.text.lower() == "the" and head.i > 2:
            noun = doc.tokens[head.i - 3]
        return _kind_of_word(noun.text.lower())
    appos = _appositive_noun(doc, first)
    return _kind_of_word(appos.text.lower()) if appos is not None else ""


_AFFILIATION_OPENING = re.compile(r"(?:\(|\([DRI]-|, [DRI]-)$")     # '(' 'Vt.)', '(D-' 'Md.)', ', D-' 'N.D.'


def _affiliation_tag(doc: Document, start: int) -> bool:
    """'Sen. Bernie Sanders (Vt.)', 'Rep. Elijah Cummings (D-Md.)', 'Earl Pomeroy, D-N.D.': a state in
    parentheses or a party tag right after a person's name locates the politician's constituency, not the story."""
    tag = _AFFILIATION_OPENING.search(doc.text, max(0, start - 4), start)
    if tag is None:
        return False
    head = doc.text[:tag.start()].rstrip()
    return any(m.label == "PERSON" and m.end == len(head) for m in doc.mentions) or \
        any(e.type == "PERSON" and any(sp.end == len(head) for sp in e.spans) for e in doc.entities)


def _listed_before_plural(doc: Document, last: Token) -> str:
    """'Barrow, Jackson and Walton counties': every name of a list before a plural county word."""
    j = last.i + 1
    while j < len(doc.tokens) and doc.tokens[j].sent == last.sent \
            and (doc.tokens[j].text[:1].isupper() or doc.tokens[j].text in (",", "and", "or", "&")):
        j += 1
    if j < len(doc.tokens) and doc.tokens[j].sent == last.sent and doc.tokens[j].text.lower() in PLURAL_ADMIN2_WORDS:
        return "admin2"
    return ""


PLURAL_ADMIN2_WORDS = frozenset({"counties", "parishes", "boroughs"})


def _listed_county(doc: Document, gaz: Gazetteer, tokens: list[Token], text: str) -> bool:
    """'between Walton and Oconee counties', 'from Ellsworth to Riley counties': a name listed before a
    plural county word, with a county of that name in the gazetteer."""
    if _listed_before_plural(doc, tokens[-1]) != "admin2" and not _before_plural_county(doc, tokens[-1]):
        return False
    return any(c.level == LEVEL_ADMIN2 for word in (" County", " Parish") for c in gaz.lookup(text + word, fuzzy=False))


def _before_plural_county(doc: Document, last: Token) -> bool:
    """The name ends a list 'A and B' or 'A to B' right before 'counties'/'parishes'."""
    nxt = doc.tokens[last.i + 1] if last.i + 1 < len(doc.tokens) else None
    if nxt is not None and nxt.text.lower() in PLURAL_ADMIN2_WORDS:
        return True
    j = last.i + 1
    if nxt is None or nxt.text.lower() not in ("and", "to", "or", ","):
        return False
    while j < len(doc.tokens) and j < last.i + 6 and doc.tokens[j].sent == last.sent:
        if doc.tokens[j].text.lower() in PLURAL_ADMIN2_WORDS:
            return all(t.text[:1].isupper() or t.text.lower() in ("and", "to", "or", ",")
                       for t in doc.tokens[last.i + 1:j])
        j += 1
    return False


def _kind_of_word(word: str) -> str:
    if word in REGION_WORDS or word in REGION_WORDS_FR:
        return "admin1"
    if word in ADMIN2_WORDS or word in ADMIN2_WORDS_FR:
        return "admin2"
    if word in LOCAL_ADMIN_WORDS:
        return "municipality" if word in MUNICIPALITY_WORDS else "admin3"
    return "city" if word in CITY_WORDS or word in CITY_WORDS_FR else ""


OF_WORDS = frozenset({"of"}) | OF_WORDS_FR      # 'the region of X', 'la région de X'


def _list_head(doc: Document, first: Token) -> Token:
    """The first name of a coordinated list 'A, B and C' (by the parse, else by surface commas)."""
    tok = first
    seen = 0
    while tok.dep == "conj" and tok.head != tok.i and seen < 10:
        tok = doc.tokens[tok.head]
        seen += 1
    j = tok.i
    while j >= 2 and doc.tokens[j - 1].text in (",", "and") and doc.tokens[j - 2].text[:1].isupper():
        j -= 2
        while j >= 1 and doc.tokens[j - 1].text[:1].isupper() and doc.tokens[j - 1].sent == first.sent:
            j -= 1
    return doc.tokens[min(j, tok.i)]


def _appositive_noun(doc: Document, first: Token) -> Optional[Token]:
    """'Bakhmout, a city in ...': the noun after 'X, a/an/the' (the head of a compound: 'the state capital')."""
    j = first.i
    while j + 1 < len(doc.tokens) and doc.tokens[j + 1].text[:1].isupper():
        j += 1
    if j + 3 < len(doc.tokens) and doc.tokens[j + 1].text == "," \
            and doc.tokens[j + 2].text.lower() in ("a", "an", "the"):
        noun = next((t for t in doc.tokens[j + 3:j + 6] if t.pos == "NOUN"), None)
        while noun is not None and noun.i + 1 < len(doc.tokens) and doc.tokens[noun.i + 1].pos == "NOUN":
            noun = doc.tokens[noun.i + 1]
        return noun
    return None
