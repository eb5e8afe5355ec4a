"""The document's focus: the countries a story is about, read before any ambiguous name is resolved.

Evidence, each piece a (country, weight), from names whose reading does not depend on the story:
- the dateline's place ('OUAGADOUGOU -', 'GUSAU, Nigeria -'): where the story was filed;
- country names and demonyms ('Burkina Faso', 'Burkinabe', 'Burmese'), NER NORP mentions included;
- capitals and admin1/admin2 names ('Ouagadougou', 'Zamfara', 'Sagaing Region') whose readings of that
  kind all lie in one country.
A piece weighs more in the lead (the first sentences) and a name counts for at most FOCUS_MENTION_CAP
mentions. The shares (summing to 1) are a prior that resolution reads (resolve.py): an ambiguous name
prefers its readings in the focus, and a small or alternate-name reading in a country with no share at all
is dropped unless the text states its container ('X, Turkey'). After resolution the resolved places add
their own weight and the result is recorded on the Document (`focus: [{country, weight}]`).
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from typing import Iterable

from newsgraph.data.geo_lexicon import ACTOR_HEAD_NOUNS
from newsgraph.geo.detect import PLACE_LABELS, Toponym
from newsgraph.geo.gazetteer import Candidate, Gazetteer
from newsgraph.geo.names import admin_name_forms, is_admin_name, name_key
from newsgraph.geo.sources import LEVEL_ADMIN1, LEVEL_ADMIN2, LEVEL_COUNTRY
from newsgraph.model import Document, Focus, Place

# weights set by hand on the conflict-dev set, then checked on LGL and TR-News (see geo/README.md)
ACTOR_DEMONYM_FACTOR = 0.25    # 'Russian artillery', 'Israeli strikes': the attacker's nationality, not the scene
DATELINE_WEIGHT = 2.0          # the filing place: usually the story's country
COUNTRY_WEIGHT = 1.0           # a country's name or demonym
CAPITAL_WEIGHT = 1.0           # a national capital under its main name
ADMIN_WEIGHT = 1.0             # an admin1 name that exists in one country only
PROMINENT_POPULATION = 100_000   # a country's name that is also a region or a city this big is ambiguous
TOWN_WEIGHT = 0.5              # a name whose every reading lies in one country ('Dori', 'Cucuta'), when one
TOWN_MIN_POPULATION = 10_000   # is a town of this size under its main name ('Kalugo' is no evidence for Kaluga)
DEMONYM_MIN_RATIO = 0.1        # 'Indian': India, not the British Indian Ocean Territory (1/10 of the largest)
LEAD_SENTENCES, LEAD_BONUS = 2, 1.0    # names in the first sentences weigh (1 + LEAD_BONUS) times more
FOCUS_MENTION_CAP = 3
RESOLVED_WEIGHT = 0.5          # after resolution, each resolved place adds this times its confidence
MIN_RECORDED_SHARE, MAX_RECORDED = 0.05, 5
# evidence for no country: a single town ('Hampton Park') in a local story gives a share of 1/3, not 1
FOCUS_PSEUDO_WEIGHT = 1.0
# a capital is evidence for its country when no namesake elsewhere has this share of its population
# ('Kabul', 'Ouagadougou', 'Paris'; not 'Dublin' with Dublin, California, nor 'London' with London, Ontario)
CAPITAL_NAMESAKE_RATIO = 0.02
# a focus is confident when its first country holds at least this share: a reading in a country with no
# share at all then needs its own container
CONFIDENT_SHARE = 0.6
UNIT_KINDS = ("admin1", "admin2")     # a name the text calls a region, province, district... (Toponym.kind_hint)


def document_focus(doc: Document, toponyms: list[Toponym], gaz: Gazetteer) -> dict[str, float]:
    """Country (ISO code) -> share of the document's focus evidence; empty when there is none."""
    lead_end = doc.sentences[LEAD_SENTENCES - 1].end if len(doc.sentences) >= LEAD_SENTENCES else len(doc.text)
    weights: Counter = Counter()
    seen: Counter = Counter()
    for start, text, weight_of, unit in _evidence_names(doc, toponyms):
        key = name_key(text)
        seen[key] += 1
        if seen[key] > FOCUS_MENTION_CAP:
            continue
        lead = 1.0 + (LEAD_BONUS if start < lead_end and weight_of is not _dateline_weight else 0.0)
        for country, w in weight_of(_readings(gaz, text, unit)).items():
            weights[country] += w * lead
    return shares(weights, FOCUS_PSEUDO_WEIGHT)


def shares(weights: Counter | dict[str, float], pseudo: float = 0.0) -> dict[str, float]:
    """Weights -> shares; `pseudo` is evidence for no country, so that one weak clue makes a weak focus."""
    total = sum(weights.values()) + pseudo
    return {c: w / total for c, w in sorted(weights.items(), key=lambda cw: -cw[1]) if w > 0} if total else {}


def confident(focus: dict[str, float]) -> bool:
    return bool(focus) and max(focus.values()) >= CONFIDENT_SHARE


def record_focus(focus: dict[str, float], places: list[Place]) -> list[Focus]:
    """The focus recorded on the document: the evidence plus the resolved places, largest share first."""
    weights: Counter = Counter({c: s for c, s in focus.items()})
    for p in places:
        if p.country and p.geonameid is not None:
            weights[p.country] += RESOLVED_WEIGHT * p.confidence * len(p.spans) / max(1, len(places))
    return [Focus(c, round(s, 3)) for c, s in shares(weights).items() if s >= MIN_RECORDED_SHARE][:MAX_RECORDED]


def _readings(gaz: Gazetteer, text: str, unit: bool = False) -> list[Candidate]:
    """The name's exact readings, and for 'East Region' those under its other admin names ('Est Region' of
    Burkina Faso): an admin name that exists in two countries tells no focus. `unit`: the text calls the
    name an admin unit ('the Hiran province'): only its admin readings, when it has some, spellings included."""
    cands = gaz.lookup(text, fuzzy=False)
    if is_admin_name(text) or unit:
        cands = cands + [c for form in admin_name_forms(text) for c in gaz.lookup(form, fuzzy=unit)
                         if c.level in (LEVEL_ADMIN1, LEVEL_ADMIN2)]     # 'Hiran province': Hiiran Region
    units = [c for c in cands if c.level in (LEVEL_ADMIN1, LEVEL_ADMIN2)] if unit else []
    return units or cands


def _evidence_names(doc: Document, toponyms: list[Toponym]) -> Iterable[tuple[int, str, object]]:
    """(offset, name, readings -> {country: weight}, called an admin unit?) for every name that may tell
    the focus."""
    for t in toponyms:
        if t.dateline:
            yield t.start, t.text, _dateline_weight, False
        elif t.label in PLACE_LABELS and not t.affiliation:
            yield t.start, t.text, _name_weight, t.kind_hint in UNIT_KINDS
    starts = [t.start for t in doc.tokens]
    for m in doc.mentions:
        if m.label == "NORP":
            i = bisect_left(starts, m.end)
            actor = i < len(doc.tokens) and doc.tokens[i].text.lower() in ACTOR_HEAD_NOUNS
            yield m.start, m.text, _actor_demonym_weight if actor else _demonym_weight, False


def _dateline_weight(cands: list[Candidate]) -> dict[str, float]:
    main = [c for c in cands if c.main] or cands
    best = max(main, key=lambda c: (c.level == LEVEL_COUNTRY, c.population), default=None)
    return {best.country: DATELINE_WEIGHT} if best is not None and best.country else {}


def _demonym_weight(cands: list[Candidate]) -> dict[str, float]:
    readings = [c for c in cands if c.level == LEVEL_COUNTRY and c.country]
    largest = max((c.population for c in readings), default=0)
    countries = {c.country for c in readings if c.population >= DEMONYM_MIN_RATIO * largest}
    return {c: COUNTRY_WEIGHT / len(countries) for c in countries}


def _actor_demonym_weight(cands: list[Candidate]) -> dict[str, float]:
    return {c: w * ACTOR_DEMONYM_FACTOR for c, w in _demonym_weight(cands).items()}


def _capital_country(cands: list[Candidate]) -> set[str]:
    capital = max((c for c in cands if c.fcode == "PPLC" and c.main), key=lambda c: c.population, default=None)
    if capital is None or any(c.country != capital.country and c.population >= CAPITAL_NAMESAKE_RATIO * capital.population
                              for c in cands):
        return set()
    return {capital.country}


def _name_weight(cands: list[Candidate]) -> dict[str, float]:
    """A country's name; else a capital under its main name; else a name all of whose readings lie in one
    country (an admin unit weighs more than a town)."""
    countries = {c.country for c in cands if c.level == LEVEL_COUNTRY and c.main and c.country}
    weight = COUNTRY_WEIGHT
    if not countries:
        countries, weight = _capital_country(cands), CAPITAL_WEIGHT
    if countries:       # 'Georgia', 'London': the country (capital) or a US state, a city of Ontario
        # (under their own names: 'Mali', an old name of Mary in Turkmenistan, tells Mali only)
        countries |= {c.country for c in cands if c.main and (c.level == LEVEL_ADMIN1
                                                             or c.population >= PROMINENT_POPULATION)}
        return {c: weight / len(countries) for c in countries}
    everywhere = {c.country for c in cands if c.country}
    if len(everywhere) != 1:
        return {}
    if any(c.level == LEVEL_ADMIN1 for c in cands):
        return {everywhere.pop(): ADMIN_WEIGHT}
    # counties and districts: the bundled index has them for some countries only ('Middlesex' is a US
    # county there, not the English or Ontario one), so they weigh as a town
    if any(c.level == LEVEL_ADMIN2 or c.main and c.population >= TOWN_MIN_POPULATION for c in cands):
        return {everywhere.pop(): TOWN_WEIGHT}
    return {}
