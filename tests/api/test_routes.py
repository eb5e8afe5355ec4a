"""The API's routes over the fake pipeline: extraction, storage, filters, GeoJSON, safety headers."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from api import synthetic
from newsgraph.api import create_app
from newsgraph.model import Document, iter_spans


def test_extract_returns_newsgraph_json_with_valid_spans(client):
    r = client.post("/extract", json={"text": synthetic.TEXT, "published": "12 March 2024", "url": "https://example.org/a"})
    assert r.status_code == 200
    body = r.json()
    assert body["schema"] == "newsgraph/1"
    assert body["published"] == "2024-03-12" and body["url"] == "https://example.org/a"
    assert "tokens" not in body
    doc = Document.from_dict(body)
    assert [e.type for e in doc.events] == ["ASSAULT", "COERCE"]
    assert all(doc.text[s.start:s.end] == s.text for s in iter_spans(doc))
    assert r.headers["server-timing"].startswith("extract;dur=")


def test_extract_reads_html_pages(client):
    html = ("<html><head><title>Depot fire</title></head><body><article><h1>Depot fire</h1>"
            + "".join(f"<p>{line}</p>" for line in synthetic.TEXT.split("\n")) + "</article></body></html>")
    r = client.post("/extract", json={"text": html})
    assert r.status_code == 200, r.text
    body = r.json()
    assert "<p>" not in body["text"] and "Marie Dupont" in body["text"]
    assert body["title"] == "Depot fire"


def test_extract_an_uploaded_file(client):
    import gzip
    for name, data in (("a.txt", synthetic.TEXT.encode()), ("a.txt.gz", gzip.compress(synthetic.TEXT.encode())),
                       ("a.jsonl", (json.dumps({"text": synthetic.TEXT, "title": "Depot fire"}) + "\n").encode())):
        r = client.post("/extract/file", files={"file": (name, data)},
                        data={"published": synthetic.PUBLISHED, "url": "https://example.org/b"})
        assert r.status_code == 200, (name, r.text)
        body = r.json()
        assert body["text"] == synthetic.TEXT and len(body["events"]) == 2
        assert body["published"] == synthetic.PUBLISHED and body["url"] == "https://example.org/b"
    assert client.get("/documents").json()["total"] == 1


def test_stored_documents_are_listed_and_fetched(stored):
    listing = stored.get("/documents").json()
    assert listing["total"] == 1 and listing["limit"] == 50 and listing["offset"] == 0
    (summary,) = listing["documents"]
    assert summary["n_events"] == 2 and summary["published"] == synthetic.PUBLISHED
    doc = Document.from_dict(stored.get(f"/documents/{summary['id']}").json())
    assert doc.id == summary["id"] and doc.text == synthetic.TEXT
    assert [q.speaker for q in doc.quotes] == ["E1"] and [p.name for p in doc.places] == ["Lyon", "Marseille"]
    assert stored.get("/health").json() == {"status": "ok", "version": "0.1.0", "store": ":memory:", "documents": 1}


def test_save_false_extracts_without_storing(client):
    assert client.post("/extract", json={"text": synthetic.TEXT, "save": False}).status_code == 200
    assert client.get("/documents").json()["total"] == 0


def test_reextracting_the_same_text_keeps_one_document(client):
    for _ in range(2):
        client.post("/extract", json={"text": synthetic.TEXT})
    assert client.get("/documents").json()["total"] == 1


@pytest.mark.parametrize("query,expected", [
    ("", ["V1", "V2"]),
    ("?type=ASSAULT", ["V1"]),
    ("?type=assault,coerce", ["V1", "V2"]),
    ("?status=claimed", ["V2"]),
    ("?since=2024-03-12", ["V2"]),
    ("?until=2024-03-11", ["V1"]),
    ("?since=2024-03-13", []),
    ("?bbox=4,45,6,46", ["V1"]),          # around Lyon
    ("?bbox=5,43,6,44&type=COERCE", ["V2"]),
    ("?bbox=20,40,40,55", []),
])
def test_event_filters(stored, query, expected):
    body = stored.get("/events" + query).json()
    assert [event["id"] for event in body["events"]] == expected
    assert body["total"] == len(expected)


def test_event_rows_resolve_places_and_name_their_article(stored):
    event = stored.get("/events?type=COERCE").json()["events"][0]
    assert event["date_start"] == "2024-03-12"
    assert [p["name"] for p in event["places"]] == ["Marseille"]
    assert [(a["role"], a["name"]) for a in event["actors"]] == [("source", "Police")]
    assert event["document"]["published"] == synthetic.PUBLISHED


def test_events_limit_and_offset(stored):
    body = stored.get("/events?limit=1&offset=1").json()
    assert [e["id"] for e in body["events"]] == ["V2"] and body["total"] == 2


def test_a_database_file_is_shared_with_ingest(tmp_path):
    db = str(tmp_path / "corpus.duckdb")
    with TestClient(create_app(db_path=db, process=synthetic.annotate)) as c:
        assert c.post("/extract", json={"text": synthetic.TEXT}).status_code == 200
    from newsgraph.store import open_store
    with open_store(db, read_only=True) as store:
        assert store.count("documents") == 1 and store.count_events() == 2


def test_events_geojson(stored):
    r = stored.get("/events.geojson?type=ASSAULT")
    assert r.headers["content-type"].startswith("application/geo+json")
    (feature,) = r.json()["features"]
    assert feature["properties"]["event_id"] == "V1"
    assert feature["geometry"] == {"type": "Point", "coordinates": [4.85, 45.75]}
    assert feature["properties"]["place"] == "Lyon"
    assert feature["properties"]["counts"][0]["kind"] == "killed"


def test_security_headers_and_no_cors_by_default(client):
    r = client.get("/health", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in r.headers
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    pre = client.options("/extract", headers={"Origin": "https://elsewhere.example",
                                              "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in pre.headers


def test_cors_only_for_configured_origins():
    app = create_app(process=synthetic.annotate, cors_origins=["https://analyst.example"])
    with TestClient(app) as c:
        ok = c.get("/health", headers={"Origin": "https://analyst.example"})
        other = c.get("/health", headers={"Origin": "https://evil.example"})
    assert ok.headers["access-control-allow-origin"] == "https://analyst.example"
    assert "access-control-allow-origin" not in other.headers


def test_openapi_schema_lists_every_endpoint(client):
    schema = client.get("/openapi.json").json()
    assert {"/extract", "/extract/file", "/documents", "/documents/{doc_id}", "/events", "/events.geojson", "/health"} <= set(schema["paths"])
    params = {p["name"] for p in schema["paths"]["/events"]["get"]["parameters"]}
    assert {"type", "status", "since", "until", "bbox"} <= params


def test_page_without_built_assets_says_how_to_build(monkeypatch, tmp_path):
    monkeypatch.setattr("newsgraph.api.app.WEB_DIR", tmp_path)
    with TestClient(create_app(process=synthetic.annotate)) as c:
        r = c.get("/")
    assert r.status_code == 200 and "make web" in r.text


def test_missing_static_file_is_a_json_404(client):
    r = client.get("/static/no-such-file.js")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
