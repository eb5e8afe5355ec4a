"""Calendar arithmetic for TIMEX3 values: shifting by units, choosing the year or the
occurrence of a weekday, month, quarter or season relative to a reference date."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from newsgraph.data.time_lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS

# a calendar date (no year) in a past clause may lie this many days ahead: AP style drops the
# current year, and past verbs often set dates to come ("set Nov. 10 as the deadline")
DATE_GRACE_PAST = 31
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}   # northern meteorological seasons


def month_number(word: str) -> Optional[int]:
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS.get(key[:4]) or MONTHS.get(key[:3])


def weekday_number(word: str) -> Optional[int]:
    key = word.lower()
    return WEEKDAYS.get(key.rstrip("."))


def number_value(text: str) -> Optional[float]:
    """'15' -> 15, 'twenty-four' -> 24, 'a' -> 1; None for vague quantities ('several')."""
    t = " ".join(text.lower().replace("-", " ").split())
    t = t[:-3] if t.endswith(" of") else t                      # "a couple of"
    t = t[2:] if t.startswith("a ") and t[2:] in NUMBER_WORDS else t
    if t.endswith(" 1/2") or t.endswith(" and a half"):
        whole = number_value(t.rsplit(" ", 1)[0] if t.endswith("1/2") else t[:-11])
        return None if whole is None else whole + 0.5
    try:
        return float(t)
    except ValueError:
        pass
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    if t == "half a":
        return 0.5
    parts = t.split()
    if len(parts) == 2 and all(p in NUMBER_WORDS for p in parts):
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None


def iso_week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def weekday_occurrence(ref: dt.date, weekday: int, direction: str) -> dt.date:
    """The `weekday` (0=Monday) nearest `ref` in `direction`:
    back (on or before), forward (on or after), before (strictly), after (strictly)."""
    delta = (ref.weekday() - weekday) % 7
    if direction == "back":
        return ref - dt.timedelta(days=delta)
    if direction == "before":
        return ref - dt.timedelta(days=delta or 7)
    ahead = (weekday - ref.weekday()) % 7
    if direction == "after":
        ahead = ahead or 7
    return ref + dt.timedelta(days=ahead)


def year_for_month(ref: dt.date, month: int, tense: Optional[str]) -> int:
    """The year of a month named without one: the past for past tense, the future for future,
    else the nearest."""
    if tense == "past":
        return ref.year - 1 if month > ref.month else ref.year
    if tense == "future":
        return ref.year + 1 if month < ref.month else ref.year
    now = ref.year * 12 + ref.month          # half a year either way: the past one
    return min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: (abs(y * 12 + month - now), y * 12 + month > now))


def year_for_day(ref: dt.date, month: int, day: int, tense: Optional[str],
                 weekday: Optional[int] = None) -> Optional[int]:
    """The year of a day named without one: its weekday when given, then tense, then nearness."""
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if weekday is not None and any(c.weekday() == weekday for c in candidates):
        candidates = [c for c in candidates if c.weekday() == weekday]
    date = occurrence(ref, candidates, tense, DATE_GRACE_PAST)
    return date.year if date else None


def occurrence(ref: dt.date, candidates: list[dt.date], tense: Optional[str],
               grace_past: int = 1) -> Optional[dt.date]:
    """The candidate date meant: the nearest to ref on the side of the tense (last/next: strictly);
    a past one may lie up to `grace_past` days after ref."""
    if tense == "last":
        return max((c for c in candidates if c < ref), default=None)
    if tense == "next":
        return min((c for c in candidates if c > ref), default=None)
    if not candidates:
        return None
    if tense == "past":
        past = [c for c in candidates if c <= ref + dt.timedelta(days=grace_past)]
        candidates = past or candidates
    elif tense == "future":
        future = [c for c in candidates if c >= ref - dt.timedelta(days=1)]
        candidates = future or candidates
    return min(candidates, key=lambda c: abs((c - ref).days))


def month_for_day(ref: dt.date, day: int, tense: Optional[str],
                  weekday: Optional[int] = None) -> Optional[dt.date]:
    """The date of a day of the month named alone ('on the 29th'): in ref's month, the month
    before for a past day after ref, the month after for a future day before ref; a weekday
    given with it picks among the three months."""
    months = ref.year * 12 + ref.month - 1
    dates = {}
    for n in (-1, 0, 1):
        year, month = divmod(months + n, 12)
        try:
            dates[n] = dt.date(year, month + 1, day)
        except ValueError:
            continue
    if weekday is not None:
        dates = {n: d for n, d in dates.items() if d.weekday() == weekday} or dates
    preferred = 0
    if tense == "past" and day > ref.day + 1:
        preferred = -1
    elif tense == "future" and day < ref.day:
        preferred = 1
    if not dates:
        return None
    return dates.get(preferred) or min(dates.values(), key=lambda d: abs((d - ref).days))


def shift(ref: dt.date, n: int, unit: str) -> Optional[str]:
    """The TIMEX3 value of the `unit` (D, W, M, Q, Y, DE, CE) that lies n units from ref."""
    if unit == "D":
        return (ref + dt.timedelta(days=n)).isoformat()
    if unit in ("W", "WE"):
        value = iso_week(ref + dt.timedelta(weeks=n))
        return value + "-WE" if unit == "WE" else value
    if unit == "M":
        months = ref.year * 12 + ref.month - 1 + n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit == "Q":
        quarters = ref.year * 4 + quarter_of(ref) - 1 + n
        return f"{quarters // 4:04d}-Q{quarters % 4 + 1}"
    if unit == "Y":
        return f"{ref.year + n:04d}"
    if unit == "DE":
        return f"{ref.year // 10 + n:03d}"
    if unit == "CE":
        return f"{ref.year // 100 + n:02d}"
    return None


def season_occurrence(ref: dt.date, code: str, which: str) -> int:
    """The year of season `code` relative to ref: which = this | last | next | past | future."""
    start_month = SEASON_START[code]
    # the season that contains ref
    cur_year = ref.year - 1 if ref.month < 3 else ref.year
    cur_code = {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}.get(
        ref.month, "WI")
    started_this_year = dt.date(ref.year, start_month, 1) <= ref
    if which == "this":
        return cur_year if code == "WI" and cur_code == "WI" else ref.year
    if which in ("past", "last"):
        year = ref.year if started_this_year else ref.year - 1
        if which == "last" and (year, code) == (cur_year, cur_code):
            year -= 1
        return year
    return ref.year if not started_this_year else ref.year + 1
