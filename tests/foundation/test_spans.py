"""Invariant: every span of every record equals document.text[start:end]; ids are stable."""
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsgraph
from newsgraph.model import iter_spans


def assert_spans_exact(doc):
    spans = list(iter_spans(doc))
    for s in spans:
        assert 0 <= s.start <= s.end <= len(doc.text)
        assert s.text == doc.text[s.start:s.end], s
    return spans


def assert_ids_sequential(doc):
    for prefix, records in (("E", doc.entities), ("P", doc.places), ("T", doc.times),
                            ("Q", doc.quotes), ("V", doc.events)):
        ids = [r.id for r in records]
        assert len(set(ids)) == len(ids)
        assert all(re.fullmatch(prefix + r"\d+", i) for i in ids), ids


def test_spans_on_examples(examples):
    assert examples, "examples/ has articles"
    for path in examples:
        doc = newsgraph.extract(path.read_text(encoding="utf-8"))
        assert doc.published, f"{path.name}: dateline gives the publication date"
        assert_spans_exact(doc)
        assert_ids_sequential(doc)


def test_spans_on_seed(seed_doc):
    spans = assert_spans_exact(seed_doc)
    assert spans, "the seed article yields records with spans"
    assert_ids_sequential(seed_doc)


def test_spans_on_free_corpus(free_news):
    for art in free_news[:12]:
        doc = newsgraph.extract(art["text"], published=art["published"])
        assert_spans_exact(doc)


def test_extraction_is_deterministic(seed_text, seed_doc):
    again = newsgraph.extract(seed_text, published=seed_doc.published)
    assert again.to_json() == seed_doc.to_json()


WORDS = st.sampled_from(["Kyiv", "kyiv", "said", "on", "Tuesday", "“", "”", "\"", "five", "civilians", "were",
                         "killed", "in", "Izioum", "Mr.", "Zelensky", "\n", ",", ".", "the", "army", "struck",
                         "more", "than", "130", "people", "arrested", "é", "  ", "'", "according", "to", "he"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=60))
def test_spans_property(words):
    text = " ".join(words)
    if not text.strip():
        return
    doc = newsgraph.extract(text, published="2022-09-14")
    assert_spans_exact(doc)
    assert_ids_sequential(doc)
