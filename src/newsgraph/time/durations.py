"""Handlers of the rules that count units: durations ('15 days'), distances in time
('two years ago'), vague spans ('for months') and frequencies ('daily', 'twice a year')."""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.data.time_lexicon import PARTS_OF_DAY, SEASONS, SET_WORDS
from newsgraph.time import calendar as cal
from newsgraph.time.values import UNRESOLVED, Ctx, Timex, duration_value, group, relative, unit_of


def recent_units(m: re.Match, ctx: Ctx) -> Timex:
    unit, gran, _ = unit_of(m["unit"])
    return Timex(f"PX{unit}", "DURATION", gran)


_CALENDAR_UNITS = ("Q", "Y")


def the_past_unit(m: re.Match, ctx: Ctx) -> Timex:
    unit, gran, is_time = unit_of(m["unit"])
    plural = m["unit"].lower().endswith("s")
    if unit in _CALENDAR_UNITS and not plural and m.group(0).lower().split()[1] != "coming":
        # "in the last quarter", "the past year": the calendar unit before this one, as TimeBank
        # and MEANTIME annotate them (a date, not a duration)
        return relative(cal.shift(ctx.published, -1, unit), "DATE", gran) if ctx.published \
            else Timex(None, "DATE", gran)
    return Timex(duration_value(None if plural else 1, unit, is_time), "DURATION", gran)


def count(m: re.Match) -> Optional[float]:
    return cal.number_value(m["num"])


def ago(m: re.Match, ctx: Ctx) -> Timex:
    unit, gran, is_time = unit_of(m["unit"])
    n = count(m)
    back = m["dir"].lower() in ("ago", "earlier")
    if is_time and m["dir"].lower() in ("earlier", "later"):
        return Timex(duration_value(n, unit, is_time), "DURATION", gran)
    if n is None:
        return Timex("PAST_REF" if back else "FUTURE_REF", "DATE", None)
    if not ctx.published or is_time or n != int(n):
        return Timex(None, "DATE", gran)
    return relative(cal.shift(ctx.published, int(-n if back else n), unit), "DATE", gran)


def duration_rule(m: re.Match, ctx: Ctx) -> Timex:
    unit, gran, is_time = unit_of(m["unit"])
    if group(m, "long") == "old":
        return UNRESOLVED
    n = count(m)
    if group(m, "uhalf") and n is not None:      # "a minute and a half"
        n += 0.5
    return Timex(duration_value(n, unit, is_time), "DURATION", gran)


def unit_long(m: re.Match, ctx: Ctx) -> Timex:
    unit, gran, is_time = unit_of(m["unit"])
    return Timex(duration_value(None if m["lplural"] else 1, unit, is_time), "DURATION", gran)


def bare_units(m: re.Match, ctx: Ctx) -> Timex:
    unit, gran, is_time = unit_of(m["unit"])
    return Timex(duration_value(None, unit, is_time), "DURATION", gran)


def set_rule(m: re.Match, ctx: Ctx) -> Timex:
    if m["setword"]:
        return Timex(SET_WORDS[m["setword"].lower()], "SET", None)
    if m["weekday"]:
        return Timex(f"XXXX-WXX-{cal.weekday_number(m['weekday']) + 1}", "SET", "day")
    if m["smonth"]:                  # "each July"
        return Timex(f"XXXX-{cal.month_number(m['smonth']):02d}", "SET", "month")
    if m["sseason"]:                 # "every summer"
        return Timex(f"XXXX-{SEASONS[m['sseason'].lower()]}", "SET", "season")
    unit, gran, is_time = unit_of(m["unit"])
    n = m["every_n"]
    count = 2 if n and n.lower() == "other" else (cal.number_value(n) if n else 1)
    return Timex(duration_value(count, unit, is_time), "SET", gran)


def weekday_set(m: re.Match, ctx: Ctx) -> Timex:
    part = PARTS_OF_DAY.get((m["sparts"] or "").lower(), "")
    return Timex(f"XXXX-WXX-{cal.weekday_number(m['wdays']) + 1}{'T' + part if part else ''}", "SET", "day")


def frequency(m: re.Match, ctx: Ctx) -> Timex:
    unit, gran, is_time = unit_of(m["unit"])
    return Timex(duration_value(1, unit, is_time), "SET", gran)
