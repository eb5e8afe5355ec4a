"""RSS, Atom and WARC inputs (plain or gzipped) through the same readers as every other format."""
from __future__ import annotations

import pytest

from feeds.builders import RSS_ITEMS, atom, page, rss, warc, write
from newsgraph.ingest import read_path

PAGES = [
    ("https://news.example/a", "2023-02-10T08:00:00Z",
     page("Quake aid arrives", ["Aid convoys reached Gaziantep on Thursday after the earthquake, officials said.",
                                "Rescue teams searched collapsed buildings through the night."], date="2023-02-09")),
    ("https://news.example/b", "2023-02-11T09:30:00Z",
     page("Bridge reopens", ["The old bridge in Mostar reopened to traffic on Friday after repairs.",
                             "The city council said the works had cost two million euros."])),
]


def _items(path):
    return list(read_path([str(path)]))


@pytest.mark.parametrize("gzipped", [False, True])
def test_an_rss_feed_gives_one_document_per_item_with_its_metadata(tmp_path, gzipped):
    f = write(tmp_path / ("feed.rss.gz" if gzipped else "feed.rss"), rss(), gzipped)
    items = _items(f)
    assert [i.error for i in items] == [None, None]
    flood, port = (i.document for i in items)
    assert flood.title == "Flooding closes roads" and flood.url == "https://example.org/flood"
    assert flood.published == "2022-06-27"
    assert "<p>" not in flood.text and "Two drivers were rescued" in flood.text
    assert port.published is None and "7:58 AM ET" in port.warnings[-1].message   # kept, with a warning
    assert items[0].origin.endswith("feed.rss" + (".gz" if gzipped else "") + ":1")


def test_description_is_used_when_there_is_no_content_encoded(tmp_path):
    f = write(tmp_path / "feed.xml", rss(RSS_ITEMS[:1], encoded=False))
    (item,) = _items(f)
    assert "Leeds" in item.document.text


def test_an_atom_feed_is_read(tmp_path):
    entries = [("Vote count begins", "https://example.org/vote", "2024-05-14T18:00:00+03:00",
                "<div><p>Officials in Tbilisi began counting ballots on Tuesday evening.</p></div>")]
    (item,) = _items(write(tmp_path / "news.atom", atom(entries)))
    assert item.document.url == "https://example.org/vote" and item.document.published == "2024-05-14"
    assert item.document.text.startswith("Officials in Tbilisi")


def test_a_feed_is_recognised_by_content_and_xml_that_is_no_feed_is_a_failure(tmp_path):
    (item,) = _items(write(tmp_path / "export.xml", "<?xml version='1.0'?><catalog><book/></catalog>"))
    assert item.document is None and "not an RSS or Atom feed" in item.error
    from newsgraph.ingest import documents_from_bytes
    docs = list(documents_from_bytes(rss().encode(), "<stdin>"))
    assert len(docs) == 2 and docs[0].document.title == "Flooding closes roads"


def test_a_broken_feed_keeps_the_items_before_the_break(tmp_path):
    text = rss()
    items = _items(write(tmp_path / "cut.rss", text[:text.index("<item>", text.index("</item>"))] + "<item><title>x"))
    assert items[0].document is not None and items[-1].error and "malformed XML" in items[-1].error


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_warc_gives_its_html_responses_with_url_and_date(tmp_path, gzipped):
    f = write(tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc"), warc(PAGES, gzipped))
    items = _items(f)
    assert [i.error for i in items] == [None, None]       # requests and the image are skipped
    quake, bridge = (i.document for i in items)
    assert quake.url == "https://news.example/a" and "Gaziantep" in quake.text
    assert quake.published == "2023-02-09"                 # the page's own date first
    assert bridge.published == "2023-02-11"                # else the record's WARC-Date
    assert bridge.title == "Bridge reopens"
