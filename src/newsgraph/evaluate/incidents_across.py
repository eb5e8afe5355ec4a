"""`newsgraph eval incidents-across DIR`: are reports of one happening linked into one incident?

DIR holds `reports.jsonl` (what the system reads: id, url, source, published, text) and `truth.json`
(`incidents: {name: {reports: {id: {killed, injured, ...}}, latest_killed, target}}`). The reports are
ingested into a temporary database, incidents are linked, and for each true incident:
- share: the largest number of its reports found in one system incident, over its reports (a report
  linked to nothing stands alone, so an incident nothing links scores 1/n);
- pieces: how many system incidents (plus lone reports) its reports are spread over (1 is right);
- mixed: its main system incident also holds a report of another true incident (purity);
- toll: the main system incident's headline death toll equals the latest reported figure.
Reports are matched to documents by url.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any, Optional

from newsgraph.errors import InputError


def load_truth(directory: Path) -> dict[str, Any]:
    for name in ("reports.jsonl", "truth.json"):
        if not (directory / name).is_file():
            raise InputError(f"{directory} has no {name}: an incidents-across set needs reports.jsonl and truth.json")
    return json.loads((directory / "truth.json").read_text(encoding="utf-8"))


def score(truth: dict[str, Any], linked: dict[str, set[str]], tolls: dict[str, Optional[float]]) -> dict[str, Any]:
    """Scores from `linked` (report id -> system incident ids holding its events) and `tolls`
    (system incident id -> its headline killed figure)."""
    owner = {rid: name for name, inc in truth["incidents"].items() for rid in inc["reports"]}
    members: dict[str, set[str]] = {}
    for rid, incidents in linked.items():
        for iid in incidents:
            members.setdefault(iid, set()).add(rid)
    rows = []
    for name, inc in truth["incidents"].items():
        reports = set(inc["reports"])
        held = {iid: ms & reports for iid, ms in members.items() if ms & reports}
        main = max(held, key=lambda i: (len(held[i]), i), default=None)
        alone = [r for r in reports if not linked.get(r)]
        toll = tolls.get(main) if main else None
        rows.append({
            "incident": name, "target": inc.get("target", True), "reports": len(reports),
            "share": round((len(held[main]) if main else 1) / len(reports), 3),
            "pieces": len(held) + len(alone),
            "mixed": bool(main and {owner.get(r) for r in members[main]} - {name}),
            "latest_killed": inc.get("latest_killed"), "toll": toll,
            "toll_ok": inc.get("latest_killed") is None or toll == inc.get("latest_killed"),
        })
    impure = sum(1 for ms in members.values() if len({owner.get(r) for r in ms}) > 1)
    targets = [r for r in rows if r["target"]]
    return {"incidents": rows, "system_incidents": len(members), "impure_system_incidents": impure,
            "summary": {"targets": len(targets),
                        "mean_share": round(sum(r["share"] for r in targets) / max(len(targets), 1), 3),
                        "whole": sum(1 for r in targets if r["pieces"] == 1),
                        "mixed": sum(1 for r in rows if r["mixed"]),
                        "toll_ok": sum(1 for r in targets if r["toll_ok"])}}


def evaluate(directory: Path, limit: Optional[int] = None, db: Optional[str] = None) -> dict[str, Any]:
    """Ingest DIR/reports.jsonl into a database (`db`, else a temporary one), link incidents and score them."""
    directory = Path(directory)
    truth = load_truth(directory)
    lines = (directory / "reports.jsonl").read_text(encoding="utf-8").splitlines()[:limit]
    by_url = {json.loads(line)["url"]: json.loads(line)["id"] for line in lines if line.strip()}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "reports.jsonl"
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        db = db or str(Path(tmp) / "set.duckdb")
        ingest_set(src, db)
        linked, tolls = read_links(db, by_url)
    if limit:
        kept = set(by_url.values())
        truth = {**truth, "incidents": {n: {**i, "reports": {r: v for r, v in i["reports"].items() if r in kept}}
                                        for n, i in truth["incidents"].items()
                                        if kept & set(i["reports"])}}
    return score(truth, linked, tolls)


def ingest_set(reports: Path, db: str) -> None:
    from newsgraph.store.ingest import ingest_paths
    ingest_paths([str(reports)], db, show_progress=False)


def read_links(db: str, by_url: dict[str, str]) -> tuple[dict[str, set[str]], dict[str, Optional[float]]]:
    """report id -> its system incidents, and system incident -> its headline death toll."""
    from newsgraph.store import open_store
    with open_store(db, read_only=True) as store:
        return _read_links(store, by_url)


def _read_links(store, by_url: dict[str, str]) -> tuple[dict[str, set[str]], dict[str, Optional[float]]]:
    linked: dict[str, set[str]] = {rid: set() for rid in by_url.values()}
    tolls: dict[str, Optional[float]] = {}
    for inc in store.list_incidents(limit=100_000):
        for src in inc["sources"]:
            rid = by_url.get(src["url"])
            if rid:
                linked[rid].add(inc["incident_id"])
        tolls[inc["incident_id"]] = headline_killed(inc)
    return linked, tolls


def headline_killed(incident: dict[str, Any]) -> Optional[float]:
    """The death toll an incident shows first: the latest figure of its series (store.tolls)."""
    toll = (incident.get("tolls") or {}).get("killed")
    return toll["latest"]["value"] if toll else None


def format_result(result: dict[str, Any]) -> str:
    lines = [f"{'incident':24} {'reports':>7} {'share':>6} {'pieces':>6} {'mixed':>5} {'latest':>6} {'toll':>6}"]
    for r in result["incidents"]:
        mark = "" if r["target"] else "  (distractor)"
        toll = "-" if r["toll"] is None else f"{r['toll']:g}"
        latest = "-" if r["latest_killed"] is None else f"{r['latest_killed']:g}"
        lines.append(f"{r['incident']:24} {r['reports']:>7} {r['share']:>6.2f} {r['pieces']:>6} "
                     f"{'yes' if r['mixed'] else 'no':>5} {latest:>6} {toll:>6}{mark}")
    s = result["summary"]
    lines.append(f"targets {s['targets']}: mean share {s['mean_share']:.3f}, whole {s['whole']}/{s['targets']}, "
                 f"toll = latest {s['toll_ok']}/{s['targets']}; mixed incidents {s['mixed']}; "
                 f"system incidents {result['system_incidents']} ({result['impure_system_incidents']} impure)")
    return "\n".join(lines)
