"""Coreference of titles and pronouns with named persons.

- Offices said of a named person in the text ("Ukrainian President Volodymyr Zelensky",
  "The President of the European Commission, Ursula von der Leyen", "Sergei Shoigu, the Russian
  defence minister,") are that person's roles.
- Definite descriptions ("the president", "the Ukrainian head of state", "Russia's president")
  join the most recently mentioned person holding that office; failing that, when the country is
  named and the publication date known, the office holder of the time (data/entities_titles.py)
  if that person is mentioned in the article.

Helpers for later stages (the quotes stage resolves speakers with them):
- `entity_at(doc, start, end)`: the entity one of whose spans overlaps [start, end).
- `resolve_pronoun(doc, offset, pronoun)`: the id of the person a "he"/"she" at `offset`
  most likely refers to: the nearest person mentioned before it whose known gender agrees.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from newsgraph.data.entities_names import HONORIFICS
from newsgraph.data.entities_orgs import DEFINITE_COUNTRIES, DEMONYMS
from newsgraph.data.entities_titles import DEFINITE_OFFICES, FEMALE_OFFICES, OFFICE_HOLDERS, OFFICES
from newsgraph.entities.canonical import clean_surface, fold, match_key
from newsgraph.entities.clusters import Cluster, without_suffix
from newsgraph.entities.mentions import Candidate, TokenIndex, office_before
from newsgraph.model import Document, Entity

Role = tuple[str, str]   # (country or organisation, office); country "" when not said

_OFFICE_ALT = "|".join(sorted((re.escape(o) for o in OFFICES if OFFICES[o] in DEFINITE_OFFICES),
                              key=len, reverse=True))
_DEMONYM_ALT = "|".join(sorted((re.escape(d) for d in DEMONYMS if d.isalpha() and d != "us"),
                               key=len, reverse=True))
DESCRIPTION_RE = re.compile(
    rf"\b(?:(?:[Tt]he\s+(?:(?P<dem>{_DEMONYM_ALT})\s+)?)|(?-i:(?P<cty>[A-Z][a-z]+))['’]s\s+|(?P<bare>{_DEMONYM_ALT})\s+)"
    rf"(?P<office>{_OFFICE_ALT})\b(?!\s+of\b)(?![-\w])",
    re.IGNORECASE,
)
_OF_ROLE_RE = re.compile(rf"(?:[Tt]he\s+)?(?P<office>{_OFFICE_ALT})\s+of\s+(?:the\s+)?"
                         r"(?P<org>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s*,\s*$", re.IGNORECASE)
_APPOSITION_RE = re.compile(rf"\s*,\s*(?:[Tt]he\s+)?(?:(?P<dem>{_DEMONYM_ALT})\s+)?(?P<office>{_OFFICE_ALT})\b",
                            re.IGNORECASE)
_MALE, _FEMALE = ("he", "him", "his", "himself"), ("she", "her", "hers", "herself")


def person_roles(cl: Cluster, doc: Document, index: TokenIndex) -> set[Role]:
    """Offices the text gives a person right before one of its names."""
    roles: set[Role] = set()
    for c in cl.members:
        found = office_before(c.start, index)
        if found:
            office, office_start = found
            prev = index.before(office_start, 1)
            country = _country_of(prev[0].text) if prev else ""
            roles.add((country, office))
        m = _OF_ROLE_RE.search(doc.text[max(0, c.start - 100):c.start])
        if m:
            roles.add((m.group("org"), OFFICES[m.group("office").casefold()]))
        m = _APPOSITION_RE.match(doc.text, c.end)
        if m:
            roles.add((DEMONYMS.get(fold(m.group("dem") or ""), ""), OFFICES[fold(m.group("office"))]))
    return roles


def _country_of(word: str) -> str:
    key = fold(word).removesuffix("'s")
    return DEMONYMS.get(key, word.removesuffix("'s").removesuffix("’s") if word.endswith(("'s", "’s")) else "")


def link_descriptions(doc: Document, clusters: list[Cluster], index: TokenIndex) -> None:
    """Add 'the president'-style mentions to the person clusters they refer to."""
    persons = [cl for cl in clusters if cl.type == "PERSON"]
    roles = {id(cl): person_roles(cl, doc, index) for cl in persons}
    unnamed: dict[Role, Cluster] = {}
    for m in DESCRIPTION_RE.finditer(doc.text):
        nxt = index.after(m.end())
        if nxt and nxt[0].pos == "PROPN" and nxt[0].text[:1].isupper():
            continue          # a title before a name: the name is the mention
        country = DEMONYMS.get(fold(m.group("dem") or m.group("bare") or ""), m.group("cty") or "")
        office = OFFICES[fold(m.group("office"))]
        target = _recent_holder(persons, roles, country, office, m.start()) \
            or _known_holder(doc, persons, country, office)
        if target:
            target.add(Candidate(m.start(), m.end(), m.group(), "PERSON", "rule", descriptive=True))
        elif country and not _taken(clusters, m.start(), m.end()):
            _role_entity(doc, clusters, unnamed, country, office, m)


def _taken(clusters: list[Cluster], start: int, end: int) -> bool:
    return any(c.start < end and start < c.end and cl.type == "PERSON" for cl in clusters for c in cl.members)


def _role_entity(doc: Document, clusters: list[Cluster], unnamed: dict[Role, Cluster], country: str, office: str,
                 m: re.Match) -> None:
    """'Rwandan president' with no named holder in the text: a person entity 'President of Rwanda'
    (one per country and office) that later stages can link actors and speakers to."""
    cand = Candidate(m.start(), m.end(), m.group(), "PERSON", "rule")
    cl = unnamed.get((country, office))
    if cl is None:
        name = f"{office.title()} of {'the ' if country in DEFINITE_COUNTRIES else ''}{country}"
        cl = unnamed[(country, office)] = Cluster("PERSON", name=name)
        clusters.append(cl)
    cl.add(cand)


def _recent_holder(persons: list[Cluster], roles: dict[int, set[Role]], country: str, office: str,
                   offset: int) -> Optional[Cluster]:
    best, best_end = None, -1
    for cl in persons:
        if not any(o == office and (not country or fold(c) == fold(country)) for c, o in roles[id(cl)]):
            continue
        ends = [c.end for c in cl.members if c.end <= offset]
        if ends and max(ends) > best_end:
            best, best_end = cl, max(ends)
    return best


def _known_holder(doc: Document, persons: list[Cluster], country: str, office: str) -> Optional[Cluster]:
    """The person who held `office` in `country` on the publication date, if the article names them."""
    if not country or not doc.published:
        return None
    day = doc.published[:10]
    holders = {match_key(h) for c, o, h, start, end in OFFICE_HOLDERS
               if c == country and o == office and start <= day and (end is None or day < end)}
    return next((cl for cl in persons if match_key(cl.name) in holders), None)


def link_bare_surnames(doc: Document, clusters: list[Cluster], index: TokenIndex) -> None:
    """Surnames of named persons that NER missed elsewhere in the text ("Mulally said")."""
    by_surname: dict[str, Cluster] = {}
    for cl in clusters:
        for name in [cl.name] + [clean_surface(c.text) for c in cl.members if not c.descriptive]:
            words = without_suffix(name.split(" "))
            if cl.type == "PERSON" and len(words) >= 2 and words[-1][:1].isupper():
                by_surname.setdefault(words[-1], cl)    # canonical and surface spellings
    taken = sorted((c.start, c.end) for cl in clusters for c in cl.members)
    starts = [a for a, _ in taken]
    for t in index.tokens:
        cl = by_surname.get(t.text)
        if cl is None or not (t.pos == "PROPN" or (t.i > 0 and index.tokens[t.i - 1].sent == t.sent)):
            continue
        k = bisect.bisect_right(starts, t.start)
        if (k and taken[k - 1][1] > t.start) or (k < len(taken) and taken[k][0] < t.end):
            continue
        cl.add(Candidate(t.start, t.end, t.text, "PERSON", "rule"))


_ACRONYM_RE = re.compile(r"\s*\(\s*([A-Z][A-Z0-9&.-]{1,7})\s*\)")


def link_acronyms(doc: Document, clusters: list[Cluster], index: TokenIndex) -> list[Cluster]:
    """'the Rapid Support Forces (RSF)', or 'RSF' elsewhere in a text naming the Rapid Support Forces:
    the acronym and its uses join the named entity."""
    for cl in [cl for cl in clusters if cl.type in ("ORG", "MILITARY_UNIT", "GPE", "FAC", "OTHER")]:
        if cl not in clusters:
            continue          # merged into another entity already
        acronyms = {m.group(1) for c in cl.members if (m := _ACRONYM_RE.match(doc.text, c.end))
                    and _initials_fit(m.group(1), c.text)}
        initials = {_initials(clean_surface(c.text)) for c in cl.members if " " in clean_surface(c.text)}
        long_names = [clean_surface(c.text) for c in cl.members if " " in clean_surface(c.text)]
        acronyms |= {o.name for o in clusters if o.name.isupper() and len(o.name) > 1 and o is not cl
                     and (o.name in initials or any(syllabic_fit(o.name, n) for n in long_names))}
        for acr in acronyms:
            for other in [o for o in clusters if o is not cl and any(m.text == acr for m in o.members)]:
                cl.members.extend(other.members)
                clusters.remove(other)
            taken = {(c.start, c.end) for x in clusters for c in x.members}
            for t in index.tokens:
                if t.text == acr and not any(a < t.end and t.start < b for a, b in taken):
                    cl.add(Candidate(t.start, t.end, t.text, cl.type, "rule"))
    return clusters


def _initials(name: str) -> str:
    """'Tigray People's Liberation Front' -> 'TPLF'."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z]\w*", name) if w[0].isupper())


def syllabic_fit(acronym: str, name: str) -> bool:
    """'NORAD' from 'North American Aerospace Defense Command': the acronym is the leading letters of
    its capitalised words in order, taking one or more from each word used, starting with the first
    word and using at least half of them (4+ letters only)."""
    words = [w.upper() for w in re.findall(r"[A-Za-z]\w*", name) if w[0].isupper()]
    if len(acronym) < 4 or len(words) < 2 or not acronym.isalpha():
        return False
    need = max(2, (len(words) + 1) // 2)

    def fit(i: int, j: int, used: int) -> bool:
        if i == len(acronym):
            return used >= need
        if j == len(words):
            return False
        for k in range(min(len(words[j]), len(acronym) - i), 0, -1):
            if words[j][:k] == acronym[i:i + k] and fit(i + k, j + 1, used + 1):
                return True
        return j > 0 and fit(i, j + 1, used)
    return fit(0, 0, 0)


def _initials_fit(acronym: str, name: str) -> bool:
    initials = _initials(name)
    return acronym[0] == (initials[:1] or "?") or acronym[0] in initials[:2]


# --- helpers for later stages ---------------------------------------------------------

def entity_at(doc: Document, start: int, end: int) -> Optional[Entity]:
    """The entity one of whose spans overlaps [start, end), preferring the tightest span."""
    hits = [(s.end - s.start, e) for e in doc.entities for s in e.spans if s.start < end and start < s.end]
    return min(hits, key=lambda h: h[0])[1] if hits else None


def entity_gender(doc: Document, entity: Entity) -> str:
    """'m', 'f' or '' from courtesy titles and gendered offices next to the entity's spans, else
    from the first he/she that follows one of its spans before any other person is named."""
    for s in entity.spans:
        before = doc.text[max(0, s.start - 30):s.start].casefold().split()
        words = s.text.casefold().split()[:1] + before[-1:]
        for w in words:
            if HONORIFICS.get(w):
                return HONORIFICS[w]
        if " ".join(before[-2:]) in FEMALE_OFFICES or before[-1:] in (["spokeswoman"], ["chairwoman"]):
            return "f"
    return _gender_from_pronouns(doc, entity)


def _gender_from_pronouns(doc: Document, entity: Entity) -> str:
    others = sorted(s.start for e in doc.entities if e.type == "PERSON" and e.id != entity.id for s in e.spans)
    starts = [t.start for t in doc.tokens]
    for s in entity.spans:
        stop = min(next((o for o in others if o >= s.end), len(doc.text)), s.end + 300)
        for t in doc.tokens[bisect.bisect_left(starts, s.end):bisect.bisect_left(starts, stop)]:
            word = t.text.casefold()
            if word in _MALE or word in _FEMALE:
                return "m" if word in _MALE else "f"
    return ""


def resolve_pronoun(doc: Document, offset: int, pronoun: str) -> Optional[str]:
    """Entity id of the person a 'he'/'she' at `offset` refers to: the nearest earlier compatible person."""
    p = pronoun.casefold()
    want = "m" if p in _MALE else "f" if p in _FEMALE else None
    if want is None:
        return None
    best, best_end = None, -1
    for e in doc.entities:
        if e.type != "PERSON":
            continue
        ends = [s.end for s in e.spans if s.end <= offset]
        if ends and max(ends) > best_end and entity_gender(doc, e) in ("", want):
            best, best_end = e.id, max(ends)
    return best
