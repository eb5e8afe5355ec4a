"""Scaffold: replaced by the events work."""
from newsgraph.model import Document


def detect_events(doc: Document) -> Document:
    return doc
