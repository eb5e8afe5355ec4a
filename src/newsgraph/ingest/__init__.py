"""Ingest: text, HTML, JSONL, RSS/Atom feeds, WARC crawls (plain or gzip) and folders -> Document.

`make_document` normalises text and computes the id; `read_path` yields one
`Item` per article found under a path: a Document, or the error that kept it out
(so a corpus run can record it and go on). Publication dates found in the input's metadata
are read forgivingly (`dates.read_published`): a value that cannot be read leaves the document
dated by its dateline, or undated, with a warning; only unreadable documents are errors.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from newsgraph.errors import InputError, UsageError
from newsgraph.ingest.dates import parse_published, published_from_dateline, read_published
from newsgraph.ingest.feeds import FEED_SUFFIXES, WARC_SUFFIXES, Record, feed_records, fragment_text, records_from_bytes, warc_records
from newsgraph.ingest.language import detect_language, language_note, translation_flags
from newsgraph.model import Document
from newsgraph.settings import get_settings

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_FIELDS = ("text", "content", "body", "article")
PUBLISHED_FIELDS = ("published", "date", "publish_date", "published_at", "dct")


@dataclass
class Item:
    """One article found in an input: its origin ("file.jsonl:12"), and a Document or an error."""
    origin: str
    document: Optional[Document] = None
    error: Optional[str] = None


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no NUL or other C0 controls but tab/newline, outer whitespace stripped."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    return text.strip()


def document_id(text: str) -> str:
    """Stable id: a hash of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def make_document(text: str, published: Optional[str] = None, url: Optional[str] = None,
                  title: Optional[str] = None, source: Optional[str] = None) -> Document:
    """A Document ready for the pipeline. Raises InputError for empty or oversized text."""
    if not isinstance(text, str):
        raise InputError("text must be a string")
    norm = normalise_text(text)
    if not norm:
        raise InputError("the text is empty")
    limit = get_settings().max_text_chars
    if len(norm) > limit:
        raise InputError(f"the text has {len(norm):,} characters, more than the limit of {limit:,}")
    doc = Document(id=document_id(norm), text=norm, url=url, title=title, source=source)
    doc.published = parse_published(published) if published else published_from_dateline(norm)
    doc.language = get_settings().language or detect_language(norm)
    doc.flags = translation_flags(norm) if doc.language in (None, "en") else []   # "14e" is French in French
    note = language_note(doc.language)
    if note:
        doc.warn("ingest", note)
    return doc


def decode_bytes(data: bytes, origin: str) -> str:
    """UTF-8 text of `data`, or InputError naming the problem (binary, wrong encoding)."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{origin}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                         "convert it with iconv first") from None


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return head.lstrip().startswith("<") and any(t in head for t in ("<html", "<body", "<p", "<div", "<!doctype"))


def document_with_metadata_date(text: str, date: Optional[str], date_order: Optional[str] = None,
                                url: Optional[str] = None, title: Optional[str] = None,
                                source: Optional[str] = None) -> Document:
    """`make_document` with a publication date as found in metadata, read forgivingly: a value
    that cannot be read is dropped (the dateline's date, if any, takes its place) with a warning."""
    iso, problem = read_published(date, date_order) if date else (None, None)
    doc = make_document(text, published=iso, url=url, title=title, source=source)
    if problem:
        fallback = f"dated {doc.published} by its dateline" if doc.published else "left undated"
        doc.warn("ingest", f"publication date {str(date)[:80]!r} not used ({problem}): {fallback}")
    return doc


def document_from_html(html: str, published: Optional[str] = None, url: Optional[str] = None,
                       origin: str = "<html>", date_order: Optional[str] = None,
                       fallback_date: Optional[str] = None) -> Document:
    """Main text of an HTML page (trafilatura), with title and date from its metadata
    (`published` overrides the page's date; `fallback_date` is used when the page has none)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise InputError(f"{origin}: the HTML holds no article text")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta else None
    date = published or (meta.date if meta and meta.date else None) or fallback_date
    return document_with_metadata_date(text, date, date_order, url=url or (meta.url if meta else None),
                                       title=title, source=meta.sitename if meta else None)


def document_from_feed(rec: Record, published: Optional[str] = None, date_order: Optional[str] = None) -> Item:
    """An Item from one feed item or crawled page (`newsgraph.ingest.feeds`)."""
    if rec.error or rec.body is None:
        return Item(rec.origin, error=rec.error or f"{rec.origin}: no content")
    try:
        if rec.is_page:
            doc = document_from_html(rec.body, published=published or rec.date, url=rec.url, origin=rec.origin,
                                     date_order=date_order, fallback_date=rec.fallback_date)
        else:
            text = fragment_text(rec.body) if rec.is_html else rec.body
            doc = document_with_metadata_date(text, published or rec.date, date_order, url=rec.url,
                                              title=rec.title)
        if rec.title and not doc.title:
            doc.title = rec.title
        return Item(rec.origin, document=doc)
    except InputError as exc:
        msg = str(exc)
        return Item(rec.origin, error=msg if msg.startswith(rec.origin) else f"{rec.origin}: {msg}")


def document_from_record(record: dict, origin: str, published_field: Optional[str] = None,
                         published: Optional[str] = None, date_order: Optional[str] = None) -> Document:
    """A Document from one JSON object with a text field and optional metadata."""
    if not isinstance(record, dict):
        raise InputError(f"{origin}: expected a JSON object")
    text = next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str)), None)
    if text is None:
        raise InputError(f"{origin}: no text field (one of {', '.join(TEXT_FIELDS)})")
    fields = (published_field,) if published_field else PUBLISHED_FIELDS
    date = published or next((record[f] for f in fields if record.get(f)), None)
    if looks_like_html(text):
        return document_from_html(text, published=str(date) if date else None, url=record.get("url"),
                                  origin=origin, date_order=date_order)
    return document_with_metadata_date(text, str(date) if date else None, date_order, url=record.get("url"),
                                       title=record.get("title"), source=record.get("source"))


def documents_from_bytes(data: bytes, name: str, published: Optional[str] = None,
                         published_field: Optional[str] = None, date_order: Optional[str] = None) -> Iterator[Item]:
    """Items from the content of one file (or stdin) called `name`."""
    kind = feed_kind(name, data[:4096])
    if kind:
        for rec in records_from_bytes(data, name, kind):
            yield document_from_feed(rec, published, date_order)
        return
    lower = name.lower()
    if lower.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield Item(name, error=f"{name}: not a valid gzip file ({exc})")
            return
        lower = lower[:-3]
    try:
        text = decode_bytes(data, name)
    except InputError as exc:
        yield Item(name, error=str(exc))
        return
    suffix = Path(lower).suffix
    if suffix in JSONL_SUFFIXES or (suffix not in TEXT_SUFFIXES | HTML_SUFFIXES and _looks_like_jsonl(text)):
        yield from _items_from_jsonl(text.splitlines(), name, published, published_field, date_order)
        return
    try:
        if suffix in HTML_SUFFIXES or looks_like_html(text):
            doc = document_from_html(text, published=published, origin=name, date_order=date_order)
        else:
            doc = make_document(text, published=published)
    except InputError as exc:
        msg = str(exc)
        yield Item(name, error=msg if msg.startswith(name) else f"{name}: {msg}")
        return
    yield Item(name, document=doc)


def feed_kind(name: str, head: bytes = b"") -> Optional[str]:
    """"feed" (RSS/Atom), "warc" or None, from the file name or (gunzipped) first bytes."""
    suffix = Path(name.lower().removesuffix(".gz")).suffix
    if suffix in WARC_SUFFIXES:
        return "warc"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if head[:2] == b"\x1f\x8b":
        try:
            head = gzip.GzipFile(fileobj=io.BytesIO(head)).read(2048)
        except (OSError, EOFError):
            pass
    if head.startswith(b"WARC/"):
        return "warc"
    start = head.lstrip()[:600]
    if start.startswith(b"<?xml") or start.startswith(b"<rss") or start.startswith(b"<feed"):
        return "feed" if re.search(rb"<(?:rss|feed|rdf:RDF)[\s>]", start) else None
    return None


def _looks_like_jsonl(text: str) -> bool:
    first = text.lstrip()[:1]
    return first == "{" and "\n" in text.strip() or (first == "{" and text.rstrip().endswith("}"))


def _items_from_jsonl(lines: Iterable[str | bytes], name: str, published: Optional[str],
                      published_field: Optional[str], date_order: Optional[str] = None) -> Iterator[Item]:
    for lineno, line in enumerate(lines, 1):
        origin = f"{name}:{lineno}"
        if isinstance(line, bytes):
            try:
                line = decode_bytes(line, origin)
            except InputError as exc:
                yield Item(origin, error=str(exc))
                continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Item(origin, error=f"{origin}: malformed JSON line ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield Item(origin, document=document_from_record(record, origin, published_field, published,
                                                             date_order))
        except InputError as exc:
            msg = str(exc)
            yield Item(origin, error=msg if msg.startswith(origin) else f"{origin}: {msg}")


def iter_files(paths: list[str]) -> Iterator[Path]:
    """Files named by `paths`: files as given, folders recursively, globs expanded; sorted."""
    for raw in paths:
        p = Path(raw)
        if any(ch in raw for ch in "*?["):
            matches = sorted(Path().glob(raw)) if not p.is_absolute() else sorted(Path(p.anchor).glob(raw[1:]))
            if not matches:
                raise UsageError(f"no files match {raw}")
            for m in matches:
                yield from iter_files([str(m)])
        elif p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not f.name.startswith(".") and _supported(f):
                    yield f
        elif p.is_file():
            yield p
        else:
            raise UsageError(f"no such file or directory: {raw}")


def _supported(f: Path) -> bool:
    name = f.name.lower().removesuffix(".gz")
    return Path(name).suffix in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | WARC_SUFFIXES | {".json"}


def read_path(paths: list[str], published: Optional[str] = None, published_field: Optional[str] = None,
              date_order: Optional[str] = None) -> Iterator[Item]:
    """Every article under `paths`, as Items (documents or recorded errors)."""
    for f in iter_files(paths):
        try:
            if Path(f.name.lower().removesuffix(".gz")).suffix in JSONL_SUFFIXES:
                yield from _stream_jsonl(f, published, published_field, date_order)
                continue
            kind = feed_kind(f.name)
            if kind:
                yield from _stream_feed(f, kind, published, date_order)
                continue
            data = f.read_bytes()
        except (OSError, EOFError) as exc:
            yield Item(str(f), error=f"{f}: cannot read ({getattr(exc, 'strerror', None) or exc})")
            continue
        yield from documents_from_bytes(data, str(f), published, published_field, date_order)


def _stream_jsonl(f: Path, published: Optional[str], published_field: Optional[str],
                  date_order: Optional[str]) -> Iterator[Item]:
    """Items of a (gzipped) JSONL file read line by line, so a dump of any size fits in memory."""
    opener = gzip.open if f.name.lower().endswith(".gz") else open
    with opener(f, "rb") as fh:
        yield from _items_from_jsonl(fh, str(f), published, published_field, date_order)


def _stream_feed(f: Path, kind: str, published: Optional[str], date_order: Optional[str]) -> Iterator[Item]:
    """Items of a feed or WARC file (plain or gzipped), read record by record."""
    reader = feed_records if kind == "feed" else warc_records
    with open(f, "rb") as fh:
        for rec in reader(fh, str(f)):
            yield document_from_feed(rec, published, date_order)
