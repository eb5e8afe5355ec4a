"""The Ray engine ends with the database of the local engine (one local Ray instance per session)."""
from __future__ import annotations

import json

import duckdb
import pandas as pd
import pytest

from newsgraph.store.ingest import ingest_paths
from store.test_ingest import TABLES, dump

ray = pytest.importorskip("ray")

ARTICLES = [
    {"text": "Police arrested 12 protesters in Lyon on Tuesday, the prefecture said.", "published": "2024-05-14"},
    {"text": "A fire destroyed a warehouse in Marseille on Monday; two firefighters were injured.",
     "published": "Mon, 13 May 2024 18:00:00 +0000"},
    {"text": "The foreign ministers of Chile and Peru met in Lima on Friday to discuss fishing rights.",
     "published": "7:58 AM ET"},
    {"text": "Farmers blocked a motorway near Ghent with tractors on Wednesday, police said.", "published": None},
    {"text": "", "published": "2024-05-10"},
]


@pytest.fixture(scope="module")
def local_ray():
    from newsgraph.store.ray_engine import init_local_ray
    init_local_ray(2)
    yield
    ray.shutdown()


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    return str(path)


def test_ray_and_local_engines_store_the_same_database(local_ray, corpus, tmp_path):
    local, on_ray = str(tmp_path / "local.duckdb"), str(tmp_path / "ray.duckdb")
    a = ingest_paths([corpus], local, batch_size=2, show_progress=False)
    parquet = tmp_path / "parquet"
    b = ingest_paths([corpus], on_ray, batch_size=2, show_progress=False, engine="ray", workers=2,
                     parquet_dir=str(parquet))
    assert (b.done, b.failed, b.warnings) == (a.done, a.failed, a.warnings) == (4, 1, 1)
    assert dump(on_ray) == dump(local)
    assert ray.is_initialized()                  # a running instance is joined, not stopped

    con = duckdb.connect(on_ray, read_only=True)
    for table in TABLES:
        stored = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        back = duckdb.sql(f"SELECT count(*) FROM read_parquet('{parquet}/{table}/*/*.parquet', "
                          "hive_partitioning=true)").fetchall()[0][0]
        assert back == stored, table
    con.close()
    events = pd.read_parquet(parquet / "events")
    assert len(events) == dump(on_ray)["events"].__len__() and "type" in events.columns


def test_a_rerun_on_ray_resumes_and_skips(local_ray, corpus, tmp_path):
    db = str(tmp_path / "r.duckdb")
    ingest_paths([corpus], db, batch_size=2, show_progress=False, engine="ray", workers=1)
    again = ingest_paths([corpus], db, batch_size=2, show_progress=False, engine="ray", workers=1)
    assert (again.done, again.skipped) == (0, 4)
