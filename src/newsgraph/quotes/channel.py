"""Channel and language of an attribution: 'on Telegram', 'in its daily briefing', 'in a video',
'told Russian agencies', 'tweeted'; 'in English'.

When several are given, the most specific wins: a platform or medium ('in a statement on
Facebook' -> Facebook, 'told reporters by telephone' -> telephone), then a channel noun, then the
audience ('told reporters', 'stated to Russian state media')."""
from __future__ import annotations

from typing import Optional

from newsgraph.data.quotes_lexicon import (AUDIENCE_NOUNS, CHANNEL_NOUNS, LANGUAGES, PLATFORMS,
                                           VERB_CHANNELS)
from newsgraph.quotes.context import QuoteContext

CHANNEL_PREPS = ("in", "during", "at", "via", "through", "on", "by")
AUDIENCE_PREPS = ("to",)
PLATFORM, NOUN, AUDIENCE = 0, 1, 2      # ranks: lower wins
_SKIP_LEFT = ("det", "poss", "predet", "punct")


def channel_and_language(ctx: QuoteContext, cue: int) -> tuple[Optional[str], Optional[str]]:
    """What the cue's prepositions and object say about the channel and the language."""
    t = ctx.tok(cue)
    if VERB_CHANNELS.get(t.lemma.lower()):
        found: list[tuple[int, str]] = [(PLATFORM, VERB_CHANNELS[t.lemma.lower()])]
    else:
        found = []
    language = None
    for prep in _cue_preps(ctx, cue):
        for obj in ctx.kids(prep, "pobj"):
            lang = LANGUAGES.get(obj.text.lower())
            if lang and ctx.tok(prep).text.lower() == "in":
                language = language or lang
                continue
            found += _channel_of_object(ctx, prep, obj.i)
    if t.lemma.lower() == "tell":
        found += [(AUDIENCE, a) for a in _audience(ctx, cue)]
    for subj in ctx.kids(cue, "nsubj"):     # 'a statement from the ministry said': the author speaks in it
        if subj.pos == "NOUN" and subj.lemma.lower() in CHANNEL_NOUNS and subj.i not in ctx.quoted \
                and _has_author(ctx, subj.i):
            found.append((NOUN, noun_phrase_text(ctx, subj.i)))
    best = min(found, key=lambda f: f[0], default=None)     # stable: the first of the best rank
    return (best[1] if best else None), language


def _cue_preps(ctx: QuoteContext, cue: int) -> list[int]:
    """Prepositions on the cue and, for 'calling for'-type cues, on the verb it depends on."""
    preps = [k.i for k in ctx.kids(cue, "prep")]
    t = ctx.tok(cue)
    if t.dep in ("advcl", "xcomp", "conj") and t.head != cue:
        preps += [k.i for k in ctx.kids(t.head, "prep")]
    return preps


def _has_author(ctx: QuoteContext, noun: int) -> bool:
    """'the ministry's statement', 'a statement from the ministry', 'an IMF report'."""
    for k in ctx.kids(noun, "poss", "compound", "prep"):
        if k.dep == "poss" or (k.dep == "compound" and k.pos == "PROPN") or k.text.lower() in ("by", "from"):
            return True
    return False


def _channel_of_object(ctx: QuoteContext, prep: int, obj: int) -> list[tuple[int, str]]:
    """(rank, channel) read from one prepositional object of the cue."""
    p = ctx.tok(prep).text.lower()
    if p in AUDIENCE_PREPS:       # 'stated to Russian state media' (never 'according to')
        o = ctx.tok(obj)
        is_media = o.lemma.lower() in AUDIENCE_NOUNS or o.text.lower() in AUDIENCE_NOUNS
        return [(AUDIENCE, noun_phrase_text(ctx, obj))] if is_media and ctx.tok(ctx.tok(prep).head).text.lower() != "according" else []
    if p not in CHANNEL_PREPS:
        return []
    platform = _platform(ctx, obj, whole=p in ("on", "by", "via"))
    if platform:
        return [(PLATFORM, platform)]
    if p != "on" and (ctx.tok(obj).lemma.lower() in CHANNEL_NOUNS or ctx.tok(obj).text.lower() in CHANNEL_NOUNS):
        return [(NOUN, noun_phrase_text(ctx, obj))]
    return []


def _platform(ctx: QuoteContext, obj: int, whole: bool) -> Optional[str]:
    """'on X', 'on Facebook', 'by telephone'; inside a channel noun: 'a statement on Facebook'."""
    if whole:
        words = [ctx.tok(j) for j in ctx.subtree(obj)]
        text = " ".join(_word(w.text) for w in words)
        for key, name in PLATFORMS.items():
            if key == text or any(_word(w.text) == key for w in words if w.pos == "PROPN" or key != "x"):
                return name
        return None
    for k in ctx.kids(obj, "compound"):        # 'in a Telegram post' (but 'a phone interview')
        if k.pos == "PROPN" and _word(k.text) in PLATFORMS:
            return PLATFORMS[_word(k.text)]
    for prep in ctx.kids(obj, "prep"):
        if prep.text.lower() in ("on", "via", "by"):
            for inner in ctx.kids(prep.i, "pobj"):
                found = _platform(ctx, inner.i, whole=True)
                if found:
                    return found
    return None


def _word(text: str) -> str:
    """'X.' at a sentence end the tokenizer did not split: the word without its period."""
    return text.lower().rstrip(".")


def _audience(ctx: QuoteContext, cue: int) -> list[str]:
    return _media(ctx, [o for o in ctx.kids(cue, "dobj", "dative", "iobj") if o.pos != "PRON"])


def _media(ctx: QuoteContext, objs: list) -> list[str]:
    """'reporters', 'Russian agencies', 'state media', a named organisation."""
    out = []
    for obj in objs:
        is_media = obj.lemma.lower() in AUDIENCE_NOUNS or obj.text.lower() in AUDIENCE_NOUNS
        eid = ctx.entity_at.get(obj.i)
        if is_media or obj.ent_type == "ORG" or (eid and ctx.entity_type(eid) == "ORG"):
            out.append(noun_phrase_text(ctx, obj.i))
    return out


def noun_phrase_text(ctx: QuoteContext, head: int) -> str:
    """'its daily briefing' -> 'daily briefing': the head with its left modifiers, no determiner."""
    left = [k for k in ctx.kids(head) if k.i < head and k.dep not in _SKIP_LEFT]
    first = min([min(ctx.subtree(k.i)) for k in left], default=head)
    return ctx.doc.text[ctx.tok(first).start:ctx.tok(head).end]
