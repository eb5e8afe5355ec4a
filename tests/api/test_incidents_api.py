"""Articles saved through POST /extract are linked into incidents before events are read (real pipeline)."""
from pathlib import Path

from fastapi.testclient import TestClient

from newsgraph.api import create_app

DATA = Path(__file__).resolve().parents[1] / "store" / "data" / "incidents"


def test_saved_reports_of_one_strike_share_an_incident(tmp_path):
    app = create_app(db_path=str(tmp_path / "web.duckdb"))
    with TestClient(app) as client:
        for name, published in (("governor.txt", "2024-05-09"), ("ministry.txt", "2024-05-10")):
            r = client.post("/extract", json={"text": (DATA / name).read_text(), "published": published})
            assert r.status_code == 200, r.text
        events = client.get("/events", params={"type": "ASSAULT"}).json()["events"]
    kharkiv = [e for e in events if any(p["name"] == "Kharkiv" for p in e["places"])]
    docs = {e["doc_id"] for e in kharkiv}
    assert len(docs) == 2, kharkiv
    incidents = {e["incident_id"] for e in kharkiv if e["incident_id"]}
    assert len(incidents) == 1, [(e["doc_id"], e["incident_id"], e["counts"]) for e in kharkiv]
