"""Reviews: confirm, reject, correct; an audit trail beside the machine's records, surviving re-extraction."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.desk_corpus import arrest_report, make_store
from newsgraph.api import create_app
from newsgraph.errors import InputError
from newsgraph.store.reviews import ReviewBook, add_review, list_reviews


@pytest.fixture
def store():
    s = make_store()
    yield s
    s.close()


@pytest.fixture
def client(store):
    with TestClient(create_app(store=store), raise_server_exceptions=False) as c:
        yield c


def arrest_events(store):
    doc_id = arrest_report().id
    return doc_id, {e["id"]: e for e in store.query_events(doc_id=doc_id)}


def test_a_correction_is_stored_with_before_and_after_and_leaves_the_machine_record(client, store):
    doc_id, _ = arrest_events(store)
    r = client.post("/reviews", json={"doc_id": doc_id, "event_id": "V1", "action": "correct", "reviewer": "ana",
                                      "note": "they were detained at a protest",
                                      "changes": {"type": "protest", "counts": [{"kind": "arrested", "value": 41}],
                                                  "date_start": "2024-05-11"}})
    assert r.status_code == 201, r.text
    review, event = r.json()["review"], r.json()["event"]
    assert (review["action"], review["reviewer"], review["matched"]) == ("correct", "ana", True)
    assert review["before"]["type"] == "COERCE" and review["after"]["type"] == "PROTEST"
    assert review["before"]["counts"][0]["value"] == 40 and review["after"]["counts"][0]["value"] == 41
    assert event["type"] == "PROTEST" and event["acled"]["event_type"] == "Protests"
    assert (event["date_start"], event["date_end"], event["date_source"]) == ("2024-05-11", "2024-05-11", "review")
    assert event["review"]["status"] == "corrected"
    machine = client.get("/events", params={"machine": "true", "type": "COERCE"}).json()["events"]
    assert [e["counts"][0]["value"] for e in machine] == [40]           # the machine's record is untouched
    reviewed = [e for e in client.get("/events").json()["events"] if e["doc_id"] == doc_id and e["id"] == "V1"]
    assert reviewed[0]["type"] == "PROTEST"


def test_decisions_fold_in_order_and_the_trail_keeps_every_one(client, store):
    doc_id, _ = arrest_events(store)
    post = lambda action, **kw: client.post("/reviews", json={"doc_id": doc_id, "event_id": "V2",  # noqa: E731
                                                             "action": action, **kw})
    assert post("reject", note="not an event").status_code == 201
    assert post("confirm").status_code == 201
    assert post("reject").status_code == 201
    trail = client.get("/reviews", params={"doc_id": doc_id}).json()
    assert [r["action"] for r in trail["reviews"]] == ["reject", "confirm", "reject"]
    assert [r["after"]["review"] for r in trail["reviews"]] == ["rejected", "confirmed", "rejected"]
    assert trail["total"] == 3 and trail["unmatched"] == 0
    book = ReviewBook.load(store)
    events = store.query_events(doc_id=doc_id)
    assert [e["id"] for e in book.apply(events)] == ["V1"]               # the rejected one is dropped
    assert len(list(book.apply(events, keep_rejected=True))) == 2


def test_a_place_can_be_chosen_among_the_documents_places_or_as_a_point(store):
    doc_id, events = arrest_events(store)
    add_review(store, events["V1"], "correct", {"place": {"name": "Nausori", "lat": -18.03, "lon": 178.54,
                                                          "geonameid": 2202064}})
    moved = ReviewBook.load(store).reviewed(events["V1"])
    assert [(p["name"], p["lat"]) for p in moved["places"]] == [("Nausori", -18.03)]
    add_review(store, events["V1"], "correct", {"place": {"place_id": "P1"}})
    back = ReviewBook.load(store).reviewed(events["V1"])
    assert [(p["id"], p["name"]) for p in back["places"]] == [("P1", "Suva")]
    with pytest.raises(InputError):
        add_review(store, events["V1"], "correct", {"place": {"place_id": "P9"}})


@pytest.mark.parametrize("body, status", [
    ({"action": "correct", "changes": {"type": "PICNIC"}}, 422),
    ({"action": "confirm", "changes": {"type": "PROTEST"}}, 422),
    ({"action": "correct", "changes": {}}, 422),
    ({"action": "correct", "changes": {"date_start": "2024-13-40"}}, 422),
    ({"action": "correct", "changes": {"counts": [{"kind": "killed", "value": -1}]}}, 422),
    ({"action": "correct", "changes": {"place": {"name": "X", "lat": 95, "lon": 0}}}, 422),
    ({"action": "erase"}, 422),
    ({"action": "confirm", "event_id": "V9"}, 404),
])
def test_bad_reviews_are_refused_in_the_error_shape(client, store, body, status):
    doc_id, _ = arrest_events(store)
    r = client.post("/reviews", json={"doc_id": doc_id, "event_id": "V1", **body})
    assert r.status_code == status, r.text
    assert r.json()["error"]["status"] == status
    assert client.get("/reviews").json()["total"] == 0


def _reextract(store, doc):
    """Replace a stored document's records (as a re-extraction with other rules would)."""
    cur = store._cursor()
    for table in ("incident_events", "counts", "event_actors", "event_places", "events", "mentions", "entities",
                  "places", "times", "quotes"):
        cur.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc.id])
    cur.execute("DELETE FROM documents WHERE id = ?", [doc.id])
    assert store.add_documents([doc]).added == [doc.id]


def test_reviews_survive_reextraction_and_a_lost_event_is_reported(store):
    doc_id, events = arrest_events(store)
    add_review(store, events["V1"], "correct", {"counts": [{"kind": "arrested", "value": 45}]})
    add_review(store, events["V2"], "reject")
    doc = arrest_report()
    doc.events = [doc.events[0]]                 # the PROTEST event is gone, the COERCE one is now...
    doc.events[0].id = "V7"                      # ...under another id
    _reextract(store, doc)
    trail = {r["event_id"]: r for r in list_reviews(store, doc_id=doc_id)}
    assert (trail["V1"]["matched"], trail["V1"]["current_event_id"]) == (True, "V7")
    assert trail["V2"]["matched"] is False
    assert [r["event_id"] for r in list_reviews(store, unmatched_only=True)] == ["V2"]
    reviewed = ReviewBook.load(store).reviewed(store.query_events(doc_id=doc_id)[0])
    assert reviewed["id"] == "V7" and reviewed["counts"][0]["value"] == 45
