"""An incident's figures over time and its place, read from the stored reports of its events.

Each report (document) of an incident gives at most one figure of a kind: the highest it states
(a report saying "rose from 30 to 35" gives 35). The series keeps every report's figure with its
report date, who gave it (the event's reporting source, else the outlet), the outlet and url, sorted
by report date. Shown first:
- latest: the figure of the last report day (the highest on that day: same-day reports arrive in no
  known order, and tolls are revised upwards far more often than downwards);
- highest: the highest figure of any report, when it differs from the latest (a toll revised down);
- first: the lowest figure of the first report day ("first reported 4").
Figures are never summed across reports: twelve reports of "5 killed" are one toll of 5. Reports of
one day that disagree are kept, each with its source (`conflicting`).

The incident's place is its most specific agreed place: among the places its reports name, those
named by two or more reports (else all), those with coordinates, the most specific (point, city,
district, region, country), then the most named.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any, Optional

TOLL_SQL = """
SELECT ie.incident_id, c.kind, c.value, c.qualifier, e.doc_id, e.id AS event_id, d.published,
       coalesce(e.reported_by_text, d.source) AS said_by, d.source AS outlet, d.url
FROM incident_events ie
JOIN counts c ON c.doc_id = ie.doc_id AND c.event_id = ie.event_id
JOIN events e ON e.doc_id = ie.doc_id AND e.id = ie.event_id
JOIN documents d ON d.id = e.doc_id
WHERE ie.incident_id IN (SELECT unnest(?))
ORDER BY ie.incident_id, c.kind, d.published, e.doc_id, e.ord, c.ord
"""

PLACE_SQL = """
SELECT ie.incident_id, e.doc_id, p.name, p.geonameid, p.lat, p.lon, p.country, p.admin1, p.precision
FROM incident_events ie
JOIN events e ON e.doc_id = ie.doc_id AND e.id = ie.event_id
JOIN event_places ep ON ep.doc_id = e.doc_id AND ep.event_id = e.id
JOIN places p ON p.doc_id = ep.doc_id AND p.id = ep.place_id
WHERE ie.incident_id IN (SELECT unnest(?))
"""

PRECISION_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 5, "country": 6}


def attach_details(cur, incidents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add `tolls` ({kind: {latest, highest, first, series, conflicting, text}}) and `place` to incident rows."""
    ids = [i["incident_id"] for i in incidents]
    if not ids:
        return incidents
    figures: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    cur.execute(TOLL_SQL, [ids])
    for row in _dicts(cur):
        figures[row["incident_id"]][row["kind"]].append(row)
    places: dict[str, list[dict]] = defaultdict(list)
    cur.execute(PLACE_SQL, [ids])
    for row in _dicts(cur):
        places[row["incident_id"]].append(row)
    for inc in incidents:
        inc["tolls"] = {kind: toll_series(rows) for kind, rows in sorted(figures[inc["incident_id"]].items())}
        inc["place"] = agreed_place(places[inc["incident_id"]])
    return incidents


def toll_series(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One kind's figures of one incident (rows of TOLL_SQL) -> its series and headline (module docstring)."""
    best: dict[str, dict] = {}
    for r in rows:
        if r["doc_id"] not in best or r["value"] > best[r["doc_id"]]["value"]:
            best[r["doc_id"]] = r
    series = sorted(({"value": _number(r["value"]), "kind": r["kind"], "qualifier": r["qualifier"],
                      "report_date": _iso(r["published"]), "source": r["said_by"], "outlet": r["outlet"],
                      "url": r["url"], "doc_id": r["doc_id"]} for r in best.values()),
                    key=lambda f: (f["report_date"] or "", f["value"], f["doc_id"]))
    last_day = max((f["report_date"] or "" for f in series), default="")
    first_day = min((f["report_date"] or "" for f in series), default="")
    latest = max((f for f in series if (f["report_date"] or "") == last_day), key=lambda f: f["value"])
    highest = max(series, key=lambda f: f["value"])
    first = min((f for f in series if (f["report_date"] or "") == first_day), key=lambda f: f["value"])
    by_day: dict[str, set] = defaultdict(set)
    for f in series:
        by_day[f["report_date"]].add(f["value"])
    result = {"latest": latest, "highest": highest, "first": first, "series": series,
              "conflicting": any(len(v) > 1 for v in by_day.values())}
    result["text"] = toll_text(series[0]["kind"], result)
    return result


def toll_text(kind: str, toll: dict[str, Any]) -> str:
    """'killed: 40 (latest, 17 Jan 2023, the State Emergency Service); first reported 21'."""
    latest, highest, first = toll["latest"], toll["highest"], toll["first"]
    text = f"{kind}: {_figure(latest)} (latest, {_when_who(latest)})"
    if highest["value"] > latest["value"]:
        text += f"; highest {_figure(highest)} ({_when_who(highest)})"
    if first["value"] != latest["value"] and len(toll["series"]) > 1:
        text += f"; first reported {_figure(first)}"
    return text


def agreed_place(rows: list[dict[str, Any]]) -> Optional[dict[str, Any]]:
    """The most specific place named by two or more reports, else by any (module docstring)."""
    docs: dict[Any, set] = defaultdict(set)
    first: dict[Any, dict] = {}
    for r in rows:
        key = r["geonameid"] if r["geonameid"] is not None else r["name"]
        docs[key].add(r["doc_id"])
        first.setdefault(key, r)
    if not first:
        return None
    agreed = [k for k in first if len(docs[k]) > 1] or list(first)
    key = min(agreed, key=lambda k: (first[k]["lat"] is None, PRECISION_RANK.get(first[k]["precision"], 4),
                                     -len(docs[k]), str(k)))
    r = first[key]
    return {"name": r["name"], "geonameid": r["geonameid"], "lat": r["lat"], "lon": r["lon"], "country": r["country"],
            "admin1": r["admin1"], "precision": r["precision"], "reports": len(docs[key])}


def _figure(f: dict[str, Any]) -> str:
    prefix = {"at_least": "at least ", "more_than": "more than ", "about": "about ", "up_to": "up to "}
    return f"{prefix.get(f['qualifier'], '')}{f['value']}"


def _when_who(f: dict[str, Any]) -> str:
    return f"{_day_text(f['report_date'])}, {f['source'] or 'unknown source'}"


def _day_text(iso: Optional[str]) -> str:
    if not iso:
        return "undated"
    d = date.fromisoformat(iso[:10])
    return f"{d.day} {d.strftime('%b %Y')}"


def _iso(value: Any) -> Optional[str]:
    return str(value)[:10] if value else None


def _number(value: float) -> Any:
    return int(value) if value is not None and float(value).is_integer() else value


def _dicts(cur) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]
