"""Ctrl-C stops an ingest run cleanly (summary, exit 130) and a rerun resumes to the same database."""
from __future__ import annotations

import itertools
import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest

from newsgraph.store.ingest import ingest_paths
from store.test_ingest import dump

CITIES = ["Lyon", "Porto", "Ghent", "Leeds", "Turin", "Graz", "Brno", "Cork", "Split", "Malmo", "Bergen", "Tartu"]
ACTS = ["Police arrested {n} protesters in {c} on {d}, officials said.",
        "A fire destroyed {n} shops in the old market of {c} on {d}, firefighters said."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]  # enough work left when Ctrl-C lands on a loaded machine


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_and_a_rerun_resumes(tmp_path):
    texts = [a.format(n=n, c=c, d=d) for (a, c, d), n in zip(itertools.product(ACTS, CITIES, DAYS), itertools.count(3))]
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps({"text": t, "published": "2024-05-17"}) + "\n" for t in texts))
    reference = str(tmp_path / "reference.duckdb")
    ingest_paths([str(corpus)], reference, batch_size=2, show_progress=False)

    db = str(tmp_path / "stopped.duckdb")
    env = {**os.environ, "NEWSGRAPH_BATCH_SIZE": "2"}
    cmd = [sys.executable, "-m", "newsgraph.cli", "ingest", str(corpus), "--db", db, "--workers", "2"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    deadline = time.monotonic() + 300
    for line in proc.stderr:                       # wait for a committed batch, then Ctrl-C the whole group
        if re.search(r"stored [1-9]", line) or time.monotonic() > deadline:
            break
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130 and "interrupted: rerun the same command to resume" in out, err[-1500:]
    stored = len(dump(db)["documents"])
    assert 0 < stored < len(texts)

    resumed = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(texts) - stored} documents stored, {stored} skipped" in resumed.stdout
    assert dump(db) == dump(reference)
