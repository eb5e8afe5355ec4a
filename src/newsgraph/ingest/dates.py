"""Publication dates: user-given and metadata values, and datelines ("KYIV, Sept 11, 2022 (AFP) -").

`parse_published` is strict (a usage error for what it cannot read: `extract --published`);
`read_published` is its forgiving twin for corpus metadata: it returns the date, or None and the
reason, so that ingest keeps the document and warns instead of refusing it.
"""
from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_tz
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
DATE_ORDERS = ("dmy", "mdy")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.,]+\s*(?:Z|[A-Z]{2,5}|[+-]\d{2}(?::?\d{2})?)?)?$", re.I)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T[\d:]+Z?)?$")
_EPOCH = re.compile(r"^(\d{9,10}|\d{12,13})(?:\.\d+)?$")        # seconds (2001-2286) or milliseconds
_WORDY = re.compile(r"^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"
                    r"|^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_YEAR_FIRST = re.compile(r"^(\d{4})\s+([A-Za-z]{3,9})\.?\s+(\d{1,2})\b")          # "2016 Oct 10"
_TIME_FIRST = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?(?:\s+[A-Z]{1,5})?,\s*", re.I)  # "7:58 AM ET, "
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_RFC2822 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,40},\s+(?:[A-Za-z]+,\s+)?([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),\s+(\d{4})\b")


class _Unreadable(ValueError):
    """Why a date value could not be read (the message is the reason)."""


def parse_published(value: str, date_order: Optional[str] = None) -> str:
    """ISO date (YYYY-MM-DD) of a publication date; UsageError if malformed or ambiguous.

    Reads ISO 8601 (with a time and zone: the date as written), RFC 2822 ("Mon, 27 Jun 2022
    10:00:00 +0000"), epoch seconds or milliseconds (UTC), "Sept. 14, 2022", "14 September 2022",
    and day/month/year numbers when unambiguous or when `date_order` ("dmy" or "mdy") says which.
    """
    try:
        return _parse(value.strip(), date_order)
    except _Unreadable as exc:
        raise UsageError(f"invalid published date {value!r}: {exc}") from None


def read_published(value: object, date_order: Optional[str] = None) -> tuple[Optional[str], Optional[str]]:
    """(ISO date, None), or (None, reason) for a value `parse_published` would refuse."""
    try:
        return _parse(str(value).strip(), date_order), None
    except _Unreadable as exc:
        return None, str(exc)


def _parse(raw: str, date_order: Optional[str]) -> str:
    raw = _TIME_FIRST.sub("", raw)
    m = _ISO.match(raw) or _COMPACT.match(raw)
    if m:
        return _date(*(int(g) for g in m.groups()[:3]))
    m = _EPOCH.match(raw)
    if m:
        seconds = int(m.group(1)) / (1000 if len(m.group(1)) > 10 else 1)
        return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date().isoformat()
    if _RFC2822.match(raw):
        parts = parsedate_tz(raw)
        if parts:
            return _date(parts[0], parts[1], parts[2])
    m = _WORDY.match(raw)
    if m:
        mon, d, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        mo = _month(mon)
        if mo:
            return _date(int(y), mo, int(d))
    m = _YEAR_FIRST.match(raw)
    if m and _month(m.group(2)):
        return _date(int(m.group(1)), _month(m.group(2)), int(m.group(3)))
    m = _NUMERIC.match(raw)
    if m:
        return _numeric_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), date_order)
    if re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?(?:\s+[A-Z]{1,5})?", raw, re.I):
        raise _Unreadable("a time of day without a date")
    raise _Unreadable("not a date newsgraph reads (use YYYY-MM-DD)" if raw else "empty")


def _month(name: str) -> Optional[int]:
    return MONTHS.get(name[:4].lower().rstrip(".")) or MONTHS.get(name[:3].lower())


def _numeric_date(a: int, b: int, y: int, date_order: Optional[str]) -> str:
    """03/04/2022: by `date_order`, or the only reading when one number exceeds 12."""
    if date_order not in (None, *DATE_ORDERS):
        raise UsageError(f"invalid date order {date_order!r}: use dmy or mdy")
    if date_order is None:
        if a <= 12 and b <= 12 and a != b:
            raise _Unreadable("ambiguous day and month (give the date order: dmy or mdy)")
        date_order = "dmy" if a > 12 else "mdy"
    return _date(y, b, a) if date_order == "dmy" else _date(y, a, b)


def _date(y: int, mo: int, d: int) -> str:
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        raise _Unreadable("no such day") from None


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
