"""Apps for the API tests: a fake pipeline (records of tests/api/synthetic.py) or the real one."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app
from api import synthetic  # tests/ is on sys.path (pytest rootdir conftest)


@pytest.fixture
def fake_app():
    return create_app(process=synthetic.annotate)


@pytest.fixture
def client(fake_app):
    with TestClient(fake_app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def stored(client):
    """The client with the synthetic article extracted and stored."""
    r = client.post("/extract", json={"text": synthetic.TEXT, "published": synthetic.PUBLISHED})
    assert r.status_code == 200, r.text
    return client
