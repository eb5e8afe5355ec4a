"""Merging named mentions into entities: same canonical key, surname of a full name, spelling variants.

A cluster is a list of candidates with one type and one canonical name. Persons merge by
full-name key, then surnames and "Mr. X" join the full name they end ("Zelensky" ->
"Volodymyr Zelensky"); other names merge by the key of their canonical name, so that
"Izioum" and "Izium", "EU" and "European Union", "kyiv" and "Kiev" become one entity.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from newsgraph.data.entities_fr import DEMONYMS_FR
from newsgraph.data.entities_names import NAME_PARTICLES, NAME_SUFFIXES
from newsgraph.data.entities_orgs import DEMONYM_PLURALS, DEMONYMS
from newsgraph.data.entities_titles import OFFICE_HOLDERS
from newsgraph.entities.canonical import (PLACE_TYPES, canonical_name, clean_surface, fold, match_key,
                                          strip_honorific, transliterate_token)
from newsgraph.entities.mentions import KNOWN_PLACES, Candidate

# Single-word names of these types may be a surname that NER typed wrongly (not known places:
# "Garuda Indonesia" taken for a person must not swallow "Indonesia"); an ORG only when a title
# stands before it or when no organisation name of the text contains it ("Mr. Ford", not the
# company "Ford" of "Ford Motor Company").
SURNAME_TYPES = frozenset({"PERSON", "OTHER"})


@dataclass
class Cluster:
    """Mentions of one referent (internal to the entities stage)."""
    type: str
    members: list[Candidate] = field(default_factory=list)
    name: str = ""

    @property
    def first(self) -> int:
        return min(c.start for c in self.members)

    def add(self, c: Candidate) -> None:
        self.members.append(c)


def group_of(etype: str) -> str:
    return "PLACE" if etype in PLACE_TYPES else etype


def name_of(c: Candidate, translated: bool) -> str:
    """The canonical name of one candidate (a rule's name wins)."""
    if c.name:
        return c.name
    if c.type == "NORP":
        return norp_name(c.text)
    return canonical_name(c.text, c.type, translated)


def norp_name(text: str) -> str:
    """'Russians' (French 'Russes') -> 'Russian' (the demonym); other groups keep their surface form."""
    key = clean_surface(text).casefold()
    key = DEMONYMS_FR.get(fold(key), key)          # 'les Russes' -> russian
    if key in DEMONYM_PLURALS and key.endswith("s") and key[:-1] in DEMONYMS:
        key = key[:-1]
    return key.title() if key in DEMONYMS else clean_surface(text)


def build_clusters(cands: list[Candidate], translated: bool) -> list[Cluster]:
    """Clusters of named candidates, in order of first mention."""
    full_names = [c for c in cands if c.type == "PERSON" and len(_words(c)) >= 2]
    persons = _cluster_by_key(full_names, translated)
    surnames = _name_index(persons.values(), -1)
    first_names = _name_index(persons.values(), 0)
    org_words = {match_key(w) for c in cands if c.type == "ORG" and len(_words(c)) > 1 for w in _words(c)}
    others: dict[tuple[str, str], Cluster] = {}
    for c in cands:
        if c in full_names:
            continue
        words = _words(c)
        key = match_key(words[-1]) if words else ""
        maybe_person = c.type in SURNAME_TYPES or c.titled or (c.type == "ORG" and key not in org_words) \
            or (c.type in PLACE_TYPES and fold(words[0]) not in KNOWN_PLACES)
        owner = _name_owner(c, key, surnames, first_names) if len(words) == 1 and maybe_person else None
        if owner:
            c.type = "PERSON"
            owner.add(c)
            continue
        name = name_of(c, translated)
        slot = (group_of(c.type), match_key(name))
        others.setdefault(slot, Cluster(c.type)).add(c)
    clusters = _absorb_untyped(list(persons.values()) + list(others.values()), translated)
    for cl in clusters:
        cl.type = _cluster_type(cl)
        cl.name = _cluster_name(cl, translated)
    return sorted(clusters, key=lambda cl: cl.first)


def _absorb_untyped(clusters: list[Cluster], translated: bool) -> list[Cluster]:
    """An OTHER-typed name ('Coco' as WORK_OF_ART) joins a typed entity of the same name."""
    typed = {match_key(name_of(c, translated)): cl for cl in clusters if cl.type != "OTHER" for c in cl.members}
    out = []
    for cl in clusters:
        target = typed.get(match_key(name_of(cl.members[0], translated))) if cl.type == "OTHER" else None
        if target is not None:
            target.members.extend(cl.members)
        else:
            out.append(cl)
    return out


def _name_index(clusters, position: int) -> dict[str, list[Cluster]]:
    """Key of the surname (position -1) or first name (0) -> person clusters that bear it."""
    out: dict[str, list[Cluster]] = {}
    for cl in clusters:
        for key in {match_key(_words(c)[position]) for c in cl.members}:
            out.setdefault(key, []).append(cl)
    return out


def _name_owner(c: Candidate, key: str, surnames: dict[str, list[Cluster]],
                first_names: dict[str, list[Cluster]]) -> Optional[Cluster]:
    """The person a lone name belongs to: by surname (the nearest earlier bearer when several do),
    else by first name when exactly one person bears it ("Hillary" -> "Hillary Clinton"; family-name-first
    names: "Hayashi" -> "Hayashi Yoshimasa")."""
    if key in surnames:
        bearers = surnames[key]
        earlier = [cl for cl in bearers if cl.first < c.start]
        return max(earlier, key=lambda cl: max(m.start for m in cl.members if m.start < c.start)) \
            if earlier else bearers[0]
    bearers = first_names.get(key, [])       # also "Minister Hayashi" for "Hayashi Yoshimasa"
    return bearers[0] if len(bearers) == 1 else None


def _words(c: Candidate) -> list[str]:
    """The words of a person's name without courtesy title or generational suffix."""
    words = strip_honorific(clean_surface(c.text)).split(" ") if c.text.strip() else []
    return without_suffix(words)


def without_suffix(words: list[str]) -> list[str]:
    """['Lloyd', 'J.', 'Austin', 'III'] -> ['Lloyd', 'J.', 'Austin']."""
    return words[:-1] if len(words) > 1 and words[-1].casefold() in NAME_SUFFIXES else words


def _cluster_by_key(cands: list[Candidate], translated: bool) -> dict[str, Cluster]:
    out: dict[str, Cluster] = {}
    for c in cands:
        out.setdefault(_person_key(name_of(c, translated)), Cluster("PERSON")).add(c)
    return out


def _person_key(name: str) -> str:
    """Key of a full name without middle names and initials ("Donald J. Trump" = "Donald Trump")."""
    words = name.split(" ")
    return match_key(" ".join([words[0], words[-1]]) if len(words) >= 3 else name)


def _cluster_type(cl: Cluster) -> str:
    types = Counter(c.type for c in cl.members)
    if "PERSON" in types and any(len(_words(c)) >= 2 for c in cl.members if c.type == "PERSON"):
        return "PERSON"
    return types.most_common(1)[0][0]


def _cluster_name(cl: Cluster, translated: bool) -> str:
    """The most frequent canonical name among the longest forms; surnames expand from known office holders."""
    names = [name_of(c, translated) for c in cl.members if not c.descriptive]
    if cl.type == "PERSON":
        longest = max(len(n.split(" ")) for n in names)
        names = [n for n in names if len(n.split(" ")) == longest]
        if longest == 1 or (longest == 2 and names[0].split(" ")[0].casefold() in NAME_PARTICLES):
            return expand_surname(names[0]) or names[0]      # 'Putin', 'Ben Ali': a surname alone
    counts = Counter(names)
    surfaces = {clean_surface(c.text) for c in cl.members}
    return max(counts, key=lambda n: (_english_spelling(n), counts[n], n in surfaces, -names.index(n)))


def _english_spelling(name: str) -> bool:
    """No French-style transcription left in the name ('Izium', not 'Izioum')."""
    return all(transliterate_token(w, persons=False) == w for w in name.split(" "))


def expand_surname(surname: str) -> Optional[str]:
    """'Putin' -> 'Vladimir Putin', 'Ben Ali' -> 'Zine El Abidine Ben Ali' when one well-known office
    holder has that surname (its last word with the particles before it: 'Ali' alone is not his)."""
    key = match_key(surname)
    full = {h for _, _, h, _, _ in OFFICE_HOLDERS if match_key(_surname(h)) == key}
    return full.pop() if len(full) == 1 else None


def _surname(name: str) -> str:
    words = name.split(" ")
    i = len(words) - 1
    while i > 1 and words[i - 1].casefold() in NAME_PARTICLES:
        i -= 1
    return " ".join(words[i:])
