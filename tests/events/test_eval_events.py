"""`newsgraph eval events` on the CASE 2021 and PLOVER gold dev sets (small slices) and its metrics."""
from __future__ import annotations

import pytest

from newsgraph.errors import InputError
from newsgraph.evaluate.events import classification_scores, evaluate, format_result
from conftest import shared_path


def test_classification_scores():
    r = classification_scores(["A", "A", "B", "C"], ["A", "B", "B", "NONE"])
    assert r["accuracy"] == 0.5
    assert r["per_label_f1"] == {"A": pytest.approx(0.667, abs=1e-3), "B": pytest.approx(0.667, abs=1e-3), "C": 0.0}
    assert r["macro_f1"] == pytest.approx(0.444, abs=2e-3)
    assert r["confusion_top5"]["A"] == {"A": 1, "B": 1}


def test_case_slice(resources):
    result = evaluate(shared_path("eval", "events", "case2021-task2-dev.tsv"), limit=30)
    assert result["n"] == 30 and 0.2 <= result["accuracy"] <= 1.0
    text = format_result(result)
    assert "accuracy" in text and "macro-F1" in text and "ACLED labels only" in text


def test_plover_slice(resources):
    result = evaluate(shared_path("eval", "events", "plover-gsr-dev.json"), limit=30)
    assert result["n"] == 30 and result["accuracy"] >= 0.3
    assert 0.0 <= result["source_actor_accuracy"] <= 1.0
    assert "source actor accuracy" in format_result(result)


def test_unknown_format(tmp_path):
    path = tmp_path / "gold.txt"
    path.write_text("x")
    with pytest.raises(InputError):
        evaluate(path)
