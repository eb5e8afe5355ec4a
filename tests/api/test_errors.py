"""The one error shape, tested in one place for every endpoint and every kind of failure."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app

SECRET = "internal-detail-that-must-not-leak"


def _boom(doc):
    raise RuntimeError(SECRET)


CASES = [
    ("GET", "/documents/no-such-id", None, 404),
    ("GET", "/no-such-route", None, 404),
    ("DELETE", "/health", None, 405),
    ("PUT", "/extract", None, 405),
    ("POST", "/extract", b"{not json", 422),
    ("POST", "/extract", {"txt": "wrong field"}, 422),
    ("POST", "/extract", {"text": ""}, 422),
    ("POST", "/extract", {"text": "   \n  "}, 422),
    ("POST", "/extract", {"text": "Some news.", "published": "last tuesday"}, 422),
    ("POST", "/extract", {"text": "Some news.", "published": "2022-02-30"}, 422),
    ("POST", "/extract", {"text": "<html><body></body></html>", "format": "html"}, 422),
    ("POST", "/extract", {"text": "Some news.", "format": "pdf"}, 422),
    ("POST", "/extract/file", ("multipart", None, {"published": "2022-09-14"}), 422),
    ("POST", "/extract/file", ("multipart", ("a.bin", b"\x00\x01\x02"), None), 422),
    ("POST", "/extract/file", ("multipart", ("a.txt", b"caf\xe9"), None), 422),
    ("POST", "/extract/file", ("multipart", ("a.txt.gz", b"not gzip"), None), 422),
    ("POST", "/extract/file", ("multipart", ("a.jsonl", b'{"text": "a"}\n{"text": "b"}\n'), None), 422),
    ("POST", "/extract/file", ("multipart", ("a.txt", b"News."), {"published": "soon"}), 422),
    ("POST", "/extract/file", b'{"text": "json is not a form"}', 422),
    ("GET", "/documents?limit=0", None, 422),
    ("GET", "/documents?offset=-1", None, 422),
    ("GET", "/events?type=EXPLODE", None, 400),
    ("GET", "/events?status=rumoured", None, 400),
    ("GET", "/events?since=yesterday", None, 400),
    ("GET", "/events?bbox=1,2,3", None, 400),
    ("GET", "/events?bbox=10,60,20,50", None, 400),
    ("GET", "/events.geojson?until=13/09/2022", None, 400),
    ("GET", "/events?limit=0", None, 422),
]


def _request(client, method, path, body, **kw):
    if isinstance(body, tuple):
        _, file, data = body
        return client.request(method, path, files={"file": file} if file else None, data=data, **kw)
    if isinstance(body, bytes):
        return client.request(method, path, content=body, headers={"content-type": "application/json"}, **kw)
    return client.request(method, path, json=body, **kw)


def assert_error_shape(response, status):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert err["status"] == status
    assert isinstance(err["code"], str) and err["code"]
    assert isinstance(err["message"], str) and err["message"]
    assert set(err) <= {"status", "code", "message", "details"}
    assert "Traceback" not in response.text and 'File "' not in response.text


@pytest.mark.parametrize("method,path,body,status", CASES, ids=[f"{m} {p} {s}" for m, p, _, s in CASES])
def test_every_error_has_the_one_shape(client, method, path, body, status):
    assert_error_shape(_request(client, method, path, body), status)


def test_validation_errors_say_where_without_echoing_input(client):
    r = client.post("/extract", json={"text": "x", "format": "<b>pdf</b>"})
    assert_error_shape(r, 422)
    details = r.json()["error"]["details"]
    assert any(d["loc"][-1] == "format" for d in details)
    assert "<b>pdf</b>" not in r.text


def test_unexpected_failure_is_a_json_500_without_traceback_or_message():
    with TestClient(create_app(process=_boom), raise_server_exceptions=False) as c:
        r = c.post("/extract", json={"text": "A perfectly ordinary article."})
    assert_error_shape(r, 500)
    assert SECRET not in r.text and "RuntimeError" not in r.text


def test_body_over_the_limit_is_refused_with_413():
    with TestClient(create_app(process=lambda d: d, max_body_bytes=1000)) as c:
        r = c.post("/extract", json={"text": "word " * 400})
        assert_error_shape(r, 413)
        assert "1,000 bytes" in r.json()["error"]["message"]
        assert c.post("/extract", json={"text": "word " * 100}).status_code == 200


def test_chunked_body_over_the_limit_is_refused_with_413():
    def chunks():
        for _ in range(20):
            yield b"x" * 100
    with TestClient(create_app(process=lambda d: d, max_body_bytes=1000)) as c:
        r = c.post("/extract", content=chunks(), headers={"content-type": "application/json"})
    assert_error_shape(r, 413)


def test_default_limit_refuses_a_10_mb_article(client):
    r = client.post("/extract", content=b'{"text": "' + b"a" * (10 * 1024 * 1024) + b'"}',
                    headers={"content-type": "application/json"})
    assert_error_shape(r, 413)


def test_requests_for_another_host_are_refused():
    app = create_app(process=lambda d: d, allowed_hosts={"127.0.0.1", "localhost", "::1"})
    with TestClient(app, base_url="http://localhost:8000") as c:
        assert c.get("/health").status_code == 200
        assert c.get("/health", headers={"host": "[::1]:8000"}).status_code == 200
        assert_error_shape(c.get("/health", headers={"host": "rebound.example:8000"}), 400)
        assert_error_shape(c.post("/extract", json={"text": "x"}, headers={"host": "rebound.example"}), 400)
