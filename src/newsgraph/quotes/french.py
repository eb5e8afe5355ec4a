"""French quotes: « », “ ”, " " with their speakers, and indirect speech.

The stage (`attribution.attribute_quotes`) asks these two functions for each quoted region and
for indirect speech when `doc.language == "fr"`. Quoted regions, split quotes, the entity context
and the pronoun resolver are the English stage's; what is French is
how a speaker is named around the marks (the small French model's parse is too loose to follow
heads, so the rules read the words next to the marks):
- an incise right after the closing mark: '», a-t-il dit', '», a déclaré X', '», affirme le
  ministre', '», selon X', '», a écrit X sur Telegram';
- a frame before the opening mark in its sentence: 'X a déclaré : «', 'X a affirmé que «',
  'X qualifie cet acte de «', 'selon X, «' (the nearest to the mark wins);
- a direct quote with neither continues the previous speaker (within two sentences);
- 'il'/'elle' speakers go through the pronoun resolver; a named person in apposition wins
  ('Le président de la République, François Hollande, qualifie ...').
A partial quote of a few words with no speaker is a term, not speech, and is dropped.
Indirect speech: 'X a affirmé que ...', '..., selon X.', 'Selon X, ...', '..., a déclaré X.'.
"""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.data.quotes_lexicon_fr import (ACCORDING_FR, ATTITUDE_VERBS_FR, CHANNEL_PREPS_FR, ORG_NOUNS_FR,
                                              PERSON_NOUNS_FR, PRONOUNS_FR, SPEECH_VERBS_FR)
from newsgraph.model import Quote, Token
from newsgraph.quotes.context import QuoteContext
from newsgraph.quotes.coref import resolve_pronoun
from newsgraph.quotes.french_channel import channel_fr
from newsgraph.quotes.marks import QuotedRegion, region_text

Speaker = tuple[str, list]            # entity id, speaker spans
MAX_SCARE_WORDS = 4                   # a partial quote this short with no speaker is a term
INHERIT_SENTENCES = 2
FRAME_REACH = 15                      # tokens before the opening mark searched for its frame
TERM_REACH = 6                        # ... for a short partial quote ('qualifie cet acte de « Choc »')
NEXT_PIECE_REACH = 300                # characters from a closing mark to the next piece's closing mark
INCISE_REACH = 4                      # tokens after the closing mark in which the incise verb stands
MIN_TOKENS = 3
_STOP = {",", ".", ";", ":", "(", ")", "!", "?", "«", "»", "“", "”", '"', "—", "–"}
_QUE = ("que", "qu'", "qu’")
_AUDIENCE_PREPS = ("à", "au", "aux")
_OPEN, _CLOSE = re.compile(r'[«“"]'), re.compile(r'[»”"]')
_PARTITIVES = ("des", "du", "de", "d'", "d’")
_CLITICS = ("ne", "n'", "n’", "se", "s'", "s’", "l'", "l’", "le", "la", "les", "lui", "leur")


def quote_from_region_fr(ctx: QuoteContext, region: QuotedRegion, toks: set[int],
                         previous: Optional[tuple[Quote, int]]) -> Optional[Quote]:
    """The quote of one quoted region of a French document (None: not speech); `previous` is the
    last quote and the sentence it ends in."""
    if not toks:
        return None
    doc = ctx.doc
    quote = Quote(id="", text=region_text(doc.text, region), spans=[doc.span(a, b) for a, b in region.spans])
    before = _reporter_words_before(ctx, region)
    after = doc.text[region.close_at + 1:].lstrip()[:1] if region.close_at is not None else ""
    whole = after in ("", ",", ".", ";", "!", "?", "«") or quote.text[-1:] in ".!?…"
    quote.kind = "direct" if (not before or before.endswith(":")) and whole else "partial"
    term = quote.kind == "partial" and len(quote.text.split()) <= MAX_SCARE_WORDS
    found = _incise(ctx, region) or _frame(ctx, region, TERM_REACH if term else FRAME_REACH) \
        or _incise_of_next_piece(ctx, region, verbs_only=term)
    if found:
        (quote.speaker, quote.speaker_spans), cue = found
        quote.channel, quote.language = channel_fr(ctx, cue)
    elif quote.kind == "direct" and previous and previous[0].speaker \
            and ctx.tok(min(toks)).sent - previous[1] <= INHERIT_SENTENCES:
        quote.speaker, quote.speaker_spans = previous[0].speaker, []
        quote.channel, quote.language = previous[0].channel, previous[0].language
    if quote.speaker is None and term:
        return None
    return quote


# --- where the speaker is named ------------------------------------------------------------

def _incise(ctx: QuoteContext, region: QuotedRegion) -> Optional[tuple[Speaker, int]]:
    """'», a-t-il dit', '», a déclaré X', '», selon X': the speaker right after the closing mark."""
    if region.close_at is None:
        return None
    after = _following(ctx, region.close_at + 1, INCISE_REACH + 2)
    words = [t for t in after if t.text not in _STOP]
    if not words or after[0].text not in (",", ".") and words[0] is not after[0]:
        return None
    if words[0].text.lower() in ACCORDING_FR:
        speaker = _phrase_speaker(ctx, *_phrase_after(ctx, words[0].i))
        return (speaker, words[0].i) if speaker else None
    cue = next((t for t in words[:INCISE_REACH] if _is_speech(ctx, t)), None)
    if cue is None:
        return None
    speaker = _inverted_speaker(ctx, cue)
    return (speaker, cue.i) if speaker else None


def _reporter_words_before(ctx: QuoteContext, region: QuotedRegion) -> str:
    """The reporter's words between the start of the sentence and the opening mark (the model
    sometimes starts a sentence at a mark, so the sentence is that of the word before it)."""
    before = [t for t in ctx.tokens_between(max(0, region.open_at - 400), region.open_at)]
    if not before or before[-1].text in (".", "!", "?"):
        return ""
    return ctx.doc.text[ctx.doc.sentences[before[-1].sent].start:region.open_at].strip()


def _incise_of_next_piece(ctx: QuoteContext, region: QuotedRegion, verbs_only: bool) -> Optional[tuple[Speaker, int]]:
    """'« A » de l'attaque « B », a déclaré X': the first piece of a quote the reporter's words cut
    takes the incise of the piece that ends the sentence; a term only from a verb of saying (the
    'selon X' after '99 « en urgence absolue » et 155 en « urgence relative »' is the source of
    the figures, not of the first words)."""
    if region.close_at is None:
        return None
    text = ctx.doc.text
    end = min(len(text), region.close_at + NEXT_PIECE_REACH)
    opening = _OPEN.search(text, region.close_at + 1, end)
    closing = _CLOSE.search(text, opening.end(), end) if opening else None
    if closing is None or re.search(r"[.!?]\s|\n", text[region.close_at + 1:opening.start()]):
        return None
    nxt, close = opening.start(), closing.start()
    found = _incise(ctx, QuotedRegion(spans=[(nxt + 1, close)], open_at=nxt, close_at=close))
    return None if found and verbs_only and ctx.tok(found[1]).text.lower() in ACCORDING_FR else found


def _frame(ctx: QuoteContext, region: QuotedRegion, reach: int) -> Optional[tuple[Speaker, int]]:
    """'X a déclaré : «', 'selon X, «', 'X qualifie cet acte de «': the nearest cue before the
    mark in the sentence the mark continues (none after a full stop), outside other quotes."""
    before = [t for t in ctx.tokens_between(max(0, region.open_at - 400), region.open_at) if t.i not in ctx.quoted]
    if not before or before[-1].text in (".", "!", "?"):
        return None
    sentence = ctx.doc.sentences[before[-1].sent]
    lo = max(sentence.token_start, before[-1].i + 1 - reach)
    for t in reversed(ctx.doc.tokens[lo:before[-1].i + 1]):
        if t.i in ctx.quoted:
            continue
        if t.text.lower() in ACCORDING_FR:
            speaker = _phrase_speaker(ctx, *_phrase_after(ctx, t.i))
            if speaker:
                return speaker, t.i
        elif _is_speech(ctx, t):
            speaker = _subject_speaker(ctx, t)
            if speaker:
                return speaker, t.i
    return None


def _is_speech(ctx: QuoteContext, t: Token, attitudes: bool = False) -> bool:
    """A verb of saying; the small model tags some participles as nouns ('a nié' -> NOUN 'nié')."""
    if not t.text[:1].islower() or t.pos not in ("VERB", "AUX", "NOUN"):
        return False
    if t.pos == "NOUN" and not (t.i > 0 and _is_auxiliary_form(ctx.tok(t.i - 1))):
        return False
    lemmas = {t.lemma.lower(), _participle_lemma(t.text.lower()), _present_lemma(t.text.lower())}
    return bool(lemmas & SPEECH_VERBS_FR or (attitudes and lemmas & ATTITUDE_VERBS_FR))


def _participle_lemma(word: str) -> str:
    """'nié' -> 'nier', 'déclarées' -> 'déclarer' (first-group past participles)."""
    for ending in ("ées", "és", "ée", "é"):
        if word.endswith(ending):
            return word[:-len(ending)] + "er"
    return word


def _present_lemma(word: str) -> str:
    """'indique' -> 'indiquer', 'affirment' -> 'affirmer': first-group present forms the small model
    leaves unlemmatised."""
    if word.endswith("ent") and len(word) > 5:
        return word[:-2] + "r"
    return word + "r" if word.endswith("e") else word


def _is_auxiliary_form(t: Token) -> bool:
    return t.lemma.lower() in ("avoir", "être") or t.text.lower() in ("a", "ont", "est", "sont", "avait")


def _following(ctx: QuoteContext, start: int, n: int) -> list[Token]:
    """The n tokens starting at character `start`, within the sentence of the first one."""
    toks = ctx.tokens_between(start, min(len(ctx.doc.text), start + 200))
    return [t for t in toks[:n] if t.sent == toks[0].sent] if toks else []


def _inverted_speaker(ctx: QuoteContext, cue: Token) -> Optional[Speaker]:
    """'a-t-il dit' (the pronoun), 'a déclaré le ministre' (the phrase after the verb)."""
    near = ctx.doc.tokens[max(0, cue.i - 3):cue.i + 3]
    pronoun = next((t for t in near if t.text.startswith("-") and t.text[1:].lower() in PRONOUNS_FR), None)
    if pronoun is not None:
        return _pronoun_speaker(ctx, pronoun)
    first, last = _phrase_after(ctx, cue.i)
    named = any(ctx.entity_type(ctx.entity_at.get(i, "")) == "PERSON" for i in range(first, last + 1))
    apposed = None if named else _apposed_person(ctx, last)
    return apposed or _phrase_speaker(ctx, first, last) or _person_after(ctx, cue)


def _apposed_person(ctx: QuoteContext, last: int) -> Optional[Speaker]:
    """'le porte-parole du ministère, Igor Konachenkov': the person named after the comma."""
    tokens = ctx.doc.tokens
    if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return None
    eid = ctx.entity_at.get(last + 2, "")
    if ctx.entity_type(eid) != "PERSON":
        return None
    end = last + 2
    while end + 1 < len(tokens) and ctx.entity_at.get(end + 1) == eid:
        end += 1
    return _phrase_speaker(ctx, last + 2, end)


def _person_after(ctx: QuoteContext, cue: Token) -> Optional[Speaker]:
    """The first person named after the verb in its clause, past the adverbials the inversion
    puts first ('a déclaré dans la nuit de jeudi à vendredi le président François Hollande')."""
    sentence = ctx.doc.sentences[cue.sent]
    for t in ctx.doc.tokens[cue.i + 1:sentence.token_end]:
        if t.text in _STOP - {","} or t.i in ctx.quoted or (t.text.lower() == "en" and t.i + 1 < sentence.token_end
                                                            and ctx.tok(t.i + 1).pos == "VERB"):
            return None                  # the clause ends, or a gerund starts ('en dénonçant')
        eid = ctx.entity_at.get(t.i, "")
        if ctx.entity_type(eid) == "PERSON":
            last = t.i
            while last + 1 < sentence.token_end and ctx.entity_at.get(last + 1) == eid:
                last += 1
            return _phrase_speaker(ctx, t.i, last)
    return None


def _subject_speaker(ctx: QuoteContext, verb: Token) -> Optional[Speaker]:
    """The subject of a frame verb: its nsubj (through its auxiliaries), else the noun phrase
    that ends right before the verb group ('Le président, X, qualifie')."""
    subjects = [k for k in ctx.kids(verb.i) if k.dep.startswith(("nsubj", "expl:subj")) and k.i not in ctx.quoted]
    if subjects:
        head = subjects[0]
        if head.text.lower().lstrip("-") in PRONOUNS_FR:
            return _pronoun_speaker(ctx, head)
        span = [i for i in ctx.subtree(head.i) if ctx.tok(i).sent == head.sent and i < verb.i]
        return _phrase_speaker(ctx, min(span), max(span)) if span else None
    j = verb.i - 1
    while j >= 0 and (ctx.tok(j).pos in ("AUX", "ADV", "PART") or ctx.tok(j).text.lower() in _CLITICS
                      or _is_auxiliary_form(ctx.tok(j))):
        j -= 1
    if j < 0 or ctx.tok(j).sent != verb.sent:
        return None
    if ctx.tok(j).text == ",":                      # 'X, ..., qualifie': the phrase before the apposition
        j -= 1
    last = j
    while j > ctx.doc.sentences[verb.sent].token_start and ctx.tok(j - 1).text not in _STOP - {","} \
            and ctx.tok(j - 1).pos not in ("VERB", "SCONJ"):
        j -= 1
    if ctx.tok(last).text.lower() in PRONOUNS_FR:
        return _pronoun_speaker(ctx, ctx.tok(last))
    return _phrase_speaker(ctx, j, last)


def _phrase_after(ctx: QuoteContext, i: int) -> tuple[int, int]:
    """Tokens after `i` up to punctuation, a verb, 'que' or a channel preposition ('sur Telegram')."""
    first = i + 1
    tokens = ctx.doc.tokens
    while first < len(tokens) and tokens[first].pos in ("ADV", "AUX") and tokens[first].sent == tokens[i].sent:
        first += 1                                   # 'a également déclaré', '», a encore dit'
    while first < len(tokens) and tokens[first].sent == tokens[i].sent \
            and tokens[first].text.lower() in _AUDIENCE_PREPS + CHANNEL_PREPS_FR:
        first = _past_prepositional_phrase(tokens, first)   # 'a expliqué à l'AFP une habitante'
    last = first - 1
    while last + 1 < len(tokens) and tokens[last + 1].sent == tokens[i].sent:
        nxt = tokens[last + 1]
        if nxt.text in _STOP or nxt.text.lower() in _QUE or nxt.pos in ("VERB", "SCONJ") \
                or (nxt.text.lower() in CHANNEL_PREPS_FR and last >= first):
            break
        last += 1
    return first, last


def _past_prepositional_phrase(tokens: list[Token], i: int) -> int:
    """The index after 'à l'AFP', 'sur Telegram', 'lors d'une conférence de presse' starting at i."""
    i += 1
    while i < len(tokens) and (tokens[i].pos == "DET" or tokens[i].text.lower() in _PARTITIVES):
        i += 1
    while i + 1 < len(tokens) and tokens[i].pos in ("NOUN", "PROPN") and tokens[i + 1].pos == "PROPN":
        i += 1
    i += 1
    while i + 1 < len(tokens) and tokens[i].text.lower() in ("de", "d'", "d’") and tokens[i + 1].pos == "NOUN":
        i += 2                                       # '... conférence de presse'
    return i


def _phrase_speaker(ctx: QuoteContext, first: int, last: int) -> Optional[Speaker]:
    """The entity a phrase names: a person in it first (apposition), else any entity or NER
    mention, else a person or group word ('le porte-parole', 'la police') as a new entity."""
    if last < first:
        return None
    toks = [ctx.tok(i) for i in range(first, last + 1) if i not in ctx.quoted]
    if len(toks) == 1 and toks[0].text.lower() in PRONOUNS_FR:
        return _pronoun_speaker(ctx, toks[0])
    ids = [ctx.entity_at[t.i] for t in toks if t.i in ctx.entity_at]
    named = {ctx.entity_at[t.i] for t in toks if t.pos == "PROPN" and t.i in ctx.entity_at}
    for eid in sorted(dict.fromkeys(ids), key=lambda e: (ctx.entity_type(e) != "PERSON", e not in named)):
        if ctx.entity_type(eid) in ("PERSON", "ORG", "MILITARY_UNIT", "NORP", "GPE", "OTHER"):
            spans = [t for t in toks if ctx.entity_at.get(t.i) == eid]
            return eid, [ctx.span_of(spans[0].i, spans[-1].i)]
    for t in toks:
        if t.i in ctx.mention_at:
            made = ctx.entity_for_mention(ctx.mention_at[t.i])
            if made:
                return made[0], [made[1]]
    nouns = [t for t in toks if t.pos in ("NOUN", "PROPN")]
    if not nouns:
        return None
    head = nouns[0].lemma.lower()
    etype = "PERSON" if head in PERSON_NOUNS_FR else "ORG" if head in ORG_NOUNS_FR else None
    if etype is None:
        return None
    start = next(t.i for t in toks if t.pos != "DET" and t.text.lower() not in _PARTITIVES)
    eid, span = ctx.entity_for_phrase(start, toks[-1].i, etype)
    return eid, [span]


def _pronoun_speaker(ctx: QuoteContext, t: Token) -> Optional[Speaker]:
    kind = PRONOUNS_FR.get(t.text.lower().lstrip("-"))
    found = resolve_pronoun(ctx, t.i, kind=kind) if kind else None
    if not found:
        return None
    ctx.add_mention(found[0], t.i, t.i)
    return found[0], [ctx.span_of(t.i, t.i)]


# --- indirect speech -----------------------------------------------------------------------

def indirect_quotes_fr(ctx: QuoteContext, regions: list[QuotedRegion]) -> list[Quote]:
    """'X a affirmé que ...', '..., selon X.', 'Selon X, ...', '..., a déclaré X.'; only with a
    speaker, never over quotation marks."""
    blocked = [(r.open_at, (r.close_at if r.close_at is not None else r.end) + 1) for r in regions]
    out: list[Quote] = []
    for t in ctx.doc.tokens:
        if t.i in ctx.quoted:
            continue
        found = _indirect_at(ctx, t)
        if not found:
            continue
        (first, last), speaker = found
        while last > first and ctx.tok(last).text in _STOP:
            last -= 1
        while first < last and (ctx.tok(first).text in _STOP or ctx.tok(first).text.lower() in _QUE):
            first += 1
        if last - first + 1 < MIN_TOKENS:
            continue
        span = ctx.span_of(first, last)
        if ctx.doc.text[span.end:span.end + 3].lstrip()[:1] in "«“\"" or \
                any(a < span.end and span.start < b for a, b in blocked) or \
                any(q.spans[0].start < span.end and span.start < q.spans[0].end for q in out):
            continue
        channel, language = channel_fr(ctx, t.i)
        out.append(Quote(id="", text=span.text, spans=[span], kind="indirect", speaker=speaker[0],
                         speaker_spans=speaker[1], channel=channel, language=language))
    return out


def _indirect_at(ctx: QuoteContext, t: Token) -> Optional[tuple[tuple[int, int], Speaker]]:
    sentence = ctx.doc.sentences[t.sent]
    start, end = sentence.token_start, sentence.token_end - 1
    if t.text.lower() in ACCORDING_FR:
        phrase = _phrase_after(ctx, t.i)
        speaker = _phrase_speaker(ctx, *phrase)
        if speaker is None:
            return None
        if phrase[1] + 1 <= end and ctx.tok(phrase[1] + 1).text.lower() in _QUE:
            return None                              # 'montre selon X que ...': the que-clause is X's
        content = (phrase[1] + 1, end) if t.i == start else (start, t.i - 1)
        return content, speaker
    if not _is_speech(ctx, t, attitudes=True):
        return None
    que = next((k.i for k in ctx.doc.tokens[t.i + 1:min(end, t.i + 6) + 1] if k.text.lower() in _QUE), None)
    if que is not None:
        speaker = _subject_speaker(ctx, t)
        return ((que + 1, end), speaker) if speaker else None
    comma = next((k.i for k in reversed(ctx.doc.tokens[max(start, t.i - 4):t.i]) if k.text == ","), None)
    if comma is not None and comma > start:         # '..., a déclaré le gouverneur.'
        speaker = _inverted_speaker(ctx, t)
        return ((start, comma - 1), speaker) if speaker else None
    return None
