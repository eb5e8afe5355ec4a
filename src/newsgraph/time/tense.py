"""The tense of the clause around a temporal expression, from the Token records (tags, heads)."""
from __future__ import annotations

import bisect
import re
from typing import Optional

from newsgraph.model import Document, Token

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d"}   # "wo" is spaCy's half of "won't"
_PAST_TAGS = {"VBD"}
_PRESENT_TAGS = {"VBZ", "VBP"}
# verbs whose complement lies ahead: "planned a demonstration on Saturday", "is due to meet Friday"
_PROSPECTIVE = {"plan", "schedule", "expect", "intend", "aim", "prepare", "set", "due", "hope", "promise",
                "vow", "pledge", "threaten", "propose", "seek", "want", "agree", "decide"}
# verbs that ask someone to act later: "ordered him to appear on Monday"
_DIRECTIVE = {"ask", "order", "tell", "urge", "invite", "call", "subpoena", "summon", "require", "force",
              "allow", "authorize", "instruct", "persuade", "encourage", "request", "need", "push", "press"}
# verbs that set or move a date: the day they govern lies ahead even in the past tense
# ("has scheduled a briefing Thursday", "postponed the vote to Tuesday"); these others only with a
# deadline preposition ("extended its deadline until Tuesday", "planned a rally for Saturday")
_RESCHEDULE = {"schedule", "reschedule", "postpone", "delay", "defer", "adjourn"}
_DEADLINE_VERBS = {"extend", "plan", "set", "give", "move", "push"}
_DEADLINE = re.compile(r"\b(?:until|till|through)\s+(?:(?:noon|midnight|\d[\d:. apmEST]*)\s+)?$", re.IGNORECASE)
_PROSPECTIVE |= _RESCHEDULE
# adjectives whose date lies ahead of the clause's verb: "a split payable Dec. 7", "a pact effective June 1"
_PROSPECTIVE_ADJ = {"payable", "effective"}
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_EARLIEST = re.compile(r"\bas\s+(?:early|soon)\s+as\s+$", re.IGNORECASE)


def tense_at(doc: Document, start: int, end: int, starts: Optional[list[int]] = None) -> Optional[str]:
    """past | present | future | None for the verb governing the text span [start, end).
    `starts` (the tokens' start offsets, ascending) makes the lookup logarithmic."""
    inside = tokens_between(doc, start, end, starts)
    if not inside:
        return None
    if _EARLIEST.search(doc.text[max(0, start - 20):start]):
        return "future"
    if _SINCE.search(doc.text[max(0, start - 12):start]):
        return "past"                  # "since Jan. 13": a point already past, whatever the verb
    if inside[-1].dep == "poss":          # "Wednesday's ruling": a day already past
        return "past"
    path = _path_to_verb(doc.tokens, inside[0])
    if not path:
        return None
    verb = path[-1]
    if any(t.pos == "ADJ" and t.lemma.lower() in _PROSPECTIVE_ADJ for t in path[1:3]):
        return "future"
    if verb.lemma in _RESCHEDULE or (verb.lemma in _DEADLINE_VERBS and _DEADLINE.search(doc.text[max(0, start - 30):start])):
        return "future"
    return _tense_of(doc.tokens, verb, direct=len(path) <= 3)


def modifies_noun(doc: Document, start: int, end: int, starts: Optional[list[int]] = None) -> bool:
    """True when the span is a noun modifier ('the Christmas decorations', 'Easter holidays'):
    it names the occasion nearest the text, whatever the tense of the clause."""
    inside = tokens_between(doc, start, end, starts)
    return bool(inside) and inside[-1].dep == "compound" and doc.tokens[inside[-1].head].pos == "NOUN"


def tokens_between(doc: Document, start: int, end: int, starts: Optional[list[int]] = None) -> list[Token]:
    """The tokens inside [start, end), by binary search over their start offsets."""
    starts = starts if starts is not None else [t.start for t in doc.tokens]
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    return [t for t in doc.tokens[lo:hi] if t.end <= end]


def _path_to_verb(tokens: list[Token], token: Token) -> list[Token]:
    """The tokens from `token` up the head chain to the first full verb (empty when none)."""
    path, seen = [], set()
    while token.i not in seen:
        seen.add(token.i)
        path.append(token)
        if token.pos in ("VERB", "AUX") and token.dep not in ("aux", "auxpass"):
            return path
        if token.head == token.i:
            return []
        token = tokens[token.head]
    return []


def _tense_of(tokens: list[Token], verb: Token, direct: bool) -> Optional[str]:
    lo = max(0, verb.i - 6)
    auxes = [t for t in tokens[lo:verb.i + 1] if t.head == verb.i and t.dep in ("aux", "auxpass")]
    words = {t.text.lower() for t in auxes}
    if words & _FUTURE_AUX or (verb.text.lower() == "going" and _followed_by_to(tokens, verb)):
        return "future"
    if any(t.tag == "MD" for t in auxes):
        return None
    if verb.tag == "VB" and "to" in words:
        return _infinitive_tense(tokens, verb)
    if verb.lemma in _PROSPECTIVE and not direct:
        return "future"
    if verb.tag in _PAST_TAGS or any(t.tag in _PAST_TAGS for t in auxes):
        return "past"
    if any(t.lemma == "have" for t in auxes) and (verb.tag == "VBN" or (words & {"been"} and verb.tag == "VBG")):
        return "past"                  # "has closed", "have been searching since ...": a past start
    if verb.tag == "VBN" and verb.dep == "acl" and not auxes and not _looks_ahead(tokens, verb):
        return "past"                  # "the cuts announced in January", "the record set on Aug. 6"
    if verb.tag in _PRESENT_TAGS or any(t.tag in _PRESENT_TAGS for t in auxes):
        return "present"
    head = tokens[verb.head]
    if verb.tag == "VBG" and not auxes and verb.dep in ("advcl", "conj") and head.tag == "VBD":
        return "past"                  # "the stock jumped, rising to $42 in June" (not "has cut, resulting in")
    return None


def _looks_ahead(tokens: list[Token], verb: Token) -> bool:
    """A participle that points ahead: 'a vote scheduled Tuesday', 'a rally set for Saturday'
    (not 'the record set on Aug. 6')."""
    if verb.lemma in _RESCHEDULE:
        return True
    nxt = tokens[verb.i + 1].text.lower() if verb.i + 1 < len(tokens) else ""
    return verb.lemma in _PROSPECTIVE and nxt in ("for", "to", "until", "till")


def _infinitive_tense(tokens: list[Token], verb: Token) -> str:
    """'to meet on Friday' lies ahead, unless a past verb that looks ahead of nothing governs it:
    'staged celebrations to mark the entry on Friday' is past."""
    governor = tokens[verb.head]
    if verb.head == verb.i or governor.pos not in ("VERB", "ADJ"):
        return "future"
    adjective = governor if governor.pos == "ADJ" else None
    if adjective:                      # "made it difficult to meet demand into the summer": the verb's
        governor = tokens[adjective.head]
    if _past_perfect(tokens, governor):
        return "past"                  # "had been scheduled (due) to expire Friday": a plan already past
    if adjective and (adjective.lemma in _PROSPECTIVE or governor.pos not in ("VERB", "AUX")):
        return "future"                # "is due to meet Friday"
    if governor.lemma in _PROSPECTIVE | _DIRECTIVE:
        return "future"
    return "past" if _tense_of(tokens, governor, direct=True) == "past" else "future"


def _past_perfect(tokens: list[Token], verb: Token) -> bool:
    """'had been scheduled', 'had planned', 'had been (due)': a past perfect verb."""
    return any(t.head == verb.i and t.dep in ("aux", "auxpass") and t.text.lower() == "had"
               for t in tokens[max(0, verb.i - 4):verb.i])


def _followed_by_to(tokens: list[Token], verb: Token) -> bool:
    return verb.i + 1 < len(tokens) and tokens[verb.i + 1].text.lower() == "to"
