"""Incidents across reports: toll updates, a document counted once, tolls that grow, windows by type, toll series."""
from __future__ import annotations

from datetime import date

import pytest

from newsgraph.events.updates import find_toll_updates
from newsgraph.store import IncidentRules
from newsgraph.store.grouping import DocumentFacts, document_incidents
from newsgraph.store.incidents import LinkableEvent, link_events
from newsgraph.store.tolls import agreed_place, toll_series

POLTAVA = (696643, 49.59, 34.55, "city")
NEAR_POLTAVA = (None, 49.59 + 18 / 111.2, 34.55, "point")      # 18 km north
SUMY = (692194, 50.91, 34.80, "city")                            # ~150 km away
UKRAINE = (690791, 49.0, 32.0, "country")


@pytest.mark.parametrize("sentence,expected", [
    ("The death toll from Monday's strike has risen to 40, officials said.", [("killed", 40, "exact")]),
    ("The number of fatalities in the city increased from 30 to 35.", [("killed", 35, "exact")]),
    ("The number of dead is twenty-three, the ministry said.", [("killed", 23, "exact")]),
    ("As of 7 a.m., at least 12 people are known to have been killed.", [("killed", 12, "at_least")]),
    ("Nine people have now died in the strike on the market.", [("killed", 9, "exact")]),
    ("In addition to the 8 killed, 3 people are missing.", [("killed", 8, "exact"), ("missing", 3, "exact")]),
    ("The number of wounded rose to 61 by the evening.", [("injured", 61, "exact")]),
    ("Five people were killed in a strike on the port.", []),                 # a first report, not an update
    ("Earlier it was reported that 22 people were killed.", []),
    ("Two more bodies were found, bringing the death toll to six.", [("killed", 6, "exact")]),
    ("The death toll in the 2015 earthquake was 9,000.", []),                # a past toll, not an update
])
def test_toll_update_sentences(sentence, expected):
    assert [(f.kind, f.value, f.qualifier) for f in find_toll_updates(sentence)] == expected


def test_the_pipeline_links_an_update_sentence_to_the_strike_it_updates():
    import newsgraph
    doc = newsgraph.extract("Russian missiles hit an apartment block in Poltava on Monday, killing five people. "
                            "By Tuesday evening the death toll had risen to 12.", published="2024-05-07")
    tolls = [(c.kind, c.value) for e in doc.events for c in e.counts]
    assert ("killed", 12) in tolls
    update = next(e for e in doc.events if any(c.value == 12 for c in e.counts))
    assert update.type == "ASSAULT" and [doc.place(p).name for p in update.places] == ["Poltava"]


def ev(doc, eid="V1", day=9, places=(POLTAVA,), type_="ASSAULT", dated=True, main=False, **counts):
    figures = {k: [(v, "exact")] for k, v in counts.items()}
    return LinkableEvent(doc, eid, type_, date(2024, 5, day), date(2024, 5, day), list(places), figures,
                         dated_by_text=dated, main=main)


def facts(day=9, *updates, places=()):
    return DocumentFacts(date(2024, 5, day), set(updates), list(places))


def test_a_report_counts_once_with_its_unplaced_events_folded_in():
    events = [ev("a", "V1"), ev("a", "V2", places=(), killed=5), ev("a", "V3", places=(UKRAINE,), injured=9)]
    [one] = document_incidents(events, {"a": facts()})
    assert one.members == [("a", "V1"), ("a", "V2"), ("a", "V3")]
    assert one.counts == {"killed": [(5, "exact")], "injured": [(9, "exact")]} and one.places == [POLTAVA]


def test_two_strikes_in_one_report_stay_two_and_unplaced_events_join_the_main_one():
    events = [ev("a", "V1", places=(SUMY,)), ev("a", "V2"), ev("a", "V3", main=True), ev("a", "V4", places=(), killed=3)]
    parts = document_incidents(events, {"a": facts()})
    assert sorted(p.members for p in parts) == [[("a", "V1")], [("a", "V2"), ("a", "V3"), ("a", "V4")]]


def test_an_unplaced_report_takes_the_only_place_its_document_names():
    [one] = document_incidents([ev("a", places=())], {"a": facts(9, places=[POLTAVA])})
    assert one.places == [POLTAVA]
    [other] = document_incidents([ev("a", places=())], {"a": facts(9, places=[POLTAVA, SUMY])})
    assert other.places == []


def test_an_undated_report_covers_the_days_before_its_publication():
    [one] = document_incidents([ev("a", day=12, dated=False)], {"a": facts(12)})
    assert (one.start, one.end) == (date(2024, 5, 10), date(2024, 5, 12))      # ASSAULT: two days' lag


def linked(events, docs, **rules):
    parts = document_incidents(events, docs, IncidentRules(**rules))
    return [sorted({e.doc_id for e in g}) for g in link_events(parts, IncidentRules(**rules))]


def test_a_toll_that_grows_in_later_reports_stays_one_incident():
    events = [ev("a", day=9, killed=4), ev("b", day=10, dated=False, killed=12), ev("c", day=11, dated=False, killed=31)]
    docs = {"a": facts(9), "b": facts(10, ("killed", 12.0)), "c": facts(11)}
    assert linked(events, docs) == [["a", "b", "c"]]


def test_a_higher_toll_the_same_day_links_only_as_an_update():
    events = [ev("a", killed=5), ev("b", killed=50)]
    assert linked(events, {"a": facts(), "b": facts()}) == []
    assert linked(events, {"a": facts(), "b": facts(9, ("killed", 50.0))}) == [["a", "b"]]


def test_a_lower_toll_in_a_later_report_is_not_an_update():
    events = [ev("a", day=9, killed=50), ev("b", day=10, killed=5)]
    assert linked(events, {"a": facts(9), "b": facts(10)}) == []


def test_an_undated_update_links_to_the_dated_report_without_a_figure_in_common():
    events = [ev("a", day=9), ev("b", day=10, dated=False, killed=12)]
    assert linked(events, {"a": facts(9), "b": facts(10, ("killed", 12.0))}) == [["a", "b"]]
    assert linked(events, {"a": facts(9), "b": facts(10)}) == [["a", "b"]]       # same news cycle
    assert linked(events[:1] + [ev("b", day=13, dated=False)], {"a": facts(9), "b": facts(13)}) == []


@pytest.mark.parametrize("type_,links", [("ASSAULT", True), ("PROTEST", False)])
def test_windows_depend_on_the_type(type_, links):
    """18 km apart: the outskirts of a strike, but another town's protest."""
    events = [ev("a", type_=type_, killed=2), ev("b", type_=type_, places=(NEAR_POLTAVA,), killed=2)]
    assert bool(linked(events, {"a": facts(), "b": facts()})) is links


def test_a_rule_given_in_full_applies_to_every_type():
    events = [ev("a", type_="PROTEST", killed=2), ev("b", type_="PROTEST", places=(NEAR_POLTAVA,), killed=2)]
    assert linked(events, {"a": facts(), "b": facts()}, distance_km=25) == [["a", "b"]]


def row(doc, value, day, said_by="the ministry", qualifier="exact"):
    return {"kind": "killed", "value": value, "qualifier": qualifier, "doc_id": doc, "published": f"2024-05-{day:02d}",
            "said_by": said_by, "outlet": f"outlet {doc}", "url": f"https://example.org/{doc}"}


def test_the_series_shows_the_latest_first_and_never_sums():
    toll = toll_series([row("a", 4, 9), row("a", 2, 9), row("b", 12, 10), row("c", 31, 12, "the health ministry"),
                        row("d", 31, 12)])
    assert toll["latest"]["value"] == 31 and toll["first"]["value"] == 4
    assert [f["value"] for f in toll["series"]] == [4, 12, 31, 31]          # one figure per report
    assert toll["text"] == "killed: 31 (latest, 12 May 2024, the health ministry); first reported 4"


def test_a_toll_revised_down_shows_the_highest_too_and_conflicts_keep_their_sources():
    toll = toll_series([row("a", 55, 9, "police"), row("b", 51, 10, "prosecutors"), row("c", 52, 10, "governor")])
    assert toll["latest"]["value"] == 52 and toll["highest"]["value"] == 55 and toll["conflicting"]
    assert "highest 55 (9 May 2024, police)" in toll["text"]
    assert {(f["value"], f["source"]) for f in toll["series"]} == {(55, "police"), (51, "prosecutors"), (52, "governor")}


def test_the_place_is_the_most_specific_agreed_one():
    def p(doc, name, gid, precision):
        return {"doc_id": doc, "name": name, "geonameid": gid, "lat": 1.0, "lon": 2.0, "country": "UA",
                "admin1": None, "precision": precision}
    rows = [p("a", "Ukraine", 1, "country"), p("b", "Ukraine", 1, "country"), p("a", "Poltava", 2, "city"),
            p("b", "Poltava", 2, "city"), p("c", "Kobeliaky", 3, "city"), p("c", "Poltava Oblast", 4, "admin1")]
    assert agreed_place(rows)["name"] == "Poltava"
    assert agreed_place([p("a", "Poltava Oblast", 4, "admin1"), p("a", "Kobeliaky", 3, "city")])["name"] == "Kobeliaky"
