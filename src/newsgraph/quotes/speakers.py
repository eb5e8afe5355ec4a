"""Speakers: the speech cue of a quotation ("X said", "said X", "according to X", "X wrote on
Telegram"), its subject phrase, and the entity that phrase names (pronouns resolved in coref.py)."""
from __future__ import annotations

from typing import Iterable, Optional

from newsgraph.data.quotes_lexicon import (ABSTRACT_SUFFIXES, AGENT_SUFFIXES, AUDIENCE_NOUNS, CHANNEL_NOUNS,
                                           DOCUMENT_NOUNS, EVIDENCE_NOUNS, INANIMATE_NOUNS, NOT_AGENT_NOUNS,
                                           OBJECT_NOUNS, ORG_HEADS, PERSON_NOUNS, PRONOUNS, QUANTITY_NOUNS,
                                           SPEECH_VERBS)
from newsgraph.model import Span
from newsgraph.quotes.context import PERSONISH, QuoteContext, normalise_name
from newsgraph.quotes.coref import resolve_pronoun

Speaker = tuple[str, list[Span]]        # entity id, speaker spans in this attribution
# the head verb of a cue without its own subject: "promising X" -> "announced", "calling for" -> "spoke"
CLIMB_DEPS = ("advcl", "xcomp", "conj", "pcomp")
RELATIVE_PRONOUNS = ("who", "which", "that")
NOT_SPEAKER_ENTS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
MODIFIER_DEPS = ("det", "amod", "compound", "nmod", "poss", "nummod", "case", "quantmod", "flat")
# an entity on a modifier of the speaker noun ('Ukrainian officials', 'Interior Ministry spokesman')
# names the speaker only when it is one of these types; a nationality or a place is no speaker
MODIFIER_SPEAKER_TYPES = ("PERSON", "ORG", "MILITARY_UNIT")
AUTHOR_PREPS = ("by", "from")
# verbs whose object is what is named or described, never an inverted speaker
NAMING_VERBS = ("call", "label", "brand", "dub", "term", "describe", "characterize", "characterise")
# verbs whose subject is the author of the document they take as object: 'X issued a statement saying'
PUBLISHING_VERBS = ("issue", "release", "publish", "send", "post", "put", "sign", "write", "deliver", "file")


def is_cue(ctx: QuoteContext, i: int) -> bool:
    """A speech verb, the 'according' of 'according to X', 'as X put it', 'the letter reads'."""
    t = ctx.tok(i)
    if t.text.lower() == "according":
        return any(k.text.lower() == "to" for k in ctx.kids(i))
    if t.pos not in ("VERB", "AUX") or t.dep in ("amod", "aux", "auxpass"):
        return False
    lemma = t.lemma.lower()
    if lemma == "put":          # 'as Ann Lee put it, ...': the words that follow are hers
        return any(k.text.lower() == "it" for k in ctx.kids(i, "dobj")) and \
            any(k.text.lower() == "as" for k in ctx.kids(i, "mark", "advmod"))
    if lemma == "read":         # 'the letter reads', never 'he read the letter'
        return any(k.lemma.lower() in DOCUMENT_NOUNS for k in ctx.kids(i, "nsubj"))
    return lemma in SPEECH_VERBS


def best_cue(ctx: QuoteContext, region_tokens: set[int], sentences: Iterable[int]) -> Optional[int]:
    """The cue token governing the quoted tokens, else the nearest cue in those sentences."""
    outside = [t.i for s in sentences for t in _sentence_tokens(ctx, s)
               if t.i not in region_tokens and t.i not in ctx.quoted and is_cue(ctx, t.i)]
    if not outside or not region_tokens:
        return None
    governing = {a for q in region_tokens for a in ctx.ancestors(q)}
    lo, hi = min(region_tokens), max(region_tokens)
    return min(outside, key=lambda i: (i not in governing, min(abs(i - lo), abs(i - hi))))


def speaker_of_cue(ctx: QuoteContext, cue: int) -> Optional[Speaker]:
    """The entity that speaks through `cue`, with its spans; None when the cue has no subject."""
    head = subject_of_cue(ctx, cue)
    found = resolve_speaker(ctx, head) if head is not None else None
    relative = _relative_subject(ctx, cue)
    if found and relative is not None:     # 'McConnell, who said ...': 'who' names the speaker here
        found = found[0], [*found[1], ctx.span_of(relative, relative)]     # (not an entity mention)
    outer = _outer_subject(ctx, cue, found[0]) if found else None
    return (found[0], [*found[1], ctx.span_of(outer, outer)]) if outer is not None else found


def _outer_subject(ctx: QuoteContext, cue: int, speaker: str) -> Optional[int]:
    """'He said he did not mention it because "…"': the subject of the speech verb whose clause
    holds the cue, when it names the same speaker (a second mention of them in this attribution)."""
    j = cue
    for _ in range(3):
        t = ctx.tok(j)
        if t.dep not in ("ccomp", "advcl", "conj") or t.head == j:
            return None
        j = t.head
        if is_cue(ctx, j):
            subj = [k.i for k in ctx.kids(j, "nsubj") if k.i not in ctx.quoted]
            found = resolve_speaker(ctx, subj[0], create=False) if subj else None
            return subj[0] if found and found[0] == speaker else None
    return None


def _relative_subject(ctx: QuoteContext, cue: int) -> Optional[int]:
    """The 'who'/'which'/'that' subject of a cue heading a relative clause, if any."""
    if ctx.tok(cue).dep != "relcl":
        return None
    subj = [k for k in ctx.kids(cue, "nsubj") if k.text.lower() in RELATIVE_PRONOUNS]
    return subj[0].i if subj else None


def subject_of_cue(ctx: QuoteContext, cue: int) -> Optional[int]:
    if ctx.tok(cue).text.lower() == "according":
        for to in ctx.kids(cue):
            objs = ctx.kids(to.i, "pobj")
            if objs:
                return objs[0].i
        return None
    j = cue
    for _ in range(5):
        subj = ctx.kids(j, "nsubj") or [p for a in ctx.kids(j, "agent") for p in ctx.kids(a.i, "pobj")]
        subj = [k for k in subj if k.i not in ctx.quoted and any(ch.isalnum() for ch in k.text)] \
            or (_inverted_subject(ctx, j) if is_cue(ctx, j) else [])      # ('made public ― Trump boasted': no dash)
        if j == cue and (not subj or (subj[0].i > cue and _name_after_quote(ctx, cue) is not None)):
            subj = [ctx.tok(k) for k in (_name_after_quote(ctx, cue),) if k is not None] or subj
        if subj and subj[0].text.lower() in RELATIVE_PRONOUNS and ctx.tok(j).dep == "relcl":
            return ctx.tok(j).head          # 'a designer who said ...' -> 'designer'
        if subj:
            return subj[0].i
        t = ctx.tok(j)
        if t.dep == "acl" and t.tag in ("VBG", "VBN") and is_cue(ctx, j) and t.head not in ctx.quoted \
                and _may_speak(ctx.tok(t.head)):
            return t.head                   # 'footage of Ann Lee asking, "..."', 'a memo saying'
        if j == cue and t.tag == "VBG" and j > 0 and ctx.tok(j - 1).pos == "PROPN" and j - 1 not in ctx.quoted \
                and ctx.tok(j - 1).dep in ("pobj", "dobj"):
            return j - 1                    # the same, parsed as an adverbial clause of the main verb
        coordinated = t.dep == "ccomp" and j > 0 and ctx.tok(j - 1).text.lower() in ("and", "but")
        if (t.dep not in CLIMB_DEPS and not coordinated) or t.head == j:
            return None                     # ('X said that ... but said "..."' parsed as a clause)
        controller = [k for k in ctx.kids(t.head, "dobj") if k.i not in ctx.quoted and k.i < j]
        if t.dep == "xcomp" and controller:
            return controller[0].i          # 'prompting the opposition to assert ...': object control
        j = t.head
        if t.dep == "pcomp" and ctx.tok(j).dep == "prep":     # 'before asking her, ...'
            j = ctx.tok(j).head
    return None


_CLOSING_MARKS = ("”", '"', "''", "’")


def _name_after_quote(ctx: QuoteContext, cue: int) -> Optional[int]:
    """'"...," Tulsa police Chief Chuck Jordan said' when the parse lost the subject (the name read
    as a verb, the quote as the subject): the head of the name between the closing mark and the
    cue, an apposition ('Flynn, a top surrogate, said') left out."""
    i = cue - 1
    if i > 0 and ctx.tok(i).text == ",":               # ', a top Trump surrogate,'
        j = i - 1
        while j > 0 and ctx.tok(j).text != "," and j not in ctx.quoted and ctx.tok(j).sent == ctx.tok(cue).sent:
            j -= 1
        i = j - 1 if ctx.tok(j).text == "," else -1
    last = i
    while i >= 0 and i not in ctx.quoted and ctx.tok(i).text not in _CLOSING_MARKS \
            and (ctx.tok(i).pos in ("PROPN", "NOUN", "ADJ", "DET") or ctx.tok(i).text[:1].isupper()):
        i -= 1
    if i < 0 or i >= last or not (i in ctx.quoted or ctx.tok(i).text in _CLOSING_MARKS):
        return None
    heads = [k for k in range(i + 1, last + 1) if ctx.tok(k).pos in ("PROPN", "NOUN")]
    return heads[-1] if heads else None


def _may_speak(t) -> bool:
    """A name, or a common noun that can name a speaker or a document."""
    return t.pos == "PROPN" or (t.pos == "NOUN" and can_speak(t.lemma, t.text))


def names_object(ctx: QuoteContext, verb: int) -> bool:
    """'calling the test "a violation"': a verb of naming with the named thing as object."""
    return ctx.tok(verb).lemma.lower() in NAMING_VERBS and bool(ctx.kids(verb, "dobj"))


def _inverted_subject(ctx: QuoteContext, verb: int) -> list:
    """'..., said Leslie Wimes, a ...' parsed with the quote as subject: the noun right after the verb;
    never after a verb of naming ('calling the test "a violation"': the test is what is named)."""
    if names_object(ctx, verb):
        return []
    nxt = verb + 1
    if nxt < len(ctx.doc.tokens) and ctx.tok(nxt).head == verb and ctx.tok(nxt).pos in ("PROPN", "NOUN") \
            and ctx.tok(nxt).dep in ("dobj", "attr", "npadvmod", "nsubj", "oprd", "appos", "dep"):
        return [ctx.tok(nxt)]
    if nxt < len(ctx.doc.tokens) and ctx.tok(nxt).pos in ("PROPN", "NOUN", "DET", "ADJ"):
        heads = [k for k in ctx.kids(verb) if k.i > verb and k.pos in ("PROPN", "NOUN")
                 and k.dep in ("dobj", "attr", "npadvmod", "nsubj", "oprd", "dep") and min(ctx.subtree(k.i)) == nxt]
        return heads[:1]
    return []


def resolve_speaker(ctx: QuoteContext, head: int, create: bool = True) -> Optional[Speaker]:
    """The entity named by the phrase headed by token `head` (a new entity when none exists
    and `create`)."""
    t = ctx.tok(head)
    if t.text.lower() in PRONOUNS or t.pos == "PRON":
        found = resolve_pronoun(ctx, head)
        if found is None:
            return None
        if create:      # the pronoun is a mention of the speaker entity (SPEC: pronoun speakers)
            ctx.add_mention(found[0], head, head)
        return found[0], [ctx.span_of(head, head)]
    if t.lemma.lower() in OBJECT_NOUNS or t.text.lower() in EVIDENCE_NOUNS:
        return None
    if t.lemma.lower() in DOCUMENT_NOUNS | CHANNEL_NOUNS:
        author = _author_of(ctx, head, create)       # 'according to a speech she delivered'
        if author:
            return author
    first, last = core_phrase(ctx, head)
    apposed = [(*core_phrase(ctx, a.i), a.i) for a in ctx.kids(head, "appos")]
    if t.dep == "appos" and t.head != head:        # 'Peter Lund, an architect who said'
        apposed.append((*core_phrase(ctx, t.head), t.head))
    phrases = [(first, last, head), *apposed]
    named = t.pos == "PROPN" and ctx.entity_type(ctx.entity_at.get(head, "")) in PERSONISH \
        and all(ctx.tok(a[2]).pos == "NOUN" for a in apposed)
    found = (_entity_in(ctx, phrases[:1], PERSONISH) if named else None) \
        or _entity_in(ctx, apposed, PERSONISH) or _entity_in(ctx, phrases[:1], PERSONISH) \
        or _entity_in(ctx, phrases, None)       # 'Berg, a top Lee surrogate': Berg, a name, first
    if found or not create:
        return found
    found = _mention_in(ctx, apposed, "PERSON") or _mention_in(ctx, phrases, "PERSON") \
        or _mention_in(ctx, phrases, None) or _titled_person(ctx, head, first)
    if found:
        return found
    etype = "ORG" if t.lemma.lower() in ORG_HEADS or t.ent_type in ("ORG", "NORP", "GPE") else "PERSON"
    etype = "OTHER" if t.lemma.lower() in DOCUMENT_NOUNS else etype
    share = t.ent_type == "PERCENT" and t.lemma.lower() in QUANTITY_NOUNS     # '63 percent said'
    if (t.ent_type in NOT_SPEAKER_ENTS and not share) or t.pos not in ("NOUN", "PROPN"):
        return None
    if t.pos == "NOUN" and not can_speak(*_counted(ctx, head)):
        return None         # 'the criticism', 'an apology', 'retaliatory measures'
    eid, span = ctx.entity_for_phrase(first, last, etype)
    return eid, [span]


def core_phrase(ctx: QuoteContext, head: int) -> tuple[int, int]:
    """Token range of the noun phrase of `head` without relative clauses and appositions:
    'the Russian national guard, deployed in ...' -> 'the Russian national guard';
    'The President of the European Commission, Ursula ...' -> 'The President of the European Commission'."""
    first = head
    for k in sorted(ctx.kids(head, *MODIFIER_DEPS), key=lambda k: k.i):
        if k.i < head:
            first = min(first, min(ctx.subtree(k.i)))
            break
    last = head
    for k in sorted(ctx.children[head]):
        tk = ctx.tok(k)
        if k < head:
            continue
        if tk.dep in ("compound", "flat") or (tk.dep == "prep" and tk.text.lower() == "of"):
            sub = ctx.subtree(k)
            if any(ctx.tok(j).pos == "PUNCT" for j in sub):
                break
            last = max(sub)
        else:
            break
    for j in range(head - 1, first - 1, -1):
        if "\n" in ctx.doc.text[ctx.tok(j).end:ctx.tok(j + 1).start] or "\n" in ctx.tok(j).text:
            first = j + 1
            break
    while first < head and ctx.tok(first).pos in ("PUNCT", "SPACE"):
        first += 1
    return first, last


def can_speak(lemma: str, text: str = "") -> bool:
    """Whether a common noun can name a speaker: a person or a group of people, an organisation,
    a news outlet or a document ('officials', 'the organiser', 'the ministry', 'the report', 'a
    mogul'); not an abstract or inanimate noun ('the criticism', 'an apology', 'measures'), nor a
    channel ('the speech', 'the interview')."""
    words = {lemma.lower(), text.lower()}
    if words & (PERSON_NOUNS | ORG_HEADS | DOCUMENT_NOUNS | AUDIENCE_NOUNS):
        return True
    if any(len(w) > 4 and w.endswith(AGENT_SUFFIXES) for w in words - NOT_AGENT_NOUNS) and not words & NOT_AGENT_NOUNS:
        return True
    if words & (NOT_AGENT_NOUNS | INANIMATE_NOUNS | CHANNEL_NOUNS | OBJECT_NOUNS | EVIDENCE_NOUNS):
        return False
    return not any(len(w) > 5 and w.endswith(ABSTRACT_SUFFIXES) for w in words)


def _counted(ctx: QuoteContext, head: int) -> tuple[str, str]:
    """Lemma and text of the noun that says who speaks: 'a majority of voters' -> 'voters'."""
    t = ctx.tok(head)
    if t.lemma.lower() in QUANTITY_NOUNS:
        for of in ctx.kids(head, "prep"):
            for obj in ctx.kids(of.i, "pobj"):
                if of.text.lower() == "of":
                    return obj.lemma, obj.text
        return "people", "people"       # '63 percent said': a share of the people asked
    return t.lemma, t.text


def _author_of(ctx: QuoteContext, head: int, create: bool) -> Optional[Speaker]:
    """'a memo by the Ministry of Interior', 'a statement from the army', 'the ministry's report',
    'a Pentagon statement': the author of a document is the speaker."""
    for k in ctx.kids(head, "prep", "poss", "compound"):
        if k.dep == "prep" and k.text.lower() in AUTHOR_PREPS:
            for obj in ctx.kids(k.i, "pobj"):
                found = resolve_speaker(ctx, obj.i, create)
                if found:
                    return found
        elif k.dep == "poss" or (k.dep == "compound" and k.pos == "PROPN"):
            eid = ctx.entity_at.get(k.i)
            if k.dep == "poss" or (eid and ctx.entity_type(eid) in MODIFIER_SPEAKER_TYPES):
                found = resolve_speaker(ctx, k.i, create)
                if found:
                    return found
    for clause in ctx.kids(head, "relcl"):          # 'a speech Mrs. Clinton delivered'
        subj = [k for k in ctx.kids(clause.i, "nsubj") if k.text.lower() not in RELATIVE_PRONOUNS]
        if subj and clause.lemma.lower() in PUBLISHING_VERBS + ("deliver", "give", "make", "author"):
            return resolve_speaker(ctx, subj[0].i, create)
    t = ctx.tok(head)
    if t.dep == "dobj" and ctx.tok(t.head).lemma.lower() in PUBLISHING_VERBS:
        for subj in ctx.kids(t.head, "nsubj"):      # 'the council issued a statement calling ...'
            if subj.i not in ctx.quoted:
                return resolve_speaker(ctx, subj.i, create)
    return None


def _entity_in(ctx: QuoteContext, phrases: list[tuple[int, int, int]], types) -> Optional[Speaker]:
    """The first entity of `types` in the phrases (first, last, head); on a modifier of a common
    noun, only a person, organisation or unit."""
    for first, last, head in phrases:
        for j in range(first, last + 1):
            eid = ctx.entity_at.get(j)
            if eid and not _names_speaker(ctx, j, head, ctx.entity_type(eid)):
                continue
            if eid and (types is None or ctx.entity_type(eid) in types):
                span = ctx.entity_span_at(eid, j)
                return eid, [span] if span else [ctx.span_of(first, last)]
    return None


def _names_speaker(ctx: QuoteContext, j: int, head: int, etype: str) -> bool:
    """An entity at token j of the phrase of `head` names the speaker: it covers the head, the
    head is a name, or it is a person/organisation modifying a common noun."""
    if j == head or ctx.tok(head).pos != "NOUN" or etype in MODIFIER_SPEAKER_TYPES:
        return True
    # 'the city of Phoenix', 'the state of Texas': the place speaks as its government
    return etype == "GPE" and ctx.tok(j).dep == "pobj" and ctx.tok(head).lemma.lower() in ORG_HEADS


def _titled_person(ctx: QuoteContext, head: int, first: int) -> Optional[Speaker]:
    """'the Secretary' after 'Secretary of State Antony Blinken': the person an earlier mention
    gave that capitalised title; a subject first, else the most recent."""
    t = ctx.tok(head)
    if ctx.tok(first).text.lower() != "the" or t.pos not in ("NOUN", "PROPN"):
        return None
    titled: list[tuple[bool, int, str]] = []
    for k in ctx.positions(t.text):
        title = ctx.tok(k)
        if k >= first or not title.text[:1].isupper():
            continue
        for j in range(title.i + 1, min(title.i + 8, len(ctx.doc.tokens))):
            eid = ctx.entity_at.get(j)
            if eid is None and j in ctx.mention_at and ctx.doc.mentions[ctx.mention_at[j]].label == "PERSON":
                made = ctx.entity_for_mention(ctx.mention_at[j])
                eid = made[0] if made else None
            if eid and ctx.entity_type(eid) == "PERSON":
                titled.append((ctx.tok(j).dep == "nsubj" or ctx.tok(ctx.tok(j).head).dep == "nsubj", j, eid))
                break
    if not titled:
        return None
    best = max(titled, key=lambda x: (x[0], x[1]))
    return best[2], [ctx.span_of(first + 1, head)]


def _mention_in(ctx: QuoteContext, phrases: list[tuple[int, int, int]], label: Optional[str]) -> Optional[Speaker]:
    for first, last, head in phrases:
        for j in range(first, last + 1):
            mi = ctx.mention_at.get(j)
            if mi is None or not _names_speaker(ctx, j, head, _mention_type(ctx, mi)):
                continue
            if label is None or ctx.doc.mentions[mi].label == label:
                made = ctx.entity_for_mention(mi)
                if made:
                    return made[0], [made[1]]
    return None


def _mention_type(ctx: QuoteContext, mi: int) -> str:
    """The type of the entity a NER mention stands for: an existing entity of that name decides
    ('Moldovan' tagged PERSON by NER but NORP for the entities stage)."""
    m = ctx.doc.mentions[mi]
    name = normalise_name(m.text).lower()
    for e in ctx.doc.entities:
        if name in {e.name.lower(), *(a.lower() for a in e.aliases)}:
            return ctx.entity_type(e.id)
    return m.label


def _sentence_tokens(ctx: QuoteContext, s: int):
    if 0 <= s < len(ctx.doc.sentences):
        sent = ctx.doc.sentences[s]
        return ctx.doc.tokens[sent.token_start:sent.token_end]
    return []
