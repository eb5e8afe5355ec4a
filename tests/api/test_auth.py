"""Who may write: no token on loopback; off loopback `serve` needs one; writes (and reads when
private) need `Authorization: Bearer <token>`, else a 401 in the one error shape."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from api import synthetic
from api.desk_corpus import arrest_report, make_store
from newsgraph.api import create_app, serve
from newsgraph.api.auth import check_binding, resolve_token
from newsgraph.cli import cli
from newsgraph.errors import UsageError

TOKEN = "s3cret-token-for-tests-0123"
GOOD = {"Authorization": f"Bearer {TOKEN}"}


def app_client(private=False, token=TOKEN):
    app = create_app(store=make_store(), process=synthetic.annotate, token=token, private=private)
    return TestClient(app, raise_server_exceptions=False)


def review(client, headers):
    return client.post("/reviews", headers=headers,
                       json={"doc_id": arrest_report().id, "event_id": "V1", "action": "confirm"})


def assert_401(r):
    assert r.status_code == 401, r.text
    assert r.json()["error"]["code"] == "unauthorized" and r.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong-token-wrong-token"},
                                     {"Authorization": TOKEN}, {"Authorization": f"Basic {TOKEN}"}])
def test_writes_need_the_right_bearer_token(headers):
    with app_client() as client:
        assert_401(review(client, headers))
        assert_401(client.post("/extract", headers=headers, json={"text": synthetic.TEXT}))
        assert client.get("/reviews", headers=GOOD).json()["total"] == 0       # nothing was written
        assert client.get("/documents").json()["total"] == 3


def test_with_the_token_writes_go_through_and_reads_stay_open():
    with app_client() as client:
        assert review(client, GOOD).status_code == 201
        assert client.post("/extract", headers=GOOD, json={"text": synthetic.TEXT}).status_code == 200
        assert client.get("/events").status_code == 200
        assert client.get("/reviews").json()["total"] == 1


def test_private_closes_reads_but_not_the_page():
    with app_client(private=True) as client:
        for path in ("/events", "/documents", "/incidents", "/reviews", "/health", "/search?q=Kharkiv"):
            assert_401(client.get(path))
            assert client.get(path, headers=GOOD).status_code == 200, path
        assert client.get("/").status_code == 200
        assert client.get("/openapi.json").status_code == 200


def test_without_a_token_loopback_needs_none():
    with app_client(token=None) as client:
        assert review(client, {}).status_code == 201


def test_serve_refuses_other_addresses_without_a_token(monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_TOKEN", raising=False)
    for host in ("0.0.0.0", "192.168.1.20", "::"):
        with pytest.raises(UsageError, match="without a token"):
            serve(db=None, host=host, port=8000)
    check_binding("127.0.0.1", None)
    check_binding("0.0.0.0", TOKEN)


def test_the_token_comes_from_a_file_or_the_environment(tmp_path):
    path = tmp_path / "token"
    path.write_text(TOKEN + "\n")
    assert resolve_token(str(path), environ={}) == TOKEN
    assert resolve_token(None, environ={"NEWSGRAPH_TOKEN": TOKEN}) == TOKEN
    assert resolve_token(None, environ={}) is None
    with pytest.raises(UsageError, match="at least 16"):
        resolve_token(None, environ={"NEWSGRAPH_TOKEN": "short"})


def test_cli_serve_off_loopback_without_a_token_is_one_line_and_exit_2(monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8765"])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "NEWSGRAPH_TOKEN" in result.output
