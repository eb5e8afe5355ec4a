"""Channel and language of an attribution: 'on Telegram', 'in its daily briefing', 'in a video',
'told Russian agencies', 'tweeted'; 'in English'."""
from __future__ import annotations

from typing import Optional

from newsgraph.data.quotes_lexicon import (AUDIENCE_NOUNS, CHANNEL_NOUNS, LANGUAGES, PLATFORMS,
                                           VERB_CHANNELS)
from newsgraph.quotes.context import QuoteContext

CHANNEL_PREPS = ("in", "during", "at", "via", "through", "on", "in")
_SKIP_LEFT = ("det", "poss", "predet", "punct")


def channel_and_language(ctx: QuoteContext, cue: int) -> tuple[Optional[str], Optional[str]]:
    """What the cue's prepositions and object say about the channel and the language."""
    t = ctx.tok(cue)
    channel = VERB_CHANNELS.get(t.lemma.lower())
    language = None
    for prep in _cue_preps(ctx, cue):
        for obj in ctx.kids(prep, "pobj"):
            lang = LANGUAGES.get(obj.text.lower())
            if lang and ctx.tok(prep).text.lower() == "in":
                language = language or lang
                continue
            channel = channel or _channel_of_object(ctx, prep, obj.i)
    if channel is None and t.lemma.lower() == "tell":
        channel = _audience(ctx, cue)
    return channel, language


def _cue_preps(ctx: QuoteContext, cue: int) -> list[int]:
    """Prepositions on the cue and, for 'calling for'-type cues, on the verb it depends on."""
    preps = [k.i for k in ctx.kids(cue, "prep")]
    t = ctx.tok(cue)
    if t.dep in ("advcl", "xcomp", "conj") and t.head != cue:
        preps += [k.i for k in ctx.kids(t.head, "prep")]
    return preps


def _channel_of_object(ctx: QuoteContext, prep: int, obj: int) -> Optional[str]:
    p = ctx.tok(prep).text.lower()
    if p not in CHANNEL_PREPS:
        return None
    words = [ctx.tok(j) for j in ctx.subtree(obj)]
    if p == "on":
        text = " ".join(w.text.lower() for w in words)
        for key, name in PLATFORMS.items():
            if key == text or any(w.text.lower() == key for w in words if w.pos == "PROPN" or key != "x"):
                return name
        return None
    if ctx.tok(obj).lemma.lower() in CHANNEL_NOUNS or ctx.tok(obj).text.lower() in CHANNEL_NOUNS:
        return noun_phrase_text(ctx, obj)
    return None


def _audience(ctx: QuoteContext, cue: int) -> Optional[str]:
    for obj in ctx.kids(cue, "dobj", "dative", "iobj"):
        if obj.pos == "PRON":
            continue
        is_media = obj.lemma.lower() in AUDIENCE_NOUNS or obj.text.lower() in AUDIENCE_NOUNS
        eid = ctx.entity_at.get(obj.i)
        if is_media or obj.ent_type == "ORG" or (eid and ctx.entity_type(eid) == "ORG"):
            return noun_phrase_text(ctx, obj.i)
    return None


def noun_phrase_text(ctx: QuoteContext, head: int) -> str:
    """'its daily briefing' -> 'daily briefing': the head with its left modifiers, no determiner."""
    left = [k for k in ctx.kids(head) if k.i < head and k.dep not in _SKIP_LEFT]
    first = min([min(ctx.subtree(k.i)) for k in left], default=head)
    return ctx.doc.text[ctx.tok(first).start:ctx.tok(head).end]
