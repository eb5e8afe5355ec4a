"""The golden scorer itself, on hand-made documents: passes what matches by meaning, fails the rest."""
from newsgraph.evaluate.golden import actor_matches, fold, name_matches, score_document
from newsgraph.model import Actor, Count, Document, Entity, Event, Place, Quote, Reporter, TimeExpr

TEXT = "Moscow said five civilians were killed in Bakhmout on Tuesday. “We won,” he said."


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def _doc() -> Document:
    d = Document(id="x", text=TEXT)
    d.entities = [Entity("E1", "GPE", "Moscow", spans=[d.span(0, 6)], refers_to="Government of Russia"),
                  Entity("E2", "PERSON", "Volodymyr Zelensky", spans=[d.span(*_at("he said"))])]
    d.places = [Place("P1", "Bakhmut", 1, 48.59, 38.0, "UA", precision="city", spans=[d.span(*_at("Bakhmout"))])]
    d.times = [TimeExpr("T1", [d.span(*_at("on Tuesday"))], "2022-09-13")]
    d.quotes = [Quote("Q1", "We won,", [d.span(*_at("We won,"))], speaker="E2")]
    d.events = [Event("V1", "ASSAULT", places=["P1"], counts=[Count("killed", 5, "exact", "civilians")],
                      reported_by=Reporter("E1", "Moscow"), actors=[Actor("source", "E1", "Moscow")])]
    return d


EXPECTED = {
    "entities": {"required": [{"canonical": "Volodymyr Zelensky", "type": "PERSON", "mentions": ["he said"]}]},
    "places": {"required": [{"mention": "Bakhmout", "name": "Bakhmut", "country": "UA", "lat": 48.6, "lon": 38.0,
                             "tolerance_km": 25},
                            {"mention": "Bakhmout", "name": "Bakhmut", "country": "RU", "lat": 48.6, "lon": 38.0}],
               "metonyms": [{"mention": "Moscow", "refers_to": "Government of Russia"}]},
    "times": {"required": [{"text": "on Tuesday", "value": "2022-09-13"}, {"text": "on Tuesday", "value": "2022-09-12"}]},
    "quotes": {"required": [{"contains": "we WON", "speaker": "Volodymyr Zelensky"}],
               "forbidden": [{"contains": "won"}]},
    "events": {"required": [{"type": ["ASSAULT"], "places": ["Bakhmut"], "source_actor": "Russia",
                             "counts": [{"kind": "killed", "value": 5, "qualifier": "exact", "of": "civilians"}]},
                            {"type": ["ASSAULT"], "counts": [{"kind": "killed", "value": 7}]}]},
}


def test_scorer_passes_and_fails_by_meaning():
    report = score_document(_doc(), EXPECTED, "t")
    got = {(i.section, i.level, i.passed) for i in report.items}
    assert report.recall("entities", "required") == (1, 1)
    assert report.recall("places", "required") == (1, 2)      # wrong country fails
    assert report.recall("places", "metonyms") == (1, 1)
    assert report.recall("times", "required") == (1, 2)       # wrong value fails
    assert report.recall("quotes", "required") == (1, 1)
    assert ("quotes", "forbidden", False) in got
    assert report.recall("events", "required") == (1, 2)      # wrong count fails


def test_name_helpers():
    assert fold("Balakliïa") == "balakliia"
    assert name_matches("Donetsk Oblast or Donetsk", "donetsk")
    assert actor_matches("Russia", "the Russian army")
    assert actor_matches("Russian Defense Ministry", "Ministry of Defence of the Russian Federation")
    assert not actor_matches("Ukraine", "the Russian army")


def test_event_place_matches_by_golden_coordinates_when_romanisation_differs():
    doc = _doc()
    doc.places[0].name = "Artemivsk"                       # another name, same place
    assert score_document(doc, EXPECTED, "t").recall("events", "required") == (1, 2)
    doc.places[0].lat, doc.places[0].lon = 50.45, 30.52    # another name, another place
    assert score_document(doc, EXPECTED, "t").recall("events", "required") == (0, 2)
