"""Indirect speech: 'X said (that) ...', 'X told reporters ...', '..., according to X', and
stances reported the same way ('X believes that ...').

The content is the clausal complement of the speech verb (or, for 'according to', the clause it
modifies), without the complementiser; it is kept only when a speaker is found and it does not
overlap a quotation (those are direct or partial quotes, or words that were rejected)."""
from __future__ import annotations

from typing import Optional

from newsgraph.data.quotes_lexicon import ATTITUDE_VERBS
from newsgraph.ingest.dates import dateline_end
from newsgraph.model import Quote, Token
from newsgraph.quotes.channel import channel_and_language
from newsgraph.quotes.context import QuoteContext
from newsgraph.quotes.marks import QuotedRegion
from newsgraph.quotes.speakers import is_cue, speaker_of_cue

MIN_TOKENS = 3
_LEADING = {"that", "whether", "if", ",", ":", "—", "-", "–"}
_BRACKETS = {")": "(", "]": "["}


def indirect_quotes(ctx: QuoteContext, regions: list[QuotedRegion]) -> list[Quote]:
    """One indirect Quote per speech cue with a clausal content and a speaker."""
    blocked = [(r.open_at, (r.close_at if r.close_at is not None else r.end) + 1) for r in regions]
    out: list[Quote] = []
    taken: set[int] = set()
    body = dateline_end(ctx.doc.text) or 0
    for t in ctx.doc.tokens:
        if t.i in ctx.quoted or t.i in taken or not (is_cue(ctx, t.i) or _is_attitude(t)):
            continue
        content = _according_content(ctx, t.i) if t.text.lower() == "according" else _clause_content(ctx, t.i)
        content = _after_dateline(ctx, _on_cue_line(ctx, content, t.i), body)
        if content is None or content[1] - content[0] + 1 < MIN_TOKENS:
            continue
        span = ctx.span_of(*content)
        if any(a < span.end and span.start < b for a, b in blocked):
            continue
        speaker = speaker_of_cue(ctx, t.i)
        if speaker is None:
            continue
        channel, language = channel_and_language(ctx, t.i)
        taken.update(range(content[0], content[1] + 1))
        out.append(Quote(id="", text=span.text, spans=[span], kind="indirect", speaker=speaker[0],
                         speaker_spans=speaker[1], channel=channel, language=language))
    return out


def _is_attitude(t: Token) -> bool:
    """'X believes that ...': a stance attributed to X (PolNeAR and PARC count these)."""
    return t.pos == "VERB" and t.lemma.lower() in ATTITUDE_VERBS


def _clause_content(ctx: QuoteContext, cue: int) -> Optional[tuple[int, int]]:
    """The complement clause; for a parenthetical cue ('The plan, he said, will fail.') parsed
    as parataxis of the reported clause, that clause without the cue's words."""
    clauses = ctx.kids(cue, "ccomp")
    if clauses:
        toks = ctx.subtree(clauses[0].i)
        after = [j for j in toks if j > cue]     # 'which critics say mirrors ...': not the cue's own words
        return _trim(ctx, after if after and min(toks) < cue else toks)
    t = ctx.tok(cue)
    if t.dep == "parataxis" and t.head != cue:
        own = set(ctx.subtree(cue))
        rest = [j for j in ctx.subtree(t.head) if j not in own]
        lo = min(own)
        before = [j for j in rest if j < lo]
        return _trim(ctx, before if len(before) >= len(rest) - len(before) else [j for j in rest if j > lo])
    return None


def _according_content(ctx: QuoteContext, according: int) -> Optional[tuple[int, int]]:
    head = ctx.tok(according).head
    if head == according:
        return None
    while ctx.tok(head).dep == "conj" and ctx.tok(head).head != head:   # 'X was hit and Y died, according to'
        head = ctx.tok(head).head
    phrase = set(ctx.subtree(according))
    clause = ctx.subtree(head)
    lo, hi = min(phrase), max(phrase)
    before = [j for j in clause if j < lo]
    after = [j for j in clause if j > hi]
    return _trim(ctx, before if len(before) >= len(after) else after)


def _on_cue_line(ctx: QuoteContext, content: Optional[tuple[int, int]], cue: int) -> Optional[tuple[int, int]]:
    """Indirect speech stays in the cue's paragraph line: a headline or a previous paragraph that
    the parser joined to the cue's sentence is not part of what was said."""
    if content is None:
        return None
    text = ctx.doc.text
    lo = text.rfind("\n", 0, ctx.tok(cue).start) + 1
    hi = text.find("\n", ctx.tok(cue).end)
    hi = len(text) if hi < 0 else hi
    toks = [j for j in range(content[0], content[1] + 1) if lo <= ctx.tok(j).start and ctx.tok(j).end <= hi]
    return _trim(ctx, toks) if toks else None


def _after_dateline(ctx: QuoteContext, content: Optional[tuple[int, int]],
                    body: int) -> Optional[tuple[int, int]]:
    """'GAZIANTEP, Feb. 10, 2023 (AFP) - Aid convoys ...': the content starts after the dateline."""
    if content is None or ctx.tok(content[0]).start >= body:
        return content
    first = next((j for j in range(content[0], content[1] + 1) if ctx.tok(j).start >= body), None)
    return _trim(ctx, list(range(first, content[1] + 1))) if first is not None else None


def _trim(ctx: QuoteContext, toks: list[int]) -> Optional[tuple[int, int]]:
    """Without a leading complementiser or punctuation, and without trailing punctuation but a
    closing bracket opened inside ('the Plaza de España (Spain Square)')."""
    if not toks:
        return None
    first, last = min(toks), max(toks)
    while first < last and (ctx.tok(first).text.lower() in _LEADING or ctx.tok(first).pos == "PUNCT"):
        first += 1
    while last > first and ctx.tok(last).pos in ("PUNCT", "SPACE", "CCONJ") and not _closes_bracket(ctx, first, last):
        last -= 1           # no dangling 'and' where the parser cut a coordination
    return first, last


def _closes_bracket(ctx: QuoteContext, first: int, last: int) -> bool:
    opener = _BRACKETS.get(ctx.tok(last).text)
    if opener is None:
        return False
    texts = [ctx.tok(j).text for j in range(first, last)]
    return texts.count(opener) > texts.count(ctx.tok(last).text)
