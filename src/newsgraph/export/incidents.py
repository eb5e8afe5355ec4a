"""`newsgraph export --incidents`: one row per incident, with its place, sources and tolls over time.

CSV columns: incident_id, type, date_start, date_end, place, country, latitude, longitude, precision,
n_sources, then per toll kind (killed, injured, missing) the headline text ("killed: 40 (latest,
17 Jan 2023, the State Emergency Service); first reported 21"), the latest, highest and first figures,
and the outlets and urls of the reports. JSON lines: the incident dicts of `Store.list_incidents`.
Figures are never summed across reports (store.tolls).
"""
from __future__ import annotations

import csv
import io
from typing import IO, Any, Iterable

from newsgraph.export.writers import to_jsonl

KINDS = ("killed", "injured", "missing")
COLUMNS = (["incident_id", "type", "date_start", "date_end", "place", "country", "latitude", "longitude",
            "precision", "n_sources"]
           + [f"{k}{suffix}" for k in KINDS for suffix in ("", "_latest", "_highest", "_first")]
           + ["outlets", "urls"])


def incident_row(inc: dict[str, Any]) -> dict[str, Any]:
    place = inc.get("place") or {}
    row = {"incident_id": inc["incident_id"], "type": inc["type"], "date_start": inc["date_start"],
           "date_end": inc["date_end"], "place": place.get("name"), "country": place.get("country"),
           "latitude": place.get("lat", inc.get("lat")), "longitude": place.get("lon", inc.get("lon")),
           "precision": place.get("precision"), "n_sources": inc["n_sources"]}
    for kind in KINDS:
        toll = (inc.get("tolls") or {}).get(kind)
        row[kind] = toll["text"] if toll else None
        for part in ("latest", "highest", "first"):
            row[f"{kind}_{part}"] = toll[part]["value"] if toll else None
    sources = inc.get("sources") or []
    row["outlets"] = " | ".join(dict.fromkeys(s["source"] or "" for s in sources))
    row["urls"] = " | ".join(dict.fromkeys(s["url"] or "" for s in sources))
    return row


def incidents_to_csv(incidents: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    rows = [incident_row(inc) for inc in incidents]
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    out.write(buffer.getvalue().encode("utf-8"))
    return len(rows)


INCIDENT_EXPORTERS = {"csv": incidents_to_csv, "jsonl": to_jsonl}
