"""TIMEX3 values: the Timex record, the context of normalisation, and value helpers."""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable, NamedTuple, Optional

from newsgraph.data.time_lexicon import UNITS


class Timex(NamedTuple):
    value: Optional[str]
    type: str
    granularity: Optional[str]
    anchor: str = "none"          # published | text | none


class Ctx(NamedTuple):
    published: Optional[dt.date]
    tense: Optional[str]          # past | present | future | None


Handler = Callable[[re.Match, Ctx], Timex]
UNRESOLVED = Timex(None, "DATE", None)


def group(m: re.Match, name: str) -> Optional[str]:
    return m.groupdict().get(name)


def relative(value: Optional[str], type_: str, gran: Optional[str]) -> Timex:
    return Timex(value, type_, gran, "published" if value and "X" not in value else "none")


def unit_of(word: str) -> tuple[str, str, bool]:
    key = word.lower().rstrip("s") if not word.lower().startswith("centur") else "century"
    return UNITS.get(key, UNITS.get(key.rstrip("e"), ("D", "day", False)))


FRACTION = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "M_": ("S", 60)}


def duration_value(n: Optional[float], unit: str, is_time: bool) -> str:
    scale = {"DE": (10, "Y"), "CE": (100, "Y"), "Q": (3, "M"), "WE": (2, "D")}
    if unit in scale:
        factor, unit = scale[unit]
        n = None if n is None else n * factor
    key = "M_" if is_time and unit == "M" else unit         # minutes, not months
    if n is not None and n != int(n) and key in FRACTION:
        small, factor = FRACTION[key]
        whole, part = int(n), round((n - int(n)) * factor)
        t = "T" if is_time or small == "H" else ""
        return f"P{'T' if is_time else ''}{whole}{unit}{t if not is_time else ''}{part}{small}"
    amount = "X" if n is None else (str(int(n)) if n == int(n) else f"{n:g}")
    return f"P{'T' if is_time else ''}{amount}{unit}"


# --- handlers, one per rule -------------------------------------------------------------
