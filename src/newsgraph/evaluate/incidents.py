"""`newsgraph eval incidents DIR`: incident-level precision, recall and death-toll accuracy.

DIR holds `*.incidents.json` files written by hand (tests/events/data/incidents/): each document
has its text, `published` and the incidents an analyst would code from it, with acceptable
`type`s, `places` and `attacker` names (substring match, case- and accent-insensitive) and
acceptable `killed` / `injured` figures; omitted fields are not checked.

A predicted record is an incident when its type is one of INCIDENT_TYPES and its status says it
happened (not planned or hypothetical). An expected incident is found by the first unused
record of an accepted type whose places and date agree. Precision = matched records / incident
records; recall = found incidents / expected incidents. The death toll is scored on each
document's main expected incident that gives a figure: right when the record found for it
carries one of the accepted killed values; `main_flag` is how often that record is `main`.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

from newsgraph.errors import InputError
from newsgraph.model import Document, Event
from newsgraph.textnorm import fold

INCIDENT_TYPES = {"ASSAULT", "COERCE", "PROTEST"}
NOT_HAPPENED = {"planned", "hypothetical"}


def load_expectations(directory: Path) -> list[dict[str, Any]]:
    files = sorted(directory.glob("*.incidents.json"))
    if not files:
        raise InputError(f"{directory}: no *.incidents.json files")
    return [d for f in files for d in json.loads(f.read_text(encoding="utf-8"))["documents"]]


def evaluate(directory: Path, limit: Optional[int] = None) -> dict[str, Any]:
    """Run newsgraph over every expected document of DIR and score its incidents."""
    from newsgraph.pipeline import extract

    docs = load_expectations(directory)[:limit]
    results = [score_document(d, extract(d["text"], published=d.get("published"), title=d.get("title")))
               for d in docs]
    return summarise(results)


def incident_records(doc: Document) -> list[Event]:
    return [e for e in doc.events if e.type in INCIDENT_TYPES and e.status not in NOT_HAPPENED]


def score_document(expected: dict[str, Any], doc: Document) -> dict[str, Any]:
    """Match the expected incidents of one document to its records (greedy, in order)."""
    records = incident_records(doc)
    used: set[int] = set()
    rows = []
    for inc in expected["incidents"]:
        hit = next((i for i, ev in enumerate(records) if i not in used and _matches(inc, ev, doc)), None)
        if hit is not None:
            used.add(hit)
        ev = records[hit] if hit is not None else None
        rows.append({"incident": inc, "found": ev is not None,
                     "killed_ok": _figure_ok(inc.get("killed"), ev, "killed"),
                     "attacker_ok": _attacker_ok(inc.get("attacker"), ev, doc),
                     "main_flag": bool(ev is not None and getattr(ev, "main", False))})
    return {"id": expected["id"], "records": len(records), "all_records": len(doc.events),
            "matched": len(used), "rows": rows}


def _matches(inc: dict[str, Any], ev: Event, doc: Document) -> bool:
    if ev.type not in inc["type"]:
        return False
    if inc.get("places") and not _names_agree(inc["places"], _place_names(ev, doc)):
        return False
    date = inc.get("date")
    return not date or (ev.time is not None and str(ev.time.value).startswith(date))


def _place_names(ev: Event, doc: Document) -> list[str]:
    names = []
    for pid in ev.places:
        p = doc.place(pid)
        if p is not None:
            names += [p.name, p.admin1 or ""] + [s.text for s in p.spans]
    return names


def _names_agree(accepted: list[str], names: list[str]) -> bool:
    folded = [fold(n) for n in names if n]
    return any(fold(a) in n or (n and n in fold(a)) for a in accepted for n in folded)


def _attacker_ok(accepted: Optional[list[str]], ev: Optional[Event], doc: Document) -> Optional[bool]:
    if not accepted or ev is None:
        return None
    names = []
    for a in ev.actors:
        if a.role == "source":
            ent = doc.entity(a.entity)
            names += [a.text] + ([ent.name] if ent else [])
    return _names_agree(accepted, names)


def _figure_ok(accepted: Optional[list[int]], ev: Optional[Event], kind: str) -> Optional[bool]:
    if accepted is None:
        return None
    return ev is not None and any(c.kind == kind and c.value in accepted for c in ev.counts)


def summarise(results: list[dict[str, Any]]) -> dict[str, Any]:
    rows = [r for res in results for r in res["rows"]]
    records = sum(r["records"] for r in results)
    matched = sum(r["matched"] for r in results)
    main_tolls = [r for r in rows if r["incident"].get("main") and r["killed_ok"] is not None]
    attackers = [r for r in rows if r["attacker_ok"] is not None]
    found_main = [r for r in rows if r["incident"].get("main") and r["found"]]
    p = matched / records if records else 0.0
    rec = sum(r["found"] for r in rows) / len(rows) if rows else 0.0
    return {
        "documents": len(results), "incidents": len(rows), "records": records,
        "all_records": sum(r["all_records"] for r in results),
        "precision": round(p, 3), "recall": round(rec, 3),
        "f1": round(2 * p * rec / (p + rec), 3) if p + rec else 0.0,
        "main_death_toll_accuracy": _share([r["killed_ok"] for r in main_tolls]),
        "main_death_toll_n": len(main_tolls),
        "attacker_accuracy": _share([r["attacker_ok"] for r in attackers]),
        "main_flag_accuracy": _share([r["main_flag"] for r in found_main]),
        "misses": [f"{res['id']}: {r['incident'].get('note') or r['incident']['type']}"
                   for res in results for r in res["rows"] if not r["found"]],
        "per_document": {res["id"]: {"records": res["records"], "matched": res["matched"],
                                     "expected": len(res["rows"])} for res in results},
    }


def _share(flags: list[bool]) -> float:
    return round(sum(flags) / len(flags), 3) if flags else 0.0


def format_result(result: dict[str, Any]) -> str:
    lines = [f"incidents: {result['documents']} documents, {result['incidents']} expected incidents, "
             f"{result['records']} incident records ({result['all_records']} events in all)",
             f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}",
             f"death toll on the main incident {result['main_death_toll_accuracy']:.3f} "
             f"(n={result['main_death_toll_n']}); attacker {result['attacker_accuracy']:.3f}; "
             f"main flag {result['main_flag_accuracy']:.3f}"]
    lines += [f"  miss: {m}" for m in result["misses"]]
    return "\n".join(lines)
