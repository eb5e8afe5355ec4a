"""Page furniture and the headline: where in the text no event is news, and where the title line is.

Link lists ("READ MORE", "Related:" and the headlines under them), tag lists, bylines and
"(Reporting by ...)" credits yield no events (SPEC.md section 4). The headline is the text's first
line when it is short and has no full stop, or when it repeats `document.title`.
"""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.data.events_assembly import (BYLINE, CREDIT_LINE, FURNITURE_OPENER, HEADLINE_MAX_WORDS,
                                            LINK_LINE_MAX_WORDS)
from newsgraph.model import Document
from newsgraph.textnorm import fold

Range = tuple[int, int]


def _lines(text: str) -> list[Range]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _short_headline(line: str, limit: int) -> bool:
    words = line.split()
    return 0 < len(words) <= limit and not line.rstrip().endswith((".", "!", "?", ".\"", ".”"))


def furniture_ranges(text: str) -> list[Range]:
    """Character ranges of furniture lines: link blocks, tag lists, bylines and credit lines."""
    out: list[Range] = []
    in_block = False
    for start, end in _lines(text):
        line = text[start:end]
        opener = FURNITURE_OPENER.match(line)
        if opener and (opener.group(1) or _short_headline(line, LINK_LINE_MAX_WORDS)):
            out.append((start, end))
            in_block = line[opener.end():].strip() == ""         # a bare header: links follow
            continue
        if CREDIT_LINE.match(line) or BYLINE.match(line):
            out.append((start, end))
            continue
        if in_block and _short_headline(line, LINK_LINE_MAX_WORDS):
            out.append((start, end))                             # a headline of the link list
            continue
        in_block = False
    return out


def headline_range(doc: Document) -> Optional[Range]:
    """The title line at the top of the text, if the text opens with one."""
    lines = _lines(doc.text)
    if len(lines) < 2:
        return None
    start, end = lines[0]
    line = doc.text[start:end]
    if doc.title and fold(doc.title.strip()) == fold(line.strip()):
        return start, end
    return (start, end) if _short_headline(line, HEADLINE_MAX_WORDS) else None


def inside(pos: int, ranges: list[Range]) -> bool:
    return any(a <= pos < b for a, b in ranges)
