"""The tense of the clause around a temporal expression, from the Token records (tags, heads)."""
from __future__ import annotations

from typing import Optional

from newsgraph.model import Document, Token

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}     # "wo" is spaCy's first half of "won't"
_PAST_TAGS = {"VBD"}
_PRESENT_TAGS = {"VBZ", "VBP"}


def tense_at(doc: Document, start: int, end: int) -> Optional[str]:
    """past | present | future | None for the verb governing the text span [start, end)."""
    inside = [t for t in doc.tokens_in(start, end)]
    if not inside:
        return None
    verb = _governing_verb(doc.tokens, inside[0])
    return _tense_of(doc.tokens, verb) if verb else None


def _governing_verb(tokens: list[Token], token: Token) -> Optional[Token]:
    seen = set()
    while token.i not in seen:
        seen.add(token.i)
        if token.pos in ("VERB", "AUX") and token.dep not in ("aux", "auxpass"):
            return token
        if token.head == token.i:
            return None
        token = tokens[token.head]
    return None


def _tense_of(tokens: list[Token], verb: Token) -> Optional[str]:
    lo = max(0, verb.i - 6)
    auxes = [t for t in tokens[lo:verb.i + 1] if t.head == verb.i and t.dep in ("aux", "auxpass")]
    words = {t.text.lower() for t in auxes}
    if words & _FUTURE_AUX or (verb.text.lower() == "going" and _followed_by_to(tokens, verb)):
        return "future"
    if any(t.tag == "MD" for t in auxes):
        return None
    if verb.lemma in _PROSPECTIVE or (verb.tag == "VB" and any(t.text.lower() == "to" for t in auxes)):
        return "future"
    if verb.tag in _PAST_TAGS or any(t.tag in _PAST_TAGS for t in auxes):
        return "past"
    if any(t.lemma == "have" for t in auxes) and verb.tag == "VBN":
        return "past"
    if verb.tag in _PRESENT_TAGS or any(t.tag in _PRESENT_TAGS for t in auxes):
        return "present"
    return None


def _followed_by_to(tokens: list[Token], verb: Token) -> bool:
    return verb.i + 1 < len(tokens) and tokens[verb.i + 1].text.lower() == "to"


# verbs whose complement lies ahead: "planned a demonstration on Saturday", "is due to meet Friday"
_PROSPECTIVE = {"plan", "schedule", "expect", "intend", "aim", "prepare", "set", "due", "hope", "promise",
                "vow", "pledge", "threaten", "propose", "seek", "want", "agree", "decide"}
