"""Quotes cut by their speech frame: '"We will rebuild," the mayor said, "and soon."' is one quote
with two spans, as PolNeAR and PARC annotate one content in two pieces."""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.model import Quote
from newsgraph.quotes.marks import QuotedRegion

MAX_FRAME = 80       # characters of reporter's words between the two pieces
# a second clause in the frame makes the second piece another attribution: 'Trump said, adding
# later, "..."', 'she sings before asking her, "..."', '..., he said. And perhaps, he said, "..."'
_SECOND_CLAUSE = re.compile(r"\w+ing\b|[.!?;:]\s")
# the frame between the pieces: the closing mark, ', the mayor said on Monday,' and the opening mark
_FRAME = re.compile(r"""^[\s"”»'’]*,?[\s"”»'’]*[^"“”«»\n]+,[\s"“«'‘]*$""")


def join_split_quotes(text: str, pieces: list[tuple[Quote, QuotedRegion]]) -> list[Quote]:
    """The quotes of `pieces` (in text order), a piece that continues the one before it merged in."""
    out: list[tuple[Quote, QuotedRegion]] = []
    for quote, region in pieces:
        if out and _continues(text, *out[-1], quote, region):
            _merge(out[-1][0], quote)
            out[-1] = (out[-1][0], region)
            continue
        out.append((quote, region))
    return [q for q, _ in out]


def _continues(text: str, first: Quote, first_region: QuotedRegion, second: Quote, region: QuotedRegion) -> bool:
    """Same speaker, the first piece closed by a comma inside its marks, the second opened right
    after a short frame ending with a comma, in the same paragraph."""
    close: Optional[int] = first_region.close_at
    if close is None or first.speaker is None or first.speaker != second.speaker or first.kind != "direct":
        return False
    between = text[first_region.end:region.start]
    if len(between) > MAX_FRAME or not _FRAME.match(between) or _SECOND_CLAUSE.search(between):
        return False
    return text[first_region.end:close + 1].lstrip().startswith(",") or text[:close].rstrip().endswith(",")


def _merge(first: Quote, second: Quote) -> None:
    first.spans = first.spans + second.spans
    first.text = f"{first.text} {second.text}"
    first.channel = first.channel or second.channel
    first.language = first.language or second.language
