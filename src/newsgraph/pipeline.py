"""The only place that knows the stage order: ingest -> nlp -> entities -> geo -> time -> quotes -> events."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from typing import Any, Callable, Iterable, Iterator, Optional

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
    nlp: Any            # the English pipeline; others are loaded when a document needs them
    gazetteer: Any

    def nlp_for(self, language: Optional[str]) -> Any:
        """The spaCy pipeline for a document's language (see `nlp.load_nlp_for`)."""
        return self.nlp if language in (None, "en") else nlp.load_nlp_for(language)


def has_pipeline(language: Optional[str]) -> bool:
    """English (or undetected) and French documents run every stage; others only the
    language-independent ones."""
    return get_settings().model_for(language) is not None


@lru_cache(maxsize=1)
def load_resources() -> Resources:
    """The default resources, loaded once per process."""
    return Resources(nlp=nlp.load_nlp(), gazetteer=load_gazetteer())


# Every stage after NLP, in order: (name, function of the Document and the Resources).
STAGES: tuple[tuple[str, Callable[[Document, Resources], Document]], ...] = (
    ("entities", lambda doc, res: link_entities(doc)),
    ("geo", lambda doc, res: geoparse(doc, res.gazetteer)),
    ("time", lambda doc, res: normalise_times(doc)),
    ("quotes", lambda doc, res: attribute_quotes(doc)),
    ("events", lambda doc, res: detect_events(doc)),
    ("toll updates", lambda doc, res: add_toll_updates(doc)),
)


def run_stages(doc: Document, res: Resources) -> Document:
    """Every stage after NLP (`STAGES`), in order, on an annotated Document. A document in a language
    newsgraph has no pipeline for gets the language-independent stages only: major places from the
    gazetteer and numeric dates (its entities, quotes and events would be English rules misreading
    another language)."""
    if not has_pipeline(doc.language):
        return normalise_times(_major_places(geoparse(doc, res.gazetteer)))
    for _, stage in STAGES:
        doc = stage(doc, res)
    return doc


# Without a NER for the language, candidate names are merely capitalised words (a German
# 'Gouverneur' is also a village in New York): only countries, first-level regions and capitals are kept.
MAJOR_PLACE_CODES = frozenset({"PCLI", "PCLD", "PCLS", "PCLIX", "ADM1", "PPLC"})


def _major_places(doc: Document) -> Document:
    """Keep the major places (and the entities linked to them), renumbered P1, P2, ..."""
    kept = [p for p in doc.places if p.feature_code in MAJOR_PLACE_CODES]
    new_ids = {p.id: f"P{i}" for i, p in enumerate(kept, 1)}
    for p in kept:
        p.id = new_ids[p.id]
        if p.relation is not None:
            p.relation = p.relation if p.relation.anchor in new_ids else None
            if p.relation is not None:
                p.relation.anchor = new_ids[p.relation.anchor]
    doc.places = kept
    doc.entities = [e for e in doc.entities if e.place_id in new_ids]
    for i, e in enumerate(doc.entities, 1):
        e.id, e.place_id = f"E{i}", new_ids[e.place_id]
    return doc


def process(doc: Document, res: Optional[Resources] = None) -> Document:
    """Run NLP and every stage on a Document made by ingest."""
    res = res or load_resources()
    return run_stages(nlp.annotate(doc, res.nlp_for(doc.language)), res)


def process_many(docs: Iterable[Document], res: Optional[Resources] = None,
                 batch_size: Optional[int] = None) -> Iterator[Document]:
    """`process` over many Documents, parsing them in nlp.pipe batches."""
    res = res or load_resources()
    for doc in parse_many(docs, res, batch_size):
        yield run_stages(doc, res)


def parse_many(docs: Iterable[Document], res: Optional[Resources] = None,
               batch_size: Optional[int] = None) -> Iterator[Document]:
    """The NLP layer of many Documents (spaCy, in nlp.pipe batches), before the rule stages."""
    res = res or load_resources()
    size = batch_size or get_settings().batch_size
    for pipeline, group in groupby(docs, key=lambda d: res.nlp_for(d.language)):   # runs of one language
        yield from nlp.annotate_many(group, pipeline, size)


def extract(text: str, published: Optional[str] = None, url: Optional[str] = None,
            title: Optional[str] = None, source: Optional[str] = None) -> Document:
    """newsgraph's main entry point: one article's text -> a Document with every record."""
    return process(make_document(text, published=published, url=url, title=title, source=source))


def extract_many(texts: Iterable[str], published: Optional[str] = None) -> Iterator[Document]:
    """`extract` over many texts, batched."""
    return process_many(make_document(t, published=published) for t in texts)
