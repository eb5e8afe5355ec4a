"""Dependency-tree helpers over Document.tokens (the records nlp.py writes; no spaCy here)."""
from __future__ import annotations

from functools import cached_property
from typing import Iterator, Optional

from newsgraph.model import Document, Token

# Dependents that belong to a noun phrase's name ("the Russian Defense Ministry").
NP_DEPS = {"compound", "amod", "det", "poss", "nummod", "nmod", "flat", "quantmod", "case", "nn", "npadvmod"}


class Tree:
    """Children lookups and phrase spans over one Document's tokens."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens = doc.tokens

    @cached_property
    def _children(self) -> dict[int, list[int]]:
        kids: dict[int, list[int]] = {}
        for t in self.tokens:
            if t.head != t.i:
                kids.setdefault(t.head, []).append(t.i)
        return kids

    @cached_property
    def dateline_end(self) -> int:
        """End of the story's dateline ('SITTWE -', 'LAGOS, June 3 (IANS)'), from the places the geo stage
        marked as datelines; -1 when there is none. The dateline is where the story was filed: no actor."""
        ends = [p.spans[0].end for p in self.doc.places if p.dateline and p.spans]
        if not ends:
            return -1
        end = max(ends)
        while end < len(self.doc.text) and self.doc.text[end] in " -\u2013\u2014:,":
            end += 1
        return end

    def in_dateline(self, i: int) -> bool:
        return self.tokens[i].start < self.dateline_end

    def tok(self, i: int) -> Token:
        return self.tokens[i]

    def children(self, i: int, *deps: str) -> list[Token]:
        kids = [self.tokens[k] for k in self._children.get(i, [])]
        return [k for k in kids if not deps or k.dep in deps]

    def child(self, i: int, *deps: str) -> Optional[Token]:
        kids = self.children(i, *deps)
        return kids[0] if kids else None

    def head(self, i: int) -> Optional[Token]:
        t = self.tokens[i]
        return None if t.head == i else self.tokens[t.head]

    def ancestors(self, i: int) -> Iterator[Token]:
        seen = {i}
        t = self.tokens[i]
        while t.head not in seen:
            seen.add(t.head)
            t = self.tokens[t.head]
            yield t

    def subtree(self, i: int, skip_deps: frozenset[str] | set[str] = frozenset()) -> list[int]:
        """Token i and its dependents (sorted), not descending into dependents whose relation
        is in `skip_deps`."""
        out, stack = [], [i]
        while stack:
            k = stack.pop()
            out.append(k)
            stack.extend(c for c in self._children.get(k, []) if self.tokens[c].dep not in skip_deps)
        return sorted(out)

    def dominates(self, top: int, i: int) -> bool:
        return i == top or any(a.i == top for a in self.ancestors(i))

    def phrase(self, i: int) -> tuple[int, int]:
        """Char span of the noun phrase headed by token i (name-like dependents only)."""
        idx = [i]
        stack = [i]
        while stack:
            k = stack.pop()
            for c in self.children(k):
                if c.dep in NP_DEPS:
                    idx.append(c.i)
                    stack.append(c.i)
        head = self.tokens[i]
        line_start = self.doc.text.rfind("\n", 0, head.start) + 1
        line_end = self.doc.text.find("\n", head.end)
        line_end = len(self.doc.text) if line_end < 0 else line_end
        toks = [self.tokens[k] for k in idx if self.tokens[k].start >= line_start and self.tokens[k].end <= line_end
                and (self.in_dateline(i) or not self.in_dateline(k))]
        start = min(t.start for t in toks)
        end = max(t.end for t in toks)
        return _trim(self.doc.text, start, end)

    def with_conjuncts(self, i: int) -> list[int]:
        """Token i and the tokens conjoined to it ("Dvorichna, Balakliia and Kupiansk")."""
        out, stack = [i], [i]
        while stack:
            k = stack.pop()
            for c in self.children(k, "conj", "appos"):
                out.append(c.i)
                stack.append(c.i)
        return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \"'“”‘’(),":
        start += 1
    while end > start and text[end - 1] in " \"'“”‘’(),":
        end -= 1
    return start, end
