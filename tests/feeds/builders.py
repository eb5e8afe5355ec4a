"""Small RSS, Atom and WARC files built in the tests (plain or gzipped)."""
from __future__ import annotations

import gzip
import io
from html import escape
from pathlib import Path

RSS_ITEMS = [
    ("Flooding closes roads", "https://example.org/flood", "Mon, 27 Jun 2022 10:00:00 +0000",
     "<p>Heavy rain flooded roads around Leeds on Sunday, police said.</p>"
     "<p>Two drivers were rescued from their cars near the river.</p>"),
    ("Strike at the port", "https://example.org/port", "7:58 AM ET",
     "<p>Dock workers in Antwerp walked out on Friday over pay, their union said.</p>"),
]


def rss(items=RSS_ITEMS, encoded: bool = True) -> str:
    """An RSS 2.0 feed; the HTML in content:encoded (or description) escaped as XML text."""
    tag = "content:encoded" if encoded else "description"
    body = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(u)}</link><pubDate>{escape(d)}</pubDate>"
        f"<{tag}>{escape(h)}</{tag}></item>" for t, u, d, h in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test</title>'
            f"{body}</channel></rss>")


def atom(entries) -> str:
    """An Atom feed of (title, url, updated, html content)."""
    body = "".join(
        f'<entry><title>{escape(t)}</title><link href="{escape(u)}"/><updated>{escape(d)}</updated>'
        f'<content type="html">{escape(h)}</content></entry>' for t, u, d, h in entries)
    return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>{body}</feed>'


def page(title: str, paragraphs: list[str], date: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    ps = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<html><head><title>{escape(title)}</title>{meta}</head><body><article><h1>{escape(title)}</h1>"
            f"{ps}</article></body></html>")


def warc(pages: list[tuple[str, str, str]], gzipped: bool) -> bytes:
    """A WARC of (url, WARC-Date, html) responses, plus a request record and an image to skip."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    for url, date, html in pages:
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                      http_headers=headers, warc_headers_dict={"WARC-Date": date}))
    img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://example.org/logo.png", "response",
                                                  payload=io.BytesIO(b"\x89PNG...."), http_headers=img))
    return out.getvalue()


def write(path: Path, text_or_bytes, gzipped: bool = False) -> Path:
    data = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    path.write_bytes(gzip.compress(data) if gzipped else data)
    return path
