"""Generalisation: events on real free articles of ../shared/corpus (not the seed)."""
from __future__ import annotations

import pytest

from newsgraph.model import PLOVER_TYPES

TITLES = ("Burma Regime Airstrikes", "US president Bush visits Canada", "Pinochet arrested",
          "Secretary Blinken's Call with UK Foreign Secretary Truss", "Fighting Between Armenia and Azerbaijan",
          "Announcement of Nationwide Ceasefire in Sudan")


@pytest.fixture(scope="module")
def news_docs(free_news, resources):
    from newsgraph.ingest import make_document
    from newsgraph.pipeline import process_many

    rows = [r for r in free_news if any(r["title"].startswith(t) for t in TITLES)]
    docs = process_many((make_document(r["text"], published=r["published"], title=r["title"]) for r in rows),
                        resources)
    return {r["title"]: d for r, d in zip(rows, docs)}


def doc_titled(news_docs, prefix):
    return next(d for t, d in news_docs.items() if t.startswith(prefix))


def test_airstrike_statement(news_docs):
    doc = doc_titled(news_docs, "Burma Regime Airstrikes")
    strikes = [v for v in doc.events if v.type == "ASSAULT" and v.mode == "air strike"]
    assert strikes
    counts = {(c.kind, c.value, c.qualifier) for v in strikes for c in v.counts}
    assert ("killed", 50, "more_than") in counts and ("injured", 30, "at_least") in counts
    assert any("Sagaing" in doc.place(p).name for v in strikes for p in v.places)
    assert any(v.type == "REQUEST" for v in doc.events)          # "calls on the Burma regime"


def test_state_visit_and_protests(news_docs):
    doc = doc_titled(news_docs, "US president Bush visits Canada")
    visit = next(v for v in doc.events if v.type == "CONSULT" and v.mode == "visit")
    assert any("Bush" in a.text for a in visit.actors if a.role == "source")
    assert "Canada" in {doc.place(p).name for p in visit.places}
    protests = [v for v in doc.events if v.type == "PROTEST"]
    assert any(c.kind == "participants" and c.value == 15000 for v in protests for c in v.counts)


def test_arrest_article(news_docs):
    doc = doc_titled(news_docs, "Pinochet arrested")
    assert any(v.type == "COERCE" and v.mode == "arrest" for v in doc.events)


def test_call_readout(news_docs):
    doc = doc_titled(news_docs, "Secretary Blinken's Call with UK")
    call = next(v for v in doc.events if v.type == "CONSULT")
    assert "Blinken" in call.actors[0].text and call.actors[0].role == "source"
    assert any("Truss" in a.text for a in call.actors if a.role == "target")
    assert call.time is not None and call.time.value == "2022-02-22"   # "spoke today"
    assert any(v.type == "ACCUSE" for v in doc.events)                 # "condemned"


def test_invariants_on_real_articles(news_docs):
    for doc in news_docs.values():
        assert doc.events
        for ev in doc.events:
            assert ev.type in PLOVER_TYPES
            for s in ev.spans:
                assert doc.text[s.start:s.end] == s.text
            assert all(doc.place(p) for p in ev.places)
