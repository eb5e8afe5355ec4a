"""Context cues that type a name: places and organisations NER took for persons or left untyped.

The gazetteer belongs to the geo stage (which runs later and may retype again); here only the
words around a name decide:
- object of a verb of visiting, or of "to/into/from" after a verb of motion: a place
  ("visited Kahramanmaras", "fled to Adre");
- a settlement or facility noun right after it: a place ("the Omdurman suburb", "the Halfaya bridge");
- an organisation noun right after it, or an agency/newspaper noun right before it: an
  organisation ("the ruling Frelimo party", "the news agency Agência Estado");
- all capitals (an acronym) typed PERSON: an organisation.
Titles: an office title before capitalised words NER left untagged makes them a person
("Minister of Defence Oleksii Reznikov"); an organisation name does not end in the first word
of the office after it ("Pentagon Press" + "Secretary").
A retyped candidate is marked `cued`; the per-document type vote follows cued mentions.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from newsgraph.data.entities_cues import (ARMED_GROUP_NOUNS, FACILITY_NOUNS, LOCATIVE_PREPOSITIONS,
                                          MOTION_PREPOSITIONS, MOTION_VERBS, ORG_APPOSITIVES, ORG_CLASSIFIERS,
                                          SETTLEMENT_NOUNS, VISIT_VERBS)
from newsgraph.data.entities_fr import FRENCH_FUNCTION_WORDS, ORG_APPOSITIVES_FR
from newsgraph.data.entities_orgs import DEMONYM_PLURALS, DEMONYMS, ORG_HEAD_WORDS, ORG_NAMES
from newsgraph.data.entities_titles import OFFICES, PORTFOLIO_WORDS
from newsgraph.entities.canonical import clean_surface, fold, match_key
from newsgraph.model import Document, Token

# Endings of nationality and regional adjectives ("Crimean", "Tigrayan" is NORP already).
ADJECTIVE_SUFFIXES = ("ian", "ean", "ese", "ish", "ic", "ans", "ites")
# Endings of group adjectives used as modifiers ("Tigrayan forces"); not "-ban" ("Taliban fighters").
GROUP_SUFFIXES = ("yan", "ian", "ean", "ic", "ese", "ish")
DATELINE_WINDOW = 400      # characters from the start of the text where a dateline may stand
# Types that context may overrule (GPE/LOC/FAC are places already; NORP only when not a demonym).
RETYPABLE = frozenset({"PERSON", "OTHER", "NORP", "ORG"})


def retype_by_cues(c, index, person_words: set[str]) -> None:
    """Retype candidate `c` (a mentions.Candidate) from the words around it; `person_words` are the
    keys of the words of multi-word person names in the document (never retyped)."""
    toks = [t for t in index.within(c.start, c.end) if t.pos != "DET"]
    if _group_word(c, toks):
        c.type = "NORP"
    if c.type == "NORP" and len(toks) == 1 and _extend_to_armed_group(c, index):
        return
    if c.type in ("PERSON", "GPE", "OTHER") and _french_org_appositive(c, index):
        c.type, c.cued = "ORG", True
        return
    if not toks or c.type not in RETYPABLE or not _retypable(c, toks, person_words):
        return
    new = _org_cue(c, toks, index) if c.type != "ORG" else None
    new = new or _place_cue(c, toks, index)
    if new:
        c.type, c.cued = new, True


def _extend_to_armed_group(c, index) -> bool:
    """'Tigrayan forces', 'Druze fighters': a group word before an armed-group noun names an organisation."""
    nxt = index.after(c.end, 1)
    if not (nxt and nxt[0].start == c.end + 1 and nxt[0].text.casefold() in ARMED_GROUP_NOUNS):
        return False
    c.end, c.type, c.cued = nxt[0].end, "ORG", True
    c.text = c.text + " " + nxt[0].text
    return True


def _french_org_appositive(c, index) -> bool:
    """'le mouvement politico-religieux Bundu dia Kongo', 'le journal Le Monde': a French organisation
    noun before the name, lower-case adjectives between, makes it an organisation."""
    for word in reversed(_words_before(c.start, index)[-3:]):
        if word in ORG_APPOSITIVES_FR:
            return True
        if not (word.replace("-", "").isalpha() and word.islower()) or word in FRENCH_FUNCTION_WORDS:
            return False
    return False


def _words_before(start: int, index) -> list[str]:
    """The words right before offset `start`, tokens written together joined ('politico-religieux')."""
    words: list[str] = []
    prev_start = start
    for t in reversed(index.before(start, 8)):
        if t.end == prev_start and words:
            words[-1] = t.text + words[-1]
        else:
            words.append(t.text)
        prev_start = t.start
    return [w.casefold() for w in reversed(words)]


def _group_word(c, toks: list[Token]) -> bool:
    """'Tigrayan forces', 'a Turkic language', 'the Tatars' typed ORG: an ethnic or regional group."""
    if c.type != "ORG" or len(toks) != 1 or c.text.isupper() or fold(c.text) in ORG_NAMES:
        return False
    t = toks[0]
    return t.tag == "NNS" or (t.dep in ("compound", "amod") and t.text.casefold().endswith(GROUP_SUFFIXES))


def _retypable(c, toks: list[Token], person_words: set[str]) -> bool:
    key = fold(clean_surface(c.text))
    if key in DEMONYMS or key in DEMONYM_PLURALS or key in ORG_NAMES or c.titled:
        return False
    if c.type == "PERSON" and (len(toks) > 1 or match_key(toks[0].text) in person_words):
        return False
    if c.type == "ORG" and (c.text.isupper() or key.rsplit(" ", 1)[-1] in ORG_HEAD_WORDS):
        return False
    if c.type == "NORP" and (key.endswith(ADJECTIVE_SUFFIXES) or any(t.pos == "ADJ" for t in toks)):
        return False          # "the Crimean border", "an Anglican hospital": adjectives, not names
    if re.search(r"[\w.]-[A-Z]", c.text):
        return False          # "the U.S.-Canada border": a relation between places
    return toks[0].text[:1].isupper()


def _org_cue(c, toks: list[Token], index) -> Optional[str]:
    nxt = _next_nouns(c.end, index)
    if nxt and nxt[0] in ORG_CLASSIFIERS:
        return "ORG"
    before = index.before(c.start, 2)
    if before and before[-1].text in ORG_APPOSITIVES:
        return "ORG"
    if c.type == "PERSON" and len(toks) == 1 and toks[0].text.isupper() and len(toks[0].text) >= 2 \
            and toks[0].text.isalpha():
        return "ORG"
    return None


def _place_cue(c, toks: list[Token], index) -> Optional[str]:
    nxt = _next_nouns(c.end, index)
    if nxt and (nxt[0] in FACILITY_NOUNS or nxt[-1] in FACILITY_NOUNS):
        return "FAC"
    if nxt and nxt[0] in SETTLEMENT_NOUNS:
        return "GPE"
    before = [t.text.casefold() for t in index.before(c.start, 2)]
    if len(before) == 2 and before[1] == "of" and before[0] in SETTLEMENT_NOUNS:
        return "GPE"          # "the province of Hatay", "the city of Omdurman"
    if c.type in ("OTHER", "NORP") and before and before[-1] in LOCATIVE_PREPOSITIONS:
        return "GPE"          # "in Cabixi" (persons: mentions._retype_place_in_context)
    if len(toks) == 1 and _after_place_comma(c, index):
        return "GPE"          # "in Almería, Andalucía."
    head = _span_head(toks)
    if head is None or c.type == "ORG" and head.dep not in ("dobj", "pobj"):
        return None
    gov = index.tokens[head.head]
    if head.dep == "dobj" and gov.lemma.casefold() in VISIT_VERBS:
        return "GPE"
    if head.dep == "pobj" and gov.text.casefold() in MOTION_PREPOSITIONS:
        verb = index.tokens[gov.head]
        if verb.pos in ("VERB", "NOUN") and verb.lemma.casefold() in MOTION_VERBS:
            return "GPE"
    return None


def _after_place_comma(c, index) -> bool:
    """'<place>, X' closing a phrase: X is the region or country of that place."""
    before = index.before(c.start, 2)
    after = index.after(c.end, 1)
    return len(before) == 2 and before[1].text == "," and before[0].ent_type in ("GPE", "LOC") \
        and (not after or after[0].pos == "PUNCT")


def _next_nouns(end: int, index) -> list[str]:
    """The one or two lower-case common nouns right after offset `end` ('bridge', 'police station')."""
    out: list[str] = []
    for t in index.after(end, 2):
        if t.pos != "NOUN" or not t.text.islower() or (not out and t.start - end > 1):
            break
        out.append(t.text)
    return out


def _span_head(toks: list[Token]) -> Optional[Token]:
    """The token of the span whose syntactic head lies outside it."""
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.head not in ids or t.head == t.i]
    return heads[0] if len(heads) == 1 else None


def titled_names(index, cands: list, after_title: Callable[[int], bool]) -> list[tuple[int, int]]:
    """(start, end) of untagged 2-3 word names right after an office title (`after_title(offset)`),
    outside every candidate."""
    taken = [(c.start, c.end) for c in cands]
    out = []
    toks = index.tokens
    i = 0
    while i < len(toks):
        run = _name_run(toks, i)
        if len(run) in (2, 3) and after_title(run[0].start) \
                and not any(a < run[-1].end and run[0].start < b for a, b in taken):
            out.append((run[0].start, run[-1].end))
        i += max(1, len(run))
    return out


def _name_run(toks: list[Token], i: int) -> list[Token]:
    """Capitalised untagged proper nouns from token i on, one space apart, in one sentence."""
    run: list[Token] = []
    for t in toks[i:i + 4]:
        if t.pos != "PROPN" or not t.text[:1].isupper() or t.ent_type not in ("", "PERSON") \
                or t.text.casefold() in PORTFOLIO_WORDS or t.text.casefold() in OFFICES \
                or (run and (t.start - run[-1].end != 1 or t.sent != run[-1].sent)):
            break
        run.append(t)
    return run


def trim_office_tail(doc: Document, c, index) -> None:
    """'Pentagon Press' before 'Secretary': the last word belongs to the office title that follows."""
    toks = index.within(c.start, c.end)
    nxt = index.after(c.end, 1)
    if c.type == "ORG" and len(toks) >= 2 and nxt \
            and f"{toks[-1].text} {nxt[0].text}".casefold() in OFFICES:
        c.end = toks[-2].end
        c.text = doc.text[c.start:c.end]


_DATELINE = re.compile(r"(?m)^[ \t]*(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})(?=,| \(| [-–—] )")


def dateline_places(doc: Document, cands: list) -> list[tuple[int, int]]:
    """(start, end) of an upper-case dateline city NER missed ('ALMERIA, Spain. -', 'TESSALIT (AFP) -',
    'TESSALIT — '), in the first lines."""
    out = []
    for m in _DATELINE.finditer(doc.text[:DATELINE_WINDOW]):
        a, b = m.span("place")
        if len(m.group("place")) > 3 and not any(c.start < b and a < c.end for c in cands):
            out.append((a, b))
    return out[:1]
