"""`newsgraph eval incidents`: the scorer's matching rules on hand-made documents (no pipeline)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.evaluate.incidents import score_document, summarise
from newsgraph.model import Actor, Count, Document, Event, EventTime, Place


def _doc(events):
    doc = Document(id="d", text="x")
    doc.places = [Place(id="P1", name="Kaya", precision="city"), Place(id="P2", name="Juba", precision="city")]
    doc.events = events
    return doc


EXPECTED = {"id": "d", "incidents": [
    {"type": ["ASSAULT"], "places": ["Kaya"], "attacker": ["rebel"], "killed": [9, 12], "main": True},
    {"type": ["COERCE"], "places": ["Juba"], "date": "2023-01-02", "main": False}]}


def test_matches_type_place_date_and_scores_toll_and_attacker():
    hit = Event(id="V1", type="ASSAULT", places=["P1"], actors=[Actor("source", None, "rebel fighters")],
                counts=[Count("killed", 12)], main=True)
    wrong_day = Event(id="V2", type="COERCE", places=["P2"], time=EventTime("2023-01-03", "day"))
    planned = Event(id="V3", type="ASSAULT", places=["P2"], status="planned")
    res = summarise([score_document(EXPECTED, _doc([hit, wrong_day, planned]))])
    assert res["records"] == 2                      # the planned attack is not an incident record
    assert (res["precision"], res["recall"]) == (0.5, 0.5)
    assert res["main_death_toll_accuracy"] == 1.0 and res["attacker_accuracy"] == 1.0
    assert res["main_flag_accuracy"] == 1.0


def test_a_wrong_toll_counts_against_the_main_incident():
    ev = Event(id="V1", type="ASSAULT", places=["P1"], counts=[Count("killed", 3)])
    res = summarise([score_document(EXPECTED, _doc([ev]))])
    assert res["recall"] == 0.5 and res["main_death_toll_accuracy"] == 0.0 and res["main_flag_accuracy"] == 0.0


def test_cli_reports_a_folder_without_expectations_as_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["eval", "incidents", str(tmp_path)])
    assert result.exit_code != 0 and "no *.incidents.json" in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_cli_prints_precision_recall_and_toll(tmp_path, resources):
    doc = {"id": "t", "published": "2023-03-15", "title": None,
           "text": "Rebels attacked a police post in Kaduna on Friday, killing five officers.",
           "incidents": [{"type": ["ASSAULT"], "places": ["Kaduna"], "killed": [5], "main": True}]}
    (tmp_path / "t.incidents.json").write_text(json.dumps({"documents": [doc]}), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "incidents", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "precision 1.000  recall 1.000" in result.output and "death toll on the main incident 1.000" in result.output
