"""normalise_timex: one temporal expression -> its TIMEX3 value, type and granularity.

Pure: the value depends only on the expression's text, the publication date and the tense of
the clause. Relative expressions without a publication date get an unresolved TIMEX3 form
(XXXX-09, XXXX-WXX-3) or None, and anchor "none".
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from newsgraph.time import dates as d
from newsgraph.time import durations as u
from newsgraph.time.dates import anchor_to_text
from newsgraph.time.patterns import RULES
from newsgraph.time.values import UNRESOLVED, Ctx, Handler, Timex

__all__ = ["normalise_timex", "resolve_timex", "anchor_to_text", "Timex", "Ctx", "HANDLERS"]


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
    return UNRESOLVED


_PREPOSITION = re.compile(r"(?:(?:on|in|at|since|for|by|during|until|till|from|over|within|of|before|after)\s+)+",
                          re.IGNORECASE)



HANDLERS: dict[str, Handler] = {
    "iso": d.iso, "numeric": d.numeric, "month_day": d.month_day, "day_month": d.month_day, "day_ordinal": d.day_ordinal,
    "month_year": d.month_year, "month": d.month, "decade": d.decade, "century": d.century, "year": d.year, "spoken_year": d.spoken_year,
    "weekday": d.weekday, "weekday_part": d.weekday, "deictic": d.deictic, "part_of_day": d.part_of_day,
    "reference": d.reference, "rel_unit": d.rel_unit, "the_unit": d.the_unit, "the_day": d.the_day, "year_adj": d.year_adj,
    "season": d.season, "quarter": d.quarter, "the_quarter": d.the_quarter, "period_before": d.period_before, "half": d.half, "week_of": d.week_of, "clock": d.clock,
    "holiday": d.holiday, "text_rel": d.text_rel,
    "recent_units": u.recent_units, "the_past_unit": u.the_past_unit, "ago": u.ago, "duration": u.duration_rule,
    "bare_units": u.bare_units, "unit_long": u.unit_long, "set": u.set_rule, "weekday_set": u.weekday_set, "frequency": u.frequency,
}
