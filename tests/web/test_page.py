"""The analyst's page in real Chromium, over the synthetic records: highlights, records, map,
timeline, filters, the database picker, upload, and no HTML injection."""
from __future__ import annotations

import gzip

import pytest
from playwright.sync_api import expect

from api import synthetic

pytestmark = pytest.mark.browser


def open_page(page, server):
    page.goto(server.url + "/")
    page.wait_for_selector("body[data-ready=true]")


def extract_synthetic(page, server):
    open_page(page, server)
    page.fill("#text", synthetic.TEXT)
    page.fill("#published", synthetic.PUBLISHED)
    page.click("#extract")
    page.wait_for_selector(".hl-quote")


def distinct_ids(page, selector):
    return set(page.eval_on_selector_all(selector, "els => els.map(e => e.dataset.id)"))


def test_page_loads_offline_with_country_outlines(page, fake_server):
    open_page(page, fake_server)
    assert page.locator("#map .leaflet-overlay-pane path").count() > 100    # countries, no tiles
    assert page.locator("#map img.leaflet-tile").count() == 0
    assert page.outside_requests == []
    assert page.js_errors == []


def test_every_record_kind_is_highlighted_in_its_own_style(page, fake_server):
    extract_synthetic(page, fake_server)
    assert distinct_ids(page, ".hl-entity") == {"E1", "E2"}
    assert distinct_ids(page, ".hl-place") == {"P1", "P2"}
    assert distinct_ids(page, ".hl-time") == {"T1", "T2"}
    assert distinct_ids(page, ".hl-quote") == {"Q1"}
    assert distinct_ids(page, ".hl-event") == {"V1", "V2"}
    colours = {kind: page.eval_on_selector(f".hl-{kind}", "e => getComputedStyle(e).backgroundColor")
               for kind in ("entity", "place", "time", "quote", "event")}
    assert len(set(colours.values())) == 5
    assert page.inner_text(".article-text") == synthetic.TEXT
    assert "Extracted in" in page.inner_text("#status")
    assert page.js_errors == [] and page.outside_requests == []


def test_clicking_a_quote_shows_its_speaker(page, fake_server):
    extract_synthetic(page, fake_server)
    page.click('.hl-quote[data-id="Q1"]:not(:has(.hl))')
    assert page.inner_text('#record dd[data-field="speaker"]') == "Marie Dupont"
    assert page.locator('.hl-quote.selected').count() >= 1
    page.click('#record dd[data-field="speaker"] button')          # follow the link to the entity
    assert "PERSON" in page.inner_text('#record dd[data-field="type"]')


def test_clicking_an_event_shows_actors_counts_source_and_status(page, fake_server):
    extract_synthetic(page, fake_server)
    page.click('.hl-event[data-id="V2"]')
    record = {f: page.inner_text(f'#record dd[data-field="{f}"]') for f in
              ("actors", "counts", "reported-by", "status", "places", "date")}
    assert record == {"actors": "source: Police", "counts": "arrested: 2", "reported-by": "the prosecutor",
                      "status": "claimed", "places": "Marseille", "date": "2024-03-12"}


def test_map_shows_places_and_events_and_selects_them(page, fake_server):
    extract_synthetic(page, fake_server)
    assert page.locator('.place-marker[title="Lyon"]').is_visible()
    assert page.locator('.place-marker[title="Marseille"]').is_visible()
    assert page.locator(".event-marker").count() == 2
    page.click('.place-marker[title="Lyon"]')
    assert page.inner_text('#record dd[data-field="coordinates"]') == "45.7500, 4.8500"
    assert page.locator('.hl-place.selected').inner_text() == "Lyon"


def test_timeline_lists_events_in_date_order(page, fake_server):
    extract_synthetic(page, fake_server)
    items = page.locator(".timeline-item")
    assert [items.nth(i).get_attribute("data-event-id") for i in range(items.count())] == ["V1", "V2"]
    assert page.locator(".timeline-dot").count() == 2
    items.nth(1).click()
    assert page.inner_text("#record h3").endswith("COERCE")


def test_filters_by_event_type_and_status(page, fake_server):
    extract_synthetic(page, fake_server)
    page.select_option("#filter-type", "COERCE")
    assert page.eval_on_selector_all(".timeline-item", "els => els.map(e => e.dataset.type)") == ["COERCE"]
    assert page.locator(".event-marker").count() == 1
    assert "filtered-out" in page.get_attribute('.hl-event[data-id="V1"]', "class")
    assert page.inner_text("#event-count") == "1 of 2 events"
    page.select_option("#filter-type", index=0)
    page.select_option("#filter-status", "reported")
    assert page.eval_on_selector_all(".timeline-item", "els => els.map(e => e.dataset.eventId)") == ["V1"]


def test_open_a_stored_document_from_the_database(page, fake_server):
    response = page.request.post(fake_server.url + "/extract",
                                 data={"text": synthetic.TEXT, "published": synthetic.PUBLISHED})
    doc_id = response.json()["id"]
    open_page(page, fake_server)
    page.wait_for_selector(f'#doc-select option[value="{doc_id}"]', state="attached")
    page.select_option("#doc-select", doc_id)
    page.wait_for_selector(".hl-event")
    assert page.get_attribute("body", "data-document-id") == doc_id
    assert page.input_value("#text") == synthetic.TEXT


def test_stored_events_on_the_map_follow_the_filters_and_open_their_article(page, fake_server):
    extract_synthetic(page, fake_server)
    page.check("#show-stored")
    expect(page.locator("#map path.corpus-marker")).to_have_count(2)
    page.select_option("#filter-type", "COERCE")
    expect(page.locator("#map path.corpus-marker")).to_have_count(1)
    open_page(page, fake_server)          # a fresh page, no article open
    assert page.locator(".hl").count() == 0
    page.check("#show-stored")
    page.locator("#map path.corpus-marker").first.click()
    page.wait_for_selector(".hl-event.selected")
    assert page.inner_text("#record h3").endswith("ASSAULT")
    assert page.input_value("#text") == synthetic.TEXT


def test_a_link_reopens_the_document(page, fake_server):
    extract_synthetic(page, fake_server)
    link = page.url
    assert "#doc=" in link
    page.goto("about:blank")
    page.goto(link)
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator(".hl-event").count() >= 2
    assert page.input_value("#doc-select") == link.split("#doc=")[1]


def test_titles_on_map_tooltips_are_text(page, fake_server):
    hostile = '<img src=x id="pwn"><b>bold</b>'
    page.request.post(fake_server.url + "/extract", data={"text": synthetic.TEXT + "\nUpdated.", "title": hostile})
    open_page(page, fake_server)
    page.check("#show-stored")
    markers = page.locator("#map path.corpus-marker")
    expect(markers.first).to_be_visible()
    for i in range(markers.count()):
        markers.nth(i).hover(force=True)
        if hostile in page.inner_text(".leaflet-tooltip-pane"):
            break
    assert hostile in page.inner_text(".leaflet-tooltip-pane")
    assert page.locator("#pwn, .leaflet-tooltip b").count() == 0
    assert page.js_errors == []


def test_upload_a_file_fills_the_article(page, fake_server, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(synthetic.TEXT, encoding="utf-8")
    open_page(page, fake_server)
    page.set_input_files("#file", str(article))
    expect(page.locator("#text")).to_have_value(synthetic.TEXT)
    with page.expect_request("**/extract/file"):
        page.click("#extract")
    page.wait_for_selector(".hl-quote")


@pytest.mark.parametrize("name", ["article.html.gz", "article.html"])
def test_upload_an_html_page_is_read_on_the_server(page, fake_server, tmp_path, name):
    html = ("<html><head><title>Depot fire</title></head><body><article>"
            + "".join(f"<p>{line}</p>" for line in synthetic.TEXT.split("\n")) + "</article></body></html>")
    data = gzip.compress(html.encode()) if name.endswith(".gz") else html.encode()
    (tmp_path / name).write_bytes(data)
    open_page(page, fake_server)
    page.set_input_files("#file", str(tmp_path / name))
    page.fill("#published", synthetic.PUBLISHED)
    page.click("#extract")
    page.wait_for_selector(".hl-quote")
    assert page.inner_text(".article-title") == "Depot fire"
    assert page.input_value("#text") == synthetic.TEXT
    assert page.locator(".hl-event").count() >= 2


@pytest.mark.parametrize("url,linked", [("javascript:alert(1)", False), ("https://example.org/a", True)])
def test_only_http_urls_become_links(page, fake_server, url, linked):
    open_page(page, fake_server)
    page.fill("#text", synthetic.TEXT)
    page.fill("#url", url)
    page.click("#extract")
    page.wait_for_selector(".article-meta")
    assert url in page.inner_text(".article-meta")
    assert "no publication date" in page.inner_text(".article-meta")
    assert page.locator(".article-meta a").count() == (1 if linked else 0)
    if linked:
        assert page.get_attribute(".article-meta a", "href") == url


def test_api_errors_are_shown_as_text(page, fake_server):
    open_page(page, fake_server)
    page.fill("#text", "x" * 10)
    page.route("**/extract", lambda route: route.fulfill(
        status=422, content_type="application/json",
        body='{"error": {"status": 422, "code": "invalid_input", "message": "<b>bad</b> input"}}'))
    page.click("#extract")
    page.wait_for_selector("#error:not([hidden])")
    assert page.inner_text("#error") == "Extraction failed: <b>bad</b> input"
    assert page.locator("#error b").count() == 0


def test_script_in_the_article_is_shown_as_text_not_run(page, real_server):
    hostile = ('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> '
               "Officials in Kyiv said on Monday that two people were killed.")
    open_page(page, real_server)
    page.fill("#text", hostile)
    page.click("#extract")
    page.wait_for_selector(".article-text")
    assert page.inner_text(".article-text") == hostile
    assert page.locator("#article script, #article img").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.outside_requests == []
