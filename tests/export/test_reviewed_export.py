"""Exports use the analysts' reviews: corrected values, rejected events dropped, a `reviewed` column;
`--machine` gives the raw records; `--incidents` one row per incident."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from api.desk_corpus import arrest_report, make_store
from newsgraph.cli import cli
from newsgraph.store.reviews import add_review


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("reviewed") / "corpus.duckdb")
    store = make_store(path)
    events = {e["id"]: e for e in store.query_events(doc_id=arrest_report().id)}
    add_review(store, events["V1"], "correct", {"type": "PROTEST", "counts": [{"kind": "arrested", "value": 41}]},
               reviewer="ana")
    add_review(store, events["V2"], "reject", note="not an event")
    store.close()
    return path


def export(db, *args) -> list[dict]:
    result = CliRunner().invoke(cli, ["export", "--db", db, "-o", "-", *args])
    assert result.exit_code == 0, result.output
    body = result.stdout
    return list(csv.DictReader(io.StringIO(body))) if "csv" in args else [json.loads(x) for x in body.splitlines()]


def test_csv_has_reviewed_values_and_drops_rejected_events(db):
    rows = {r["event_id"]: r for r in export(db, "--format", "csv") if r["document_id"] == arrest_report().id}
    assert set(rows) == {"V1"}
    assert (rows["V1"]["plover_type"], rows["V1"]["event_type"], rows["V1"]["reviewed"]) == (
        "PROTEST", "Protests", "corrected")
    assert "arrested=41" in rows["V1"]["tags"]


def test_machine_output_is_the_raw_records(db):
    rows = {r["event_id"]: r for r in export(db, "--format", "csv", "--machine")
            if r["document_id"] == arrest_report().id}
    assert set(rows) == {"V1", "V2"}
    assert rows["V1"]["plover_type"] == "COERCE" and rows["V1"]["reviewed"] == ""
    assert "arrested=40" in rows["V1"]["tags"]


def test_other_formats_say_reviewed_too(db):
    plover = [r for r in export(db, "--format", "plover") if r["cite_info"]["story_id"] == arrest_report().id]
    assert [(r["event"], r["cite_info"]["reviewed"]) for r in plover] == [("PROTEST", "corrected")]
    unreviewed = [r for r in export(db, "--format", "jsonl") if r["doc_id"] != arrest_report().id]
    assert unreviewed and all(r["review"] is None for r in unreviewed)


def test_incidents_export_one_row_per_incident(db):
    rows = export(db, "--format", "csv", "--incidents")
    assert len(rows) == 1
    row = rows[0]
    assert (row["type"], row["n_sources"], row["figures"], row["conflicting_counts"]) == ("ASSAULT", "2", "killed=7-9",
                                                                                         "True")
    assert set(row["sources"].split("; ")) == {"Example Wire", "Other Post"}
    (record,) = export(db, "--format", "jsonl", "--incidents")
    assert record["n_sources"] == 2 and len(record["sources"]) == 2


def test_incidents_export_refuses_event_filters_and_unknown_formats(db):
    for args in (["--format", "csv", "--incidents", "--type", "ASSAULT"], ["--format", "parquet", "--incidents"]):
        result = CliRunner().invoke(cli, ["export", "--db", db, "-o", "-", *args])
        assert result.exit_code == 2 and result.output.startswith("Error:"), result.output


def test_export_reports_reviews_whose_event_is_gone(tmp_path):
    path = str(tmp_path / "lost.duckdb")
    store = make_store(path)
    event = store.query_events(doc_id=arrest_report().id)[1]
    add_review(store, event, "reject")
    store._cursor().execute("UPDATE reviews SET trigger_start = trigger_start + 1")   # as if re-extracted apart
    store.close()
    result = CliRunner().invoke(cli, ["export", "--db", path, "--format", "csv", "-o", str(tmp_path / "e.csv")])
    assert result.exit_code == 0
    assert "1 review(s) no longer match a stored event" in result.stderr
    rows = list(csv.DictReader(open(tmp_path / "e.csv", encoding="utf-8")))
    assert len(rows) == 4                         # the lost review rejects nothing: every event is exported
