"""`newsgraph ingest`: formats, failures, idempotence, and resuming after a real SIGKILL."""
from __future__ import annotations

import gzip
import json
import os
import re
import signal
import subprocess
import sys
import time

import duckdb
import pytest
from click.testing import CliRunner

from conftest import shared_path
from newsgraph.cli import cli
from newsgraph.store import open_store
from newsgraph.store.ingest import ingest_paths

TABLES = ["documents", "entities", "mentions", "places", "times", "quotes", "events", "event_places",
          "event_actors", "counts", "failures", "incident_events"]

ARTICLES = [
    "Police arrested 12 protesters in Lyon on Tuesday, the prefecture said.",
    "A fire destroyed a warehouse in Marseille on Monday; two firefighters were injured.",
    "The foreign ministers of Chile and Peru met in Lima on Friday to discuss fishing rights.",
]
HTML = ("<html><head><title>Storm hits coast</title></head><body><article><h1>Storm hits coast</h1>"
        "<p>A storm hit the coast of Brittany on Sunday, cutting power to 30,000 homes, officials said. "
        "Rescue teams were sent to Brest and Quimper to clear fallen trees from the roads.</p>"
        "</article></body></html>")


def dump(path: str) -> dict[str, list[tuple]]:
    """Every row of every table, in a canonical order."""
    con = duckdb.connect(path, read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
    finally:
        con.close()


@pytest.fixture
def inputs(tmp_path):
    """A folder with text, HTML, JSONL (with bad lines) and gzip JSONL; one duplicate, one empty file."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    (folder / "b.html").write_text(HTML, encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    lines = [json.dumps({"text": ARTICLES[1], "date": "2024-05-06", "url": "https://example.org/1"}),
             "{not json", json.dumps({"title": "no text"}), ""]
    (folder / "c.jsonl").write_text("\n".join(lines), encoding="utf-8")
    gz = [json.dumps({"body": ARTICLES[2], "published_at": "2024-05-10"}), json.dumps({"text": ARTICLES[0]})]
    (folder / "d.jsonl.gz").write_bytes(gzip.compress("\n".join(gz).encode("utf-8")))
    return folder


def test_ingest_reads_every_format_and_records_failures(inputs, tmp_path):
    db = str(tmp_path / "c.duckdb")
    summary = ingest_paths([str(inputs)], db, show_progress=False)
    assert (summary.done, summary.skipped, summary.failed) == (4, 1, 3)
    with open_store(db, read_only=True) as store:
        failures = {f["origin"].rsplit("/", 1)[-1]: f["error"] for f in store.failures()}
        docs = store.list_documents()
    assert set(failures) == {"empty.txt", "c.jsonl:2", "c.jsonl:3"}
    assert "malformed JSON" in failures["c.jsonl:2"] and "no text field" in failures["c.jsonl:3"]
    by_url = {d["url"]: d for d in docs}
    assert by_url["https://example.org/1"]["published"] == "2024-05-06"
    assert sorted(d["published"] for d in docs if d["published"])[-1] == "2024-05-10"
    assert any(d["title"] == "Storm hits coast" for d in docs)


def test_a_second_run_skips_everything_and_changes_nothing(inputs, tmp_path):
    db = str(tmp_path / "c.duckdb")
    ingest_paths([str(inputs)], db, show_progress=False)
    before = dump(db)
    again = ingest_paths([str(inputs / "*.jsonl*"), str(inputs / "a.txt")], db, show_progress=False)
    assert (again.done, again.skipped, again.failed) == (0, 4, 2)
    assert dump(db) == before


def test_the_cli_prints_a_summary_and_fails_when_nothing_could_be_read(inputs, tmp_path):
    runner = CliRunner()
    ok = runner.invoke(cli, ["ingest", str(inputs / "a.txt"), "--db", str(tmp_path / "x.duckdb")])
    assert ok.exit_code == 0 and "1 documents stored" in ok.output
    bad = runner.invoke(cli, ["ingest", str(inputs / "empty.txt"), "--db", str(tmp_path / "y.duckdb")])
    assert bad.exit_code == 1 and "1 failed" in bad.output
    missing = runner.invoke(cli, ["ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "z.duckdb")])
    assert missing.exit_code == 2 and "no such file" in missing.output


def _run(args: list[str], env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "ingest", *args], env=env,
                            stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True, start_new_session=True)


@pytest.mark.slow
def test_sigkill_mid_run_then_rerun_gives_the_uninterrupted_database(tmp_path):
    corpus = str(shared_path("corpus", "free-news.jsonl"))
    n_articles = sum(1 for line in open(corpus, encoding="utf-8") if line.strip())
    env = {**os.environ, "NEWSGRAPH_BATCH_SIZE": "4"}
    reference = str(tmp_path / "reference.duckdb")
    ingest_paths([corpus], reference, workers=1, batch_size=4, show_progress=False)

    db = str(tmp_path / "killed.duckdb")
    proc = _run([corpus, "--db", db, "--workers", "2"], env)
    deadline = time.monotonic() + 300
    for line in proc.stderr:                      # progress lines: wait until a batch is committed
        m = re.search(r"stored (\d+)", line)
        if (m and int(m.group(1)) > 0) or time.monotonic() > deadline:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    try:
        os.killpg(proc.pid, signal.SIGKILL)       # the run's worker processes, if still alive
    except ProcessLookupError:
        pass
    assert proc.returncode == -signal.SIGKILL
    partial = dump(db)["documents"]
    assert 0 < len(partial) < n_articles, "the kill should land mid-run"

    resumed = _run([corpus, "--db", db, "--workers", "2"], env)
    out, err = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, err
    assert f"{n_articles - len(partial)} documents stored, {len(partial)} skipped" in out
    assert dump(db) == dump(reference)


def test_a_document_a_stage_fails_on_is_recorded_and_the_others_stored(inputs, tmp_path, monkeypatch):
    import newsgraph.pipeline as pipeline

    real = pipeline.run_stages

    def flaky(doc, res):
        if "Marseille" in doc.text:
            raise ValueError("stage bug")
        return real(doc, res)

    monkeypatch.setattr(pipeline, "run_stages", flaky)
    db = str(tmp_path / "c.duckdb")
    summary = ingest_paths([str(inputs / "a.txt"), str(inputs / "c.jsonl")], db, show_progress=False)
    assert (summary.done, summary.failed) == (1, 3)
    with open_store(db, read_only=True) as store:
        errors = {f["origin"].rsplit("/", 1)[-1]: f for f in store.failures()}
    assert "ValueError: stage bug (at store/test_ingest.py:" in errors["c.jsonl:1"]["error"]
    assert "via newsgraph/pipeline.py:" in errors["c.jsonl:1"]["error"]
    assert errors["c.jsonl:1"]["doc_id"] is not None
