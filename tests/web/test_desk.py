"""The analyst's desk in real Chromium over 500 stored documents: the corpus view (clustered map,
timeline, list, filters), a search, an incident, a review that corrects a type and one that rejects
an event, and the export reflecting both. Screenshots in test-output/web/."""
from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner
from playwright.sync_api import expect

from api.desk_corpus import arrest_report, corpus_docs, main_incidents
from newsgraph.api import create_app
from newsgraph.cli import cli
from newsgraph.model import SentenceRef
from newsgraph.store import open_store
from store.records import make_doc
from web.conftest import LiveServer, offline_page

pytestmark = pytest.mark.browser
N_DOCS = 500
TYPES = ["ASSAULT", "COERCE", "PROTEST", "THREATEN"]


def filler(i: int):
    """A hand-made report with one event, its place spread over Europe and Asia (seeded by i)."""
    type_ = TYPES[i % len(TYPES)]
    doc = make_doc(f"Report {i}: police detained people in Kharkiv after clashes, officials said. Calm returned.",
                   published=f"2024-04-{1 + i % 28:02d}", source=f"Source {i % 5}", places=["Kharkiv"],
                   events=[dict(type_=type_, places=["P1"], date=f"2024-04-{1 + i % 28:02d}",
                                counts=[("arrested", 1 + i % 9)], trigger="detained")])
    first = doc.text.index(".", doc.text.index("officials")) + 1
    doc.events[0].sentence = SentenceRef(0, first)                  # the evidence sentence
    doc.events[0].main = True                                       # the report's one incident
    doc.places[0].lat = 35 + (i * 37 % 200) / 10           # 35..55 N
    doc.places[0].lon = -5 + (i * 53 % 800) / 10           # 5 W..75 E
    return doc


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("desk") / "desk.duckdb")
    store = open_store(path)
    store.add_documents(main_incidents(corpus_docs()) + [filler(i) for i in range(N_DOCS - 3)])
    store.rebuild_incidents()
    store.close()
    return path


@pytest.fixture(scope="module")
def desk_server(built_page, corpus_db):
    store = open_store(corpus_db)
    with LiveServer(create_app(store=store)) as server:
        yield server
    store.close()


@pytest.fixture
def desk(browser, desk_server):
    with offline_page(browser) as page:
        page.goto(desk_server.url + "/")
        page.wait_for_selector("body[data-ready=true]")
        yield page
        assert page.outside_requests == []


def test_corpus_view_clusters_lists_filters_and_opens_the_evidence(desk, output_dir):
    desk.click("#c-load")
    desk.wait_for_selector("body[data-corpus]")
    assert desk.get_attribute("body", "data-corpus") == str(N_DOCS + 1)      # the arrest report has 2 events
    clustered = sum(int(t) for t in desk.locator("#map .marker-cluster").all_inner_texts())
    single = desk.locator("#map path.desk-marker").count()
    assert clustered > 400 and clustered + single == N_DOCS + 1             # clustered, not 501 dots
    assert desk.locator("tr.corpus-row").count() == 300                       # the list's first rows
    assert desk.locator("#corpus-timeline .day-bar").count() == 28 + 2          # April, then the strike and arrest days
    desk.screenshot(path=str(output_dir / "desk-corpus.png"), full_page=True)
    desk.select_option("#c-type", "PROTEST")
    desk.fill("#c-source", "Source 2")
    desk.click("#c-load")
    expect(desk.locator("tr.corpus-row")).to_have_count(N_DOCS // 20)      # i = 2 (mod 20): PROTEST, Source 2
    types = desk.eval_on_selector_all("tr.corpus-row td:nth-child(2)", "els => els.map(e => e.textContent)")
    assert types and set(types) == {"PROTEST"}
    desk.locator("tr.corpus-row").first.click()
    desk.wait_for_selector(".hl-event.selected")
    assert desk.evaluate("CSS.highlights.has('evidence')")
    evidence = desk.evaluate("[...CSS.highlights.get('evidence')][0].toString()")
    assert evidence.startswith("Report ") and evidence.endswith("officials said.")
    assert desk.js_errors == []


def test_a_box_drawn_on_the_map_filters_the_events(desk):
    desk.click("#c-draw")
    box = desk.locator("#map").bounding_box()
    desk.mouse.click(box["x"] + 5, box["y"] + 5)
    desk.mouse.click(box["x"] + box["width"] * 0.55, box["y"] + box["height"] * 0.5)
    desk.wait_for_selector("body[data-corpus]")
    assert desk.inner_text("#c-bbox").startswith("box ")
    shown = int(desk.get_attribute("body", "data-corpus"))
    assert 0 < shown < N_DOCS + 1


def test_search_shows_highlighted_snippets_and_opens_the_article(desk, output_dir):
    desk.fill("#search-q", "explosions")
    desk.click("#search-go")
    desk.wait_for_selector(".search-hit")
    assert desk.locator(".search-hit").count() == 2
    assert set(desk.eval_on_selector_all(".search-hit mark", "els => els.map(e => e.textContent)")) == {"explosions"}
    desk.screenshot(path=str(output_dir / "desk-search.png"), full_page=True)
    desk.locator(".search-hit .hit-title").first.click()
    desk.wait_for_selector(".hl-event")
    assert "explosions" in desk.input_value("#text")


def test_an_incident_shows_its_reports_and_conflicting_figures(desk, output_dir):
    desk.click("#incidents-go")
    desk.wait_for_selector(".incident")
    card = desk.locator(".incident.conflicting", has_text="Example Wire")
    assert "2 reports corroborate" in card.inner_text()
    assert card.locator("tr.conflict td").all_inner_texts()[:3] == ["killed", "7", "9"]
    toll = card.locator("p.toll").inner_text()       # the toll series line of store.tolls, latest first
    assert toll.startswith("killed: 9 (latest") and "first reported 7" in toll, toll
    assert sorted(card.locator(".sources button").all_inner_texts()) == ["Example Wire", "Other Post"]
    assert desk.locator("#map path.incident-marker").count() == desk.locator(".incident").count()
    desk.screenshot(path=str(output_dir / "desk-incidents.png"), full_page=True)
    card.locator(".sources button", has_text="Other Post").click()          # the report, its event selected
    desk.wait_for_selector(".hl-event.selected")
    assert "Other Post" in desk.input_value("#text")


def _select_first_event(page, server, doc_id):
    """Open a stored article on the page and select its first event (the review panel shows)."""
    page.goto(f"{server.url}/#doc={doc_id}")
    page.wait_for_selector("body[data-ready=true]")
    page.click('.hl-event[data-id="V1"]')


def test_reviews_correct_a_type_and_reject_an_event_and_the_export_follows(browser, built_page, tmp_path, output_dir):
    path = str(tmp_path / "review.duckdb")
    store = open_store(path)
    store.add_documents(corpus_docs())
    doc_id = arrest_report().id
    with LiveServer(create_app(store=store)) as server, offline_page(browser) as page:
        _select_first_event(page, server, doc_id)
        page.wait_for_selector("#review-type")
        page.select_option("#review-type", "PROTEST")
        page.fill("#review-reviewer", "ana")
        page.fill("#review-note", "a protest broken up, not a raid")
        page.click("#review-save")
        page.wait_for_selector("#review-history li.review-correct")
        assert page.get_attribute("#review", "data-review") == "corrected"
        page.screenshot(path=str(output_dir / "desk-review.png"), full_page=True)
        page.click('.hl-event[data-id="V2"]')
        page.wait_for_selector("#review-reject")
        page.click("#review-reject")
        page.wait_for_selector("#review-history li.review-reject")
        assert page.get_attribute("#review", "data-review") == "rejected"
        assert page.js_errors == [] and page.outside_requests == []
    store.close()
    result = CliRunner().invoke(cli, ["export", "--db", path, "--format", "csv", "-o", "-"])
    rows = [r for r in csv.DictReader(io.StringIO(result.stdout)) if r["document_id"] == doc_id]
    assert [(r["event_id"], r["plover_type"], r["reviewed"]) for r in rows] == [("V1", "PROTEST", "corrected")]
    machine = CliRunner().invoke(cli, ["export", "--db", path, "--format", "csv", "--machine", "-o", "-"])
    assert [r["plover_type"] for r in csv.DictReader(io.StringIO(machine.stdout)) if r["document_id"] == doc_id] \
        == ["COERCE", "PROTEST"]


def test_a_place_picked_on_the_map_corrects_the_event(browser, built_page, output_dir):
    store = open_store(":memory:")
    store.add_documents(corpus_docs())
    doc_id = arrest_report().id
    with LiveServer(create_app(store=store)) as server, offline_page(browser) as page:
        _select_first_event(page, server, doc_id)
        page.click("#review-pick")
        box = page.locator("#map").bounding_box()
        page.mouse.click(box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.4)
        assert page.input_value("#review-place") == "custom"
        page.click("#review-save")
        page.wait_for_selector("#review-history li.review-correct")
        assert "place" in page.inner_text("#review-history")
        assert page.js_errors == []
    (event,) = [e for e in store.query_events(doc_id=doc_id) if e["id"] == "V1"]
    from newsgraph.store.reviews import ReviewBook
    (place,) = ReviewBook.load(store).reviewed(event)["places"]
    assert place["name"].startswith("point ") and place["lon"] < 178.44      # west of Suva, where it was clicked
    store.close()
