"""The time stage: find temporal expressions in the text and normalise them (TIMEX3 values)."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Callable, NamedTuple, Optional

from newsgraph.model import Document, TimeExpr
from newsgraph.time import calendar as cal
from newsgraph.time import french
from newsgraph.time.normalise import HANDLERS, Ctx, Timex, anchor_to_text
from newsgraph.time.patterns import RULES, Rule
from newsgraph.time.tense import modifies_noun, tense_at

# a four-digit number followed by one of these nouns is a quantity, not a year
_TIME_NOUNS = {"season", "election", "elections", "budget", "census", "olympics", "games", "campaign",
               "cup", "world", "summit", "war", "edition", "model", "level", "levels", "figures", "data"}


class Candidate(NamedTuple):
    start: int
    end: int
    rule: str
    match: re.Match


def find_timexes(text: str, rules: list[Rule] = RULES) -> list[Candidate]:
    """Non-overlapping rule matches in text order, the longest first where they overlap."""
    lines, pos = [], 0
    for line in text.split("\n"):            # an expression never runs across a line break
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    found = [Candidate(m.start(), m.end(), rule.name, m) for rule in rules for a, b in lines if b > a
             for m in rule.search.finditer(text, a, b)]
    order = {rule.name: i for i, rule in enumerate(rules)}
    found.sort(key=lambda c: (-(c.end - c.start), order[c.rule], c.start))
    taken: list[Candidate] = []
    used = bytearray(len(text))
    for c in found:
        if not any(used[c.start:c.end]):
            used[c.start:c.end] = b"\x01" * (c.end - c.start)
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def normalise_times(doc: Document) -> Document:
    """Fill doc.times with TimeExpr records T1, T2, ... in text order."""
    published = _published_date(doc)
    starts = [t.start for t in doc.tokens]
    times, unresolved = [], 0
    lang = _FRENCH if doc.language == "fr" else _ENGLISH
    for cand in find_timexes(doc.text, lang.rules):
        if not lang.plausible(doc, cand, starts):
            continue
        timex = lang.handlers[cand.rule](cand.match, Ctx(published, lang.tense(doc, cand, starts)))
        if cand.rule == "the_quarter" and cand.match["qyr"]:
            timex = _quarter_of_year(timex, cand, times)
        elif timex.anchor == "text":
            timex = _anchor_in_text(timex, doc.text[cand.start:cand.end], times, lang.anchor)
        elif cand.rule == "the_day":
            timex = _day_told(timex, cand, times)
        elif _is_year_before(cand):
            timex = _year_before_quarter(timex, cand, times)
        elif cand.rule == "period_before":
            timex = _period_a_year_before(timex, cand, times)
        elif cand.rule == "the_unit" and _ENDED.match(doc.text, cand.end):
            timex = _period_ended(timex, cand, doc.text[cand.end:cand.end + 30], published)
        if timex.value is None and timex.granularity is None and timex.type == "DATE" and published:
            continue
        unresolved += published is None and _needs_anchor(timex)
        times.append(TimeExpr(id=f"T{len(times) + 1}", spans=[doc.span(cand.start, cand.end)],
                              value=timex.value, type=timex.type, granularity=timex.granularity,
                              anchor=timex.anchor))
    doc.times = _clock_days(times, doc.text)
    if unresolved:
        doc.warn("time", f"no publication date: {unresolved} relative time expression(s) left unresolved")
    return doc


def _tense(doc: Document, cand: Candidate, starts: list[int]) -> Optional[str]:
    """The clause's tense; none for a holiday modifying a noun ('Christmas lights'): the nearest."""
    if cand.rule in ("holiday", "month") and modifies_noun(doc, cand.start, cand.end, starts):
        return None
    return tense_at(doc, cand.start, cand.end, starts)


# how far back (characters) a quarter is still the topic of "a year earlier": about four sentences
_QUARTER_REACH = 800
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_MONTHS_LONG = re.compile(r"P(?:[4-9]|1[01])M")
_YEAR_BEFORE = re.compile(r"(?i)year.(?:ago|earlier)")


def _is_year_before(cand: Candidate) -> bool:
    """'a year ago', 'a year earlier', 'year-ago', 'year-earlier'."""
    m = cand.match
    if cand.rule == "year_adj":
        return True
    return cand.rule == "ago" and m["unit"].lower() == "year" and (m["num"] or "").lower() in ("a", "one", "1") \
        and m["dir"].lower() in ("ago", "earlier") and not m["qmod"]


def _year_before_quarter(timex: Timex, cand: Candidate, earlier: list[TimeExpr]) -> Timex:
    """'profit rose from $5 million a year earlier' after 'third-quarter profit': the same
    quarter a year before (2021-Q3), as results are compared quarter with quarter."""
    focus = _quarter_in_focus(cand, earlier)
    return Timex(f"{focus[0] - 1}-Q{focus[1]}", "DATE", "quarter", "text") if focus else timex


_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)")


def _period_a_year_before(timex: Timex, cand: Candidate, earlier: list[TimeExpr]) -> Timex:
    """'the corresponding period last year' after 'third-quarter profit' (2021-Q3) or 'in March'
    (2021-03): the nearest quarter or month named before, a year before ('the same month': a month)."""
    months_only = "month" in cand.match.group(0).lower()
    for prev in reversed(earlier):
        if prev.spans[0].start < cand.start - _QUARTER_REACH or _MONTHS_LONG.fullmatch(prev.value or ""):
            break
        period = _QUARTER.fullmatch(prev.value or "") if not months_only else None
        period = period or _MONTH_VALUE.fullmatch(prev.value or "")
        if period and prev.anchor != "text":
            sep = "-Q" if "Q" in period[0] else "-"
            return Timex(f"{int(period[1]) - 1}{sep}{period[2]}", "DATE", "quarter" if sep == "-Q" else "month",
                         "text")
    return timex


def _quarter_of_year(timex: Timex, cand: Candidate, earlier: list[TimeExpr]) -> Timex:
    """'the 1988 quarter' after 'third-quarter profit': that year's third quarter."""
    focus = _quarter_in_focus(cand, earlier)
    year = timex.value[:4] if timex.value else ""
    return Timex(f"{year}-Q{focus[1]}", "DATE", "quarter", "text") if focus else timex


def _quarter_in_focus(cand: Candidate, earlier: list[TimeExpr]) -> Optional[tuple[int, int]]:
    """(year, quarter) of the last quarter named within _QUARTER_REACH before the candidate."""
    for prev in reversed(earlier):
        if prev.spans[0].start < cand.start - _QUARTER_REACH:
            break
        if _MONTHS_LONG.fullmatch(prev.value or ""):
            return None                  # 'in the first nine months ... in the 1988 period': not a quarter
        m = _QUARTER.fullmatch(prev.value or "")
        year_before = bool(_YEAR_BEFORE.search(prev.spans[0].text))
        if m and (prev.anchor != "text" or year_before):   # 'the year-ago period' (1988-Q3): 1989-Q3
            return int(m[1]) + year_before, int(m[2])
    return None


_ENDED = re.compile(r"\s+(?:ended|ending|that\s+(?:ended|ends))\b", re.IGNORECASE)
_ENDED_MONTH = re.compile(r"\s+\w+(?:\s+\w+)?\s+([A-Z][a-z]+)\.?\s+\d")


def _period_ended(timex: Timex, cand: Candidate, after: str, published: Optional[dt.date]) -> Timex:
    """'net income for the year ended June 30': a year up to that day, not the calendar year
    (TimeML: a duration, P1Y). 'the quarter ended July 31' (May to July) is the calendar quarter
    holding most of it, the one of its middle month (2021-Q2)."""
    if cand.match["unit"].lower() == "year":
        return Timex("P1Y", "DURATION", "year")
    m = _ENDED_MONTH.match(after)
    month = cal.month_number(m[1]) if m else None
    if cand.match["unit"].lower() != "quarter" or not month or not published:
        return timex
    middle = (month - 2) % 12 + 1
    year = published.year - (middle > published.month)
    return timex._replace(value=f"{year}-Q{(middle - 1) // 3 + 1}")


def _day_told(timex: Timex, cand: Candidate, earlier: list[TimeExpr]) -> Timex:
    """'On Monday ... later in the day': the last day named within reach, else the publication day."""
    for prev in reversed(earlier):
        if prev.spans[0].start < cand.start - _QUARTER_REACH:
            break
        if prev.value and _DAY.match(prev.value):
            return Timex(prev.value[:10], "DATE", "day", "text")
    return timex


def _anchor_in_text(timex: Timex, expression: str, earlier: list[TimeExpr],
                    anchor: Callable[[str, str], Optional[str]] = anchor_to_text) -> Timex:
    """Resolve 'the next day', 'that year' against the closest earlier explicit date."""
    for prev in reversed(earlier):
        if prev.type == "DATE" and prev.value:
            value = anchor(expression, prev.value)
            if value:
                return timex._replace(value=value)
    return timex._replace(anchor="none")


_BETWEEN_CLOCK_AND_DAY = re.compile(r",?\s{1,2}(?:on\s+)?")


def _clock_days(times: list[TimeExpr], text: str) -> list[TimeExpr]:
    """'at 5 p.m. EST, Nov. 9', '16:15 UTC June 1st': the clock time is on the day that follows it
    (both stay expressions of their own, as MEANTIME marks them)."""
    for clock, day in zip(times, times[1:]):
        between = text[clock.spans[0].end:day.spans[0].start]
        if clock.type == "TIME" and clock.value and "T" in clock.value and day.value \
                and _DAY.fullmatch(day.value) and _BETWEEN_CLOCK_AND_DAY.fullmatch(between):
            clock.value = day.value + clock.value[clock.value.index("T"):]
    return times


def _published_date(doc: Document) -> Optional[dt.date]:
    if not doc.published:
        return None
    try:
        return dt.date.fromisoformat(doc.published[:10])
    except ValueError:
        doc.warn("time", f"unreadable publication date {doc.published!r}: relative times left unresolved")
        return None


def _needs_anchor(timex: Timex) -> bool:
    return timex.value is None or "X" in timex.value.replace("PX", "")


def _plausible(doc: Document, cand: Candidate, starts: list[int]) -> bool:
    """Reject rule matches that are quantities or other senses of a time word."""
    m = cand.match
    if cand.rule == "year" and not m.group(0)[0].isalpha():
        before = doc.text[max(0, cand.start - 2):cand.start]
        if "$" in before or "#" in before or re.match(r"\s*(?:[.,]\d|%|[-/]\d)", doc.text[cand.end:cand.end + 3]):
            return False
        nxt = doc.tokens[bisect.bisect_left(starts, cand.end):][:1]     # "2000 soldiers", not "1998 bombing"
        if nxt and nxt[0].tag == "NNS" and nxt[0].text.lower() not in _TIME_NOUNS:
            return False
    if cand.rule == "rel_unit" and re.search(r"-(?:second|minute|hour|day)$", m.group(0), re.IGNORECASE):
        return False                    # "a last-minute deal", "next-day delivery": idioms
    if cand.rule == "day_ordinal" and not _day_ordinal_plausible(doc, cand, starts):
        return False
    if cand.rule == "duration" and (m.group("unit") or "").lower() == "quarter" \
            and (re.match(r"\s+of\b", doc.text[cand.end:cand.end + 4])      # "three-quarters of its food"
                 or len(m.group("num") or "") == 4):                        # "its 1988 quarter": a year
        return False
    if cand.rule == "duration" and (m.group("unit") or "").lower() == "second" \
            and ((m.group("num") or "").lower() in ("a", "an", "one") or len(m.group("num") or "") >= 4):
        return False
    return True


def _ordinal_suffix(n: int) -> str:
    return "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _day_ordinal_plausible(doc: Document, cand: Candidate, starts: list[int]) -> bool:
    """'on the 29th' is a day; 'on the 29th floor', 'by the 11th Circuit' are not."""
    day, suffix = int(cand.match["oday"]), cand.match["osuffix"]
    if not 1 <= day <= 31 or suffix != _ordinal_suffix(day):
        return False
    nxt = doc.tokens[bisect.bisect_left(starts, cand.end):][:1]
    return not nxt or nxt[0].pos not in ("NOUN", "PROPN", "ADJ", "NUM")


class _Language(NamedTuple):
    """The rules of one language and the functions the document pass asks of them."""
    rules: list[Rule]
    handlers: dict
    plausible: Callable[[Document, Candidate, list[int]], bool]
    tense: Callable[[Document, Candidate, list[int]], Optional[str]]
    anchor: Callable[[str, str], Optional[str]]


_ENGLISH = _Language(RULES, HANDLERS, _plausible, _tense, anchor_to_text)
_FRENCH = _Language(french.RULES_FR, french.HANDLERS_FR,
                    lambda doc, c, starts: french.plausible_fr(doc, c.rule, c.start, c.end, starts),
                    lambda doc, c, starts: french.tense_fr(doc, c.start, c.end, starts), french.anchor_fr)
