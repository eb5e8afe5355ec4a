"""French documents through the English event rules: an English reading of the French parse.

The event stage's rules read English (ClearNLP) dependency relations, Penn tags and English lemmas.
`english_view` gives a French Document the same shape without touching its records: Universal
Dependencies relations renamed (obj -> dobj, nsubj:pass -> nsubjpass, ...), a noun's case marker
made the head of the noun as in English ("à Bagdad": prep "à" -> pobj "Bagdad"), participles and
infinitives tagged VBN/VB from their auxiliaries and form, and lemmas replaced by the English lemma
data/events_triggers_fr.py gives them ("pilonner" -> "shell", "de" -> "of"). Triggers, roles,
counts, places, status and incident assembly then run unchanged, so a French report gets the same
PLOVER/ACLED typing as an English one. Offsets, entities and places are those of the document.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from newsgraph.data.events_frames import REPORTING_VERBS
from newsgraph.data.events_triggers import NOUNS
from newsgraph.data.events_triggers_fr import (DEPS_FR, RETAKEN_NOUNS_FR, SUBORDINATORS_FR, NOUNS_FR,
                                               PREP_OBJECT_DEPS_FR, TIME_NOUNS_FR,
                                               TOLL_COUNTED_FR, COUNTED_FR, TOLL_WORDS_FR, VERBS_FR, WORDS_FR)
from newsgraph.model import Count, Document, Event, EventTime, Token
from newsgraph.numbers import find_quantities

INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
GERUND_ENDING = "ant"


def english_view(doc: Document) -> Document:
    """A shallow copy of French `doc` whose tokens read as an English parse (module docstring)."""
    tokens = [replace(t) for t in doc.tokens]
    _prepositions_as_heads(tokens)
    _bare_objects(tokens)
    _subordinate_roots(tokens)
    for verb in [t for t in tokens if _incise(tokens, t)]:
        _report_as_head(tokens, verb)
    for t in tokens:
        t.tag = _tag(tokens, t)
        t.lemma = "resume" if _resumed(tokens, t) else gloss(t)
        t.dep = "compound" if _name_particle(tokens, t) else _dep(t)
    return replace(doc, tokens=tokens, events=[])


def gloss(t: Token) -> str:
    """The English lemma a French token reads as, or its own lemma."""
    lemma = t.lemma.lower()
    if t.pos in ("NOUN", "PROPN"):
        return NOUNS_FR.get(lemma) or NOUNS_FR.get(t.text.lower()) or t.lemma
    if t.pos in ("VERB", "AUX"):
        return VERBS_FR.get(lemma) or VERBS_FR.get(_participle_infinitive(lemma), t.lemma)
    return WORDS_FR.get(lemma) or WORDS_FR.get(t.text.lower()) or t.lemma


def _name_particle(tokens: list[Token], t: Token) -> bool:
    """'Ne Muanda Nsemi': a capitalised 'Ne' opening a name is no negation."""
    nxt = tokens[t.i + 1] if t.i + 1 < len(tokens) else None
    return t.lemma in ("not", "never") and t.text[:1].isupper() and bool(t.ent_type or (
        nxt is not None and nxt.pos == "PROPN" and nxt.text[:1].isupper() and nxt.start == t.end + 1))


def _resumed(tokens: list[Token], verb: Token) -> bool:
    """'les recherches ont repris', 'les combats ont repris': 'reprendre' with no place for object
    (NER place or RETAKEN_NOUNS_FR) means 'resume', not 'retake'."""
    if verb.pos != "VERB" or verb.lemma.lower() != "reprendre":
        return False
    objects = [t for t in tokens if t.head == verb.i and t.i != verb.i and t.dep in ("obj", "nsubj:pass")]
    return not any(t.ent_type in ("LOC", "GPE") or t.lemma.lower() in RETAKEN_NOUNS_FR for t in objects)


def _participle_infinitive(lemma: str) -> str:
    """'arrêté' -> 'arrêter': the small French model gives some past participles as their own lemma."""
    m = re.fullmatch(r"(\w+)é(?:e|s|es)?", lemma)
    return m.group(1) + "er" if m else lemma


def _prepositions_as_heads(tokens: list[Token]) -> None:
    """'tué ... à Bagdad' (obl:mod Bagdad <-case- à) -> 'tué -prep-> à -pobj-> Bagdad'."""
    for t in tokens:
        if t.dep not in PREP_OBJECT_DEPS_FR or t.head == t.i:
            continue
        case = _case_marker(tokens, t)
        if case is None:
            continue
        case.head, case.dep = t.head, ("agent" if t.dep == "obl:agent" else "prep")
        t.head, t.dep = case.i, "pobj"


def _subordinate_roots(tokens: list[Token]) -> None:
    """'Le journal, ..., après avoir été incendié en 2011, a été la cible d'un attentat' parsed with the
    après-clause as the root: the clause it governs to its right is the main clause, the après-clause
    its adverbial (so the 2011 date stays with the fire); subjects before the conjunction go with it."""
    for t in tokens:
        if t.head != t.i:
            continue
        mark = next((k for k in tokens[max(0, t.i - 4):t.i] if k.head == t.i and k.dep == "mark"
                     and k.text.lower() in SUBORDINATORS_FR), None)
        main = next((k for k in tokens[t.i + 1:] if k.head == t.i and k.dep in ("advcl", "conj", "parataxis")
                     and k.sent == t.sent), None)
        if mark is None or main is None:
            continue
        main.head, main.dep = main.i, "ROOT"
        for k in tokens[:mark.i]:
            if k.head == t.i and k.dep.startswith("nsubj") and k.sent == t.sent:
                k.head = main.i
        t.head, t.dep = main.i, "advcl"


def _bare_objects(tokens: list[Token]) -> None:
    """'ont tué au moins 91 personnes' parsed as an adjunct (obl) with no preposition: the first such
    noun after a verb that has no object, and is no time ('tué mercredi'), is the verb's object."""
    has_object = {t.head for t in tokens if t.dep == "obj"}
    for t in tokens:
        head = tokens[t.head]
        if t.dep in ("obl", "obl:mod", "obl:arg") and t.pos in ("NOUN", "PROPN") and head.pos == "VERB" and \
                head.i < t.i and head.i not in has_object and t.lemma.lower() not in TIME_NOUNS_FR:
            t.dep = "obj"
            has_object.add(head.i)


def _incise(tokens: list[Token], t: Token) -> bool:
    """A reporting verb after a comma that follows what it reports ('..., a indiqué le gouverneur')."""
    if t.pos != "VERB" or VERBS_FR.get(t.lemma.lower()) not in REPORTING_VERBS:
        return False
    first = t.i
    while first > 0 and tokens[first - 1].head == t.i and tokens[first - 1].dep.startswith("aux"):
        first -= 1
    return first > 0 and tokens[first - 1].text == "," and _reported_clause(tokens, t) is not None


def _reported_clause(tokens: list[Token], verb: Token) -> Optional[Token]:
    """The verb of the clause before the incise: the reporting verb's head, or, when the parser made the
    reporting verb the root, the first verb before it with a subject or an auxiliary."""
    if verb.head != verb.i:
        head = tokens[verb.head]
        return head if head.i < verb.i and head.pos == "VERB" and head.sent == verb.sent else None
    for k in tokens[:verb.i]:
        if k.sent == verb.sent and k.pos == "VERB" and any(
                c.head == k.i and c.dep in ("nsubj", "nsubj:pass", "aux:tense", "aux:pass")
                for c in tokens[max(0, k.i - 4):k.i]):
            return k
    return None


def _report_as_head(tokens: list[Token], verb: Token) -> None:
    """English shape of an incise: the reporting verb governs the reported clause (ccomp), its subject
    is the noun after it ('a indiqué vendredi le gouverneur'); a noun before the comma the parser made
    its subject is the object of the reported verb when that verb has none."""
    clause = _reported_clause(tokens, verb)
    after = [k for k in tokens[verb.i + 1:] if k.head == verb.i and k.sent == verb.sent and k.pos in ("NOUN", "PROPN")
             and k.dep in ("obj", "nsubj", "appos", "nmod") and k.lemma.lower() not in TIME_NOUNS_FR]
    before = [k for k in tokens[clause.i:verb.i] if k.head == verb.i and k.dep == "nsubj"]
    has_object = any(k.head == clause.i and k.dep == "obj" for k in tokens)
    for k in before:
        k.head, k.dep = (clause.i, "obj") if not has_object else (k.head, "dep")
        has_object = True
    if after:
        after[0].dep = "nsubj"
    if verb.head == clause.i:
        verb.head, verb.dep = (verb.i, "ROOT") if clause.head == clause.i else (clause.head, clause.dep)
    clause.head, clause.dep = verb.i, "ccomp"


def _case_marker(tokens: list[Token], noun: Token) -> Optional[Token]:
    """The noun's preposition: its last 'case' dependent before it ('près de Kharkiv' -> 'de')."""
    cases = [k for k in tokens[max(0, noun.i - 4):noun.i] if k.head == noun.i and k.dep == "case"]
    return cases[-1] if cases else None


def _dep(t: Token) -> str:
    if t.lemma in ("not", "never") and t.dep == "advmod":
        return "neg"
    if t.dep in ("prep", "pobj", "agent"):
        return t.dep
    return DEPS_FR.get(t.dep, t.dep)


def _tag(tokens: list[Token], t: Token) -> str:
    """Penn-like verb tags from the French parse: VBN after an auxiliary or as a participle modifier,
    VB for an infinitive, VBG for a present participle, VBD for other finite verbs."""
    if t.pos not in ("VERB", "AUX"):
        return t.tag
    text = t.text.lower()
    if any(k.head == t.i and k.dep.startswith("aux") and k.i < t.i for k in tokens[max(0, t.i - 4):t.i]):
        return "VBN"
    if text == t.lemma.lower() and text.endswith(INFINITIVE_ENDINGS):
        return "VB"
    if text.endswith(GERUND_ENDING) and t.dep in ("acl", "advcl"):
        return "VBG"
    if t.dep in ("acl", "amod"):
        return "VBN"
    return "VBD"



def english_counted(doc: Document) -> None:
    """Count.of in English ('civils' -> 'civilians'), as an English report of the event gives it; a
    French word without an English one is dropped (null, like English 'people')."""
    for ev in doc.events:
        for c in ev.counts:
            c.of = COUNTED_FR.get(c.of.lower()) if c.of else None


def attach_tolls(doc: Document) -> None:
    """A toll stated by its nouns ('129 morts et plus de 200 blessés', '12 morts, ... une vingtaine de
    blessés : voilà le bilan de l'attaque') gives its counts to the attack of its sentence, else to the
    nearest attack before it; a kind the attack already counts is kept as it is."""
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    for sent in doc.sentences:
        tolls = sentence_tolls(doc, sent.start, sent.end)
        target = _toll_event(attacks, sent.start, sent.end)
        if not tolls or target is None:
            continue
        kinds = {c.kind for c in target.counts}
        target.counts += [c for c in tolls if c.kind not in kinds]
        target.time = target.time or _toll_day(doc, sent.start, sent.end)


def _toll_day(doc: Document, start: int, end: int) -> Optional[EventTime]:
    """The one day a toll sentence names ('voilà le bilan de l'attaque à la mi-journée'): the day of
    the deaths it counts, for an attack told with no date of its own."""
    days = {t.value[:10] for t in doc.times if t.spans and start <= t.spans[0].start < end
            and re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", t.value)}
    return EventTime(days.pop(), "day") if len(days) == 1 else None


def sentence_tolls(doc: Document, start: int, end: int) -> list[Count]:
    """Counts in text[start:end] whose number is followed by a toll word (data TOLL_WORDS_FR)."""
    text = doc.text[start:end]
    out = []
    for q in find_quantities(text, start, "fr"):
        m = _TOLL_AFTER.match(doc.text, q.end)
        if m and q.unit is None:
            out.append(Count(TOLL_WORDS_FR[m.group("word").lower()], q.value, q.qualifier, None,
                             [doc.span(q.start, q.end)]))
    return out


def _toll_event(attacks: list[Event], start: int, end: int) -> Optional[Event]:
    inside = [e for e in attacks if any(start <= s.start < end for s in e.spans)]
    before = [e for e in attacks if any(s.start < start for s in e.spans)]
    if inside:
        return inside[0]
    return max(before, key=lambda e: max(s.start for s in e.spans if s.start < start)) if before else None


_TOLL_AFTER = re.compile(rf"\s*(?:{TOLL_COUNTED_FR}\s+)?(?P<word>{'|'.join(sorted(TOLL_WORDS_FR, key=len, reverse=True))})\b",
                         re.IGNORECASE)


# Reading helpers the English rules call on French documents (links.py, assemble.py).

def french_agent(tree, verb):
    """'Les attaques ont été revendiquées par l'État islamique': the claimant of a French passive."""
    by = tree.child(verb.i, "agent") if tree.doc.language == "fr" else None
    return tree.child(by.i, "pobj") if by is not None else None


def determiner(tree, det) -> str:
    """The English word of a determiner: its text, or in a French document its English reading
    ('l'' -> the, 'cette' -> this; events/french.py)."""
    return det.lemma.lower() if tree.doc.language == "fr" else det.text.lower()


def claimed_attack(tree, tok, head) -> bool:
    """French 'X a revendiqué l'attaque' (revendiquer = claim responsibility for): the claimed object is
    the attack itself. English 'claimed' an attack is left to 'claimed responsibility'."""
    return tree.doc.language == "fr" and head.lemma.lower() == "claim" and tok.dep in ("dobj", "nsubjpass") and \
        NOUNS.get(tok.lemma.lower(), ("",))[0] == "ASSAULT"
