"""The seed article through the real pipeline in real Chromium: the issue's acceptance walk.

Load the page, submit ../shared/golden/seed-article.txt with its date, see the Izium marker
on the map, click a quote and see its speaker, filter by ASSAULT, save screenshots.
"""
from __future__ import annotations

import json
import math
import time

import pytest

from web.conftest import offline_page

pytestmark = pytest.mark.browser


def _km(lat1, lon1, lat2, lon2):
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    return 6371 * math.acos(min(1.0, math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)))


@pytest.fixture(scope="module")
def seed_page(browser, real_server, seed_text, seed_expected):
    """One page with the seed article extracted, shared by this module's tests (in file order)."""
    with offline_page(browser) as page:
        yield _extract_seed(page, real_server, seed_text, seed_expected)


def _extract_seed(page, real_server, seed_text, seed_expected):
    page.goto(real_server.url + "/")
    page.wait_for_selector("body[data-ready=true]")
    page.fill("#text", seed_text)
    page.fill("#published", seed_expected["document"]["published"])
    started = time.perf_counter()
    with page.expect_response("**/extract") as info:
        page.click("#extract")
    page.seed_doc = info.value.json()
    page.seed_server_ms = float(info.value.headers["server-timing"].split("dur=")[1])
    page.seed_seconds = time.perf_counter() - started
    page.wait_for_selector("#status:has-text('Extracted')")
    return page


def test_seed_article_on_the_page(seed_page, output_dir):
    page = seed_page
    doc = page.seed_doc
    assert page.inner_text(".article-text") == doc["text"]
    page.screenshot(path=str(output_dir / "seed-page.png"), full_page=True)
    (output_dir / "seed-extract-timing.json").write_text(json.dumps(
        {"browser_round_trip_s": round(page.seed_seconds, 3), "server_extract_ms": page.seed_server_ms,
         "events": len(doc["events"]),
         "places": len(doc["places"]), "quotes": len(doc["quotes"])}, indent=2))
    assert page.js_errors == [] and page.outside_requests == []


def test_izium_marker_on_the_map(seed_page, seed_expected):
    """The place the text's "Izium" resolves to has a marker, at Izium (the golden tolerance)."""
    gold = next(p for p in seed_expected["places"]["required"] if p["mention"] == "Izium")
    place = next(p for p in seed_page.seed_doc["places"] if any(s["text"] == "Izium" for s in p["spans"]))
    assert _km(place["lat"], place["lon"], gold["lat"], gold["lon"]) <= gold["tolerance_km"]
    marker = seed_page.locator(f'.place-marker[data-place-id="{place["id"]}"]')
    assert marker.is_visible() and marker.get_attribute("title") == place["name"]
    marker.click()
    assert seed_page.inner_text('#record dd[data-field="country"]') == gold["country"]
    assert seed_page.locator(".hl-place.selected", has_text="Izium").count() >= 1


def test_click_a_quote_and_see_its_speaker(seed_page, output_dir):
    doc = seed_page.seed_doc
    quote = next(q for q in doc["quotes"] if "only moving in one direction" in q["text"])
    seed_page.click(f'.hl-quote[data-id="{quote["id"]}"]:not(:has(.hl))')
    assert seed_page.inner_text('#record dd[data-field="speaker"]') == "Volodymyr Zelensky"
    seed_page.locator("#record").screenshot(path=str(output_dir / "seed-quote-record.png"))


def test_filter_by_assault(seed_page, output_dir):
    page = seed_page
    total = len(page.seed_doc["events"])
    page.select_option("#filter-type", "ASSAULT")
    types = page.eval_on_selector_all(".timeline-item", "els => els.map(e => e.dataset.type)")
    assault = [e for e in page.seed_doc["events"] if e["type"] == "ASSAULT"]
    assert types and set(types) == {"ASSAULT"} and len(types) == len(assault) < total
    assert page.inner_text("#event-count") == f"{len(assault)} of {total} events"
    marker_types = page.eval_on_selector_all(".event-marker", "els => els.map(e => e.dataset.type)")
    assert marker_types and set(marker_types) == {"ASSAULT"}
    page.screenshot(path=str(output_dir / "seed-assault-filter.png"), full_page=True)
