"""Pronoun speakers: 'he'/'she'/'it'/'they' -> the most salient compatible entity before them.

Sentences are searched backwards from the pronoun (at most WINDOW of them); in each, subjects
come before other mentions, and the nearest wins. A subject pronoun of the same kind is a link
in the chain and is resolved in turn. 'he'/'she' want a PERSON whose gender (title, role word,
first name) is not the other one; 'she' falls back to an organisation or army subject, as
translated wire copy uses it for feminine nouns ('l'armée'). Words inside quotation marks are
the speaker's own and are never antecedents.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.data.quotes_lexicon import ORG_HEADS, PERSON_NOUNS, PRONOUNS
from newsgraph.model import Token
from newsgraph.quotes.context import GROUPISH, MENTION_TYPES, PERSONISH, QuoteContext

WINDOW = 8
GROUP_SUBJECT_SPAN = 1
SUBJECT_DEPS = ("nsubj", "nsubjpass")
_GENDERS = {"male": "female", "female": "male"}


def resolve_pronoun(ctx: QuoteContext, i: int, depth: int = 0, kind: Optional[str] = None) -> Optional[tuple[str, int]]:
    """(entity id, token index of the antecedent) for the pronoun at token i, or None; `kind`
    (male | female | thing | plural) for a pronoun of another language ('il', 'elle')."""
    kind = kind or PRONOUNS.get(ctx.tok(i).text.lower())
    if kind is None or depth > 6:
        return None
    key = (i, kind)
    if key in ctx.pronoun_memo:
        return ctx.pronoun_memo[key]
    ctx.pronoun_memo[key] = None          # guards cycles
    found = _search(ctx, i, kind, depth, fallback=False)
    if found is None and kind == "female":
        found = _search(ctx, i, kind, depth, fallback=True)
    if found and found[0].startswith("@"):            # a NER mention with no entity yet
        made = ctx.entity_for_mention(int(found[0][1:]))
        found = (made[0], found[1]) if made else None
    ctx.pronoun_memo[key] = found
    return found


def _search(ctx: QuoteContext, i: int, kind: str, depth: int, fallback: bool) -> Optional[tuple[str, int]]:
    """Sentence by sentence backwards; 'it'/'they' first look for a subject in the last
    GROUP_SUBJECT_SPAN sentences, since an organisation speaks as the subject of a clause."""
    sent = ctx.tok(i).sent
    pool: list[tuple[str, int, bool]] = []
    for s in range(sent, max(-1, sent - WINDOW - 1), -1):
        candidates = _candidates(ctx, s, i, kind, depth, fallback)
        subjects = [c for c in candidates if c[2]]
        if kind in _GENDERS and candidates:
            eid, j, _ = (subjects or candidates)[-1]
            return eid, j
        if subjects:
            return subjects[-1][0], subjects[-1][1]
        common = _common_subject(ctx, s, i, kind) if kind not in _GENDERS else None
        if common is not None:
            return common
        pool += reversed(candidates)       # nearest first
        if kind not in _GENDERS and sent - s >= GROUP_SUBJECT_SPAN and pool:
            return pool[0][0], pool[0][1]
    return (pool[0][0], pool[0][1]) if pool else None


def _candidates(ctx: QuoteContext, s: int, before: int, kind: str, depth: int,
                fallback: bool) -> list[tuple[str, int, bool]]:
    """(entity id, token, is_subject) of compatible antecedents in sentence s, before token `before`."""
    sentence = ctx.doc.sentences[s]
    out: list[tuple[str, int, bool]] = []
    seen_heads: set[int] = set()
    for t in ctx.doc.tokens[sentence.token_start:min(sentence.token_end, before)]:
        if t.i in ctx.quoted:
            continue
        if PRONOUNS.get(t.text.lower()) == kind and t.dep in SUBJECT_DEPS:
            found = resolve_pronoun(ctx, t.i, depth + 1)
            if found:
                out.append((found[0], t.i, True))
            continue
        eid = ctx.entity_at.get(t.i)
        if eid is None and t.i in ctx.mention_at:
            eid = f"@{ctx.mention_at[t.i]}"
        if eid is None:
            continue
        head = _mention_head(ctx, t, eid)
        if _modifier_nationality(ctx, ctx.tok(head), eid):     # 'Palestinian refugees'
            continue
        if head in seen_heads or not _compatible(ctx, eid, kind, fallback):
            continue
        seen_heads.add(head)
        out.append((eid, t.i, _is_subject(ctx, ctx.tok(head))))
    return out


def _common_subject(ctx: QuoteContext, s: int, before: int, kind: str) -> Optional[tuple[str, int]]:
    """'The Indymedia group of websites reported ... They also report': the main subject of sentence
    s, a group or organisation noun named by no entity, becomes the antecedent ('it': an
    organisation; 'they': an organisation or people in the plural)."""
    sentence = ctx.doc.sentences[s]
    for t in ctx.doc.tokens[sentence.token_start:min(sentence.token_end, before)]:
        if t.dep != "nsubj" or t.pos != "NOUN" or ctx.tok(t.head).dep != "ROOT" or t.i in ctx.quoted:
            continue
        if t.i in ctx.entity_at or t.i in ctx.mention_at:
            return None
        lemma = t.lemma.lower()
        group = lemma in ORG_HEADS
        people = kind == "plural" and lemma in PERSON_NOUNS and t.tag in ("NNS", "NNPS")
        if not (group or people):
            return None
        left = [k for k in ctx.children[t.i] if k < t.i and ctx.tok(k).dep in ("det", "amod", "compound", "poss")]
        first = min([min(ctx.subtree(k)) for k in left], default=t.i)
        eid, _span = ctx.entity_for_phrase(first, t.i, "ORG" if group else "PERSON")
        return eid, t.i
    return None


def _modifier_nationality(ctx: QuoteContext, t: Token, ref: str) -> bool:
    """An adjective, or a nationality modifying a noun: it names no one a pronoun can refer to."""
    if t.pos == "ADJ":
        return True
    if ref.startswith("@"):
        etype = MENTION_TYPES.get(ctx.doc.mentions[int(ref[1:])].label, "OTHER")
    else:
        etype = ctx.entity_type(ref)
    return etype == "NORP" and t.dep in ("amod", "compound", "nmod")


def _mention_head(ctx: QuoteContext, t: Token, ref: str) -> int:
    j = t.i
    for _ in range(10):
        h = ctx.tok(j).head
        if h == j or _ref_at(ctx, h) != ref:
            return j
        j = h
    return j


def _ref_at(ctx: QuoteContext, i: int) -> Optional[str]:
    eid = ctx.entity_at.get(i)
    return eid if eid is not None or i not in ctx.mention_at else f"@{ctx.mention_at[i]}"


def _is_subject(ctx: QuoteContext, t: Token) -> bool:
    for _ in range(3):
        if t.dep in SUBJECT_DEPS:
            return True
        if t.dep not in ("appos", "compound", "poss") or t.head == t.i:
            return False
        t = ctx.tok(t.head)
    return False


def _compatible(ctx: QuoteContext, ref: str, kind: str, fallback: bool) -> bool:
    if ref.startswith("@"):
        m = ctx.doc.mentions[int(ref[1:])]
        etype = MENTION_TYPES.get(m.label, "OTHER")
        gender = ctx.gender_of_words(ctx.doc.text[max(0, m.start - 6):m.end]) if etype == "PERSON" else None
    else:
        etype = ctx.entity_type(ref)
        gender = ctx.gender_of(ref) if etype == "PERSON" else None
    if kind in _GENDERS:
        if fallback:
            return etype in GROUPISH
        return etype in PERSONISH and gender != _GENDERS[kind]
    if kind == "thing":
        return etype in GROUPISH and etype != "NORP"
    return etype in GROUPISH and etype != "GPE"
