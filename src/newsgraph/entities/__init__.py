"""Entities: NER mentions -> canonical entities (aliases, transliterations, titles, pronouns)."""
from newsgraph.entities.linking import link_entities

__all__ = ["link_entities"]
