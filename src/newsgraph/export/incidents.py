"""Incidents (events of several reports linked by store.incidents) as files: one row per incident.

    INCIDENT_EXPORTERS[fmt](incidents, out) -> number of incidents written

`incidents` are the dicts of `Store.list_incidents`. CSV columns: incident_id, type, date_start,
date_end, the agreed place (name, country, latitude, longitude, precision) and every place named,
n_sources and n_events; per toll kind (killed, injured, missing) the headline text ("killed: 40
(latest, 17 Jan 2023, the State Emergency Service); first reported 21") and the latest, highest and
first figures (store.tolls); the figures as "kind=min" or "kind=min-max" when reports disagree; the
sources' names, urls, document and event ids joined with "; ". Fields this module does not know
(added by later linking rules) follow as JSON columns, so nothing is dropped. JSON lines keep every
field as it is. Figures are never summed across reports.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from typing import IO, Any, Callable, Iterable

from newsgraph.export.writers import json_lines

TOLL_KINDS = ("killed", "injured", "missing")
COLUMNS = (["incident_id", "type", "date_start", "date_end", "place", "country", "latitude", "longitude",
            "precision", "places", "n_sources", "n_events"]
           + [f"{k}{suffix}" for k in TOLL_KINDS for suffix in ("", "_latest", "_highest", "_first")]
           + ["figures", "conflicting_counts", "sources", "source_urls", "document_ids", "event_ids"])
KNOWN = {"incident_id", "type", "date_start", "date_end", "lat", "lon", "place", "places", "n_sources", "n_events",
         "counts", "conflicting_counts", "sources", "tolls"}


def incident_row(incident: dict[str, Any]) -> dict[str, Any]:
    """The flat CSV row of an incident dict."""
    sources = incident.get("sources") or []
    place = incident.get("place") or {}
    row = {
        "incident_id": incident.get("incident_id"), "type": incident.get("type"),
        "date_start": _iso(incident.get("date_start")), "date_end": _iso(incident.get("date_end")),
        "place": place.get("name"), "country": place.get("country"),
        "latitude": place.get("lat", incident.get("lat")), "longitude": place.get("lon", incident.get("lon")),
        "precision": place.get("precision"),
        "places": "; ".join(incident.get("places") or []), "n_sources": incident.get("n_sources"),
        "n_events": incident.get("n_events"),
        "figures": "; ".join(_figure(c) for c in incident.get("counts") or []),
        "conflicting_counts": incident.get("conflicting_counts"),
        "sources": "; ".join(_distinct(s.get("source") or s.get("reported_by") or "" for s in sources)),
        "source_urls": "; ".join(_distinct(s.get("url") or "" for s in sources)),
        "document_ids": "; ".join(_distinct(s.get("doc_id") or "" for s in sources)),
        "event_ids": "; ".join(f"{s.get('doc_id')}-{s.get('event_id')}" for s in sources),
    }
    tolls = incident.get("tolls") or {}
    for kind in TOLL_KINDS:
        toll = tolls.get(kind)
        row[kind] = toll["text"] if toll else None
        for part in ("latest", "highest", "first"):
            row[f"{kind}_{part}"] = toll[part]["value"] if toll and toll.get(part) else None
    for key in sorted(set(incident) - KNOWN):
        row[key] = json.dumps(incident[key], ensure_ascii=False, default=_json_default)
    return row


def to_csv(incidents: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    rows = [incident_row(i) for i in incidents]
    extra = sorted({k for r in rows for k in r} - set(COLUMNS))
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    writer = csv.DictWriter(text, fieldnames=COLUMNS + extra)
    writer.writeheader()
    writer.writerows(rows)
    text.flush()
    text.detach()
    return len(rows)


def to_jsonl(incidents: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    return json_lines(incidents, out)


INCIDENT_EXPORTERS: dict[str, Callable[[Iterable[dict[str, Any]], IO[bytes]], int]] = {
    "csv": to_csv,
    "jsonl": to_jsonl,
}


def _figure(count: dict[str, Any]) -> str:
    low, high = _num(count.get("min_value")), _num(count.get("max_value"))
    return f"{count.get('kind')}={low}" + (f"-{high}" if high != low else "")


def _num(value: Any) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _distinct(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)
