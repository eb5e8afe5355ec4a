"""What the quote rules read about a Document: tokens with children, entities by token, genders.

The quote stage never touches spaCy: it reads Document.tokens (with dependency heads),
Document.entities (made by the entities stage) and Document.mentions. When a speaker phrase
has no entity, `entity_for_phrase` adds one so that the speaker is never lost.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Optional

from newsgraph.data.quotes_lexicon import FEMALE_WORDS, MALE_WORDS
from newsgraph.model import Document, Entity, Span, Token

NameGender = Callable[[str], Optional[str]]   # first name -> "male" | "female" | None
PERSONISH = ("PERSON",)
GROUPISH = ("ORG", "NORP", "GPE", "MILITARY_UNIT")
# spaCy NER labels that can name a speaker -> newsgraph entity type
MENTION_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "NORP": "NORP", "GPE": "GPE", "MILITARY_UNIT": "MILITARY_UNIT"}
_PLACE_TYPES = ("GPE", "LOC", "FAC")
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"}


@lru_cache(maxsize=1)
def default_name_gender() -> NameGender:
    """First-name gender from the gender-guesser dictionary (loaded once); None when absent."""
    try:
        import gender_guesser.detector as gd
    except ImportError:
        return lambda name: None
    detector = gd.Detector(case_sensitive=False)

    def gender(name: str) -> Optional[str]:
        g = detector.get_gender(name)
        return {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}.get(g)
    return gender


@dataclass
class QuoteContext:
    doc: Document
    name_gender: NameGender
    children: list[list[int]] = field(default_factory=list)
    entity_at: dict[int, str] = field(default_factory=dict)     # token index -> entity id
    mention_at: dict[int, int] = field(default_factory=dict)    # token index -> mention index
    quoted: set[int] = field(default_factory=set)               # tokens inside quotation marks
    pronoun_memo: dict = field(default_factory=dict)
    genders: dict[str, Optional[str]] = field(default_factory=dict)
    by_id: dict[str, Entity] = field(default_factory=dict)
    by_word: dict[str, list[int]] = field(default_factory=dict)
    person_places: dict[str, str] = field(default_factory=dict)   # entity id -> type read for speakers

    @classmethod
    def build(cls, doc: Document, name_gender: NameGender) -> "QuoteContext":
        ctx = cls(doc, name_gender, [[] for _ in doc.tokens])
        for t in doc.tokens:
            if t.head != t.i:
                ctx.children[t.head].append(t.i)
        ctx.index_entities()
        for mi, m in enumerate(doc.mentions):
            for t in _tokens_between(doc, m.start, m.end):
                ctx.mention_at.setdefault(t.i, mi)
        return ctx

    def index_entities(self) -> None:
        self.entity_at = {}
        for e in self.doc.entities:
            for s in e.spans:
                for t in _tokens_between(self.doc, s.start, s.end):
                    self.entity_at.setdefault(t.i, e.id)

    # -- tokens ----------------------------------------------------------------------
    def tok(self, i: int) -> Token:
        return self.doc.tokens[i]

    def kids(self, i: int, *deps: str) -> list[Token]:
        return [self.doc.tokens[c] for c in self.children[i] if not deps or self.doc.tokens[c].dep in deps]

    def subtree(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children[j])
        return sorted(out)

    def ancestors(self, i: int) -> list[int]:
        out, j = [], i
        while self.doc.tokens[j].head != j and len(out) < 50:
            j = self.doc.tokens[j].head
            out.append(j)
        return out

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens lying wholly inside [start, end) of the text (binary search)."""
        return _tokens_between(self.doc, start, end)

    def positions(self, word: str) -> list[int]:
        """Indices of the tokens whose text is `word` (case-insensitive), in text order."""
        if not self.by_word:
            for t in self.doc.tokens:
                self.by_word.setdefault(t.text.lower(), []).append(t.i)
        return self.by_word.get(word.lower(), [])

    def span_of(self, first: int, last: int) -> Span:
        return self.doc.span(self.doc.tokens[first].start, self.doc.tokens[last].end)

    # -- entities --------------------------------------------------------------------
    def entity(self, entity_id: Optional[str]) -> Optional[Entity]:
        """doc.entity through a dict (rebuilt when entities were added)."""
        if len(self.by_id) != len(self.doc.entities):
            self.by_id = {e.id: e for e in self.doc.entities}
        return self.by_id.get(entity_id) if entity_id else None

    def entity_type(self, entity_id: str) -> str:
        """The entity's type; a 'place' half of whose mentions NER read as a person is a person (the
        geo stage types 'Hillary Clinton' GPE when one 'Clinton' is taken for the town)."""
        e = self.entity(entity_id)
        if e is None:
            return "OTHER"
        if e.type in _PLACE_TYPES and entity_id not in self.person_places:
            persons = {(m.start, m.end) for m in self.doc.mentions if m.label == "PERSON"}
            named = sum((s.start, s.end) in persons for s in e.spans)
            self.person_places[entity_id] = "PERSON" if named and 2 * named >= len(e.spans) else e.type
        return self.person_places.get(entity_id, e.type)

    def entity_span_at(self, entity_id: str, i: int) -> Optional[Span]:
        e = self.entity(entity_id)
        t = self.doc.tokens[i]
        if e is None:
            return None
        return next((s for s in e.spans if s.start <= t.start and t.end <= s.end), None)

    def entity_for_phrase(self, first: int, last: int, etype: str) -> tuple[str, Span]:
        """The entity named by tokens [first, last]: an existing one with that name, or a new one."""
        first, last = self._trim(first, last)
        return self._find_or_add(first, last, etype, by_surname=False)

    def entity_for_mention(self, mi: int) -> Optional[tuple[str, Span]]:
        """An entity for NER mention `mi` when the entities stage made none: merged with an
        entity of the same name or, for persons, the same surname; else new."""
        m = self.doc.mentions[mi]
        etype = MENTION_TYPES.get(m.label)
        if etype is None:
            return None
        toks = _tokens_between(self.doc, m.start, m.end)
        if not toks:
            return None
        first, last = self._trim(toks[0].i, toks[-1].i)
        return self._find_or_add(first, last, etype, by_surname=True)

    def _find_or_add(self, first: int, last: int, etype: str, by_surname: bool) -> tuple[str, Span]:
        """The entity named by tokens [first, last] (same name or alias; for persons with
        `by_surname`, the same surname), given one more span; else a new entity."""
        span = self.span_of(first, last)
        name = normalise_name(span.text)
        for e in self.doc.entities:
            same = name.lower() in {e.name.lower(), *(a.lower() for a in e.aliases)}
            if same or (by_surname and etype == e.type == "PERSON" and name.split()[-1] == e.name.split()[-1]):
                if not same:
                    e.aliases.append(name)
                _add_span(e, span)
                self._mark(e.id, first, last)
                return e.id, span
        eid = next_entity_id(self.doc)
        self.doc.entities.append(Entity(id=eid, type=etype, name=name, spans=[span]))
        self._mark(eid, first, last)
        return eid, span

    def add_mention(self, eid: str, first: int, last: int) -> None:
        """Record tokens [first, last] as one more mention (span) of entity `eid`."""
        entity = self.entity(eid)
        if entity is not None:
            _add_span(entity, self.span_of(first, last))
            self._mark(eid, first, last)

    def _trim(self, first: int, last: int) -> tuple[int, int]:
        """Without leading determiners and outer punctuation."""
        tokens = self.doc.tokens
        while first < last and (tokens[first].text.lower() in _DETERMINERS or tokens[first].pos in ("PUNCT", "SPACE")):
            first += 1
        while last > first and tokens[last].pos in ("PUNCT", "SPACE"):
            last -= 1
        return first, last

    def _mark(self, eid: str, first: int, last: int) -> None:
        for j in range(first, last + 1):
            self.entity_at.setdefault(j, eid)

    def gender_of(self, entity_id: str) -> Optional[str]:
        """'male' | 'female' | None from titles, role words and first names of the entity's mentions."""
        if entity_id not in self.genders:
            self.genders[entity_id] = self._gender_of(entity_id)
        return self.genders[entity_id]

    def _gender_of(self, entity_id: str) -> Optional[str]:
        e = self.entity(entity_id)
        if e is None or self.entity_type(entity_id) != "PERSON":
            return None
        texts = [e.name, *e.aliases, *(s.text for s in e.spans)]
        texts += [self.doc.text[max(0, s.start - 6):s.start] for s in e.spans]   # "Mr. X"
        return self.gender_of_words(" ".join(texts))

    def gender_of_words(self, text: str) -> Optional[str]:
        """'male' | 'female' | None from title or role words, else from capitalised first names."""
        words = [w.strip(".,;:()") for w in text.replace(".", ". ").split()]
        lower = {w.lower() for w in words}
        if lower & MALE_WORDS:
            return "male"
        if lower & FEMALE_WORDS:
            return "female"
        for w, nxt in zip(words, words[1:]):
            if w[:1].isupper() and nxt[:1].isupper() and len(w) > 1:
                g = self.name_gender(w)
                if g:
                    return g
        return None


def normalise_name(text: str) -> str:
    """A speaker phrase as an entity name: one line, single spaces, no outer punctuation."""
    return re.sub(r"\s+", " ", text).strip(" ,.;:\"'“”‘’")


def next_entity_id(doc: Document) -> str:
    numbers = [int(e.id[1:]) for e in doc.entities if re.fullmatch(r"E\d+", e.id)]
    return f"E{max(numbers, default=0) + 1}"


def _add_span(entity: Entity, span: Span) -> None:
    if not any(s.start == span.start and s.end == span.end for s in entity.spans):
        entity.spans.append(span)
        entity.spans.sort(key=lambda s: s.start)


def _tokens_between(doc: Document, start: int, end: int) -> list[Token]:
    tokens = doc.tokens
    i = bisect.bisect_left(tokens, start, key=lambda t: t.start)
    out = []
    while i < len(tokens) and tokens[i].start < end:
        if tokens[i].end <= end:
            out.append(tokens[i])
        i += 1
    return out
