"""Eval gate: full CASE 2021 and PLOVER gold dev sets against the floors in eval_floors.json."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import shared_path
from newsgraph.evaluate.events import evaluate

FLOORS = json.loads((Path(__file__).parent / "eval_floors.json").read_text())
FILES = {"case2021": "case2021-task2-dev.tsv", "plover-gsr": "plover-gsr-dev.json"}


@pytest.mark.slow
@pytest.mark.parametrize("dataset", sorted(FILES))
def test_event_eval_floors(dataset, resources):
    result = evaluate(shared_path("eval", "events", FILES[dataset]))
    low = {k: (result[k], floor) for k, floor in FLOORS[dataset].items() if result[k] < floor}
    assert not low, f"{dataset} below its floors (value, floor): {low}"


@pytest.mark.slow
def test_incident_eval_floors(resources):
    """The hand-written incident expectations (tests/events/data/incidents) against their floors."""
    from newsgraph.evaluate.incidents import evaluate as evaluate_incidents

    result = evaluate_incidents(Path(__file__).parent / "data" / "incidents")
    low = {k: (result[k], floor) for k, floor in FLOORS["incidents-dev"].items() if result[k] < floor}
    assert not low, f"incidents-dev below its floors (value, floor): {low}"
