"""Quotation marks -> quoted regions: straight and curly marks, malformed and multi-paragraph quotes.

A region is the text between an opening and a closing mark, trimmed to its words. Rules:
- curly marks pair by direction, but an opening mark used where a closing one belongs (inside
  an open quote, before the end of the paragraph or a space) closes the quote;
- straight marks open after a space or at the start, and close before a space or punctuation;
- a quote left open at the end of a paragraph continues when the next paragraph opens with a
  mark (the convention for multi-paragraph quotes), and otherwise ends with the paragraph;
- a paragraph opening with a transcript turn ('"PENCE: ...') starts a new quote;
- two apostrophes ('') and two backticks (``) are double marks (NYT and Penn Treebank style);
- single marks ('...' or ‘...’) count only outside double-quoted regions, and only when they
  cannot be apostrophes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator, Optional

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT = '"'
_MARK = re.compile("''|``|[" + DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT + "]")   # '' and `` : typewriter doubles
# a transcript turn: 'PENCE: Well, ...' (a new speaker, so a new quote)
TRANSCRIPT_TURN = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s")
_TAIL = re.compile(r"[\s.,;:!?)\]…]*$")
_SINGLE = re.compile(r"(?<![\w’'])[‘'](?=\w)([^'‘’\n]{1,300}?[\w.,!?])[’'](?!\w)")
_TRIM_END = " \t\n,;:\u00a0\u202f"      # French puts a (narrow) no-break space inside « »
MAX_PARAGRAPHS = 8


@dataclass
class QuotedRegion:
    """Inner word spans (one a paragraph) of one quotation, and how its marks looked."""
    spans: list[tuple[int, int]] = field(default_factory=list)
    open_at: int = -1                  # offset of the opening mark
    close_at: Optional[int] = None     # offset of the closing mark; None when closed by paragraph end
    malformed: bool = False
    single: bool = False

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


def find_quoted_regions(text: str) -> list[QuotedRegion]:
    """Every quoted region of `text`, in text order, with non-empty word spans."""
    regions = _double_regions(text)
    regions += _single_regions(text, regions)
    regions = [r for r in regions if r.spans]
    return sorted(regions, key=lambda r: r.start)


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line of `text` that has non-space characters."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, pos + len(line)
        pos += len(line) + 1


def _double_regions(text: str) -> list[QuotedRegion]:
    out: list[QuotedRegion] = []
    pending: Optional[QuotedRegion] = None
    for pstart, pend in paragraphs(text):
        open_at: Optional[int] = None
        open_width = 1
        current: Optional[QuotedRegion] = None
        first = _MARK.match(text, pstart + len(text[pstart:pend]) - len(text[pstart:pend].lstrip()))
        if pending is not None:
            continues = first and _kind(first.group()) in DOUBLE_OPEN + STRAIGHT \
                and not TRANSCRIPT_TURN.match(text, first.end())
            if continues and len(pending.spans) < MAX_PARAGRAPHS:
                current, open_at, open_width, pending = pending, first.start(), len(first.group()), None
            else:
                out.append(pending)
                pending = None
        for m in _MARK.finditer(text, pstart, pend):
            i, width, ch = m.start(), len(m.group()), _kind(m.group())
            if i == open_at:
                continue
            role = _role(text, i, width, ch, pend, inside=open_at is not None)
            if role == "open" and open_at is None:
                open_at, open_width, current = i, width, current or QuotedRegion(open_at=i)
            elif role == "close" and open_at is not None:
                assert current is not None
                _add_span(text, current, open_at + open_width, i)
                current.close_at, current.malformed = i, ch in DOUBLE_OPEN
                out.append(current)
                open_at, current = None, None
        if open_at is not None and current is not None:
            _add_span(text, current, open_at + open_width, pend)
            current.malformed = True
            pending = current
    if pending is not None:
        out.append(pending)
    return out


def _kind(mark: str) -> str:
    """The one-character mark a two-character typewriter mark stands for: `` -> “, '' -> "."""
    return {"``": "“", "''": STRAIGHT}.get(mark, mark)


def _role(text: str, i: int, width: int, ch: str, pend: int, inside: bool) -> str:
    """'open' or 'close' for the double mark `ch` at offset i of a paragraph ending at pend."""
    closing, opening = _closing_context(text, i, width, pend), _opening_context(text, i, width, pend)
    if ch in DOUBLE_OPEN:
        return "close" if inside and closing else "open"
    if ch in DOUBLE_CLOSE:
        return "open" if not inside and opening else "close"
    if inside:
        return "open" if opening and not closing else "close"
    return "open"


def _closing_context(text: str, i: int, width: int, pend: int) -> bool:
    if _TAIL.match(text, i + width, pend):
        return True
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < pend else " "
    return not before.isspace() and (after.isspace() or after in ",.;:!?)]…—-")


def _opening_context(text: str, i: int, width: int, pend: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < pend else " "
    elided = after == " " and text.startswith(("…", "..."), i + width + 1)     # '” … what I learned'
    return (before.isspace() or before in "([—-–/") and (not after.isspace() or elided) \
        and not _TAIL.match(text, i + width, pend)


def _add_span(text: str, region: QuotedRegion, start: int, end: int) -> None:
    """Append [start, end) trimmed to its words (no outer spaces, no trailing comma)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    if end > start:
        region.spans.append((start, end))


def _single_regions(text: str, doubles: list[QuotedRegion]) -> list[QuotedRegion]:
    covered = [(r.open_at, _last_offset(r) + 1) for r in doubles]
    out = []
    for pstart, pend in paragraphs(text):
        for m in _SINGLE.finditer(text, pstart, pend):
            if any(a <= m.start() < b for a, b in covered):
                continue
            region = QuotedRegion(open_at=m.start(), close_at=m.end() - 1, single=True)
            _add_span(text, region, m.start(1), m.end(1))
            out.append(region)
    return out


def _last_offset(region: QuotedRegion) -> int:
    if region.close_at is not None:
        return region.close_at
    return region.end if region.spans else region.open_at


def region_text(text: str, region: QuotedRegion) -> str:
    """The quoted words, paragraphs joined by a space."""
    return " ".join(text[a:b] for a, b in region.spans)
