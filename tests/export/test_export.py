"""Exports: ACLED-style CSV, PLOVER JSON lines, GeoJSON (validated), JSONL and Parquet."""
from __future__ import annotations

import csv
import io
import json

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner
from geojson_pydantic import FeatureCollection

from newsgraph.cli import cli
from newsgraph.export import EXPORTERS, export_events
from newsgraph.export.acled import ACLED_COLUMNS
from newsgraph.store import open_store
from store.records import make_doc

ACLED_REQUIRED = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "location",
                  "latitude", "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    from newsgraph.model import AcledType
    path = str(tmp_path_factory.mktemp("export") / "corpus.duckdb")
    strike = make_doc(
        "Russian missiles struck Kharkiv and Odesa on Thursday, killing seven people, the governor said.",
        url="https://example.org/strike", source="Example Wire", places=["Kharkiv", "Odesa"],
        events=[dict(type_="ASSAULT", places=["P1", "P2"], date="2024-05-09",
                     counts=[("killed", 7), ("injured", 3, "at_least")], reporter="the governor",
                     trigger="struck", actors=[("source", "Russian missiles"), ("target", "civilians")])])
    strike.events[0].acled = AcledType("Explosions/Remote violence", "Air/drone strike")
    strike.events[0].mode = "missile strike"
    arrest = make_doc("Police detained 40 protesters in Suva in May, the army claimed.", places=["Suva"],
                      events=[dict(type_="COERCE", places=["P1"], date="2024-05", precision="month",
                                   counts=[("arrested", 40)], status="claimed", trigger="detained")])
    talk = make_doc("The two ministers spoke by phone.", published="2024-05-11",
                    events=[dict(type_="CONSULT", places=[], date=None, trigger="spoke")])
    with open_store(path) as store:
        store.add_documents([strike, arrest, talk])
    return path


def export(db: str, fmt: str, tmp_path, **filters) -> tuple[int, bytes]:
    out = tmp_path / f"out.{fmt}"
    n = export_events(db, fmt, str(out), **filters)
    return n, out.read_bytes()


def test_the_registry_has_every_format():
    assert set(EXPORTERS) == {"csv", "plover", "geojson", "jsonl", "parquet"}


def test_csv_follows_the_acled_codebook(db, tmp_path):
    n, data = export(db, "csv", tmp_path)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert n == 3 and len(rows) == 4                       # the two-place strike gives two rows
    header = list(rows[0])
    assert header[:len(ACLED_COLUMNS)] == ACLED_COLUMNS and set(ACLED_REQUIRED) <= set(header)
    assert {"status", "reported_by", "evidence", "document_url"} <= set(header)
    kharkiv, odesa = [r for r in rows if r["plover_type"] == "ASSAULT"]
    assert (kharkiv["location"], kharkiv["country"], kharkiv["admin1"]) == ("Kharkiv", "Ukraine", "Kharkiv Oblast")
    assert float(kharkiv["latitude"]) == pytest.approx(49.98) and kharkiv["geo_precision"] == "1"
    assert (kharkiv["event_type"], kharkiv["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert int(kharkiv["fatalities"]) + int(odesa["fatalities"]) == 7      # split over the locations
    assert kharkiv["time_precision"] == "1" and kharkiv["event_date"] == "2024-05-09"
    assert kharkiv["actor1"] == "Russian missiles" and kharkiv["civilian_targeting"] == "Civilian targeting"
    assert kharkiv["reported_by"] == "the governor" and kharkiv["source"] == "Example Wire"
    assert kharkiv["tags"] == "injured>=3" and kharkiv["iso"] == "804"
    arrest = next(r for r in rows if r["plover_type"] == "COERCE")
    assert arrest["time_precision"] == "3" and arrest["status"] == "claimed" and arrest["fatalities"] == "0"
    talk = next(r for r in rows if r["plover_type"] == "CONSULT")
    assert talk["location"] == "" and talk["time_precision"] == "2" and talk["event_date"] == "2024-05-11"


def test_plover_lines_have_the_polecat_fields(db, tmp_path):
    n, data = export(db, "plover", tmp_path, event_type="ASSAULT")
    (record,) = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    assert n == 1
    assert {"id", "date", "actor", "recipient", "event", "mode", "context", "event_loc", "size", "text_info",
            "cite_info"} <= set(record)
    assert record["event"] == "ASSAULT" and record["mode"] == "missile strike" and record["date"] == "2024-05-09"
    assert record["actor"]["name"] == "Russian missiles" and record["recipient"]["text"] == "civilians"
    assert record["event_loc"]["name"] == "Kharkiv" and record["event_loc"]["resolution"] in range(1, 6)
    assert record["size"] == {"dead": 7, "injured": 3}
    assert record["cite_info"]["url"] == "https://example.org/strike"
    assert record["text_info"]["event_text"] == "struck"


def test_geojson_is_valid(db, tmp_path):
    n, data = export(db, "geojson", tmp_path)
    collection = json.loads(data)
    FeatureCollection.model_validate(collection)           # RFC 7946 structure, checked by geojson-pydantic
    assert n == len(collection["features"]) == 3
    for feature in collection["features"]:
        geometry = feature["geometry"]
        points = [] if geometry is None else (
            [geometry["coordinates"]] if geometry["type"] == "Point" else geometry["coordinates"])
        for lon, lat in points:                             # RFC 7946: longitude first, WGS 84 ranges
            assert -180 <= lon <= 180 and -90 <= lat <= 90
    strike = next(f for f in collection["features"] if f["properties"]["type"] == "ASSAULT")
    assert strike["geometry"]["type"] == "MultiPoint" and strike["geometry"]["coordinates"][0] == [36.25, 49.98]


def test_parquet_reads_in_pandas_and_duckdb(db, tmp_path):
    n, _ = export(db, "parquet", tmp_path)
    path = str(tmp_path / "out.parquet")
    frame = pd.read_parquet(path)
    assert n == 3 and len(frame) == 4 and set(ACLED_REQUIRED) <= set(frame.columns)
    assert frame["fatalities"].sum() == 7
    rows = duckdb.sql(f"SELECT event_date, location FROM '{path}' WHERE location = 'Suva'").fetchall()
    assert [str(r[0]) for r in rows] == ["2024-05-01"]


def test_jsonl_holds_the_store_event_dicts(db, tmp_path):
    n, data = export(db, "jsonl", tmp_path, since="2024-05-09", bbox="30,44,40,52")
    events = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    assert n == 1 and events[0]["type"] == "ASSAULT" and len(events[0]["places"]) == 2


def test_filters_apply_to_every_format(db, tmp_path):
    for fmt in EXPORTERS:
        assert export(db, fmt, tmp_path, until="2024-05-08")[0] == 1, fmt     # May (month) only


def test_the_cli_writes_to_stdout_and_reports_bad_filters(db, tmp_path):
    runner = CliRunner()
    ok = runner.invoke(cli, ["export", "--db", db, "--format", "jsonl", "--type", "COERCE", "-o", "-"])
    assert ok.exit_code == 0 and json.loads(ok.stdout.splitlines()[0])["type"] == "COERCE"
    bad = runner.invoke(cli, ["export", "--db", db, "--format", "csv", "--bbox", "1,2", "-o",
                              str(tmp_path / "x.csv")])
    assert bad.exit_code == 2 and "bbox" in bad.output and not (tmp_path / "x.csv").exists()
