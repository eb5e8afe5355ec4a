"""The record model: JSON shape and round trip."""
import json

from newsgraph.model import (SCHEMA, Actor, Count, Document, Entity, Event, EventTime, Place, Relation, Span)


def _doc() -> Document:
    doc = Document(id="abc", text="Moscow struck Izium.", published="2022-09-14")
    doc.entities.append(Entity("E1", "GPE", "Moscow", ["Moscow"], [doc.span(0, 6)], refers_to="Government of Russia"))
    doc.places.append(Place("P1", "Izium", 707753, 49.2, 37.3, "UA", "Kharkiv Oblast", "PPLA2", "city", 0.9,
                            [doc.span(14, 19)], Relation("near", None, None)))
    doc.events.append(Event("V1", "ASSAULT", "air strike", [Actor("source", "E1", "Moscow")], ["P1"],
                            EventTime("2022-09-14", "day"), counts=[Count("killed", 2)], spans=[doc.span(7, 13)]))
    return doc


def test_json_has_schema_and_no_nlp_layer_by_default():
    data = json.loads(_doc().to_json())
    assert data["schema"] == SCHEMA
    assert "tokens" not in data and "sentences" not in data
    assert data["places"][0]["relation"] == {"type": "near", "distance_km": None, "anchor": None}
    assert data["events"][0]["counts"][0] == {"kind": "killed", "value": 2, "qualifier": "exact", "of": None,
                                              "spans": []}


def test_round_trip_is_lossless():
    doc = _doc()
    again = Document.from_json(doc.to_json())
    assert again == doc
    assert isinstance(again.events[0].time, EventTime) and isinstance(again.places[0].spans[0], Span)


def test_span_helper_slices_text():
    doc = _doc()
    assert doc.span(0, 6) == Span(0, 6, "Moscow")
