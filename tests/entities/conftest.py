"""Fixtures of the entities tests: the spaCy pipeline (loaded once) and a helper that runs
NLP and the entities stage alone on a short text."""
from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.entities import link_entities
from newsgraph.ingest import make_document
from newsgraph.model import Document


@pytest.fixture(scope="session")
def spacy_nlp():
    return nlp.load_nlp()


@pytest.fixture(scope="session")
def entities_of(spacy_nlp):
    """text -> Document with entities (NLP + entities stage only)."""
    def run(text: str, published: str | None = None) -> Document:
        return link_entities(nlp.annotate(make_document(text, published=published), spacy_nlp))
    return run


def by_name(doc: Document, name: str):
    return next((e for e in doc.entities if e.name == name), None)


@pytest.fixture(scope="session")
def corpus_docs(free_news, spacy_nlp) -> list[tuple[dict, Document]]:
    """Every free-news article through NLP (batched) and the entities stage, once."""
    docs = nlp.annotate_many((make_document(a["text"]) for a in free_news), spacy_nlp)
    return [(a, link_entities(d)) for a, d in zip(free_news, docs)]
