"""One-process ingest: spaCy parses the next batch in a thread while the rule stages run on the current one
(store.ingest.parse_ahead). Same outcomes, same order, same failure handling as processing batch by batch."""
from __future__ import annotations

import copy
import threading

import pytest

import newsgraph.pipeline as pipeline
from newsgraph.ingest import make_document
from newsgraph.store import ingest

TEXTS = [
    "Police arrested 12 protesters in Odesa on Tuesday, the police said.",
    "Russian strikes killed five civilians in Kharkiv, the governor said on Telegram.",
    "The foreign ministers of Chile and Peru met in Lima on Friday to discuss fishing rights.",
    "Two soldiers were wounded in shelling near Izium, the army said.",
    "Protesters marched in Marseille against the pension reform.",
]


def _batches(size: int = 2) -> list[list[tuple[str, object]]]:
    docs = [(f"t/{i}", make_document(t, published="2022-09-14")) for i, t in enumerate(TEXTS)]
    return [docs[i:i + size] for i in range(0, len(docs), size)]


def _dicts(outcomes: list[list[tuple]]) -> list[list[tuple]]:
    return [[(o, i, d.to_dict() if d is not None else None, e) for o, i, d, e in batch] for batch in outcomes]


def test_the_outcomes_are_those_of_processing_batch_by_batch_in_order():
    batches = _batches()
    one_by_one = [ingest.process_batch(copy.deepcopy(b)) for b in batches]
    ahead = list(ingest.parse_ahead(copy.deepcopy(b) for b in batches))
    assert [len(b) for b in ahead] == [2, 2, 1]
    assert _dicts(ahead) == _dicts(one_by_one)
    assert all(d.events is not None and d.tokens == [] for batch in ahead for _, _, d, _ in batch)


def test_spacy_runs_in_the_parse_thread_and_the_stages_in_the_caller(monkeypatch):
    seen: dict[str, set[str]] = {"parse": set(), "stages": set()}
    real_parse, real_stages = pipeline.parse_many, pipeline.run_stages

    def parse(*args, **kw):
        seen["parse"].add(threading.current_thread().name)
        return real_parse(*args, **kw)

    def stages(doc, res):
        seen["stages"].add(threading.current_thread().name)
        return real_stages(doc, res)

    monkeypatch.setattr(pipeline, "parse_many", parse)
    monkeypatch.setattr(pipeline, "run_stages", stages)
    list(ingest.parse_ahead(_batches()))
    assert seen == {"parse": {"newsgraph-parse"}, "stages": {threading.main_thread().name}}


def test_a_parse_error_falls_back_to_one_document_at_a_time(monkeypatch):
    def broken(*args, **kw):
        raise ValueError("parser bug")

    monkeypatch.setattr(pipeline, "parse_many", broken)
    outcomes = [o for batch in ingest.parse_ahead(_batches()) for o in batch]
    assert len(outcomes) == len(TEXTS) and all(error is None and doc is not None for _, _, doc, error in outcomes)


class _Fatal(BaseException):
    pass


def test_what_is_not_a_document_error_stops_the_run_in_the_caller(monkeypatch):
    def fatal(*args, **kw):
        raise _Fatal("out of something")

    monkeypatch.setattr(pipeline, "parse_many", fatal)
    with pytest.raises(_Fatal):
        list(ingest.parse_ahead(_batches()))


def test_one_core_parses_batch_by_batch_in_the_caller(monkeypatch, tmp_path):
    """Parsing ahead needs a second core: with one, ingest parses in the calling thread."""
    from newsgraph.store.ingest import ingest_paths
    names: set[str] = set()
    real_parse = pipeline.parse_many

    def parse(*args, **kw):
        names.add(threading.current_thread().name)
        return real_parse(*args, **kw)

    monkeypatch.setattr(pipeline, "parse_many", parse)
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXTS[1], encoding="utf-8")
    for cores, thread in ((1, threading.main_thread().name), (2, "newsgraph-parse")):
        monkeypatch.setattr(ingest, "usable_cores", lambda: cores)
        names.clear()
        summary = ingest_paths([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], str(tmp_path / f"{cores}.duckdb"),
                               show_progress=False)
        assert summary.done == 2 and names == {thread}
