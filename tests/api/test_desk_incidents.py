"""GET /incidents: the distinct reports, their sources, figures side by side, filters; extra fields pass."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.desk_corpus import make_store
from newsgraph.api import create_app
from newsgraph.api.desk import incident_matches


@pytest.fixture
def client():
    with TestClient(create_app(store=make_store()), raise_server_exceptions=False) as c:
        yield c


def test_an_incident_lists_its_reports_and_conflicting_figures(client):
    body = client.get("/incidents").json()
    assert body["total"] == 1
    (incident,) = body["incidents"]
    assert incident["type"] == "ASSAULT" and incident["n_sources"] == 2
    assert {s["source"] for s in incident["sources"]} == {"Example Wire", "Other Post"}
    assert incident["counts"] == [{"kind": "killed", "min_value": 7.0, "max_value": 9.0, "n_reports": 2,
                                   "conflicting": True}]
    assert incident["conflicting_counts"] is True


@pytest.mark.parametrize("params, n", [
    ({"type": "ASSAULT"}, 1), ({"type": "COERCE"}, 0), ({"since": "2024-05-09", "until": "2024-05-09"}, 1),
    ({"since": "2024-05-10"}, 0), ({"bbox": "30,44,40,52"}, 1), ({"bbox": "170,-20,180,-10"}, 0),
    ({"min_sources": 3}, 0), ({"conflicting": "false"}, 0), ({"conflicting": "true"}, 1),
])
def test_incident_filters(client, params, n):
    assert client.get("/incidents", params=params).json()["total"] == n


def test_fields_added_by_the_linking_rules_pass_through(client, monkeypatch):
    from newsgraph.store.db import Store
    original = Store.list_incidents
    monkeypatch.setattr(Store, "list_incidents", lambda self, **kw: [
        {**i, "tolls": [{"value": 9, "kind": "killed", "source": "Other Post"}]} for i in original(self, **kw)])
    (incident,) = client.get("/incidents").json()["incidents"]
    assert incident["tolls"] == [{"value": 9, "kind": "killed", "source": "Other Post"}]


def test_a_box_across_the_antimeridian():
    fiji = {"type": "COERCE", "lat": -18.1, "lon": 178.4, "n_sources": 2}
    assert incident_matches(fiji, [], None, None, (170, -30, -170, 0), 1, None)
    assert not incident_matches(fiji, [], None, None, (-170, -30, 170, 0), 1, None)
