"""Golden gate: the seed article's required items, against floors pinned in tests/eval_baseline.json.

Floors are raised as the figures improve and never lowered quietly.
"""
import json
from pathlib import Path

import pytest

from newsgraph.evaluate.golden import score_document

BASELINE = json.loads((Path(__file__).resolve().parents[1] / "eval_baseline.json").read_text())["golden"]


@pytest.fixture(scope="module")
def report(seed_doc, seed_expected):
    return score_document(seed_doc, seed_expected, "seed")


def test_entities_reach_all_required(report):
    ok, n = report.recall("entities", "required")
    misses = [i for i in report.items if i.section == "entities" and i.level == "required" and not i.passed]
    assert (ok, n) == (n, n) and n > 0, misses


@pytest.mark.parametrize("section,level", [(k.split(".")[0], k.split(".")[1]) for k in BASELINE])
def test_golden_floor(report, section, level):
    ok, n = report.recall(section, level)
    misses = [f"{i.label}: {i.why}" for i in report.items if i.section == section and i.level == level
              and not i.passed]
    assert n and ok / n >= BASELINE[f"{section}.{level}"], misses


def test_no_forbidden_quote(report):
    assert report.recall("quotes", "forbidden")[0] == report.recall("quotes", "forbidden")[1]
