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
