"""Cross-article incidents: linking rules on small records, and the incidents view on articles."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.store import IncidentRules, open_store
from newsgraph.store.incidents import LinkableEvent, counts_compatible, haversine_km, incident_id, link_events
from store.conftest import INCIDENT_RECORDS, incident_documents as _incident_docs

KHARKIV = (706483, 49.98, 36.25, "city")
CHUHUIV = (710403, 49.84, 36.69, "city")
NEAR_KHARKIV = (None, 50.05, 36.30, "point")      # a site ~9 km from the city centre
ODESA = (698740, 46.48, 30.73, "city")
KHARKIV_OBLAST = (706482, 49.5, 36.5, "admin1")


def ev(doc, eid="V1", type_="ASSAULT", day=9, places=(KHARKIV,), span_days=0, **counts):
    start = date(2024, 5, day)
    end = date.fromordinal(start.toordinal() + span_days)
    figures = {k: [v if isinstance(v, tuple) else (v, "exact")] for k, v in counts.items()}
    return LinkableEvent(doc, eid, type_, start, end, list(places), figures)


def groups(events, **rules):
    return [[e.key for e in g] for g in link_events(events, IncidentRules(**rules))]


def test_haversine_is_right_for_a_known_distance():
    assert haversine_km(50.45, 30.52, 49.99, 36.23) == pytest.approx(410, abs=10)   # Kyiv-Kharkiv


def test_reports_of_one_strike_from_three_articles_link():
    found = groups([ev("a", killed=5), ev("b", killed=7), ev("c", places=(NEAR_KHARKIV,))])
    assert found == [[("a", "V1"), ("b", "V1"), ("c", "V1")]]


@pytest.mark.parametrize("other,why", [
    (ev("b", places=(ODESA,)), "place 500 km away"),
    (ev("b", places=(CHUHUIV,)), "place 35 km away"),
    (ev("b", day=12), "three days later"),
    (ev("b", type_="COERCE"), "another type"),
    (ev("b", killed=50), "incompatible toll"),
    (ev("b", places=()), "no place"),
    (ev("a", "V2"), "same article"),
])
def test_events_that_differ_do_not_link(other, why):
    assert groups([ev("a", killed=5), other]) == [], why


def test_distance_and_window_are_settings():
    assert groups([ev("a"), ev("b", places=(CHUHUIV,))], distance_km=50) != []
    assert groups([ev("a"), ev("b", day=12)], window_days=3) != []


def test_next_day_links_but_a_vague_month_does_not():
    assert groups([ev("a"), ev("b", day=10)]) != []
    assert groups([ev("a", day=1, span_days=30), ev("b")]) != []
    assert groups([ev("a", day=1, span_days=40), ev("b")]) == []


def test_regions_match_only_by_the_same_geonames_id():
    assert groups([ev("a", places=(KHARKIV_OBLAST,)), ev("b", places=(KHARKIV_OBLAST,))]) != []
    # the region's centroid lies within 25 km of nothing here, and a region is not a point anyway
    assert groups([ev("a", places=(KHARKIV_OBLAST,)), ev("b", places=((None, 49.51, 36.51, "point"),))]) == []


@pytest.mark.parametrize("x,y,ok", [
    ((5, "exact"), (7, "exact"), True),
    ((5, "exact"), (50, "exact"), False),
    ((1, "exact"), (3, "exact"), True),            # small figures: within the absolute slack
    ((130, "more_than"), (160, "exact"), True),    # a lower bound and a figure above it
    ((130, "more_than"), (20, "exact"), False),
    ((10, "up_to"), (8, "exact"), True),
])
def test_count_compatibility(x, y, ok):
    a, b = ev("a", killed=x), ev("b", killed=y)
    assert counts_compatible(a, b, IncidentRules()) is ok


def test_a_report_without_figures_does_not_bridge_conflicting_tolls():
    found = groups([ev("a", killed=5), ev("b", killed=7), ev("c"), ev("d", killed=50)])
    assert found == [[("a", "V1"), ("b", "V1"), ("c", "V1")]]


def test_incident_ids_are_stable_and_order_free():
    events = [ev("a", killed=5), ev("b", killed=7)]
    first = [incident_id(g) for g in link_events(events)]
    again = [incident_id(g) for g in link_events(list(reversed(events)))]
    assert first == again and first[0].startswith("I")


def test_articles_reporting_one_strike_differently_become_one_incident(incident_docs, db_path):
    with open_store(db_path) as store:
        store.add_documents(list(incident_docs.values()))
        assert store.rebuild_incidents() == 1
        (incident,) = store.list_incidents()
    assert incident["type"] == "ASSAULT" and incident["n_sources"] == 3
    assert incident["date_start"] == incident["date_end"] == "2024-05-09"
    sources = {s["doc_id"]: s for s in incident["sources"]}
    names = {name: incident_docs[name].id for name in ("governor.txt", "ministry.txt", "claim.txt")}
    assert set(sources) == set(names.values())
    assert sources[names["claim.txt"]]["status"] == "claimed"
    assert sources[names["governor.txt"]]["reported_by"] == "the regional governor"
    assert incident["places"] == ["Kharkiv"] and incident["lat"] == pytest.approx(49.98)
    counts = {c["kind"]: c for c in incident["counts"]}
    assert (counts["killed"]["min_value"], counts["killed"]["max_value"]) == (5, 7)
    assert counts["killed"]["conflicting"] and counts["killed"]["n_reports"] == 2
    assert incident["conflicting_counts"]


def test_events_carry_their_incident_and_a_rebuild_is_idempotent(incident_docs, db_path):
    with open_store(db_path) as store:
        store.add_documents(list(incident_docs.values()))
        store.rebuild_incidents()
        first = store.query_events()
        store.rebuild_incidents()
        assert store.query_events() == first
        linked = {e["doc_id"] for e in first if e["incident_id"]}
        assert incident_docs["odesa.txt"].id not in linked and incident_docs["toll50.txt"].id not in linked
        assert len(linked) == 3
        (inc,) = {e["incident_id"] for e in first if e["incident_id"]}
        assert len(store.query_events(incident_id=inc)) == 3


def test_a_whole_country_is_too_coarse_to_link():
    ukraine = (690791, 49.0, 32.0, "country")
    assert groups([ev("a", places=(ukraine,)), ev("b", places=(ukraine,))]) == []


def test_calls_with_different_counterparts_are_different_happenings():
    def call(doc, target):
        e = ev(doc, type_="CONSULT")
        e.actors = {"source": {"blinken"}, "target": {target}}
        return e
    assert groups([call("a", "kuleba"), call("b", "cavusoglu")]) == []
    assert groups([call("a", "kuleba"), call("b", "kuleba")]) != []


def test_events_dated_only_by_publication_need_a_figure_in_common():
    undated = [ev("a"), ev("b")]
    for e in undated:
        e.dated_by_text = False
    assert groups(undated) == []
    with_toll = [ev("a", killed=3), ev("b", killed=3)]
    with_toll[0].dated_by_text = False
    assert groups(with_toll) != []


def test_the_real_pipeline_links_the_same_strike_across_articles(db_path):
    """End to end on the invented articles: extraction by the real stages, then linking."""
    from pathlib import Path

    from newsgraph.store.ingest import ingest_paths

    folder = Path(__file__).parent / "data" / "incidents"
    ingest_paths([str(folder / "*.txt")], db_path, published="2024-05-10", show_progress=False)
    by_text = {p.read_text(encoding="utf-8").strip(): p.name for p in folder.glob("*.txt")}
    with open_store(db_path, read_only=True) as store:
        name_of = {d["id"]: by_text[store.get_document(d["id"]).text] for d in store.list_documents()}
        members = [{name_of[s["doc_id"]] for s in inc["sources"]} for inc in store.list_incidents()]
    assert len(name_of) == 6
    strike = next((m for m in members if "governor.txt" in m), set())
    assert {"governor.txt", "ministry.txt", "claim.txt"} <= strike
    assert not strike & {"odesa.txt", "march.txt"}


@settings(max_examples=6, deadline=None)
@given(order=st.permutations(list(INCIDENT_RECORDS)), cuts=st.lists(st.integers(1, 5), max_size=4),
       repeat=st.booleans())
def test_the_database_does_not_depend_on_order_batches_or_repeats(order, cuts, repeat):
    docs = _incident_docs()
    contents = []
    for names in (list(INCIDENT_RECORDS), order):
        batches, start = [], 0
        for cut in cuts + [len(names)]:
            batches.append([docs[n] for n in names[start:start + cut]])
            start += cut
        with open_store(":memory:") as store:
            for batch in batches + (batches if repeat else []):
                store.add_documents(batch)
            store.rebuild_incidents()
            cur = store._cursor()
            contents.append({t: cur.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                             for t in ("documents", "places", "events", "event_places", "counts", "incident_events")})
    assert contents[0] == contents[1]


@pytest.mark.parametrize("p,q", [
    ((None, -18.14, 179.95, "point"), (None, -18.14, -179.95, "point")),    # across the antimeridian
    ((None, 69.65, 18.95, "point"), (None, 69.65, 19.45, "point")),         # 19 km apart at 70° N
    ((None, 49.999, 36.25, "point"), (None, 50.001, 36.25, "point")),       # on a cell border
])
def test_nearby_places_are_found_wherever_they_are(p, q):
    assert haversine_km(*p[1:3], *q[1:3]) < 25
    assert groups([ev("a", places=(p,)), ev("b", places=(q,))]) != []


def test_linking_scales_to_many_events_on_the_same_days():
    import random
    import time

    rng = random.Random(7)
    events = [ev(f"d{i}", day=rng.randint(1, 28), places=((None, 40 + rng.random() * 10, 30 + rng.random() * 10,
                                                           "point"),), killed=rng.randint(1, 20))
              for i in range(5_000)]
    started = time.perf_counter()
    found = link_events(events)
    assert time.perf_counter() - started < 30
    assert found and all(len({e.doc_id for e in g}) > 1 for g in found)
