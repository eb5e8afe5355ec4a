"""How specific a place is, for the stages that pick one place for an action (events, ACLED export).

The place of an event is where the action happened: the most specific resolved place of the event's clause
first, a village before its district, a district before its region, a region before the country; a place
named with 'near'/'outskirts of'/'north of' comes after the place itself; an unresolved name last.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Optional, Union

# finest first (model.Place.precision)
PRECISION_ORDER = ("point", "city", "admin2", "admin1", "region", "country")
RELATIVE_TYPES = frozenset({"near", "outskirts", "north_of", "south_of", "east_of", "west_of",
                            "northeast_of", "northwest_of", "southeast_of", "southwest_of"})

PlaceLike = Union[Mapping[str, Any], Any]     # a model.Place or a stored place dict


def precision_rank(place: PlaceLike) -> tuple[int, int, int]:
    """Sort key, smallest = most specific: (resolved? precision rank, relative?)."""
    get = place.get if isinstance(place, Mapping) else lambda k, d=None: getattr(place, k, d)
    precision = get("precision") or ""
    rank = PRECISION_ORDER.index(precision) if precision in PRECISION_ORDER else len(PRECISION_ORDER)
    relation = get("relation")
    rtype = relation if isinstance(relation, str) else getattr(relation, "type", None) if relation else None
    rtype = rtype or get("relation_type")
    return (0 if get("lat") is not None else 1, rank, 1 if rtype in RELATIVE_TYPES else 0)


def most_specific(places: Iterable[PlaceLike]) -> Optional[PlaceLike]:
    """The most specific of `places` (text order breaks ties: the first named wins), or None."""
    ordered = sorted(enumerate(places), key=lambda ip: (precision_rank(ip[1]), ip[0]))
    return ordered[0][1] if ordered else None


def by_specificity(places: Iterable[PlaceLike]) -> list[PlaceLike]:
    """`places`, most specific first (stable)."""
    return [p for _, p in sorted(enumerate(places), key=lambda ip: (precision_rank(ip[1]), ip[0]))]
