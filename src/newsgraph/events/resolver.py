"""Actor references and their resolution to entities (names, appositions, demonyms, pronouns)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from newsgraph.data.events_frames import DEMONYMS, REPORTING_VERBS, STATE_ROLE_NOUNS
from newsgraph.events.syntax import Tree
from newsgraph.model import Actor, Document, Entity

SUBJ = ("nsubj", "csubj")
CLAUSE_DEPS = {"acl", "relcl", "advcl", "ccomp", "xcomp"}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "who", "which", "that", "whose", "its", "their", "his", "her"}

@dataclass
class ActorRef:
    """An actor found for a trigger, before it becomes an Actor record."""
    role: str
    start: int
    end: int
    entity: Optional[str]
    text: str
    token: int = -1
    extent: str = ""      # the phrase with its "of" chain ("20 members of the Afghan security forces")


class ActorResolver:
    """Maps token positions to entities, with a memory of recent subjects for pronouns."""

    def __init__(self, doc: Document, tree: Tree) -> None:
        self.doc, self.tree = doc, tree
        self.spans = sorted(((s.start, s.end, e) for e in doc.entities for s in e.spans), key=lambda x: x[0])
        self.last_subject: Optional[ActorRef] = None

    def entity_over(self, start: int, end: int) -> Optional[Entity]:
        hits = [(s, e, ent) for s, e, ent in self.spans if s < end and start < e]
        if not hits:
            return None
        return max(hits, key=lambda h: (h[1] - h[0], h[2].type != "NORP"))[2]

    def entity_named(self, name: str) -> Optional[Entity]:
        low = name.lower()
        for e in self.doc.entities:
            if e.name.lower() == low or low in (a.lower() for a in e.aliases):
                return e
        return None

    def ref(self, role: str, i: int) -> Optional[ActorRef]:
        tok = self.tree.tok(i)
        if is_time(self.tree, i) or self.tree.in_dateline(i):     # 'SITTWE -': the filing place acts in nothing
            return None
        if tok.text.lower() in PRONOUNS:
            return self._pronoun(role, i)
        start, end = self.tree.phrase(i)
        ent = self.entity_over(self.tree.tok(i).start, self.tree.tok(i).end) or self.entity_over(start, end)
        if ent is not None and ent.type == "NORP" and not self._head_in(ent, i):
            ent = None                               # "Rwandan president": the NORP only modifies the head
        ent = ent or self._appositive_entity(i) or self._inner_entity(i) or self._modifier_country(i)
        return ActorRef(role, start, end, ent.id if ent else None, self.doc.text[start:end], i,
                        self._extent(i))

    def _head_in(self, ent: Entity, i: int) -> bool:
        tok = self.tree.tok(i)
        return any(sp.start <= tok.start and tok.end <= sp.end for sp in ent.spans)

    def _modifier_country(self, i: int) -> Optional[Entity]:
        """'Russian military forces', 'the Rwandan president': the country of the nationality
        word, when the text names that country (its government or army is meant)."""
        if self.tree.tok(i).text.lower() not in STATE_ROLE_NOUNS:
            return None                              # "Cuban dissidents" are not Cuba
        for c in self.tree.children(i, "amod", "compound", "nmod"):
            country = DEMONYMS.get(c.text.lower())
            ent = self.entity_named(country) if country else None
            if ent is not None:
                return ent
        return None

    def _extent(self, i: int) -> str:
        idx = [k for k in self.tree.subtree(i) if abs(k - i) <= 8]
        return " ".join(self.tree.tok(k).text for k in idx)

    def _appositive_entity(self, i: int) -> Optional[Entity]:
        """'The President of the European Commission, Ursula von der Leyen' -> the person."""
        for c in self.tree.children(i, "appos"):
            ent = self.entity_over(self.tree.tok(c.i).start, self.tree.tok(c.i).end)
            if ent is not None:
                return ent
        return None

    def _phrase_tokens(self, i: int) -> list[int]:
        """Token i and its dependents, without clauses ("dissidents jailed by the government")."""
        return self.tree.subtree(i, skip_deps=CLAUSE_DEPS)

    def _inner_entity(self, i: int) -> Optional[Entity]:
        """'the forces of the 93rd brigade of the Armed Forces of Ukraine': the outermost organisation."""
        found = []
        for k in self._phrase_tokens(i):
            tok = self.tree.tok(k)
            if tok.dep in ("pobj", "compound", "conj") and tok.ent_type in ("ORG", "NORP"):
                ent = self.entity_over(tok.start, tok.end)
                if ent is not None and ent.type in ("ORG", "MILITARY_UNIT"):
                    found.append(ent)
        return found[-1] if found else None

    def _pronoun(self, role: str, i: int) -> Optional[ActorRef]:
        tok = self.tree.tok(i)
        ent = self.entity_over(tok.start, tok.end)
        if ent is not None:
            return ActorRef(role, tok.start, tok.end, ent.id, tok.text, i)
        if tok.text.lower() in ("who", "which", "that", "whose"):
            antecedent = _relative_antecedent(self.tree, i)
            if antecedent is not None:
                return self.ref(role, antecedent)
        speaker = self._reporting_subject(i)
        if speaker is None and tok.text.lower() == "its":
            speaker = self._nonhuman_antecedent(i)
        if speaker is None:
            speaker = self._clause_subject(i)
        if speaker is not None:
            return self.ref(role, speaker)
        if self.last_subject is not None and tok.text.lower() not in ("i", "we"):
            prev = self.last_subject
            return ActorRef(role, prev.start, prev.end, prev.entity, prev.text, prev.token)
        return None

    def _reporting_subject(self, i: int) -> Optional[int]:
        """'X announced that it had ...': a pronoun inside a report refers to the reporter."""
        for a in self.tree.ancestors(i):
            if a.lemma.lower() in REPORTING_VERBS:
                subj = self.tree.child(a.i, *SUBJ)
                if subj is not None and subj.text.lower() not in PRONOUNS:
                    return subj.i
                return None
        return None

    def _nonhuman_antecedent(self, i: int) -> Optional[int]:
        """'Russia's war and its attacks': 'its' is the nearest earlier state or organisation, never a person."""
        sent = self.doc.sentences[self.tree.tok(i).sent]
        for t in reversed(self.tree.tokens[sent.token_start:i]):
            ent = self.entity_over(t.start, t.end)
            if ent is not None and ent.type in ("GPE", "ORG", "MILITARY_UNIT") and t.dep in ("poss", "nsubj", "pobj", "dobj"):
                return t.i
        return None

    def _clause_subject(self, i: int) -> Optional[int]:
        """'Russia justifies its invasion', 'NATO used Ukraine to threaten it': an earlier subject."""
        tok = self.tree.tok(i)
        sent = self.doc.sentences[tok.sent]
        own = self.tree.head(i)
        for t in self.tree.tokens[sent.token_start:i]:
            if t.dep in SUBJ and t.text.lower() not in PRONOUNS and t.pos in ("PROPN", "NOUN") \
                    and not (tok.dep in SUBJ and own is not None and t.head == own.i):
                if tok.dep == "poss" or t.head == self._root(i):
                    return t.i
        return None

    def _root(self, i: int) -> int:
        last = i
        for a in self.tree.ancestors(i):
            last = a.i
        return last

    def demonym(self, role: str, i: int) -> Optional[ActorRef]:
        """'Russian strikes' -> Russia as source, when the text names that country elsewhere."""
        tok = self.tree.tok(i)
        country = DEMONYMS.get(tok.text.lower())
        if country is None:
            return None
        ent = self.entity_named(country) or self.entity_over(tok.start, tok.end)
        return ActorRef(role, tok.start, tok.end, ent.id if ent else None, tok.text, i)


def _relative_antecedent(tree: Tree, i: int) -> Optional[int]:
    for a in tree.ancestors(i):
        if a.dep in ("relcl", "acl"):
            head = tree.head(a.i)
            return head.i if head is not None else None
    return None


def is_time(tree: Tree, i: int) -> bool:
    tok = tree.tok(i)
    if tok.ent_type in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        return True
    return any(s.start <= tok.start < s.end for tx in tree.doc.times for s in tx.spans)


def to_actor(ref: ActorRef) -> Actor:
    return Actor(ref.role, ref.entity, ref.text)
