"""Golden-file scorer (SPEC.md section 7): recall of required and optional items, with the misses.

Matching is by meaning, not exact string: names compare case- and accent-insensitively,
spans must overlap an occurrence of the listed mention, coordinates lie within tolerance.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from newsgraph.errors import UsageError
from newsgraph.geodesy import haversine_km
from newsgraph.model import Document, Event, Span
from newsgraph.textnorm import fold

SECTIONS = ("entities", "places", "times", "quotes", "events")
# Demonyms and short forms, so that "Russia" matches "the Russian army" and "Government of Russia".
DEMONYMS = {"russian": "russia", "russians": "russia", "ukrainian": "ukraine", "ukrainians": "ukraine",
            "american": "united states", "us": "united states", "u.s.": "united states", "german": "germany",
            "french": "france", "british": "united kingdom", "uk": "united kingdom", "chinese": "china",
            "defence": "defense", "western": "west"}
STOP = {"the", "of", "a", "an", "and", "s", "'s", "’s", "mr", "mrs", "ms"}


@dataclass
class ItemResult:
    section: str
    level: str            # required | optional | forbidden | metonyms
    label: str
    passed: bool
    why: str = ""


@dataclass
class GoldenReport:
    name: str
    items: list[ItemResult] = field(default_factory=list)

    def recall(self, section: str, level: str) -> tuple[int, int]:
        rows = [i for i in self.items if i.section == section and i.level == level]
        return sum(i.passed for i in rows), len(rows)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "sections": {}}
        for section in sorted({i.section for i in self.items}, key=_section_order):
            levels = {}
            for level in ("required", "optional", "forbidden", "metonyms"):
                ok, n = self.recall(section, level)
                if n:
                    levels[level] = {"passed": ok, "total": n, "recall": round(ok / n, 3)}
            misses = [f"[{i.level}] {i.label}: {i.why}" for i in self.items if i.section == section and not i.passed]
            out["sections"][section] = {**levels, "misses": misses}
        return out


def _section_order(section: str) -> int:
    return SECTIONS.index(section) if section in SECTIONS else len(SECTIONS)


# --- text helpers ----------------------------------------------------------------

def words(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[\w.]+", fold(text)):
        w = w.strip(".")
        w = DEMONYMS.get(w, w)
        out.update(x for x in w.split() if x not in STOP)
    return out - STOP


def occurrences(text: str, mention: str, context: str | None = None) -> list[tuple[int, int]]:
    """Character ranges of `mention` in `text` (case-insensitive), inside `context` if given."""
    hay = text.casefold()
    pattern = re.escape(mention.casefold())
    pattern = (r"\b" if mention[:1].isalnum() else "") + pattern + (r"\b" if mention[-1:].isalnum() else "")
    spans = [(m.start(), m.start() + len(mention)) for m in re.finditer(pattern, hay)]
    if context:
        ctx = [(m.start(), m.start() + len(context)) for m in re.finditer(re.escape(context.casefold()), hay)]
        spans = [s for s in spans if any(c0 <= s[0] and s[1] <= c1 for c0, c1 in ctx)]
    return spans


def overlaps(spans: Iterable[Span], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def name_matches(expected: str, *candidates: str | None) -> bool:
    """Expected canonical name (possibly "A or B") equals one candidate, folded."""
    options = [fold(x) for x in expected.split(" or ")]
    return any(c is not None and fold(c) in options for c in candidates)


def actor_matches(expected: str, *candidates: str | None) -> bool:
    """Every content word of `expected` appears in one candidate (demonyms folded to countries)."""
    want = words(expected)
    return bool(want) and any(c and want <= words(c) for c in candidates)


# --- section scorers ---------------------------------------------------------------

def score_entities(doc: Document, spec: dict) -> list[ItemResult]:
    out = []
    for level in ("required", "optional"):
        for exp in spec.get(level, []):
            label = f"{exp['canonical']} {exp.get('mentions', [])}"
            ents = [e for e in doc.entities if name_matches(exp["canonical"], e.name)]
            if not ents:
                out.append(ItemResult("entities", level, label, False, "no entity with that canonical name"))
                continue
            if exp.get("type") and not any(e.type == exp["type"] for e in ents):
                out.append(ItemResult("entities", level, label, False, f"type {[e.type for e in ents]}"))
                continue
            spans = [s for e in ents for s in e.spans]
            missing = [m for m in exp.get("mentions", [])
                       if not any(overlaps(spans, a, b) for a, b in occurrences(doc.text, m))]
            out.append(ItemResult("entities", level, label, not missing,
                                  f"mentions not covered: {missing}" if missing else ""))
    return out


def score_places(doc: Document, spec: dict) -> list[ItemResult]:
    out = []
    for level in ("required", "optional"):
        for exp in spec.get(level, []):
            out.append(_score_place(doc, exp, level))
    for exp in spec.get("metonyms", []):
        out.append(_score_metonym(doc, exp))
    return out


def _score_place(doc: Document, exp: dict, level: str) -> ItemResult:
    label = f"{exp['mention']} -> {exp['name']}"
    occ = [o for m in [exp["mention"], *exp.get("also", [])] for o in occurrences(doc.text, m)]
    if not occ:
        return ItemResult("places", level, label, False, "mention not in text")
    covering = [p for p in doc.places if any(overlaps(p.spans, a, b) for a, b in occ)]
    if not covering:
        return ItemResult("places", level, label, False, "no place covers the mention")
    why = []
    for p in covering:
        if exp.get("country") and p.country != exp["country"]:
            why.append(f"{p.name}: country {p.country}")
            continue
        if "lat" in exp and p.lat is not None:
            d = haversine_km(exp["lat"], exp["lon"], p.lat, p.lon)
            if d > exp.get("tolerance_km", 25):
                why.append(f"{p.name}: {d:.0f} km off")
                continue
        elif "lat" in exp:
            why.append(f"{p.name}: no coordinates")
            continue
        if "lat" not in exp and exp.get("precision") and p.precision != exp["precision"]:
            why.append(f"{p.name}: precision {p.precision}")
            continue
        return ItemResult("places", level, label, True)
    return ItemResult("places", level, label, False, "; ".join(why))


def _score_metonym(doc: Document, exp: dict) -> ItemResult:
    label = f"{exp['mention']}{' (' + exp['context'] + ')' if exp.get('context') else ''} -> {exp['refers_to']}"
    occ = occurrences(doc.text, exp["mention"], exp.get("context"))
    if not occ:
        return ItemResult("places", "metonyms", label, False, "mention not in text")
    bad = []
    for a, b in occ:
        actor = any(overlaps(e.spans, a, b) and e.refers_to and name_matches(exp["refers_to"], e.refers_to)
                    for e in doc.entities)
        as_place = any(overlaps(p.spans, a, b) for p in doc.places)
        if not actor or as_place:
            bad.append(f"{doc.text[a:b]}@{a}: {'no refers_to' if not actor else 'also a place span'}")
    return ItemResult("places", "metonyms", label, not bad, "; ".join(bad))


def score_times(doc: Document, spec: dict) -> list[ItemResult]:
    out = []
    for level in ("required", "optional"):
        for exp in spec.get(level, []):
            label = f"{exp['text']} = {exp['value']}"
            occ = occurrences(doc.text, exp["text"])
            hits = [t for t in doc.times if t.value == exp["value"]
                    and (not occ or any(overlaps(t.spans, a, b) for a, b in occ))]
            got = [f"{t.spans[0].text}={t.value}" for t in doc.times
                   if t.spans and any(overlaps(t.spans, a, b) for a, b in occ)]
            out.append(ItemResult("times", level, label, bool(hits), "" if hits else f"found {got or 'nothing'}"))
    return out


def score_quotes(doc: Document, spec: dict) -> list[ItemResult]:
    out = []
    for level in ("required", "optional"):
        for exp in spec.get(level, []):
            label = f"“{exp['contains']}” by {exp.get('speaker')}"
            qs = [q for q in doc.quotes if fold(exp["contains"]) in fold(q.text)]
            if not qs:
                out.append(ItemResult("quotes", level, label, False, "no quote contains these words"))
                continue
            why = []
            for q in qs:
                speaker = doc.entity(q.speaker)
                if exp.get("speaker") and not (speaker and name_matches(exp["speaker"], speaker.name)):
                    why.append(f"speaker {speaker.name if speaker else None}")
                elif exp.get("channel") and not (q.channel and fold(exp["channel"]) in fold(q.channel)):
                    why.append(f"channel {q.channel}")
                else:
                    break
            else:
                out.append(ItemResult("quotes", level, label, False, "; ".join(why)))
                continue
            out.append(ItemResult("quotes", level, label, True))
    for exp in spec.get("forbidden", []):
        bad = [q.id for q in doc.quotes if fold(exp["contains"]) in fold(q.text)]
        out.append(ItemResult("quotes", "forbidden", f"not a quote: “{exp['contains']}”", not bad,
                              f"extracted as {bad}" if bad else ""))
    return out


def score_events(doc: Document, spec: dict, places_spec: dict | None = None) -> list[ItemResult]:
    gazetteer = {fold(p["name"]): p for level in ("required", "optional") for p in (places_spec or {}).get(level, [])}
    out = []
    for level in ("required", "optional"):
        for exp in spec.get(level, []):
            label = f"{exp.get('id', '?')} {exp['type']}"
            ok, why = _match_event(doc, exp, gazetteer)
            out.append(ItemResult("events", level, label, ok, why))
    return out


def _event_checks(doc: Document, exp: dict) -> list[tuple[str, Callable[[Event], bool]]]:
    def entity_names(eid):
        e = doc.entity(eid)
        return [e.name, e.refers_to, *e.aliases] if e else []

    def actor(role):
        return lambda v: any((role is None or a.role == role)
                             and actor_matches(exp_name, a.text, *entity_names(a.entity))
                             for a in v.actors for exp_name in [exp[f"{role}_actor"] if role else ""])

    checks: list[tuple[str, Callable[[Event], bool]]] = [("type", lambda v: v.type in exp["type"])]
    if "source_actor" in exp:
        checks.append(("source actor", actor("source")))
    if "target_actor" in exp:
        checks.append(("target actor", actor("target")))
    for name in exp.get("actors", []):
        checks.append((f"actor {name}", lambda v, n=name: any(
            actor_matches(n, a.text, *entity_names(a.entity)) for a in v.actors)))
    if "date" in exp:
        checks.append(("date", lambda v: bool(v.time and v.time.value.startswith(exp["date"]))))
    if "report_date" in exp:
        checks.append(("report_date", lambda v: v.report_date == exp["report_date"]))
    if "status" in exp:
        checks.append(("status", lambda v: v.status == exp["status"]))
    if "reported_by" in exp:
        checks.append(("reported_by", lambda v: bool(v.reported_by) and actor_matches(
            exp["reported_by"], v.reported_by.text, *entity_names(v.reported_by.entity))))
    for c in exp.get("counts", []):
        checks.append((f"count {c}", lambda v, c=c: any(
            k.kind == c["kind"] and k.value == c["value"] and k.qualifier == c.get("qualifier", k.qualifier)
            and (not c.get("of") or (k.of and fold(c["of"]) in fold(k.of))) for k in v.counts)))
    return checks


def _match_event(doc: Document, exp: dict, gazetteer: dict[str, dict]) -> tuple[bool, str]:
    """An expected event passes when events of its type that agree on every attribute cover its places
    (one event with several places, or several events with one place each)."""
    checks = _event_checks(doc, exp)
    good, best_why = [], []
    for v in doc.events:
        failed = [name for name, check in checks if not check(v)]
        if not failed:
            good.append(v)
        elif v.type in exp["type"]:
            best_why.append(f"{v.id}: {', '.join(failed)}")
    if not good:
        return False, "; ".join(best_why[:4]) or "no event of that type"
    wanted = exp.get("places", [])
    if not wanted:
        return True, ""
    places = [p for v in good for p in map(doc.place, v.places) if p]
    missing = [n for n in wanted if not any(_same_place(n, p, gazetteer) for p in places)]
    names = sorted({p.name for p in places})
    return (not missing), (f"places missing {missing} (have {names})" if missing else "")


def _same_place(name: str, place, gazetteer: dict[str, dict]) -> bool:
    """Same name, or (romanisations differ: Mykolaiv/Mykolayiv) within the tolerance of the golden
    place of that name, as listed in the golden file's places section."""
    if name_matches(name, place.name):
        return True
    ref = gazetteer.get(fold(name))
    return bool(ref and "lat" in ref and place.lat is not None
                and haversine_km(ref["lat"], ref["lon"], place.lat, place.lon) <= ref.get("tolerance_km", 25))


SCORERS = {"entities": score_entities, "places": score_places, "times": score_times,
           "quotes": score_quotes, "events": score_events}


def score_document(doc: Document, expected: dict, name: str = "") -> GoldenReport:
    report = GoldenReport(name or expected.get("document", {}).get("file", "?"))
    for section, scorer in SCORERS.items():
        if section == "events" and section in expected:
            report.items.extend(score_events(doc, expected["events"], expected.get("places")))
        elif section in expected:
            report.items.extend(scorer(doc, expected[section]))
    return report


def score_golden_dir(directory: Path) -> list[GoldenReport]:
    """Run the pipeline on every golden article of `directory` and score it."""
    from newsgraph.pipeline import extract

    files = sorted(directory.glob("*.expected.json"))
    if not files:
        raise UsageError(f"no *.expected.json files in {directory}")
    reports = []
    for f in files:
        expected = json.loads(f.read_text(encoding="utf-8"))
        meta = expected.get("document", {})
        article = directory / meta.get("file", f.name.replace(".expected.json", ".txt"))
        if not article.is_file():
            raise UsageError(f"{f.name}: article {article.name} not found")
        doc = extract(article.read_text(encoding="utf-8"), published=meta.get("published"))
        reports.append(score_document(doc, expected, article.name))
    return reports


def format_report(reports: list[GoldenReport], as_json: bool = False) -> str:
    if as_json:
        return json.dumps([r.to_dict() for r in reports], indent=2, ensure_ascii=False)
    lines = []
    for r in reports:
        lines.append(f"== {r.name}")
        for section, data in r.to_dict()["sections"].items():
            figures = ", ".join(f"{lvl} {d['passed']}/{d['total']} ({d['recall']:.0%})"
                                for lvl, d in data.items() if lvl != "misses")
            lines.append(f"{section:9} {figures}")
            lines.extend(f"    miss {m}" for m in data["misses"])
    return "\n".join(lines)
