"""Toponym resolution: pick one gazetteer entry per toponym, with a confidence.

Score = population prior + feature prior (countries, main names) + context kind
('X region' -> admin1, 'town of X' -> city) + explicit hints ('Strasbourg (France)',
'Alexandria, Louisiana') + the document's focus (countries and admin1 regions of the
other toponyms) + proximity to the other resolved places. Two passes: the first
settles the easy names, the second uses them as context for the rest.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from newsgraph.geo.containers import inside
from newsgraph.geo.detect import PLACE_LABELS, Toponym
from newsgraph.geo.focus import confident
from newsgraph.geo.gazetteer import Candidate, Gazetteer
from newsgraph.geo.names import name_key
from newsgraph.geo.readings import (abbreviation_kind, focus_countries_ending_with, hint_filter,
                                    named_countries_ending_with, with_admin_forms, with_counties)
from newsgraph.geodesy import haversine_km
from newsgraph.geo.sources import LEVEL_ADMIN1, LEVEL_ADMIN2, LEVEL_COUNTRY, LEVEL_PLACE, LEVEL_REGION

# weights of the score: set by hand on the seed article, then adjusted in a small grid on the
# LGL and TR-News dev sets (population 1.5-2.5, focus 1.2-2.0); the figures move by < 1 point
W_POPULATION = 1.5
W_LARGE_CITY = 0.5               # per order of magnitude above 100,000 people: news names big cities
LEVEL_PRIOR = {LEVEL_COUNTRY: 1.6, LEVEL_REGION: 1.2, LEVEL_ADMIN1: 0.2, LEVEL_ADMIN2: -0.2, LEVEL_PLACE: 0.0}
ALT_NAME_ADMIN_PENALTY = -1.0    # 'Kharkiv' is an alternate name of Kharkiv Oblast: prefer the city
MAIN_NAME_BONUS = 0.3
FUZZY_PENALTY = -0.4
CAPITAL_BONUS = 0.6
KIND_MATCH, KIND_MISMATCH = 2.5, -1.5
# 'Guicán municipality': the municipio (GeoNames ADM2) before its seat; not for townships, whose admin2
# namesake is the larger district ('Katha township' is no Katha District)
MUNICIPALITY_BONUS = 0.5
HINT_BONUS = 3.0
W_COUNTRY_FOCUS, W_ADMIN1_FOCUS = 2.0, 1.5
W_NAMED_COUNTRY, NAMED_COUNTRY_MIN_POPULATION = 1.0, 100_000
NEAR_KM, NEAR_BONUS, REGION_KM, REGION_BONUS = 150.0, 0.8, 500.0, 0.3
# the admin1 regions the other names *could* lie in vote for a candidate's region, whatever the
# first pass chose for them: each name gives W_ADMIN1_VOTE / sqrt(number of its regions), so that
# 'Rochester, Watertown, Delano, Plainview' meet in Minnesota. LGL gold mentions: acc@161 +2.2 points
W_ADMIN1_VOTE, VOTE_PRIOR_MARGIN = 2.0, 2.0
# a town inside a county the text names, and the county that holds a town the text names ('Paris' and
# 'Henry County' meet only in Henry County, Tennessee). LGL pipeline acc@161 +1.2 points, gold mentions +0.9
# (1.5: +1.3/+1.0, 3.0: +1.6/+1.1 but TR-News -0.2); TR-News neutral. Towns do not vote for towns of their
# county: LGL +0.4 more, TR-News pipeline -0.2. A name that is only a county ('Henry County') is supported
# by the towns the text names inside one of its namesakes: LGL pipeline +0.3, gold mentions +0.1
W_ADMIN2_VOTE = 2.0
# a namesake under 1/100 of the size of a well-known place of the same main name (California, a Scottish
# village, against the state; Charlotte, Vermont against Charlotte, NC) loses a point: context alone rarely means it.
# QA on unseen articles; TR-News pipeline acc@161 +0.4 points, LGL +0.2
FAMOUS_POPULATION, NAMESAKE_RATIO, NAMESAKE_PENALTY = 500_000, 100, -1.0
# names found only by the rules (no NER label: 'Elkview Drive', 'Section 2AA') weigh a quarter in the
# context, and a name counts for at most 3 of its mentions ('South Amherst' x5 does not outweigh the rest)
RULE_NAME_WEIGHT, MENTION_CAP = 0.25, 3
# a politician's state tag ('Sanders (Vt.)') locates a constituency, not the story: no weight in the context
AFFILIATION_WEIGHT = 0.0
# a small place in a country no other place of the text is in ('Karari, India' in an article about
# Sudan): a penalty on its score, and its confidence is scaled down even when it is the only entry
SMALL_PLACE_POPULATION = 50_000
FOREIGN_SMALL_PENALTY, FOREIGN_SMALL_CONFIDENCE = -1.0, 0.5
PASSES = 2
# the document focus (focus.py: dateline, country names, demonyms, capitals, admin names): a candidate gains
# W_DOC_FOCUS times its country's share; when the focus is confident, a small, alternate-name or spelling-only
# reading in a country with no share and no other place of the text is no reading of the name, unless the
# text states its container ('X, Turkey')
W_DOC_FOCUS = 1.5

_KIND_LEVEL = {"admin1": LEVEL_ADMIN1, "admin2": LEVEL_ADMIN2, "city": LEVEL_PLACE}


ANCHOR_CITY_KM = 100.0          # 'the Omdurman suburb of X': X lies within this distance of Omdurman
NEAR_ANCHOR_KM = 30.0           # 'X near Y' (a town): X's namesakes this close to Y, the nearest first
ANCHOR_CONFIDENCE = 0.5         # a place given its container's point: half the container's confidence


@dataclass
class Resolution:
    candidate: Optional[Candidate]
    confidence: float
    anchor: Optional[Candidate] = None    # the stated container, when no entry of the name lies inside it


def resolve_toponyms(toponyms: list[Toponym], gaz: Gazetteer,
                     focus: Optional[dict[str, float]] = None) -> list[Resolution]:
    """One Resolution per toponym (same order); candidate None when the gazetteer has no entry.
    `focus`: country -> share of the document's focus (focus.document_focus), a prior on every name."""
    focus = focus or {}
    groups: dict[tuple[str, str], list[int]] = {}
    for i, topo in enumerate(toponyms):
        groups.setdefault((topo.key, topo.kind_hint), []).append(i)
    cands = {g: with_admin_forms(with_counties(gaz.lookup(toponyms[idx[0]].text), toponyms[idx[0]].text, g[1], gaz,
                                                 any(toponyms[i].span_end > toponyms[i].end for i in idx)),
                                  toponyms[idx[0]].text, g[1], gaz)
             for g, idx in groups.items()}
    cands = {g: cs + named_countries_ending_with(g[0], cs, cands) for g, cs in cands.items()}
    cands = {g: cs + focus_countries_ending_with(g[0], cs, focus, gaz) for g, cs in cands.items()}
    kinds = {g: abbreviation_kind(toponyms[idx[0]].text, cands[g], g[1]) for g, idx in groups.items()}
    hints = {g: hint_filter([h for i in idx for h in toponyms[i].hints], gaz) for g, idx in groups.items()}
    anchors = {g: next((toponyms[i].anchor for i in idx if toponyms[i].anchor), None) for g, idx in groups.items()}
    named = {g: any(toponyms[i].label in PLACE_LABELS and not toponyms[i].facility for i in idx)
             for g, idx in groups.items()}
    definite = {g: any(toponyms[i].definite for i in idx) for g, idx in groups.items()}
    weights = {g: min(len(idx), MENTION_CAP) * (1.0 if any(toponyms[i].label for i in idx) else RULE_NAME_WEIGHT)
               * (AFFILIATION_WEIGHT if all(toponyms[i].affiliation for i in idx) else 1.0)
               for g, idx in groups.items()}
    plausible = {g: _plausible(cands[g], kinds[g], hints[g]) for g in groups}
    votes = {g: frozenset(c.adm1 for c in plausible[g] if c.level != LEVEL_COUNTRY and c.adm1) for g in groups}
    county_votes = {g: tuple(frozenset(c.adm2 for c in plausible[g] if c.level == level and c.adm2)
                             for level in (LEVEL_ADMIN2, LEVEL_PLACE)) for g in groups}
    chosen: dict[tuple[str, str], Resolution] = {}
    for _ in range(PASSES):
        context = _Context(chosen, weights, votes, county_votes, focus)
        chosen = {g: _pick_anchored(cands[g], kinds[g], hints[g], context.without(g), anchors[g], gaz, named[g],
                                    definite[g])
                  for g in groups}
    out: list[Resolution] = [Resolution(None, 0.0)] * len(toponyms)
    for g, idx in groups.items():
        for i in idx:
            out[i] = chosen[g]
    return out


def _plausible(cands: list[Candidate], kind: str, hints) -> list[Candidate]:
    """The exact candidates whose prior is within VOTE_PRIOR_MARGIN of the name's best: the admin1 regions
    and counties a name could be or lie in, which it votes for ('Russia' does not vote for Russia, Ohio,
    nor 'Washington' for Washington County: DC is far ahead)."""
    scored = [(_prior(c, kind, hints), c) for c in _drop_city_regions(cands, kind) if not c.fuzzy]
    best = max((p for p, _ in scored), default=0.0)
    return [c for p, c in scored if p >= best - VOTE_PRIOR_MARGIN]


def _minor(c: Candidate) -> bool:
    """Not a country, a national capital or a well-known place under its own name."""
    return c.level not in (LEVEL_COUNTRY, LEVEL_REGION) and c.fcode != "PPLC" \
        and (c.fuzzy or not c.main or c.population < FAMOUS_POPULATION)


def _small_place(c: Candidate) -> bool:
    return c.level == LEVEL_PLACE and c.population < SMALL_PLACE_POPULATION


class _Context:
    """The document's focus: countries, admin1 regions and points of the current choices, and the
    admin1 regions every other name could lie in (votes)."""

    def __init__(self, chosen: dict, weights: dict, votes: dict, county_votes: Optional[dict] = None,
                 focus: Optional[dict[str, float]] = None):
        self.focus = focus or {}
        self.items = [(g, res.candidate, res.confidence * weights[g])
                      for g, res in chosen.items() if res.candidate is not None]
        self.votes = [(g, weights[g], regions) for g, regions in votes.items()]
        # (group, weight, counties it could be, counties its towns lie in)
        self.county_votes = [(g, weights[g], *sets) for g, sets in (county_votes or {}).items() if any(sets)]
        self.vote_total = sum(w for _, w, r in self.votes if r)     # names with no admin1 reading do not vote

    def without(self, g: tuple[str, str]) -> "_Context":
        ctx = _Context.__new__(_Context)
        ctx.focus = self.focus
        ctx.items = [it for it in self.items if it[0][0] != g[0]]
        ctx.votes = [v for v in self.votes if v[0][0] != g[0]]
        ctx.county_votes = [v for v in self.county_votes if v[0][0] != g[0]]
        ctx.vote_total = sum(w for _, w, r in ctx.votes if r)
        return ctx

    def county_vote(self, c: Candidate, own: frozenset[str], county_name: bool = False) -> float:
        """A town and a county the text names that lie in one county ('Paris' with 'Henry County'): the county
        supports the town, and for a name that is only a county ('Henry County'), the towns support it. Each
        other name gives W_ADMIN2_VOTE, shared among the counties where it meets this name's readings (`own`)."""
        if not c.adm2 or c.level not in (LEVEL_PLACE, LEVEL_ADMIN2):
            return 0.0
        voters = [counties for _, w, counties, _ in self.county_votes if w]
        if county_name:
            voters += [towns for _, w, _, towns in self.county_votes if w]
        return W_ADMIN2_VOTE * min(1.0, sum(1.0 / math.sqrt(len(r & own)) for r in voters if c.adm2 in r))

    def vote(self, c: Candidate) -> float:
        total = self.vote_total
        if not total or c.level == LEVEL_COUNTRY or not c.adm1:
            return 0.0
        same = {g for g, o, _ in self.items if o.id == c.id}     # another name of the same entry does not vote
        return W_ADMIN1_VOTE * sum(w / math.sqrt(len(r)) for g, w, r in self.votes
                                   if c.adm1 in r and g not in same) / total

    def resolved(self, key: str) -> Optional[Candidate]:
        """The entry chosen for another mention of the name `key` (any kind), if any."""
        return next((c for g, c, _ in self.items if g[0] == key), None)

    def foreign(self, c: Candidate) -> bool:
        """Other places are resolved, and none is in the country of `c`."""
        return bool(self.items) and all(other.country != c.country for _, other, _ in self.items)

    def score(self, c: Candidate, own: frozenset[str] = frozenset(), county_name: bool = False,
              namesake: bool = False) -> float:
        """`namesake`: a tiny namesake of a famous place, which the document focus does not lift."""
        return self.vote(c) + self.county_vote(c, own, county_name) + self._focus(c) \
            + (0.0 if namesake else W_DOC_FOCUS * self.focus.get(c.country, 0.0))

    def outside_focus(self, c: Candidate, hints) -> bool:
        """The focus is confident, `c` lies in a country with no share of it, no other place of the text
        is there, and no hint names its country or region ('X, Turkey')."""
        countries, admin1s = hints
        # an old or foreign name of a place ('Dessa' for Dessie, Ethiopia) needs less: any focus elsewhere
        sure = confident(self.focus) or bool(self.focus) and not c.main and c.level == LEVEL_PLACE
        return sure and c.country not in self.focus and c.country not in countries \
            and c.adm1 not in admin1s and all(other.country != c.country for _, other, _ in self.items)

    def _focus(self, c: Candidate) -> float:
        if not self.items:
            return 0.0
        countries: Counter = Counter()
        admin1s: Counter = Counter()
        named: set[str] = set()         # countries the text names as places
        total = local = near = 0.0
        for _, other, weight in self.items:
            if other.level == LEVEL_COUNTRY:
                named.add(other.country)
            if other.id == c.id:    # 'Mexico City' does not make 'Mexico' the city: no support from itself
                continue
            countries[other.country] += weight
            if other.level >= LEVEL_ADMIN1 and other.level != LEVEL_REGION:
                admin1s[other.adm1] += weight
            total += weight
            if other.level in (LEVEL_PLACE, LEVEL_ADMIN2) and other.id != c.id:
                local += weight
                near += weight * _nearness(c, other)
        if total <= 0:
            return 0.0
        s = W_COUNTRY_FOCUS * countries[c.country] / total + (near / local if local else 0.0)
        if _small_place(c) and countries[c.country] == 0:
            s += FOREIGN_SMALL_PENALTY
        if c.level != LEVEL_COUNTRY:
            s += W_ADMIN1_FOCUS * admin1s[c.adm1] / total
            if c.population >= NAMED_COUNTRY_MIN_POPULATION and c.country in named:
                s += W_NAMED_COUNTRY
        return s


def _nearness(c: Candidate, other: Candidate) -> float:
    """Proximity credit of `c` from another resolved place: a region is near the places inside it,
    wherever its centre lies ('Quebec' with Montreal is the province, not Quebec City)."""
    if c.level == LEVEL_ADMIN1 and c.adm1 == other.adm1:
        return NEAR_BONUS
    d = haversine_km(c.lat, c.lon, other.lat, other.lon)
    return NEAR_BONUS if d < NEAR_KM else REGION_BONUS if d < REGION_KM else 0.0


def _prior(c: Candidate, kind: str, hints: tuple[set[str], set[str]]) -> float:
    s = W_POPULATION * math.log10(c.population + 10) / 7 + LEVEL_PRIOR.get(c.level, 0.0)
    if c.level == LEVEL_PLACE and c.population > 100_000:
        s += W_LARGE_CITY * (math.log10(c.population) - 5)
    s += MAIN_NAME_BONUS if c.main else 0.0
    s += FUZZY_PENALTY if c.fuzzy else 0.0
    s += CAPITAL_BONUS if c.fcode == "PPLC" else 0.0
    if c.level in (LEVEL_ADMIN1, LEVEL_ADMIN2) and not c.main and kind not in ("admin1", "admin2"):
        s += ALT_NAME_ADMIN_PENALTY
    if kind in _KIND_LEVEL:
        s += KIND_MATCH if c.level == _KIND_LEVEL[kind] else KIND_MISMATCH if c.level != LEVEL_COUNTRY else 0.0
    elif kind in ("admin3", "municipality"):      # 'Myaing Township', 'Walungu Territory': a local unit or its town
        s += KIND_MISMATCH if c.level in (LEVEL_COUNTRY, LEVEL_ADMIN1, LEVEL_REGION) \
            else MUNICIPALITY_BONUS if c.level == LEVEL_ADMIN2 and kind == "municipality" else 0.0
    countries, admin1s = hints
    if c.country in countries or c.adm1 in admin1s:
        s += HINT_BONUS
    return s


def _drop_city_regions(cands: list[Candidate], kind: str) -> list[Candidate]:
    """'Kyiv', 'Kharkiv': a region named after its city is meant only when the text says 'region'."""
    if kind in ("admin1", "admin2"):
        return cands
    cities = {c.adm1 for c in cands if c.level == LEVEL_PLACE and c.main}
    return [c for c in cands if c.level not in (LEVEL_ADMIN1, LEVEL_ADMIN2) or c.main or c.adm1 not in cities]


def _pick_screened(cands: list[Candidate], kind: str, hints, context: _Context, named_place: bool,
                   definite: bool) -> Resolution:
    """_pick, then no reading where a wrong dot is likelier than a right one."""
    res = _pick(cands, kind, hints, context)
    top = res.candidate
    # in a country no other place of the text is in, a wrong dot on the map is worse than none:
    # a spelling match only ('Foua' -> Foix), or a small place for a name NER did not type a
    # place ('the Halfaya bridge')
    if top is not None and (top.fuzzy or _small_place(top) and not named_place) and context.foreign(top):
        return Resolution(None, 0.0)
    # 'the Middle East', 'the Pacific', 'the Earth': a name with the article is a region, a sea or a
    # building; a small town of the same name is no reading of it
    if top is not None and definite and _small_place(top):
        return Resolution(None, 0.0)
    # a story about Burkina Faso: 'Bani' is no town of the Dominican Republic, 'Kalugo' no Kaluga
    if top is not None and _minor(top) and context.outside_focus(top, hints):
        return Resolution(None, 0.0)
    return res


def _pick_anchored(cands: list[Candidate], kind: str, hints, context: _Context, anchor, gaz: Gazetteer,
                   named_place: bool, definite: bool = False) -> Resolution:
    """Like _pick, but only entries inside the stated container count; none inside: the container's point
    when the name is surely a place (NER typed it one, or 'the Y suburb of X')."""
    if anchor is not None and anchor.keys:
        return _pick_contained(cands, kind, hints, context, anchor)
    if anchor is None or kind != "city" and any(c.level <= LEVEL_ADMIN1 for c in cands):     # 'the village of X'
        return _pick_screened(cands, kind, hints, context, named_place, definite)
    any_level = anchor.part_of or anchor.unit
    found = [c for c in gaz.lookup(anchor.text) if any_level or c.level in (LEVEL_COUNTRY, LEVEL_ADMIN1)]
    named_as = context.resolved(name_key(anchor.text))    # 'in the Hiran province': the text's own 'Hiran'
    if named_as is not None and (any_level or named_as.level in (LEVEL_COUNTRY, LEVEL_ADMIN1)):
        found = [named_as]
    container = _pick(found, "", (set(), set()), context) if found else Resolution(None, 0.0)
    a = container.candidate
    if a is None or a.lat is None or _minor(a) and context.outside_focus(a, (set(), set())):
        return _pick_screened(cands, kind, hints, context, named_place, definite)
    inside = [c for c in cands if _inside(c, a)]
    close = sorted((haversine_km(c.lat, c.lon, a.lat, a.lon), c.id, c) for c in inside) if anchor.part_of else []
    close = [c for d, _, c in close if d <= NEAR_ANCHOR_KM]
    if close:       # 'Vodiane near Avdiivka': the nearest namesake, less sure when there are several
        res = _pick(close[:1], kind, hints, context)
        return Resolution(res.candidate, round(res.confidence / math.sqrt(len(close)), 3))
    if inside:
        return _pick(inside, kind, hints, context)
    if not (any_level or named_place):       # 'practicing Baha'i in Iran': no place at all
        return Resolution(None, 0.0)
    return Resolution(None, round(container.confidence * ANCHOR_CONFIDENCE, 3), anchor=a)


def _pick_contained(cands: list[Candidate], kind: str, hints, context: _Context, anchor) -> Resolution:
    """'X, Donetsk region', 'X of the Izium district': the readings of X inside the container (inside its
    admin1 region when none lies in the stated district); none: the container's point and precision."""
    within = [c for c in cands if inside(c, anchor)] or [c for c in cands if c.adm1 in anchor.outer]
    if within:
        return _pick(within, kind, hints, context)
    return Resolution(None, ANCHOR_CONFIDENCE, anchor=anchor.region)


def _inside(c: Candidate, a: Candidate) -> bool:
    if c.country != a.country:
        return False
    if a.level == LEVEL_COUNTRY:
        return True
    if a.level == LEVEL_ADMIN1:
        return c.adm1 == a.adm1
    return c.lat is not None and haversine_km(c.lat, c.lon, a.lat, a.lon) <= ANCHOR_CITY_KM


def _pick(cands: list[Candidate], kind: str, hints, context: _Context) -> Resolution:
    cands = _drop_city_regions(cands, kind)
    if not cands:
        return Resolution(None, 0.0)
    famous = max((c.population for c in cands if c.main and not c.fuzzy), default=0)
    famous = famous if famous >= FAMOUS_POPULATION else 0
    own = frozenset(c.adm2 for c in cands if c.adm2)
    county_name = all(c.level == LEVEL_ADMIN2 for c in cands)
    namesakes = {c.id for c in cands if famous and c.population * NAMESAKE_RATIO < famous}
    # nor does the focus lift a tiny namesake of a country named by another of its names ('Canadian', Texas)
    country = max((c.population for c in cands if c.level == LEVEL_COUNTRY), default=0)
    unlifted = namesakes | {c.id for c in cands if c.population * NAMESAKE_RATIO < country}
    # the focus tells the country, not which of its places: where it lifts a larger namesake of a famous place
    # abroad in the same country (Alexandria, Virginia), it lifts the small ones of that main name too
    # (Alexandria, Minnesota among Minnesota towns; not Piqua, Ohio, once called 'Washington'); the famous
    # place keeps its edge over its small namesakes at home (Nashville, Tennessee over Nashville, Georgia;
    # Columbus, Georgia over Columbus, Texas)
    at_home = {c.country for c in cands if famous and c.population >= famous}
    lifted = {c.country for c in cands if c.id not in unlifted and c.level != LEVEL_COUNTRY} - at_home
    unlifted = {c.id for c in cands if c.id in unlifted and not (c.main and c.country in lifted)}
    scored = sorted(((_prior(c, kind, hints) + context.score(c, own, county_name, c.id in unlifted)
                      + (NAMESAKE_PENALTY if c.id in namesakes else 0.0), c)
                     for c in cands), key=lambda sc: -sc[0])
    best, top = scored[0]
    share = 1.0 / sum(math.exp(2.0 * (s - best)) for s, _ in scored)
    if _small_place(top) and context.foreign(top):
        share *= FOREIGN_SMALL_CONFIDENCE
    return Resolution(top, round(share, 3))
