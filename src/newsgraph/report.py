"""Readable summaries of Documents for the terminal (rich)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from newsgraph.model import Document


def document_table(doc: Document, name: str, console: Console | None = None) -> None:
    """Print one document's records as compact tables."""
    console = console or Console(width=max(140, Console().width))
    title = doc.title or name
    console.rule(f"[bold]{title}[/] · id {doc.id} · published {doc.published or '?'}"
                 f"{' · ' + ', '.join(doc.flags) if doc.flags else ''}")
    console.print(f"{len(doc.entities)} entities, {len(doc.places)} places, {len(doc.times)} times, "
                  f"{len(doc.quotes)} quotes, {len(doc.events)} events, {len(doc.warnings)} warnings")
    if doc.events:
        t = Table("id", "type", "mode", "who -> whom", "places", "date", "counts", "by", "status", box=None)
        for e in sorted(doc.events, key=lambda e: not e.main):      # the main incidents first, marked *
            t.add_row(f"{e.id}*" if e.main else e.id, e.type, e.mode or "", _actors(e),
                      ", ".join(_place_name(doc, p) for p in e.places), e.time.value if e.time else "",
                      ", ".join(f"{c.kind}={c.value}{'+' if c.qualifier != 'exact' else ''}" for c in e.counts),
                      e.reported_by.text if e.reported_by else "", e.status)
        console.print(t)
    if doc.places:
        t = Table("id", "mention", "place", "country", "lat", "lon", "precision", "conf", box=None)
        for p in doc.places:
            t.add_row(p.id, p.spans[0].text if p.spans else "", p.name, p.country or "",
                      f"{p.lat:.2f}" if p.lat is not None else "", f"{p.lon:.2f}" if p.lon is not None else "",
                      p.precision or "", f"{p.confidence:.2f}")
        console.print(t)
    if doc.quotes:
        t = Table("id", "kind", "quote", "speaker", "channel", box=None)
        for q in doc.quotes:
            speaker = doc.entity(q.speaker)
            t.add_row(q.id, q.kind, _short(q.text), speaker.name if speaker else "?", q.channel or "")
        console.print(t)
    if doc.entities:
        console.print("entities: " + "; ".join(f"{e.name} ({e.type}, {len(e.spans)})" for e in doc.entities))
    if doc.times:
        console.print("times: " + "; ".join(f"{t.spans[0].text} = {t.value}" for t in doc.times if t.spans))


def _actors(event) -> str:
    src = ", ".join(_short(a.text, 30) for a in event.actors if a.role == "source")
    tgt = ", ".join(_short(a.text, 30) for a in event.actors if a.role != "source")
    return f"{src or '?'} -> {tgt}" if tgt else src


def _place_name(doc: Document, place_id: str) -> str:
    p = doc.place(place_id)
    return p.name if p else place_id


def _short(text: str, n: int = 70) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
