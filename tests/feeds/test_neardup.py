"""Near-duplicates: copies of a wire story are stored with duplicate_of and are not corroboration."""
from __future__ import annotations

import copy
import json

import duckdb
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.store import open_store
from newsgraph.store.neardup import THRESHOLD, minhash, similarity
from store.conftest import incident_documents
from store.records import make_doc

WIRE = ("Heavy rain flooded dozens of homes in the northern town of Kendal on Sunday, and rescue crews used "
        "boats to reach families trapped on upper floors, the county council said. Two people were taken to "
        "hospital with minor injuries, and the main road to Windermere stayed closed overnight while engineers "
        "checked a damaged bridge. Forecasters warned that more rain was expected on Monday.")
COPY = "By our correspondent. " + WIRE.replace("Forecasters warned", "Weather forecasters warned")
OTHER = ("Dock workers at the port of Antwerp walked out on Friday over pay, their union said, leaving "
         "container ships waiting at anchor in the Scheldt estuary for a second day.")


def test_a_republished_story_is_similar_and_a_different_one_is_not():
    assert similarity(minhash(WIRE), minhash(COPY)) >= THRESHOLD
    assert similarity(minhash(WIRE), minhash(OTHER)) < 0.2


def _duplicates(path) -> dict:
    con = duckdb.connect(path, read_only=True)
    try:
        return dict(con.execute("SELECT id, duplicate_of FROM documents").fetchall())
    finally:
        con.close()


def test_copies_point_at_the_earliest_report_whatever_the_order(tmp_path):
    docs = [make_doc(WIRE, published="2024-05-12"), make_doc(COPY, published="2024-05-13"),
            make_doc(OTHER, published="2024-05-12")]
    results = []
    for name, order in (("a", [0, 1, 2]), ("b", [1, 2, 0]), ("c", [2, 1, 0])):
        path = str(tmp_path / f"{name}.duckdb")
        with open_store(path) as store:
            for i in order:                      # one batch each: compared through the stored band keys
                store.add_documents([docs[i]])
        results.append(_duplicates(path))
    with open_store(str(tmp_path / "one.duckdb")) as store:
        store.add_documents([docs[1], docs[0], docs[2]])       # one batch
    results.append(_duplicates(str(tmp_path / "one.duckdb")))
    expected = {docs[0].id: None, docs[1].id: docs[0].id, docs[2].id: None}
    assert all(r == expected for r in results)


def test_incidents_count_distinct_reports_not_copies(tmp_path):
    docs = incident_documents()
    governor = docs["governor.txt"]
    reprint = make_doc(governor.text + " The report was republished by a partner site.", published="2024-05-11")
    reprint.places, reprint.events = copy.deepcopy(governor.places), copy.deepcopy(governor.events)
    with open_store(str(tmp_path / "c.duckdb")) as store:
        store.add_documents(list(docs.values()) + [reprint])
        assert store.duplicate_ids() == {reprint.id}
        store.rebuild_incidents()
        (incident,) = store.list_incidents()
    assert incident["n_sources"] == 3 and reprint.id not in {s["doc_id"] for s in incident["sources"]}


def test_export_can_drop_duplicates(tmp_path):
    docs = incident_documents()
    governor = docs["governor.txt"]
    reprint = make_doc(governor.text + " The report was republished by a partner site.", published="2024-05-11")
    reprint.places, reprint.events = copy.deepcopy(governor.places), copy.deepcopy(governor.events)
    db = str(tmp_path / "c.duckdb")
    with open_store(db) as store:
        store.add_documents([governor, reprint])
    runner = CliRunner()
    for flag, n in (([], 2), (["--drop-duplicates"], 1)):
        out = tmp_path / "e.jsonl"
        result = runner.invoke(cli, ["export", "--db", db, "--format", "jsonl", "-o", str(out), *flag])
        assert result.exit_code == 0, result.output
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        assert len(rows) == n and rows[0]["doc_id"] == governor.id
