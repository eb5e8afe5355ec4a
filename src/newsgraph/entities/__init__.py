"""Entities: NER mentions -> canonical entities (aliases, transliterations, titles, pronouns).

Stage: `link_entities(doc) -> doc` fills doc.entities (ids E1, E2, ... by first mention).
Helpers for later stages (quotes, events):
- `entity_at(doc, start, end)`: the entity whose span overlaps [start, end), or None.
- `resolve_pronoun(doc, offset, pronoun)`: entity id of the person a "he"/"she" at `offset` refers to.
- `canonical_name(text, etype, translated=False)`: the canonical English form of one surface name.
"""
from newsgraph.entities.canonical import canonical_name
from newsgraph.entities.coref import entity_at, resolve_pronoun
from newsgraph.entities.linking import link_entities

__all__ = ["link_entities", "entity_at", "resolve_pronoun", "canonical_name"]
