"""Candidate pairs for incident linking without comparing every event with every other.

Events are filed under (type, day, key) for every day of their date interval and every key of
their places: the GeoNames id of a place finer than a country, and the grid cell of a place with
point-like coordinates (cells as high as the widest type distance, so a match lies in the same or a neighbouring
cell; at high latitudes more cells east and west are searched, as a degree of longitude shrinks).
An event then meets only events of its type, within the date window, in the nearby cells.
"""
from __future__ import annotations

import math
import zlib
from collections import defaultdict
from datetime import timedelta
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from newsgraph.store.incidents import IncidentRules, LinkableEvent

KM_PER_DEGREE = 111.2


def candidate_pairs(events: list["LinkableEvent"], rules: "IncidentRules", point_precisions: set,
                    coarse_precisions: set) -> Iterator[tuple["LinkableEvent", "LinkableEvent"]]:
    """Each unordered pair of events of the same type that share a key on days within the window."""
    widest = rules.widest()        # the index reaches the widest type window; each pair is checked by its own
    cell_deg = cell_degrees(rules)
    index: dict[tuple, list[int]] = defaultdict(list)
    keys = [_keys(e, cell_deg, point_precisions, coarse_precisions) for e in events]
    for i, e in enumerate(events):
        for day in _days(e.start, e.end):
            for key in keys[i]:
                index[(e.type, day, key)].append(i)
    for i, a in enumerate(events):
        seen: set[int] = set()
        near = _near_keys(keys[i], cell_deg)
        reach = timedelta(days=widest.window_days)
        for day in _days(a.start - reach, a.end + reach):
            for key in near:
                for j in index.get((a.type, day, key), ()):
                    if j > i and j not in seen:
                        seen.add(j)
                        yield a, events[j]


def _days(start, end) -> Iterator:
    for n in range((end - start).days + 1):
        yield start + timedelta(days=n)


def _keys(e: "LinkableEvent", cell_deg: float, point_precisions: set, coarse_precisions: set) -> set[tuple]:
    keys: set[tuple] = set()
    for gid, lat, lon, precision in e.places:
        if gid is not None and precision not in coarse_precisions:
            keys.add(("g", gid))
        if lat is not None and lon is not None and precision in point_precisions:
            keys.add(("c", math.floor(lat / cell_deg), _wrap(math.floor(lon / cell_deg), math.ceil(360 / cell_deg))))
    return keys


def _near_keys(keys: set[tuple], cell_deg: float) -> set[tuple]:
    """The keys themselves and, for grid cells, the cells around them."""
    n_lon = math.ceil(360 / cell_deg)
    near: set[tuple] = set()
    for key in keys:
        if key[0] != "c":
            near.add(key)
            continue
        _, row, col = key
        lat = min(abs((row + 0.5) * cell_deg), 89.0)
        reach = min(math.ceil(1 / max(math.cos(math.radians(lat + cell_deg)), 1e-6)), n_lon // 2)
        for dr in (-1, 0, 1):
            for dc in range(-reach, reach + 1):
                near.add(("c", row + dr, _wrap(col + dc, n_lon)))
    return near


def _wrap(col: int, n_lon: int) -> int:
    """Cell column modulo the globe (so Fiji's east and west meet across 180°)."""
    half = n_lon // 2
    return (col + half) % n_lon - half


# --- the stored index (store.linking): one 64-bit key per (type, day, place key) ----------------------

def cell_degrees(rules: "IncidentRules") -> float:
    """Height of a grid cell: the widest type distance (so a match lies in the same or a neighbouring cell)."""
    return max(rules.widest().distance_km / KM_PER_DEGREE, 1e-3)


def filed_keys(e: "LinkableEvent", rules: "IncidentRules", point_precisions: set, coarse_precisions: set) -> set[int]:
    """The keys an event is filed under: every day of its interval times every key of its places."""
    places = _keys(e, cell_degrees(rules), point_precisions, coarse_precisions)
    return _stored_keys(e.type, places, e.start, e.end)


def probe_keys(e: "LinkableEvent", rules: "IncidentRules", point_precisions: set, coarse_precisions: set) -> set[int]:
    """The keys under which an event's possible partners are filed (the days of the window, the cells around)."""
    cell_deg = cell_degrees(rules)
    near = _near_keys(_keys(e, cell_deg, point_precisions, coarse_precisions), cell_deg)
    reach = timedelta(days=rules.widest().window_days)
    return _stored_keys(e.type, near, e.start - reach, e.end + reach)


_MASK = (1 << 64) - 1


def _stored_keys(type_: str, places: set[tuple], start, end) -> set[int]:
    """A signed 64-bit key for each (type, place key, day); a collision only adds a candidate that linking
    rejects. The type and place part is hashed once per place key, the day added last."""
    days = range(start.toordinal(), end.toordinal() + 1)
    keys = set()
    for key in places:
        h = zlib.crc32(type_.encode())
        for part in (1 if key[0] == "g" else 2, *key[1:]):
            h = (h * 1_000_003 + part) & _MASK
        for day in days:
            k = (h * 1_000_003 + day) & _MASK
            keys.add(k - (1 << 64) if k >> 63 else k)
    return keys
