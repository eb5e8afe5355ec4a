"""Handlers of the rules that name a point or period of the calendar: days, months, seasons,
quarters, years, clock times, holidays, and expressions anchored to an earlier date of the text."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from newsgraph.data.time_lexicon import CENTURY_ORDINALS, DECADE_WORDS, DEICTIC_DAYS, HOLIDAYS, ORDINALS, PARTS_OF_DAY, REFERENCES, SEASONS
from newsgraph.time import calendar as cal
from newsgraph.time.patterns import RULES
from newsgraph.time.values import UNRESOLVED, Ctx, Timex, group, relative, unit_of


def iso(m: re.Match, ctx: Ctx) -> Timex:
    value = f"{m['year']}-{m['mo']}-{m['day']}"
    if m["hh"]:
        return Timex(f"{value}T{m['hh']}:{m['mm']}", "TIME", "minute")
    return Timex(value, "DATE", "day")


def numeric(m: re.Match, ctx: Ctx) -> Timex:
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    month, day = (b, a) if (a > 12 or "." in m.group(0)) else (a, b)
    year = int(y)
    if len(y) == 2:
        pivot = (ctx.published.year % 100 + 1) if ctx.published else 50
        year += 1900 if year > pivot else 2000
    return _day_value(year, month, day)


def _day_value(year: Optional[int], month: Optional[int], day: int, anchor: str = "none") -> Timex:
    if not month or not 1 <= day <= 31:
        return UNRESOLVED
    if year is None:
        return Timex(f"XXXX-{month:02d}-{day:02d}", "DATE", "day")
    try:
        return Timex(dt.date(year, month, day).isoformat(), "DATE", "day", anchor)
    except ValueError:
        return UNRESOLVED


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def month_day(m: re.Match, ctx: Ctx) -> Timex:
    month, day = cal.month_number(m["month"]), int(m["day"])
    if m["year"]:
        return _day_value(int(m["year"]), month, day)
    if not ctx.published or not month:
        return _day_value(None, month, day)
    weekday = cal.weekday_number(m["weekday"]) if group(m, "weekday") else None
    tense = {"last": "past", "next": "future"}.get((group(m, "rel") or "").lower(), ctx.tense)
    year = cal.year_for_day(ctx.published, month, day, tense, weekday)
    return _day_value(year, month, day, "published") if year else UNRESOLVED


def day_ordinal(m: re.Match, ctx: Ctx) -> Timex:
    """'on the 29th': a day of the publication month or of the month next to it."""
    day = int(m["oday"])
    if not 1 <= day <= 31:
        return UNRESOLVED
    if not ctx.published:
        return Timex(f"XXXX-XX-{day:02d}", "DATE", "day")
    weekday = cal.weekday_number(m["weekday"]) if m["weekday"] else None
    date = cal.month_for_day(ctx.published, day, ctx.tense, weekday)
    return Timex(date.isoformat(), "DATE", "day", "published") if date else UNRESOLVED


def month_year(m: re.Match, ctx: Ctx) -> Timex:
    return Timex(f"{m['year']}-{cal.month_number(m['month']):02d}", "DATE", "month")


def month(m: re.Match, ctx: Ctx) -> Timex:
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
    return relative(f"{year:04d}-{month:02d}", "DATE", "month")


def the_unit(m: re.Match, ctx: Ctx) -> Timex:
    """'the year', 'the quarter', 'the weekend': the current one (the last complete quarter)."""
    unit, gran, _ = unit_of(m["unit"])
    if not ctx.published:
        return Timex(None, "DATE", gran)
    if unit == "Q":                  # "the current quarter" is the one under way
        back = 0 if (m["umod"] or "").lower() == "current" else -1
        return relative(cal.shift(ctx.published, back, "Q"), "DATE", gran)
    if unit == "WE":
        sat = cal.weekday_occurrence(ctx.published, 5, "forward" if ctx.tense == "future" else "back")
        return relative(cal.iso_week(sat) + "-WE", "DATE", gran)
    return relative(cal.shift(ctx.published, 0, unit), "DATE", gran)


def the_day(m: re.Match, ctx: Ctx) -> Timex:
    """'later in the day': the publication day here; the stage moves it to a day told just before."""
    if not ctx.published:
        return Timex(None, "DATE", "day")
    return relative(ctx.published.isoformat(), "DATE", "day")


def year_adj(m: re.Match, ctx: Ctx) -> Timex:
    if not ctx.published:
        return Timex(None, "DATE", "year")
    return relative(cal.shift(ctx.published, -1, "Y"), "DATE", "year")


_TEXT_UNITS = {"day": "D", "morning": "D", "afternoon": "D", "evening": "D", "night": "D",
               "week": "W", "month": "M", "year": "Y"}
_GRAN = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def text_rel(m: re.Match, ctx: Ctx) -> Timex:
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


def decade(m: re.Match, ctx: Ctx) -> Timex:
    """'the 1980s'; "the '80s" and 'the eighties' in the publication's century, or the one
    before when that decade has not begun yet ("the '80s" written in 1989 is the 1980s)."""
    d = m["decade"] or ""
    if not d[:1].isdigit():
        tens = int(d[1]) if d else DECADE_WORDS[m["dword"].lower()]
        year = ctx.published.year if ctx.published else 1999
        d = f"{year // 100 - (tens * 10 > year % 100)}{tens}0"
    return Timex(d[:3], "DATE", "decade")


def century(m: re.Match, ctx: Ctx) -> Timex:
    n = int(m["cent"]) if m["cent"] else CENTURY_ORDINALS[m["centword"].lower()]
    return Timex(f"{n - 1:02d}", "DATE", "century")


def year(m: re.Match, ctx: Ctx) -> Timex:
    return Timex(m["year"], "DATE", "year")


def spoken_year(m: re.Match, ctx: Ctx) -> Timex:
    """'nineteen ninety-six' -> 1996, 'January nineteen ninety-seven' -> 1997-01, 'the winter of
    nineteen ninety-four' -> 1994-WI; 'two thousand' alone is no year."""
    words = m["spoken"].lower().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        if not (m["month"] or m["season"] or m["theyear"]):
            return UNRESOLVED
        rest = [w for w in words[2:] if w != "and"]
        year = 2000 + int(cal.number_value(" ".join(rest)) or 0 if rest else 0)
    else:
        rest = " ".join(words[1:])
        year = int(cal.number_value(words[0])) * 100 + (0 if rest == "hundred" else int(cal.number_value(rest) or 0))
    if m["month"]:
        return Timex(f"{year}-{cal.month_number(m['month']):02d}", "DATE", "month")
    if m["season"]:
        return Timex(f"{year}-{SEASONS[m['season'].lower()]}", "DATE", "season")
    return Timex(str(year), "DATE", "year")


def weekday(m: re.Match, ctx: Ctx) -> Timex:
    wd = cal.weekday_number(m["weekday"])
    if not ctx.published:
        return Timex(f"XXXX-WXX-{wd + 1}", "DATE", "day")
    rel = (group(m, "rel") or "").split()[-1:] or [""]
    direction = {"last": "before", "past": "before", "previous": "before", "next": "after",
                 "coming": "after"}.get(rel[0])
    if rel[0] == "this":
        direction = "forward" if wd >= ctx.published.weekday() else "back"
    direction = direction or ("forward" if ctx.tense == "future" else "back")
    day = cal.weekday_occurrence(ctx.published, wd, direction).isoformat()
    return relative(day, "DATE", "day")   # "Friday night": the day is what analysts join on


def _with_part(day: str, part: Optional[str]) -> Timex:
    if not part:
        return relative(day, "DATE", "day")
    sep = "T" if ":" in part or part.isdigit() else "T"
    return relative(f"{day}{sep}{part}", "TIME", "part_of_day")


def deictic(m: re.Match, ctx: Ctx) -> Timex:
    word = (group(m, "deictic") or group(m, "tonight") or group(m, "overnight") or m["cday"]).lower()
    part = "NI" if word in ("tonight", "overnight") else PARTS_OF_DAY.get((group(m, "part") or "").lower())
    if not ctx.published:
        return Timex(None, "TIME" if part else "DATE", "part_of_day" if part else "day")
    # "shelled overnight" in a morning report: the night before the publication day
    shift = (0 if ctx.tense == "future" else -1) if word == "overnight" else DEICTIC_DAYS[word]
    day = (ctx.published + dt.timedelta(days=shift)).isoformat()
    return _with_part(day, part)


def part_of_day(m: re.Match, ctx: Ctx) -> Timex:
    shift = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(m["rel"].lower(), 0)
    if not ctx.published:
        return Timex(None, "TIME", "part_of_day")
    day = (ctx.published + dt.timedelta(days=shift)).isoformat()
    return _with_part(day, PARTS_OF_DAY[m["part"].lower()])


def reference(m: re.Match, ctx: Ctx) -> Timex:
    key = " ".join(m["ref"].lower().split())
    return Timex(REFERENCES.get(key, REFERENCES.get(key.replace("the near ", "the "), "PRESENT_REF")),
                 "DATE", None, "published" if ctx.published else "none")


_REL_SHIFT = {"this": 0, "current": 0, "same": 0, "last": -1, "past": -1, "previous": -1,
              "next": 1, "coming": 1}


def rel_unit(m: re.Match, ctx: Ctx) -> Timex:
    unit, gran, is_time = unit_of(m["unit"])
    words = m["rel"].lower().split()
    shift = _REL_SHIFT.get(words[-1], 0)
    if words[0] == "this" and len(words) == 2:          # "this past week", "this coming week"
        shift = _REL_SHIFT.get(words[1], 0)
    if is_time:
        return Timex(None, "TIME", gran)
    if not ctx.published:
        return Timex(None, "DATE", gran)
    return relative(cal.shift(ctx.published, shift, unit), "DATE", gran)


def season(m: re.Match, ctx: Ctx) -> Timex:
    rel = (m["rel"] or "").lower().split()[-1:] or [""]
    which = {"this": "this", "current": "this", "last": "last", "past": "last", "previous": "last",
             "next": "next", "coming": "next"}.get(rel[0])
    return season_value(SEASONS[m["season"].lower()], m["year"], which, ctx)


def season_value(code: str, year: Optional[str], which: Optional[str], ctx: Ctx) -> Timex:
    """Season `code` (SP, SU, FA, WI) of `year`, else this/last/next one (`which`), else the one
    the tense points to."""
    if year:
        return Timex(f"{year}-{code}", "DATE", "season")
    if not ctx.published:
        return Timex(f"XXXX-{code}", "DATE", "season")
    which = which or {"past": "past", "future": "next"}.get(ctx.tense or "", "this")
    return relative(f"{cal.season_occurrence(ctx.published, code, which)}-{code}", "DATE", "season")


def quarter(m: re.Match, ctx: Ctx) -> Timex:
    q = int(m["qnum"]) if m["qnum"] else ORDINALS[m["qord"].lower()]
    if group(m, "year") or group(m, "qyear4"):
        return Timex(f"{m['year'] or m['qyear4']}-Q{q}", "DATE", "quarter")
    if not ctx.published:
        return Timex(f"XXXX-Q{q}", "DATE", "quarter")
    current = cal.quarter_of(ctx.published)
    year = ctx.published.year
    if m["qyear"] or m["qyear2"]:    # "the first quarter of next year", "next year's first quarter"
        year += {"last": -1, "this": 0, "next": 1}[(m["qyear"] or m["qyear2"]).lower()]
    elif (group(m, "rel") or "").lower() == "next":
        year += 1 if q <= current else 0
    elif ctx.tense == "future":     # "will report third-quarter results": the quarter just ended
        year += 1 if q < current - 1 else 0
    elif ctx.tense == "past" or q - current >= 4 - (q - current):
        year -= 1 if q > current else 0   # no tense: the nearer of this year's and last year's
    return relative(f"{year}-Q{q}", "DATE", "quarter")


def the_quarter(m: re.Match, ctx: Ctx) -> Timex:
    """'the latest quarter', 'the year-ago period'; 'the 1988 quarter' takes its quarter from the
    quarter in focus (see the stage), else it stands for the year."""
    if m["qyr"]:
        return Timex(m["qyr"], "DATE", "year")
    if not ctx.published:
        return Timex(None, "DATE", "quarter")
    back = 5 if "year" in m["qrel"].lower() else 1
    return relative(cal.shift(ctx.published, -back, "Q"), "DATE", "quarter")


def half(m: re.Match, ctx: Ctx) -> Timex:
    """'the first half of 1990' -> 1990-H1; 'the second half of next year'."""
    h = 1 if m["half"].lower() == "first" else 2
    if m["year"]:
        return Timex(f"{m['year']}-H{h}", "DATE", "half")
    if not ctx.published:
        return Timex(f"XXXX-H{h}", "DATE", "half")
    year = ctx.published.year + {"this": 0, "last": -1, "next": 1}[m["hrel"].lower()]
    return relative(f"{year}-H{h}", "DATE", "half")


def week_of(m: re.Match, ctx: Ctx) -> Timex:
    """'the week of March 6': the ISO week holding that day."""
    day = month_day(m, ctx).value
    return Timex(cal.iso_week(dt.date.fromisoformat(day)) if day and _DAY_VALUE.fullmatch(day) else None,
                 "DATE", "week", "published")


def period_before(m: re.Match, ctx: Ctx) -> Timex:
    """'the same period last year': the period in focus a year before (see the stage), else the
    year before publication."""
    if not ctx.published:
        return Timex(None, "DATE", "year")
    return relative(cal.shift(ctx.published, -1, "Y"), "DATE", "year")


def clock(m: re.Match, ctx: Ctx) -> Timex:
    day = ctx.published.isoformat() if ctx.published else "XXXX-XX-XX"
    if ctx.published and (m["weekday"] or m["cday"]):
        day = (weekday(m, ctx) if m["weekday"] else deictic(m, ctx)).value[:10]
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


def holiday(m: re.Match, ctx: Ctx) -> Timex:
    """'Christmas', 'last Thanksgiving', 'Easter week' (the ISO week holding Easter Sunday)."""
    timex = _holiday_day(m, ctx)
    if m["hweek"] and ctx.published and not m["year"]:   # told during that week: this one
        day = _holiday_date(" ".join(m["holiday"].lower().split()), ctx.published.year)
        if day and cal.iso_week(day) == cal.iso_week(ctx.published):
            timex = _holiday_timex(day, "published")
    if m["hweek"] and timex.value and _DAY_VALUE.fullmatch(timex.value):
        return timex._replace(value=cal.iso_week(dt.date.fromisoformat(timex.value)), granularity="week")
    return timex


def _holiday_day(m: re.Match, ctx: Ctx) -> Timex:
    name = " ".join(m["holiday"].lower().split())
    if m["year"]:
        return _holiday_timex(_holiday_date(name, int(m["year"])), "none")
    if not ctx.published:
        month_day = HOLIDAYS.get(name)
        return _day_value(None, *month_day) if month_day else Timex(None, "DATE", "day")
    rel = (group(m, "hrel") or "").lower()
    tense = {"last": "last", "next": "next", "this": None}.get(rel, ctx.tense)
    years = (ctx.published.year - 1, ctx.published.year, ctx.published.year + 1)
    dates = [d for d in (_holiday_date(name, y) for y in years) if d]
    return _holiday_timex(cal.occurrence(ctx.published, dates, tense), "published")


def _holiday_date(name: str, year: int) -> Optional[dt.date]:
    if name.startswith("thanksgiving"):                  # U.S.: fourth Thursday of November
        return cal.weekday_occurrence(dt.date(year, 11, 1), 3, "forward") + dt.timedelta(weeks=3)
    if name.startswith("easter"):
        return cal.easter(year)
    month, day = HOLIDAYS[name]
    return dt.date(year, month, day)


def _holiday_timex(date: Optional[dt.date], anchor: str) -> Timex:
    return Timex(date.isoformat(), "DATE", "day", anchor) if date else UNRESOLVED
