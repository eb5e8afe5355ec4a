"""Quote-stage fixtures: a text through NLP and entities, then the quote stage alone."""
from __future__ import annotations

from typing import Callable, Optional

import pytest

from newsgraph.model import Document

NAMES = {"anna": "female", "maria": "female", "john": "male", "peter": "male"}


def fake_name_gender(name: str) -> Optional[str]:
    """A tiny stand-in for the first-name dictionary, so tests state their own facts."""
    return NAMES.get(name.lower())


@pytest.fixture(scope="session")
def quotes_of(resources) -> Callable[[str], Document]:
    """text -> Document after nlp, entities and the quote stage."""
    from newsgraph import nlp
    from newsgraph.entities import link_entities
    from newsgraph.ingest import make_document
    from newsgraph.quotes import attribute_quotes

    def run(text: str, entities: bool = True) -> Document:
        doc = nlp.annotate(make_document(text), resources.nlp)
        if entities:
            doc = link_entities(doc)
        return attribute_quotes(doc, name_gender=fake_name_gender)
    return run


def speaker_name(doc: Document, quote) -> Optional[str]:
    """The canonical name of the quote's speaker entity, or None."""
    entity = doc.entity(quote.speaker)
    return entity.name if entity else None


def only(doc: Document, kind: Optional[str] = None):
    """The one quote of the text (of that kind): the test fails when there is none or several."""
    quotes = [q for q in doc.quotes if kind is None or q.kind == kind]
    assert len(quotes) == 1, [(q.kind, q.text) for q in doc.quotes]
    return quotes[0]
