"""The quote stage: quoted regions -> Quote records with speaker, channel and language.

Order of work: find quoted regions (marks.py); drop names, titles and words on objects; tell
direct quotes (a whole utterance) from partial ones (words inside the reporter's sentence);
find the speech cue and its speaker (speakers.py, coref.py); a direct quote with no cue of its
own continues the previous speaker's quote or takes the cue of a sentence ending in ':'. Partial
quotes of a few words with no speaker are scare quotes and are dropped. Indirect speech
('X said that ...') is added by indirect.py.
"""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.data.quotes_lexicon import NAMING_CUES, OBJECT_NOUNS, SPEECH_NOUNS, TITLE_NOUNS
from newsgraph.model import Document, Quote
from newsgraph.quotes.channel import channel_and_language
from newsgraph.quotes.context import NameGender, QuoteContext, default_name_gender
from newsgraph.quotes.french import indirect_quotes_fr, quote_from_region_fr
from newsgraph.quotes.indirect import indirect_quotes
from newsgraph.quotes.marks import TRANSCRIPT_TURN, QuotedRegion, find_quoted_regions, region_text
from newsgraph.quotes.split import join_split_quotes
from newsgraph.quotes.speakers import (Speaker, names_object, best_cue, can_speak, is_cue, resolve_speaker, speaker_of_cue,
                                       subject_of_cue)

_NAME = r"([A-Z][\w.’'-]*(?:[ \u00a0][A-Z][\w.’'-]*){0,3})"
_DASH_NAME = re.compile(r"[ \t\u00a0]*[―—–-][ \t\u00a0]*" + _NAME)
_NAME_DASH = re.compile(_NAME + r"[ \t\u00a0]*(?:--|[―—–])[ \t\u00a0]*\Z")     # 'Mitt Romney -- "..." --'
_PREPOSITIONS = {"of", "to", "for", "with", "from", "about", "by", "at", "on", "in", "against", "than"}
_SAID_NAME = re.compile(r"\b(?:Said|said)[ \u00a0]+" + _NAME + r":[ \t\u00a0]*\Z")
CHANNEL_LOOKBACK = 2      # sentences searched for 'In a video, he ...' before a quote
MAX_SCARE_WORDS = 4
MAX_NICKNAME_WORDS = 3     # a capitalised quote this short between two names is a nickname        # an unattributed partial quote this short is a scare quote or a term
INHERIT_SENTENCES = 2      # a direct quote without a cue continues a quote this close before it


def attribute_quotes(doc: Document, name_gender: Optional[NameGender] = None) -> Document:
    """Fill doc.quotes (ids Q1.. in text order); may add speaker entities to doc.entities."""
    ctx = QuoteContext.build(doc, name_gender or default_name_gender())
    regions = find_quoted_regions(doc.text)
    by_region = [_region_tokens(ctx, r) for r in regions]
    ctx.quoted = {i for toks in by_region for i in toks}
    pieces: list[tuple[Quote, QuotedRegion]] = []
    previous: Optional[tuple[Quote, int]] = None     # last quote and the sentence it ends in
    french = doc.language == "fr"                   # French rules: quotes/french.py
    for region, toks in zip(regions, by_region):
        quote = (quote_from_region_fr if french else _quote_from_region)(ctx, region, toks, previous)
        if quote is not None:
            pieces.append((quote, region))
            previous = (quote, ctx.tok(max(toks)).sent) if toks else previous
    quotes = join_split_quotes(doc.text, pieces)
    quotes += (indirect_quotes_fr if french else indirect_quotes)(ctx, regions)
    quotes.sort(key=lambda q: q.spans[0].start)
    for n, q in enumerate(quotes, 1):
        q.id = f"Q{n}"
    doc.quotes = quotes
    return doc


def _quote_from_region(ctx: QuoteContext, region: QuotedRegion, toks: set[int],
                       previous: Optional[tuple[Quote, int]]) -> Optional[Quote]:
    doc = ctx.doc
    spans = [doc.span(a, b) for a, b in region.spans]
    quote = Quote(id="", text=region_text(doc.text, region), spans=spans)
    if not toks:
        return None
    quote.kind = "direct" if _is_utterance(ctx, region, toks) else "partial"
    if quote.kind == "partial" and _is_name_or_label(ctx, region, toks):
        return None
    cue = best_cue(ctx, toks, _frame_sentences(ctx, region, toks))
    if cue is None and quote.kind == "direct":
        cue = _colon_cue(ctx, toks) or _frame_before(ctx, region, toks)
    if cue is not None and quote.kind == "partial" and _is_scare(ctx, toks) and not _cue_reaches(ctx, cue, toks):
        cue = None          # 'a bill on "foreign influence", which critics say ...': a term, not their words
    if cue is None and quote.kind == "partial":
        cue = _as_frame_verb(ctx, toks)
    speaker = _name_before_speaker(ctx, region, _NAME_DASH) or (speaker_of_cue(ctx, cue) if cue is not None else None)
    if speaker is None and cue is not None:      # 'The spot concludes with footage of X saying, "…"'
        cue, speaker = _next_cue_speaker(ctx, region, toks, cue)
    if speaker is None:
        speaker = _dash_speaker(ctx, region) or _transcript_speaker(ctx, region) \
            or _name_before_speaker(ctx, region, _SAID_NAME) or _speech_noun_speaker(ctx, toks)
    if speaker is None and cue is None and quote.kind == "direct":
        speaker = _subject_before(ctx, region, toks, previous)
    if speaker is None and cue is not None and _cue_subject_is_object(ctx, cue):
        return None
    if speaker:
        quote.speaker, quote.speaker_spans = speaker[0], speaker[1]
        if cue is not None:
            quote.channel, quote.language = channel_and_language(ctx, cue)
            first_sent = min(ctx.tok(cue).sent, ctx.tok(min(toks)).sent)
            quote.channel = quote.channel or _channel_before(ctx, first_sent, speaker[0])
    elif (quote.kind == "direct" or _text_before(ctx, region, toks) == "") and previous and previous[0].speaker:
        if ctx.tok(min(toks)).sent - previous[1] <= INHERIT_SENTENCES:
            quote.speaker, quote.channel = previous[0].speaker, previous[0].channel
            quote.language = previous[0].language
    if quote.speaker is None and quote.kind == "partial" and _is_scare(ctx, toks) and not _thing_frame(ctx, cue) \
            and not (cue is not None and names_object(ctx, cue)):
        return None         # kept: 'calling the test "a violation"' quotes words, whoever framed them
    return quote


def _dash_speaker(ctx: QuoteContext, region: QuotedRegion) -> Optional[Speaker]:
    """'"…" ― Jane Doe': a name after a dash right behind the closing mark."""
    if region.close_at is None:
        return None
    m = _DASH_NAME.match(ctx.doc.text, region.close_at + 1)
    if not m:
        return None
    toks = ctx.tokens_between(m.start(1), m.end(1))
    heads = [t.i for t in toks if t.head == t.i or not (m.start(1) <= ctx.tok(t.head).start < m.end(1))]
    return resolve_speaker(ctx, heads[0]) if heads else None


def _next_cue_speaker(ctx: QuoteContext, region: QuotedRegion, toks: set[int], cue: int) -> tuple[int, Optional[Speaker]]:
    """When the chosen cue has no speaker (its subject is a thing: 'the spot concludes'), the next
    cue of the quote's sentences that has one, nearest the quote first."""
    lo = min(toks)
    sentences = [ctx.doc.sentences[s] for s in _frame_sentences(ctx, region, toks)]
    others = sorted((t.i for sent in sentences for t in ctx.doc.tokens[sent.token_start:sent.token_end]
                     if t.i != cue and t.i not in ctx.quoted and is_cue(ctx, t.i)), key=lambda i: abs(i - lo))
    for other in others:
        speaker = speaker_of_cue(ctx, other)
        if speaker:
            return other, speaker
    return cue, None


def _name_before_speaker(ctx: QuoteContext, region: QuotedRegion, frame: re.Pattern) -> Optional[Speaker]:
    """A name in a frame right before the opening mark: 'Said Ellis: "…"', 'Mitt Romney -- "…" --'."""
    m = frame.search(ctx.doc.text, max(0, region.open_at - 60), region.open_at)
    toks = ctx.tokens_between(m.start(1), m.end(1)) if m else []
    before = ctx.doc.text[max(0, m.start(1) - 6):m.start(1)].split()[-1:] if m else []
    if not toks or (before and before[0].lower() in _PREPOSITIONS):    # 'supportive of Mr. Trump -- "…"'
        return None
    person = _person_by_surname(ctx, m.group(1))
    return (person, [ctx.doc.span(m.start(1), m.end(1))]) if person else resolve_speaker(ctx, toks[-1].i)


def _person_by_surname(ctx: QuoteContext, name: str) -> Optional[str]:
    """The id of the person entity whose name ends with the last word of `name`, if any."""
    surname = name.split()[-1].lower()
    return next((e.id for e in ctx.doc.entities if e.type == "PERSON" and e.name.split()[-1].lower() == surname), None)


def _transcript_speaker(ctx: QuoteContext, region: QuotedRegion) -> Optional[Speaker]:
    """'"PENCE: Well, ..."': a transcript turn names its speaker in capitals before a colon;
    the person of that surname when there is one, else a new entity."""
    m = TRANSCRIPT_TURN.match(ctx.doc.text, region.start)
    if not m:
        return None
    person = _person_by_surname(ctx, m.group(1))
    if person:
        return person, [ctx.doc.span(m.start(1), m.end(1))]
    toks = ctx.tokens_between(m.start(1), m.end(1))
    if not toks:
        return None
    eid, span = ctx.entity_for_phrase(toks[0].i, toks[-1].i, "PERSON")
    return eid, [span]


def _region_tokens(ctx: QuoteContext, region: QuotedRegion) -> set[int]:
    return {t.i for a, b in region.spans for t in ctx.tokens_between(a, b)}


def _is_utterance(ctx: QuoteContext, region: QuotedRegion, toks: set[int]) -> bool:
    """A whole utterance: nothing of the reporter's sentence before the mark but a frame ending
    in ':' or ',', and the quote ends its sentence or is closed by ',' / '.' inside the marks."""
    text = ctx.doc.text
    sent = ctx.doc.sentences[ctx.tok(min(toks)).sent]
    before = _text_before(ctx, region, toks)
    if before and not re.search(r"[:,]$", before):
        return False
    if before.endswith(",") and not _speech_before(ctx, sent.start, region.open_at):
        return False
    close = region.close_at if region.close_at is not None else region.end
    inner_end = text[:close].rstrip()[-1:]
    last_sent = ctx.doc.sentences[ctx.tok(max(toks)).sent]
    after = text[close + 1:max(last_sent.end, close + 1)].strip()
    return inner_end in ",.!?…" or not after or after[0] in ".,;"


def _text_before(ctx: QuoteContext, region: QuotedRegion, toks: set[int]) -> str:
    """The reporter's words between the start of the quote's sentence (or line) and its mark."""
    sent = ctx.doc.sentences[ctx.tok(min(toks)).sent]
    line_start = ctx.doc.text.rfind("\n", 0, region.open_at) + 1
    return ctx.doc.text[max(sent.start, line_start):region.open_at].strip()


def _speech_before(ctx: QuoteContext, start: int, end: int) -> bool:
    return any(is_cue(ctx, t.i) for t in ctx.tokens_between(start, end))


def _is_name_or_label(ctx: QuoteContext, region: QuotedRegion, toks: set[int]) -> bool:
    """'a "Ukraine or death" patch', 'the film "X"', 'so-called "Y"', 'dubbed "Z"', 'on "Meet the
    Press"', nicknames inside names."""
    tokens = ctx.doc.tokens
    first, last = min(toks), max(toks)
    prev = next((tokens[j] for j in range(first - 1, -1, -1) if tokens[j].pos != "PUNCT"), None)
    nxt = next((tokens[j] for j in range(last + 1, len(tokens)) if tokens[j].pos != "PUNCT"), None)
    if prev is not None and (prev.text.lower() in NAMING_CUES
                             or (prev.pos == "NOUN" and prev.lemma.lower() in TITLE_NOUNS)):
        return True
    words = [tokens[j].text for j in sorted(toks) if tokens[j].text[:1].isalpha()]
    if words and prev is not None and prev.pos == "ADP" and _title_case(words):
        return True
    if 0 < len(words) <= MAX_NICKNAME_WORDS and _title_case(words) and prev is not None and nxt is not None \
            and prev.pos == "PROPN" and nxt.pos == "PROPN":       # 'Beauregard "Bud" Torres'
        return True
    if nxt is not None and nxt.pos in ("NOUN", "PROPN") and nxt.i not in ctx.quoted:
        modifies = any(tokens[j].head == nxt.i for j in toks)
        if modifies or nxt.lemma.lower() in OBJECT_NOUNS | TITLE_NOUNS:
            return prev is None or prev.pos in ("DET", "ADJ", "PRON", "NUM", "ADP", "CCONJ")
    return False


def _title_case(words: list[str]) -> bool:
    """'Fox News Sunday', 'The Art of the Deal': every word capitalised but short function words."""
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "or"}
    return words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in small for w in words)


def _is_scare(ctx: QuoteContext, toks: set[int]) -> bool:
    words = [j for j in toks if ctx.tok(j).pos != "PUNCT"]
    has_verb = any(ctx.tok(j).pos in ("VERB", "AUX") for j in words)
    return len(words) <= MAX_SCARE_WORDS or not has_verb


def _frame_sentences(ctx: QuoteContext, region: QuotedRegion, toks: set[int]) -> list[int]:
    """The sentences of the quote, and the next one when it reads '..., he said.' after a split."""
    first, last = ctx.tok(min(toks)).sent, ctx.tok(max(toks)).sent
    out = list(range(first, last + 1))
    close = region.close_at
    if close is not None and last + 1 < len(ctx.doc.sentences):
        nxt = ctx.doc.sentences[last + 1]
        follow = ctx.doc.text[nxt.start:nxt.start + 1]
        after_comma = follow.islower() or ctx.doc.text[:close].rstrip().endswith(",")
        if nxt.start - close <= 3 and (after_comma or _bare_frame(ctx, last + 1)):
            out.append(last + 1)
    return out


def _speech_noun_speaker(ctx: QuoteContext, toks: set[int]) -> Optional[Speaker]:
    """"Trump's claim that there were 'thousands of shootings'": the possessor (or the 'by'/'from'
    phrase) of the nearest speech noun governing the quoted words."""
    for a in ctx.ancestors(min(toks)):
        t = ctx.tok(a)
        if a in toks:
            continue
        if t.pos == "VERB" and t.dep not in ("acl", "ccomp", "relcl"):
            return None                 # the clause holding the quote is the reporter's
        if t.pos == "NOUN" and t.lemma.lower() in SPEECH_NOUNS:
            owners = [k.i for k in ctx.kids(a, "poss")]
            owners += [o.i for p in ctx.kids(a, "prep") if p.text.lower() in ("by", "from") for o in ctx.kids(p.i, "pobj")]
            return resolve_speaker(ctx, owners[0]) if owners else None
    return None


def _thing_frame(ctx: QuoteContext, cue: Optional[int]) -> bool:
    """'his controversial comment called them "super predators"': words framed as speech, though
    the frame's subject is no speaker (kept as a quote without speaker, not a scare quote)."""
    subject = subject_of_cue(ctx, cue) if cue is not None else None
    return subject is not None and ctx.tok(subject).pos == "NOUN" and not can_speak(ctx.tok(subject).lemma,
                                                                                   ctx.tok(subject).text)


def _cue_reaches(ctx: QuoteContext, cue: int, toks: set[int]) -> bool:
    """The cue governs the quoted words, hangs off a verb that does ('According to X, the move
    was "illegal"'), or stands in another sentence ('..., he said.' split off by the parser)."""
    if ctx.tok(cue).sent != ctx.tok(min(toks)).sent:
        return True
    governing = {a for q in toks for a in ctx.ancestors(q)}
    head = ctx.tok(cue).head
    return cue in governing or (head in governing and ctx.tok(head).pos in ("VERB", "AUX"))


def _as_frame_verb(ctx: QuoteContext, toks: set[int]) -> Optional[int]:
    """'X has been pounding Trump as a "con artist"': the verb of an 'as' phrase holding the quote."""
    for a in ctx.ancestors(min(toks)):
        t = ctx.tok(a)
        if a in toks:
            continue
        if t.text.lower() == "as" and t.dep == "prep" and ctx.tok(t.head).pos == "VERB":
            return t.head
        if t.pos == "VERB":
            return None
    return None


def _bare_frame(ctx: QuoteContext, s: int) -> bool:
    """'Warren said.': a short sentence whose speech verb has no object or clause of its own."""
    sent = ctx.doc.sentences[s]
    toks = ctx.doc.tokens[sent.token_start:sent.token_end]
    words = [t for t in toks if t.pos not in ("PUNCT", "SPACE")]
    cues = [t for t in words if is_cue(ctx, t.i)]
    return bool(cues) and len(words) <= 12 and not ctx.kids(cues[0].i, "ccomp", "dobj", "xcomp")


def _colon_cue(ctx: QuoteContext, toks: set[int]) -> Optional[int]:
    """'He said:' then the quote: the cue of the sentence before, when it ends with a colon."""
    s = ctx.tok(min(toks)).sent
    sent = ctx.doc.sentences[s]
    text = ctx.doc.text[sent.start:ctx.tok(min(toks)).start].rstrip(" “\"«\n")
    if text.endswith(":"):
        return best_cue(ctx, toks, [s])
    if s > 0:
        prev = ctx.doc.sentences[s - 1]
        if ctx.doc.text[prev.start:prev.end].rstrip().endswith(":"):
            return best_cue(ctx, toks, [s - 1])
    return None


def _frame_before(ctx: QuoteContext, region: QuotedRegion, toks: set[int]) -> Optional[int]:
    """'..., Schiff said. "The other factor ..."': a quote opening a sentence, with no cue of its
    own, continues the attribution of the sentence just before it in the same paragraph, when
    that sentence quotes nothing itself (a quote there passes its speaker on instead)."""
    s = ctx.tok(min(toks)).sent
    if s == 0 or _text_before(ctx, region, toks):
        return None
    prev = ctx.doc.sentences[s - 1]
    if "\n" in ctx.doc.text[prev.end:region.open_at]:
        return None
    tokens = range(prev.token_start, prev.token_end)
    if any(i in ctx.quoted for i in tokens):
        return None
    return best_cue(ctx, {prev.token_end - 1}, [s - 1])     # the cue nearest the sentence end


def _subject_before(ctx: QuoteContext, region: QuotedRegion, toks: set[int],
                    previous: Optional[tuple[Quote, int]]) -> Optional[Speaker]:
    """'Sanders identified young voters' exhaustion as a reason. "The younger people ..."': a quote
    opening a sentence with no cue anywhere near speaks for the person who is the subject of the
    sentence just before it in the same paragraph, when no quote of that sentence has a speaker."""
    s = ctx.tok(min(toks)).sent
    if s == 0 or _text_before(ctx, region, toks) or (previous and previous[1] >= s - 1):
        return None
    prev = ctx.doc.sentences[s - 1]
    colon = ctx.doc.text[prev.start:prev.end].rstrip().endswith(":")     # 'X made this comment:'
    if "\n" in ctx.doc.text[prev.end:region.open_at] and not colon:
        return None
    roots = [t for t in ctx.doc.tokens[prev.token_start:prev.token_end] if t.dep == "ROOT"]
    subj = [k for r in roots[:1] for k in ctx.kids(r.i, "nsubj") if k.i not in ctx.quoted]
    found = resolve_speaker(ctx, subj[0].i, create=False) if subj else None
    return found if found and ctx.entity_type(found[0]) in (("PERSON", "ORG") if colon else ("PERSON",)) else None


def _cue_subject_is_object(ctx: QuoteContext, cue: int) -> bool:
    """'a banner reading ...', 'a sign that said ...': the words are on a thing."""
    head = subject_of_cue(ctx, cue)
    t = ctx.tok(cue)
    nouns = [head] if head is not None else ([t.head] if t.dep in ("acl", "relcl") else [])
    return any(ctx.tok(n).lemma.lower() in OBJECT_NOUNS for n in nouns)


def _channel_before(ctx: QuoteContext, s: int, speaker: str) -> Optional[str]:
    """'In a video, he compared ... "…," he said': the channel of the speaker's sentence just
    before (at most CHANNEL_LOOKBACK sentences back)."""
    for prev in reversed(ctx.doc.sentences[max(0, s - CHANNEL_LOOKBACK):s]):
        for t in ctx.doc.tokens[prev.token_start:prev.token_end]:
            if t.dep == "ROOT" and t.pos in ("VERB", "AUX"):
                subj = ctx.kids(t.i, "nsubj")
                found = resolve_speaker(ctx, subj[0].i, create=False) if subj else None
                channel = channel_and_language(ctx, t.i)[0] if found and found[0] == speaker else None
                if channel:
                    return channel
    return None
