"""TIMEX-style values ("2022-09-13", "2022-09", "2022-SP", "2022-W37", "2022") -> date intervals.

The store files every event under a [start, end] interval so that filters (--since/--until) and
incident linking can compare dates of any precision. Values that name no calendar interval
(durations "P15D", sets, "PAST_REF") give None.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Optional

# Seasons as northern-hemisphere month ranges (TIMEX3 season codes: SP, SU, FA/AU, WI).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 2)}
# Quarters and halves (TIMEX3 Q1..Q4, H1, H2).
PART_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_PART = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI|Q[1-4]|H[12])$")
_YEAR = re.compile(r"^(\d{4})$")


def date_interval(value: Optional[str]) -> Optional[tuple[date, date]]:
    """The first and last day the value covers, or None when it is not a calendar date."""
    if not value:
        return None
    try:
        return _interval(value.strip())
    except ValueError:      # e.g. "2022-02-30": a malformed value is no date, not a crash
        return None


def _interval(v: str) -> Optional[tuple[date, date]]:
    if m := _DAY.match(v):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := _MONTH.match(v):
        return _months(int(m[1]), int(m[2]), int(m[2]))
    if m := _WEEK.match(v):
        start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return start, start + timedelta(days=6)
    if m := _PART.match(v):
        first, last = SEASON_MONTHS.get(m[2]) or PART_MONTHS[m[2]]
        if first > last:                  # winter runs into the next year
            return date(int(m[1]), first, 1), _months(int(m[1]) + 1, last, last)[1]
        return _months(int(m[1]), first, last)
    if m := _YEAR.match(v):
        return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    return None


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def precision_of(start: date, end: date) -> str:
    """day | week | month | season | year | range, from the length of an interval."""
    days = (end - start).days + 1
    if days == 1:
        return "day"
    if days <= 7:
        return "week"
    if days <= 31:
        return "month"
    if days <= 92:
        return "season"
    return "year" if days <= 366 else "range"
