"""The only place that knows the stage order: ingest -> nlp -> entities -> geo -> time -> quotes -> events."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator, Optional

from newsgraph import nlp
from newsgraph.entities import link_entities
from newsgraph.events import detect_events
from newsgraph.events.updates import add_toll_updates
from newsgraph.geo import geoparse, load_gazetteer
from newsgraph.ingest import make_document
from newsgraph.model import Document
from newsgraph.quotes import attribute_quotes
from newsgraph.settings import get_settings
from newsgraph.time import normalise_times


@dataclass
class Resources:
    """What the stages need that is expensive to load: passed in, never global."""
    nlp: Any
    gazetteer: Any


@lru_cache(maxsize=1)
def load_resources() -> Resources:
    """The default resources, loaded once per process."""
    return Resources(nlp=nlp.load_nlp(), gazetteer=load_gazetteer())


def run_stages(doc: Document, res: Resources) -> Document:
    """Every stage after NLP, in order, on an annotated Document."""
    doc = link_entities(doc)
    doc = geoparse(doc, res.gazetteer)
    doc = normalise_times(doc)
    doc = attribute_quotes(doc)
    doc = add_toll_updates(detect_events(doc))
    return doc


def process(doc: Document, res: Optional[Resources] = None) -> Document:
    """Run NLP and every stage on a Document made by ingest."""
    res = res or load_resources()
    return run_stages(nlp.annotate(doc, res.nlp), res)


def process_many(docs: Iterable[Document], res: Optional[Resources] = None,
                 batch_size: Optional[int] = None) -> Iterator[Document]:
    """`process` over many Documents, parsing them in nlp.pipe batches."""
    res = res or load_resources()
    for doc in nlp.annotate_many(docs, res.nlp, batch_size or get_settings().batch_size):
        yield run_stages(doc, res)


def extract(text: str, published: Optional[str] = None, url: Optional[str] = None,
            title: Optional[str] = None, source: Optional[str] = None) -> Document:
    """newsgraph's main entry point: one article's text -> a Document with every record."""
    return process(make_document(text, published=published, url=url, title=title, source=source))


def extract_many(texts: Iterable[str], published: Optional[str] = None) -> Iterator[Document]:
    """`extract` over many texts, batched."""
    return process_many(make_document(t, published=published) for t in texts)
