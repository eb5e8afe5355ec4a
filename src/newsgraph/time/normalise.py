"""normalise_timex: one temporal expression -> its TIMEX3 value, type and granularity.

Pure: the value depends only on the expression's text, the publication date and the tense of
the clause. Relative expressions without a publication date get an unresolved TIMEX3 form
(XXXX-09, XXXX-WXX-3) or None, and anchor "none".
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable, NamedTuple, Optional

from newsgraph.data.time_lexicon import (DEICTIC_DAYS, HOLIDAYS, ORDINALS, PARTS_OF_DAY, REFERENCES,
                                         SEASONS, SET_WORDS, UNITS)
from newsgraph.time import calendar as cal
from newsgraph.time.patterns import RULES


class Timex(NamedTuple):
    value: Optional[str]
    type: str
    granularity: Optional[str]
    anchor: str = "none"          # published | text | none


class Ctx(NamedTuple):
    published: Optional[dt.date]
    tense: Optional[str]          # past | present | future | None


Handler = Callable[[re.Match, Ctx], Timex]
_UNRESOLVED = Timex(None, "DATE", None)


def normalise_timex(text: str, published: Optional[str | dt.date] = None,
                    tense: Optional[str] = None) -> tuple[Optional[str], str, Optional[str]]:
    """(value, type, granularity) of one temporal expression, e.g. ('2022-09-13', 'DATE', 'day')."""
    value, type_, granularity, _ = resolve_timex(text, published, tense)
    return value, type_, granularity


def resolve_timex(text: str, published: Optional[str | dt.date] = None,
                  tense: Optional[str] = None) -> Timex:
    """Like normalise_timex, with the anchor: 'published' when the value used that date."""
    pub = dt.date.fromisoformat(published[:10]) if isinstance(published, str) else published
    ctx = Ctx(pub, tense)
    text = " ".join(text.split())
    for rule in RULES:
        m = rule.search.fullmatch(text)
        if m:
            return HANDLERS[rule.name](m, ctx)
    # "on Tuesday", "for months": the expression after a preposition, which some rules need to see
    tail = [(m.start(), i, m) for i, rule in enumerate(RULES)
            for m in rule.search.finditer(text) if m.end() == len(text) and _PREPOSITION.fullmatch(text[:m.start()])]
    if tail:
        _, i, m = min(tail, key=lambda x: x[:2])
        return HANDLERS[RULES[i].name](m, ctx)
    return _UNRESOLVED


_PREPOSITION = re.compile(r"(?:(?:on|in|at|since|for|by|during|until|till|from|over|within|of|before|after)\s+)+",
                          re.IGNORECASE)


# --- helpers ------------------------------------------------------------------------

def _g(m: re.Match, name: str) -> Optional[str]:
    return m.groupdict().get(name)


def _relative(value: Optional[str], type_: str, gran: Optional[str]) -> Timex:
    return Timex(value, type_, gran, "published" if value and "X" not in value else "none")


def _unit(word: str) -> tuple[str, str, bool]:
    key = word.lower().rstrip("s") if not word.lower().startswith("centur") else "century"
    return UNITS.get(key, UNITS.get(key.rstrip("e"), ("D", "day", False)))


_FRACTION = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "M_": ("S", 60)}


def _duration(n: Optional[float], unit: str, is_time: bool) -> str:
    scale = {"DE": (10, "Y"), "CE": (100, "Y"), "Q": (3, "M"), "WE": (2, "D")}
    if unit in scale:
        factor, unit = scale[unit]
        n = None if n is None else n * factor
    if n is not None and n != int(n) and unit in _FRACTION:
        small, factor = _FRACTION[unit]
        whole, part = int(n), round((n - int(n)) * factor)
        t = "T" if is_time or small == "H" else ""
        return f"P{'T' if is_time else ''}{whole}{unit}{t if not is_time else ''}{part}{small}"
    amount = "X" if n is None else (str(int(n)) if n == int(n) else f"{n:g}")
    return f"P{'T' if is_time else ''}{amount}{unit}"


# --- handlers, one per rule -------------------------------------------------------------

def _iso(m: re.Match, ctx: Ctx) -> Timex:
    value = f"{m['year']}-{m['mo']}-{m['day']}"
    if m["hh"]:
        return Timex(f"{value}T{m['hh']}:{m['mm']}", "TIME", "minute")
    return Timex(value, "DATE", "day")


def _numeric(m: re.Match, ctx: Ctx) -> Timex:
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    month, day = (b, a) if (a > 12 or "." in m.group(0)) else (a, b)
    year = int(y)
    if len(y) == 2:
        pivot = (ctx.published.year % 100 + 1) if ctx.published else 50
        year += 1900 if year > pivot else 2000
    return _day_value(year, month, day)


def _day_value(year: Optional[int], month: Optional[int], day: int, anchor: str = "none") -> Timex:
    if not month or not 1 <= day <= 31:
        return _UNRESOLVED
    if year is None:
        return Timex(f"XXXX-{month:02d}-{day:02d}", "DATE", "day")
    try:
        return Timex(dt.date(year, month, day).isoformat(), "DATE", "day", anchor)
    except ValueError:
        return _UNRESOLVED


def _month_day(m: re.Match, ctx: Ctx) -> Timex:
    month, day = cal.month_number(m["month"]), int(m["day"])
    if m["year"]:
        return _day_value(int(m["year"]), month, day)
    if not ctx.published or not month:
        return _day_value(None, month, day)
    weekday = cal.weekday_number(m["weekday"]) if m["weekday"] else None
    tense = {"last": "past", "next": "future"}.get((_g(m, "rel") or "").lower(), ctx.tense)
    year = cal.year_for_day(ctx.published, month, day, tense, weekday)
    return _day_value(year, month, day, "published") if year else _UNRESOLVED


def _month_year(m: re.Match, ctx: Ctx) -> Timex:
    return Timex(f"{m['year']}-{cal.month_number(m['month']):02d}", "DATE", "month")


def _month(m: re.Match, ctx: Ctx) -> Timex:
    month = cal.month_number(m["month"])
    if not ctx.published:
        return Timex(f"XXXX-{month:02d}", "DATE", "month")
    rel = (m["rel"] or "").lower().split()[-1:] or [""]
    pub = ctx.published
    if m["ryear"]:
        year = pub.year + {"last": -1, "this": 0, "next": 1}[m["ryear"]]
    elif rel[0] in ("last", "past", "previous"):
        year = pub.year if month < pub.month else pub.year - 1
    elif rel[0] in ("next", "coming"):
        year = pub.year if month > pub.month else pub.year + 1
    elif rel[0] == "this":
        year = pub.year
    else:
        year = cal.year_for_month(pub, month, ctx.tense)
    return _relative(f"{year:04d}-{month:02d}", "DATE", "month")


def _the_unit(m: re.Match, ctx: Ctx) -> Timex:
    """'the year', 'the quarter', 'the weekend': the current one (the last complete quarter)."""
    unit, gran, _ = _unit(m["unit"])
    if not ctx.published:
        return Timex(None, "DATE", gran)
    if unit == "Q":
        return _relative(cal.shift(ctx.published, -1, "Q"), "DATE", gran)
    if unit == "WE":
        sat = cal.weekday_occurrence(ctx.published, 5, "forward" if ctx.tense == "future" else "back")
        return _relative(cal.iso_week(sat) + "-WE", "DATE", gran)
    return _relative(cal.shift(ctx.published, 0, unit), "DATE", gran)


def _year_adj(m: re.Match, ctx: Ctx) -> Timex:
    if not ctx.published:
        return Timex(None, "DATE", "year")
    return _relative(cal.shift(ctx.published, -1, "Y"), "DATE", "year")


_TEXT_UNITS = {"day": "D", "morning": "D", "afternoon": "D", "evening": "D", "night": "D",
               "week": "W", "month": "M", "year": "Y"}
_GRAN = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def _text_rel(m: re.Match, ctx: Ctx) -> Timex:
    """'the next day', 'that year': anchored to a date given earlier in the text (see anchor_to_text)."""
    return Timex(None, "DATE", _GRAN[_TEXT_UNITS[m["tunit"].lower()]], "text")


def anchor_to_text(expression: str, anchor: str) -> Optional[str]:
    """The value of a text-anchored expression ('the next day') given the anchor's TIMEX3 value."""
    m = next((r.search.fullmatch(" ".join(expression.split())) for r in RULES if r.name == "text_rel"), None)
    if not m:
        return None
    unit = _TEXT_UNITS[m["tunit"].lower()]
    need = {"D": 10, "W": 10, "M": 7, "Y": 4}[unit]
    if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", anchor[:10]) or len(anchor[:10]) < need:
        return None
    ref = dt.date.fromisoformat((anchor[:10] + "-01-01"[len(anchor[:10]) - 4:])[:10])
    step = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}.get((m["trel"] or "").lower(), 0)
    return cal.shift(ref, step, unit)


def _decade(m: re.Match, ctx: Ctx) -> Timex:
    d = m["decade"]
    if d.startswith("'"):
        century = "19" if not ctx.published or int(d[1]) * 10 > ctx.published.year % 100 else "20"
        d = century + d[1:]
    return Timex(d[:3], "DATE", "decade")


def _century(m: re.Match, ctx: Ctx) -> Timex:
    return Timex(f"{int(m['cent']) - 1:02d}", "DATE", "century")


def _year(m: re.Match, ctx: Ctx) -> Timex:
    return Timex(m["year"], "DATE", "year")


def _weekday(m: re.Match, ctx: Ctx) -> Timex:
    wd = cal.weekday_number(m["weekday"])
    if not ctx.published:
        return Timex(f"XXXX-WXX-{wd + 1}", "DATE", "day")
    rel = (_g(m, "rel") or "").split()[-1:] or [""]
    direction = {"last": "before", "past": "before", "previous": "before", "next": "after",
                 "coming": "after"}.get(rel[0])
    if rel[0] == "this":
        direction = "forward" if wd >= ctx.published.weekday() else "back"
    direction = direction or ("forward" if ctx.tense == "future" else "back")
    day = cal.weekday_occurrence(ctx.published, wd, direction).isoformat()
    return _relative(day, "DATE", "day")   # "Friday night": the day is what analysts join on


def _with_part(day: str, part: Optional[str]) -> Timex:
    if not part:
        return _relative(day, "DATE", "day")
    sep = "T" if ":" in part or part.isdigit() else "T"
    return _relative(f"{day}{sep}{part}", "TIME", "part_of_day")


def _deictic(m: re.Match, ctx: Ctx) -> Timex:
    word = (_g(m, "deictic") or _g(m, "tonight") or m["cday"]).lower()
    part = "NI" if word == "tonight" else PARTS_OF_DAY.get((_g(m, "part") or "").lower())
    if not ctx.published:
        return Timex(None, "TIME" if part else "DATE", "part_of_day" if part else "day")
    day = (ctx.published + dt.timedelta(days=DEICTIC_DAYS[word])).isoformat()
    return _with_part(day, part)


def _part_of_day(m: re.Match, ctx: Ctx) -> Timex:
    shift = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(m["rel"].lower(), 0)
    if not ctx.published:
        return Timex(None, "TIME", "part_of_day")
    day = (ctx.published + dt.timedelta(days=shift)).isoformat()
    return _with_part(day, PARTS_OF_DAY[m["part"].lower()])


def _reference(m: re.Match, ctx: Ctx) -> Timex:
    key = " ".join(m["ref"].lower().split())
    return Timex(REFERENCES.get(key, REFERENCES.get(key.replace("the near ", "the "), "PRESENT_REF")),
                 "DATE", None, "published" if ctx.published else "none")


def _recent_units(m: re.Match, ctx: Ctx) -> Timex:
    unit, gran, _ = _unit(m["unit"])
    return Timex(f"PX{unit}", "DURATION", gran)


_REL_SHIFT = {"this": 0, "current": 0, "same": 0, "last": -1, "past": -1, "previous": -1,
              "next": 1, "coming": 1}


def _rel_unit(m: re.Match, ctx: Ctx) -> Timex:
    unit, gran, is_time = _unit(m["unit"])
    words = m["rel"].lower().split()
    shift = _REL_SHIFT.get(words[-1], 0)
    if words[0] == "this" and len(words) == 2:          # "this past week", "this coming week"
        shift = _REL_SHIFT.get(words[1], 0)
    if is_time:
        return Timex(None, "TIME", gran)
    if not ctx.published:
        return Timex(None, "DATE", gran)
    return _relative(cal.shift(ctx.published, shift, unit), "DATE", gran)


def _the_past_unit(m: re.Match, ctx: Ctx) -> Timex:
    unit, gran, is_time = _unit(m["unit"])
    plural = m["unit"].lower().endswith("s")
    return Timex(_duration(None if plural else 1, unit, is_time), "DURATION", gran)


def _count(m: re.Match) -> Optional[float]:
    return cal.number_value(m["num"])


def _ago(m: re.Match, ctx: Ctx) -> Timex:
    unit, gran, is_time = _unit(m["unit"])
    n = _count(m)
    back = m["dir"].lower() in ("ago", "earlier")
    if is_time and m["dir"].lower() in ("earlier", "later"):
        return Timex(_duration(n, unit, is_time), "DURATION", gran)
    if n is None:
        return Timex("PAST_REF" if back else "FUTURE_REF", "DATE", None)
    if not ctx.published or is_time or n != int(n):
        return Timex(None, "DATE", gran)
    return _relative(cal.shift(ctx.published, int(-n if back else n), unit), "DATE", gran)


def _duration_rule(m: re.Match, ctx: Ctx) -> Timex:
    unit, gran, is_time = _unit(m["unit"])
    if _g(m, "long") == "old":
        return _UNRESOLVED
    return Timex(_duration(_count(m), unit, is_time), "DURATION", gran)


def _bare_units(m: re.Match, ctx: Ctx) -> Timex:
    unit, gran, is_time = _unit(m["unit"])
    return Timex(_duration(None, unit, is_time), "DURATION", gran)


def _season(m: re.Match, ctx: Ctx) -> Timex:
    code = SEASONS[m["season"].lower()]
    if m["year"]:
        return Timex(f"{m['year']}-{code}", "DATE", "season")
    if not ctx.published:
        return Timex(f"XXXX-{code}", "DATE", "season")
    rel = (m["rel"] or "").lower().split()[-1:] or [""]
    which = {"this": "this", "current": "this", "last": "last", "past": "last", "previous": "last",
             "next": "next", "coming": "next"}.get(rel[0])
    which = which or {"past": "past", "future": "next"}.get(ctx.tense or "", "this")
    return _relative(f"{cal.season_occurrence(ctx.published, code, which)}-{code}", "DATE", "season")


def _quarter(m: re.Match, ctx: Ctx) -> Timex:
    q = int(m["qnum"]) if m["qnum"] else ORDINALS[m["qord"].lower()]
    if _g(m, "year") or _g(m, "qyear4"):
        return Timex(f"{m['year'] or m['qyear4']}-Q{q}", "DATE", "quarter")
    if not ctx.published:
        return Timex(f"XXXX-Q{q}", "DATE", "quarter")
    current = cal.quarter_of(ctx.published)
    year = ctx.published.year
    if m["qyear"]:
        year += {"last": -1, "this": 0, "next": 1}[m["qyear"].lower()]
    elif ctx.tense == "future" or (_g(m, "rel") or "").lower() == "next":
        year += 1 if q < current else 0
    else:
        year -= 1 if q > current else 0
    return _relative(f"{year}-Q{q}", "DATE", "quarter")


def _the_quarter(m: re.Match, ctx: Ctx) -> Timex:
    if not ctx.published:
        return Timex(None, "DATE", "quarter")
    back = 5 if "year" in m["qrel"].lower() else 1
    return _relative(cal.shift(ctx.published, -back, "Q"), "DATE", "quarter")


def _clock(m: re.Match, ctx: Ctx) -> Timex:
    day = ctx.published.isoformat() if ctx.published else "XXXX-XX-XX"
    if ctx.published and (m["weekday"] or m["cday"]):
        day = (_weekday(m, ctx) if m["weekday"] else _deictic(m, ctx)).value[:10]
    if m["noon"]:
        hhmm = "12:00" if m["noon"].lower() == "noon" else "24:00"
    else:
        hh, mm = int(m["hh"] or m["hh24"]), int(m["mm"] or m["mm24"] or 0)
        if m["ampm"]:
            hh = hh % 12 + (12 if m["ampm"].lower() == "p" else 0)
        hhmm = f"{hh:02d}:{mm:02d}"
        hhmm += "Z" if (m["tz"] or m["tz24"] or "") in ("UTC", "GMT") else ""
    anchor = "published" if ctx.published else "none"
    return Timex(f"{day}T{hhmm}", "TIME", "minute", anchor)


def _set(m: re.Match, ctx: Ctx) -> Timex:
    if m["setword"]:
        return Timex(SET_WORDS[m["setword"].lower()], "SET", None)
    if m["weekday"]:
        return Timex(f"XXXX-WXX-{cal.weekday_number(m['weekday']) + 1}", "SET", "day")
    unit, gran, is_time = _unit(m["unit"])
    n = m["every_n"]
    count = 2 if n and n.lower() == "other" else (cal.number_value(n) if n else 1)
    return Timex(_duration(count, unit, is_time), "SET", gran)


def _frequency(m: re.Match, ctx: Ctx) -> Timex:
    unit, gran, is_time = _unit(m["unit"])
    return Timex(_duration(1, unit, is_time), "SET", gran)


def _holiday(m: re.Match, ctx: Ctx) -> Timex:
    name = " ".join(m["holiday"].lower().split())
    if name.startswith("thanksgiving"):                  # U.S.: fourth Thursday of November
        year = int(m["year"]) if m["year"] else (ctx.published.year if ctx.published else None)
        if year is None:
            return Timex(None, "DATE", "day")
        day = cal.weekday_occurrence(dt.date(year, 11, 1), 3, "forward") + dt.timedelta(weeks=3)
        return Timex(day.isoformat(), "DATE", "day", "none" if m["year"] else "published")
    month, day = HOLIDAYS[name]
    if m["year"]:
        return _day_value(int(m["year"]), month, day)
    if not ctx.published:
        return _day_value(None, month, day)
    year = cal.year_for_day(ctx.published, month, day, ctx.tense)
    return _day_value(year, month, day, "published")


HANDLERS: dict[str, Handler] = {
    "iso": _iso, "numeric": _numeric, "month_day": _month_day, "day_month": _month_day,
    "month_year": _month_year, "month": _month, "decade": _decade, "century": _century, "year": _year,
    "weekday": _weekday, "weekday_part": _weekday, "deictic": _deictic, "part_of_day": _part_of_day,
    "reference": _reference, "recent_units": _recent_units, "rel_unit": _rel_unit,
    "the_past_unit": _the_past_unit, "the_unit": _the_unit, "year_adj": _year_adj, "ago": _ago, "duration": _duration_rule, "bare_units": _bare_units,
    "season": _season, "quarter": _quarter, "the_quarter": _the_quarter, "clock": _clock, "set": _set,
    "holiday": _holiday, "text_rel": _text_rel, "frequency": _frequency,
}
