"""News feeds and crawls: RSS 2.0 / RSS 1.0 / Atom files and WARC archives, plain or gzipped, streamed.

Each yields `Record`s (text or HTML, title, url, date) one at a time, so a feed or crawl of any
size is read in constant memory; `newsgraph.ingest` turns them into Documents.
- RSS and Atom: an item's `content:encoded` (else `content`, `description`, `summary`) is HTML
  whose text is taken by trafilatura; the date is `pubDate` / `published` / `updated` / `dc:date`.
- WARC (`warcio`): HTTP responses with status 200 and an HTML content type; the page goes through
  trafilatura; the record's target URI is the url, and its WARC-Date is the date when the page
  carries none of its own. Other records (requests, metadata, images) are not articles and are skipped.
"""
from __future__ import annotations

import gzip
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import IO, Iterator, Optional

FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = {".warc", ".arc"}

_ITEM_TAGS = {"item", "entry"}
_CONTENT_TAGS = ("encoded", "content", "description", "summary")     # first found wins
_DATE_TAGS = ("pubDate", "published", "date", "updated", "issued", "modified")
_TAG_RE = re.compile(r"<[a-zA-Z/!][^>]*>")


@dataclass
class Record:
    """One article of a feed or crawl: HTML or text, and its metadata as found."""
    origin: str
    body: Optional[str] = None
    is_html: bool = False
    is_page: bool = False                # a whole crawled page (trafilatura), not a feed item's fragment
    title: Optional[str] = None
    url: Optional[str] = None
    date: Optional[str] = None           # the page's or item's date, as written
    fallback_date: Optional[str] = None  # used when the page has no date of its own (WARC-Date)
    error: Optional[str] = None


def open_maybe_gzip(fh: IO[bytes]) -> IO[bytes]:
    """`fh`, or a gunzipping reader over it when it starts with the gzip magic bytes."""
    head = fh.peek(2)[:2] if hasattr(fh, "peek") else b""
    return gzip.GzipFile(fileobj=fh) if head == b"\x1f\x8b" else fh


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def feed_records(fh: IO[bytes], name: str) -> Iterator[Record]:
    """Items of an RSS or Atom feed read from `fh`, parsed incrementally (elements freed as read)."""
    n = 0
    root_seen = False
    try:
        for event, elem in ET.iterparse(open_maybe_gzip(fh), events=("start", "end")):
            if event == "start":
                if not root_seen:
                    root_seen = True
                    if _local(elem.tag) not in ("rss", "feed", "RDF"):
                        yield Record(name, error=f"{name}: not an RSS or Atom feed (root <{_local(elem.tag)}>)")
                        return
                continue
            if _local(elem.tag) in _ITEM_TAGS:
                n += 1
                yield _item_record(elem, f"{name}:{n}")
                elem.clear()
    except ET.ParseError as exc:
        yield Record(f"{name}:{n + 1}", error=f"{name}: malformed XML after item {n} ({exc})")
    except (OSError, EOFError) as exc:
        yield Record(name, error=f"{name}: cannot read ({exc})")


def _item_record(item: ET.Element, origin: str) -> Record:
    children = {}
    for child in item:
        children.setdefault(_local(child.tag), child)
    body = next((children[t].text for t in _CONTENT_TAGS if t in children and (children[t].text or "").strip()), None)
    link = children.get("link")
    url = (link.get("href") or link.text) if link is not None else None
    date = next((children[t].text.strip() for t in _DATE_TAGS if t in children and (children[t].text or "").strip()),
                None)
    title = children["title"].text.strip() if "title" in children and children["title"].text else None
    if body is None:
        return Record(origin, error=f"{origin}: the feed item has no content or description")
    return Record(origin, body=body, is_html=bool(_TAG_RE.search(body)), title=title,
                  url=url.strip() if url else None, date=date)


def warc_records(fh: IO[bytes], name: str) -> Iterator[Record]:
    """HTML responses of a WARC file (plain or gzipped), streamed record by record."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        for rec in ArchiveIterator(fh):
            if rec.rec_type != "response" or rec.http_headers is None:
                continue
            ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
            if rec.http_headers.get_statuscode() != "200" or "html" not in ctype:
                continue
            n += 1
            origin = f"{name}:{n}"
            url = rec.rec_headers.get_header("WARC-Target-URI")
            charset = re.search(r"charset=([\w-]+)", ctype)
            data = rec.content_stream().read()
            try:
                html = data.decode(charset.group(1) if charset else "utf-8")
            except (UnicodeDecodeError, LookupError):
                yield Record(origin, error=f"{origin}: {url}: not valid {charset.group(1) if charset else 'UTF-8'}")
                continue
            yield Record(origin, body=html, is_html=True, is_page=True, url=url,
                         fallback_date=rec.rec_headers.get_header("WARC-Date"))
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield Record(f"{name}:{n + 1}", error=f"{name}: unreadable WARC after record {n} ({exc})")


def records_from_bytes(data: bytes, name: str, kind: str) -> Iterator[Record]:
    """`feed_records` or `warc_records` over bytes already read (stdin, `extract`)."""
    reader = feed_records if kind == "feed" else warc_records
    yield from reader(io.BufferedReader(io.BytesIO(data)), name)


def fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed item's content): trafilatura's, else every paragraph's."""
    import lxml.html
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if text and text.strip():
        return text

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return _TAG_RE.sub(" ", html)
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    text = root.text_content()
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+", " ", text)).strip()


def count_feed_items(path, kind: str) -> int:
    """About how many articles a feed or WARC file holds (for the progress bar), by scanning its bytes."""
    needle = (rb"<item[\s>]|<entry[\s>]" if kind == "feed" else rb"WARC-Type: response")
    pattern = re.compile(needle)
    n, tail = 0, b""
    with open(path, "rb") as raw, open_maybe_gzip(io.BufferedReader(raw)) as fh:
        while chunk := fh.read(1 << 20):
            buf = tail + chunk
            n += len(pattern.findall(buf))
            tail = buf[-32:] if not pattern.search(buf[-32:]) else b""
    return max(n, 1)
