"""Which names the gazetteer index holds, in memory: a name it does not hold needs no SQL query.

Most gazetteer lookups of a document miss (a capitalised word after 'in' that is no place, the
skeleton of a person's name): over 1,200 bench articles, 70k of 77k queries returned nothing. The
filter keeps the 64-bit hash of every key and every skeleton of the `name` table (sorted NumPy
arrays, about 13 MB for the bundled index) and the keys of first-level regions. It only answers
"certainly absent" or "maybe present": on "maybe" the lookup runs its query as before, so every
result is the same as without the filter. Hashes are Python's `hash`, valid in the process that
built them (the Gazetteer builds its filter again after a fork or unpickling).
"""
from __future__ import annotations

import sqlite3
from bisect import bisect_left
from typing import Iterable, Optional

import numpy as np

MAX_ROWS = 3_000_000     # a larger (custom GeoNames) index is queried without a filter: loading it would cost more


class KeyFilter:
    def __init__(self, db: sqlite3.Connection):
        rows = db.execute("SELECT key, skel, id FROM name").fetchall()        # one scan (about 1 s)
        self.keys = _hashes(k for k, _, _ in rows)
        self.skeletons = _hashes(s for _, s, _ in rows)
        regions = {i for (i,) in db.execute("SELECT id FROM place WHERE level = 1")}
        self._admin1_set = frozenset(k for k, _, i in rows if i in regions and k is not None)
        self.admin1_keys = sorted(self._admin1_set)

    def may_hold(self, column: str, value: str) -> bool:
        """False when no row of `name` has `value` in `column` ("key" or "skel")."""
        return _contains(self.keys if column == "key" else self.skeletons, value)

    def may_hold_admin1(self, low: str, high: str, forms: tuple[str, ...]) -> bool:
        """False when no first-level region has a key in [low, high) or among `forms`."""
        i = bisect_left(self.admin1_keys, low)
        return (i < len(self.admin1_keys) and self.admin1_keys[i] < high) or any(f in self._admin1_set for f in forms)


def build_filter(db: sqlite3.Connection) -> Optional[KeyFilter]:
    """The filter of the index behind `db`, or None for an index too large to hold in memory."""
    size = db.execute("SELECT MAX(rowid) FROM name").fetchone()[0] or 0
    return KeyFilter(db) if size <= MAX_ROWS else None


def _hashes(values: Iterable[Optional[str]]) -> np.ndarray:
    return np.sort(np.fromiter((hash(v) for v in values if v is not None), dtype=np.int64))   # (np.unique: 40x slower)


def _contains(hashes: np.ndarray, value: str) -> bool:
    h = hash(value)
    i = int(hashes.searchsorted(h))
    return i < len(hashes) and int(hashes[i]) == h
