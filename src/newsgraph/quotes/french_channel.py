"""Channel and language of a French attribution: 'sur Telegram', 'dans un communiqué', 'lors
d'une conférence de presse', 'à l'AFP', 'en anglais' (the English words the records use)."""
from __future__ import annotations

from typing import Optional

from newsgraph.data.quotes_lexicon import PLATFORMS
from newsgraph.data.quotes_lexicon_fr import AUDIENCE_NOUNS_FR, CHANNEL_NOUNS_FR, CHANNEL_PREPS_FR, LANGUAGES_FR
from newsgraph.quotes.context import QuoteContext


def channel_fr(ctx: QuoteContext, cue: int) -> tuple[Optional[str], Optional[str]]:
    """'sur Telegram', 'dans un communiqué', 'à l'AFP', 'en anglais' near the cue: the most
    specific channel (a platform, then a channel noun, then the audience) and the language."""
    sentence = ctx.doc.sentences[ctx.tok(cue).sent]
    tokens = ctx.doc.tokens
    window = [t for t in tokens[cue:min(sentence.token_end, cue + 12)] if t.i not in ctx.quoted]
    if tokens[sentence.token_start].text.lower() in CHANNEL_PREPS_FR:      # 'Dans un communiqué, X a ...'
        window = [t for t in tokens[sentence.token_start:min(cue, sentence.token_start + 6)]] + window
    found: list[tuple[int, str]] = []
    language = None
    for k, prep in enumerate(window):
        word = prep.text.lower()
        if word == "en" and k + 1 < len(window) and window[k + 1].text.lower() in LANGUAGES_FR:
            language = LANGUAGES_FR[window[k + 1].text.lower()]
        if word not in CHANNEL_PREPS_FR and word != "aux":
            continue
        for t in window[k + 1:k + 5]:
            low = t.text.lower()
            if not low[:1].isalpha():
                break
            if low in PLATFORMS and t.text[:1].isupper():      # "Telegram", "X"; "radio" is a noun below
                found.append((0, PLATFORMS[low]))
                break
            if t.lemma.lower() in CHANNEL_NOUNS_FR:
                found.append((1, CHANNEL_NOUNS_FR[t.lemma.lower()]))
            elif word in ("à", "aux", "au") and (low in AUDIENCE_NOUNS_FR or t.pos == "PROPN"):
                found.append((2, AUDIENCE_NOUNS_FR.get(low, t.text)))
                break
            if t.pos in ("VERB", "PUNCT"):
                break
    best = min(found, key=lambda f: f[0], default=None)
    return (best[1] if best else None), language
