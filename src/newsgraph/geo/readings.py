"""The readings a toponym may take, gathered before they are scored (resolve.py): its gazetteer entries, the
counties and admin units the text's words point to ('Walton counties', 'Hiran province', 'the Izium district'),
countries named in full elsewhere ('Congo' after 'the Democratic Republic of the Congo'), and the kind a dotted
abbreviation implies ('D.C.'); the countries and admin1 regions its hints name ('Alexandria, La.')."""
from __future__ import annotations

from newsgraph.geo.containers import region_readings
from newsgraph.geo.gazetteer import Candidate, Gazetteer
from newsgraph.geo.names import abbreviation_key, admin_name_forms, is_admin_name, name_key
from newsgraph.geo.sources import LEVEL_ADMIN1, LEVEL_ADMIN2, LEVEL_COUNTRY


def abbreviation_kind(text: str, cands: list[Candidate], kind: str) -> str:
    """'D.C.': a dotted abbreviation names a state, a province or a country ('Ky.', 'N.Y.', 'B.C.'); when its
    readings are an admin1 unit and places inside it (the District of Columbia and Washington), the unit."""
    if kind or abbreviation_key(text) is None:
        return kind
    units = {c.adm1 for c in cands if c.level == LEVEL_ADMIN1}
    return "admin1" if units and all(c.adm1 in units for c in cands) else kind


def with_counties(cands: list[Candidate], text: str, kind: str, gaz: Gazetteer,
                  worded: bool = False) -> list[Candidate]:
    """'Walton' in 'Barrow, Jackson and Walton counties': the counties named 'Walton County/Parish';
    'the Izium district' (`worded`: the word follows the name): 'Izyum Raion' ('a district of Kharkiv' is
    a part of the city, not Kharkiv Raion)."""
    if kind == "admin1" and not any(c.level == LEVEL_ADMIN1 or c.level == LEVEL_ADMIN2 and not c.fuzzy for c in cands):
        return cands + region_readings(gaz, text, "region")[1]     # 'Kursk region', 'Zaporozhye region'
    if kind != "admin2" or any(c.level == LEVEL_ADMIN2 for c in cands):
        return cands
    raions = [c for c in region_readings(gaz, text, "district")[1] if c.fcode.startswith("ADM")] if worded else []
    return cands + [c for word in (" County", " Parish") for c in gaz.lookup(text + word, fuzzy=False)
                    if c.level == LEVEL_ADMIN2] + raions


def with_admin_forms(cands: list[Candidate], text: str, kind: str, gaz: Gazetteer) -> list[Candidate]:
    """'Hiran province' (Hiiran Region), 'East Region' of Burkina Faso (GeoNames' 'Est Region'): when the
    text calls a name an admin unit, its admin readings under the unit's full or French-style name."""
    named = is_admin_name(text)      # 'East Region' exists in several countries: look for the others too
    if not named and (kind not in ("admin1", "admin2", "admin3", "municipality")
                      or any(c.level in (LEVEL_ADMIN1, LEVEL_ADMIN2) for c in cands)):
        return cands
    ids = {c.id for c in cands}
    for form in admin_name_forms(text):
        for c in gaz.lookup(form):
            if c.level in (LEVEL_ADMIN1, LEVEL_ADMIN2) and c.id not in ids:
                ids.add(c.id)
                cands = cands + [c]
    return cands


def named_countries_ending_with(key: str, own: list[Candidate], cands: dict) -> list[Candidate]:
    """'Congo' after 'the Democratic Republic of the Congo', 'Korea' after 'North Korea': a country
    named in full elsewhere in the text is a candidate for the short name."""
    ids = {c.id for c in own}
    out = {c.id: c for cs in cands.values() for c in cs if c.level == LEVEL_COUNTRY and c.main
           and c.id not in ids and name_key(c.name).endswith(" " + key)}
    return list(out.values())


def focus_countries_ending_with(key: str, own: list[Candidate], focus: dict[str, float],
                                 gaz: Gazetteer) -> list[Candidate]:
    """'Congo' in a story whose focus is the Democratic Republic of the Congo: that country is a candidate."""
    if not any(c.level == LEVEL_COUNTRY and name_key(c.name).endswith(" " + key) for c in own):
        return []           # only a country's short name ('Congo', 'Korea', 'Guinea')
    ids = {c.id for c in own}
    found = (gaz.country(iso) for iso in focus)
    return [c for c in found if c is not None and c.id not in ids and name_key(c.name).endswith(" " + key)]


def hint_filter(hints: list[str], gaz: Gazetteer) -> tuple[set[str], set[str]]:
    countries, admin1s = set(), set()
    for hint in hints:
        for c in gaz.lookup(hint, fuzzy=False) or gaz.admin1_abbreviation(hint):     # 'Edmonton, Ky'
            if c.level == LEVEL_COUNTRY:
                countries.add(c.country)
            elif c.level == LEVEL_ADMIN1:
                admin1s.add(c.adm1)
    return countries, admin1s
