"""Publication dates: user-given values and datelines ("KYIV, Sept 11, 2022 (AFP) -")."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from newsgraph.errors import UsageError

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# French wire datelines: "KIEV, 14 septembre 2022 (AFP) -", "PARIS, 1er mars (AFP) -".
MONTHS_FR = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
_FR_DAY_MONTH = r"(?:[a-zé]+\s+)?(\d{1,2})(?:er)?\s+(" + "|".join(MONTHS_FR) + r")"
_DATELINE_FR = re.compile(r"^[A-Z][A-Za-z .'-]{1,40},\s+" + _FR_DAY_MONTH + r"\s+(\d{4})\b")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T[\d:]+)?$")
_WORDY = re.compile(r"^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$|^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$")
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,40},\s+(?:[A-Za-z]+,\s+)?([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),\s+(\d{4})\b")


def parse_published(value: str) -> str:
    """ISO date (YYYY-MM-DD) of a user-given publication date; UsageError if malformed."""
    raw = value.strip()
    m = _ISO.match(raw) or _COMPACT.match(raw)
    if m:
        y, mo, d = (int(g) for g in m.groups()[:3])
        return _date(y, mo, d, value)
    m = _WORDY.match(raw)
    if m:
        if m.group(1):
            mon, d, y = m.group(1), m.group(2), m.group(3)
        else:
            d, mon, y = m.group(4), m.group(5), m.group(6)
        mo = MONTHS.get(mon[:4].lower().rstrip(".")) or MONTHS.get(mon[:3].lower())
        if mo:
            return _date(int(y), mo, int(d), value)
    raise UsageError(f"invalid published date {value!r}: use YYYY-MM-DD")


def _date(y: int, mo: int, d: int, value: str) -> str:
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        raise UsageError(f"invalid published date {value!r}: no such day") from None


def published_from_dateline(text: str) -> Optional[str]:
    """The date of a wire dateline at the start of the text, when it names the year."""
    fr = _DATELINE_FR.match(text[:200])
    if fr:
        return _dateline_date(int(fr.group(3)), MONTHS_FR[fr.group(2)], int(fr.group(1)))
    m = _DATELINE.match(text[:200])
    if not m:
        return None
    mo = MONTHS.get(m.group(1)[:4].lower()) or MONTHS.get(m.group(1)[:3].lower())
    if not mo:
        return None
    return _dateline_date(int(m.group(3)), mo, int(m.group(2)))


def _dateline_date(y: int, mo: int, d: int) -> Optional[str]:
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


# "KYIV, Sept 11 (AFP) -", "WASHINGTON (Reuters) —", "GAZIANTEP, Turkey, Feb. 9, 2023 (newsgraph example) -":
# an upper-case place, optional region/date parts and agency, then a dash.
_DATELINE_LEAD = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}[A-Z.](?P<region>,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"      # PLACE[, Region]
    r"(?P<date>,\s+(?:(?:[A-Z][a-z]+,\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?"  # [, Month Day[, Year]]
    r"|" + _FR_DAY_MONTH + r"(?:\s+\d{4})?))?"                                  # or [, 14 septembre [2022]]
    r"(?P<agency>\s+\([^()\n]{1,40}\))?"                                             # [(Agency)]
    r"\s*[-–—]+\s+")


def dateline_end(text: str) -> Optional[int]:
    """Offset where the article body starts after a wire dateline, or None when there is none."""
    m = _DATELINE_LEAD.match(text[:200])
    if not m or not (m.group("region") or m.group("date") or m.group("agency")):
        return None          # "NATO - the alliance - said": a bare capitalised word is not a dateline
    return m.end()
