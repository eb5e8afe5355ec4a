"""`newsgraph eval events DATASET`: event typing against CASE 2021 task 2 or PLOVER gold records.

CASE 2021 (TSV: id, EventSnippet, SubType): each snippet's main event, typed by newsgraph's
PLOVER type + mode, goes through the ACLED mapping table (events/mapping.py) and the crosswalk
below from ACLED sub-event types to the task's labels; accuracy, macro-F1, confusion of the five
largest classes. Labels outside ACLED (disasters, organised crime) have no PLOVER counterpart
and count as misses; the figures over ACLED labels only are reported too.
PLOVER gold (JSON list): type accuracy of the event whose trigger overlaps the coded event
text, and source / target actor accuracy (a predicted actor's words overlap the coded actor's).
"""
from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any, Optional

from newsgraph.errors import InputError
from newsgraph.events.mapping import lookup
from newsgraph.model import Document, Event

# ACLED sub-event type (ACLED codebook 2023) -> CASE 2021 task 2 label (its event-types list).
ACLED_TO_CASE = {
    "Armed clash": "ARMED_CLASH", "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Air/drone strike": "AIR_STRIKE", "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Remote explosive/landmine/IED": "REM_EXPLOS", "Suicide bomb": "SUIC_BOMB", "Grenade": "GRENADE",
    "Chemical weapon": "CHEM_WEAP", "Attack": "ATTACK", "Abduction/forced disappearance": "ABDUCT_DISSAP",
    "Sexual violence": "SEX_VIOL", "Peaceful protest": "PEACE_PROTEST",
    "Protest with intervention": "PROTEST_WITH_INTER", "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Violent demonstration": "VIOL_DEMONSTR", "Mob violence": "MOB_VIOL", "Agreement": "AGREEMENT",
    "Arrests": "ARREST", "Change to group/activity": "CHANGE_TO_GROUP_ACT", "Disrupted weapons use": "DISR_WEAP",
    "Headquarters or base established": "HQ_ESTABLISHED", "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER", "Other": "OTHER",
}
# PLOVER types with no ACLED counterpart -> the task's "unseen" labels (DIPLO, ATTRIB).
PLOVER_TO_CASE = {"CONSULT": "DIPLO", "SUPPORT": "DIPLO", "COOPERATE": "DIPLO", "AID": "DIPLO",
                  "REQUEST": "DIPLO", "REJECT": "DIPLO", "THREATEN": "DIPLO", "SANCTION": "DIPLO",
                  "AGREE": "DIPLO", "ACCUSE": "ATTRIB", "CONCEDE": "DIPLO", "COERCE": "DIPLO", "RETREAT": "DIPLO"}
NO_EVENT = "NONE"
ACLED_LABELS = set(ACLED_TO_CASE.values())
# Older PLOVER draft names in the gold records -> current types (eval README).
PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}
# Preference when a snippet has several events: material events describe the incident.
TYPE_PRIORITY = {"ASSAULT": 6, "PROTEST": 7, "COERCE": 5, "MOBILIZE": 3, "RETREAT": 3, "AGREE": 2,
                 "SANCTION": 2, "ACCUSE": 1}


def evaluate(path: Path, limit: Optional[int] = None) -> dict[str, Any]:
    """Score the event stage on a CASE 2021 TSV or a PLOVER gold JSON file."""
    if path.suffix == ".tsv":
        return evaluate_case(path, limit)
    if path.suffix == ".json":
        return evaluate_plover(path, limit)
    raise InputError(f"{path}: expected a CASE 2021 .tsv or a PLOVER gold .json file")


def main_event(events: list[Event]) -> Optional[Event]:
    """The event a snippet is about: material before verbal, specific modes, then earliest."""
    if not events:
        return None
    return max(events, key=lambda v: (TYPE_PRIORITY.get(v.type, 0), v.confidence, -v.spans[0].start))


def case_label(event: Optional[Event]) -> str:
    if event is None:
        return NO_EVENT
    acled, _ = lookup(event.type, event.mode)
    if acled is not None and acled.sub_event_type != "Other":
        return ACLED_TO_CASE.get(acled.sub_event_type, "OTHER")
    return PLOVER_TO_CASE.get(event.type, "OTHER")


def _extract_all(texts: list[str]) -> list[Document]:
    from newsgraph.pipeline import extract_many
    return list(extract_many(texts))


# --- CASE 2021 -----------------------------------------------------------------------

def read_case(path: Path, limit: Optional[int] = None) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    if not rows or len(rows[0]) < 3:
        raise InputError(f"{path}: not a CASE 2021 task 2 TSV (id, EventSnippet, SubType)")
    body = [(r[0], r[1], r[2].strip()) for r in rows[1:] if len(r) >= 3]
    return body[:limit] if limit else body


def evaluate_case(path: Path, limit: Optional[int] = None) -> dict[str, Any]:
    rows = read_case(path, limit)
    docs = _extract_all([text for _, text, _ in rows])
    gold = [label for _, _, label in rows]
    pred = [case_label(main_event(d.events)) for d in docs]
    result = {"dataset": "case2021", "n": len(rows), **classification_scores(gold, pred)}
    acled = [(g, p) for g, p in zip(gold, pred) if g in ACLED_LABELS]
    sub = classification_scores([g for g, _ in acled], [p for _, p in acled])
    result["acled_labels_only"] = {"n": len(acled), "accuracy": sub["accuracy"], "macro_f1": sub["macro_f1"]}
    result["no_event"] = sum(p == NO_EVENT for p in pred)
    return result


def classification_scores(gold: list[str], pred: list[str], top: int = 5) -> dict[str, Any]:
    """Accuracy, macro-F1 over gold labels, per-label F1 and the confusion of the largest classes."""
    n = len(gold) or 1
    accuracy = sum(g == p for g, p in zip(gold, pred)) / n
    labels = sorted(set(gold))
    per_label = {}
    for lab in labels:
        tp = sum(g == p == lab for g, p in zip(gold, pred))
        fp = sum(p == lab and g != lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per_label[lab] = round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0
    largest = [lab for lab, _ in Counter(gold).most_common(top)]
    confusion = {g: dict(Counter(p for gg, p in zip(gold, pred) if gg == g).most_common(6)) for g in largest}
    return {"accuracy": round(accuracy, 3), "macro_f1": round(sum(per_label.values()) / (len(labels) or 1), 3),
            "per_label_f1": per_label, "confusion_top5": confusion}


# --- PLOVER gold ---------------------------------------------------------------------

def read_plover(path: Path, limit: Optional[int] = None) -> list[dict]:
    records = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(records, list) or not all("text" in r and "event" in r for r in records):
        raise InputError(f"{path}: not a PLOVER gold record list (text, event, source, target)")
    return records[:limit] if limit else records


def _markup_texts(record: dict, tag: str) -> list[str]:
    info = record.get("textInfo")
    markup = info.get("markup", "") if isinstance(info, dict) else ""
    return [m.strip() for m in re.findall(rf"\((?:[A-Z]+/)?{tag}(?:/[A-Z]+)?: ([^)]*)\)", markup)]


def _actor_texts(record: dict, key: str) -> list[str]:
    actors = record.get(key) or []
    if not isinstance(actors, list):
        return []
    return [a.get("actorText", "") for a in actors if isinstance(a, dict) and a.get("actorText")]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w != "the"}


def _event_for(record: dict, doc: Document) -> Optional[Event]:
    """The predicted event whose trigger overlaps a coded event word, else the main one."""
    low = doc.text.lower()
    spans = []
    for piece in _markup_texts(record, "EVT"):
        i = low.find(piece.lower())
        if i >= 0:
            spans.append((i, i + len(piece)))
    for v in doc.events:
        if any(s.start < e and b < s.end for s in v.spans for b, e in spans):
            return v
    return main_event(doc.events)


def plover_gold_type(event: Optional[Event]) -> str:
    """newsgraph's type in the gold's conventions: PLOVER codes intentions to cooperate ("will
    visit", "offered to negotiate") as AGREE, intentions to coerce ("will extend the curfew") as
    THREATEN and refusals to cooperate ("would not meet demands") as REJECT, where newsgraph keeps
    the action with status planned or denied; investigations were INVESTIGATE in the gold's draft."""
    if event is None:
        return NO_EVENT
    if event.status == "planned" and event.type in INTENT_TYPES:
        return "AGREE"
    if event.status == "planned" and event.type in COERCIVE_TYPES:
        return "THREATEN"
    if event.status == "denied" and event.type in INTENT_TYPES:
        return "REJECT"
    if event.type == "ACCUSE" and event.mode == "investigate":
        return "INVESTIGATE"
    return event.type


COERCIVE_TYPES = {"ASSAULT", "COERCE", "SANCTION"}
INTENT_TYPES = {"CONSULT", "SUPPORT", "AID", "COOPERATE", "CONCEDE", "RETREAT", "AGREE"}


def evaluate_plover(path: Path, limit: Optional[int] = None) -> dict[str, Any]:
    records = read_plover(path, limit)
    docs = _extract_all([r["text"] for r in records])
    gold, pred = [], []
    roles = {"source": [0, 0], "target": [0, 0]}
    for record, doc in zip(records, docs):
        event = _event_for(record, doc)
        gold.append(PLOVER_RENAMES.get(record["event"], record["event"]))
        pred.append(plover_gold_type(event))
        for role in roles:
            wanted = _actor_texts(record, role) or _markup_texts(record, "SRC" if role == "source" else "TAR")
            if not wanted:
                continue
            roles[role][1] += 1
            have = [a.text for a in (event.actors if event else []) if a.role == role]
            if any(_words(w) & _words(h) for w in wanted for h in have):
                roles[role][0] += 1
    scores = classification_scores(gold, pred)
    return {"dataset": "plover-gsr", "n": len(records), **scores,
            "source_actor_accuracy": round(roles["source"][0] / (roles["source"][1] or 1), 3),
            "target_actor_accuracy": round(roles["target"][0] / (roles["target"][1] or 1), 3),
            "actors_scored": {k: v[1] for k, v in roles.items()},
            "no_event": sum(p == NO_EVENT for p in pred)}


def format_result(result: dict[str, Any]) -> str:
    """A short human-readable report of `evaluate`'s result."""
    lines = [f"{result['dataset']}: {result['n']} items, accuracy {result['accuracy']:.3f}, "
             f"macro-F1 {result['macro_f1']:.3f}, no event {result['no_event']}"]
    if "acled_labels_only" in result:
        sub = result["acled_labels_only"]
        lines.append(f"ACLED labels only ({sub['n']}): accuracy {sub['accuracy']:.3f}, macro-F1 {sub['macro_f1']:.3f}")
    if "source_actor_accuracy" in result:
        lines.append(f"source actor accuracy {result['source_actor_accuracy']:.3f} "
                     f"({result['actors_scored']['source']}), target actor accuracy "
                     f"{result['target_actor_accuracy']:.3f} ({result['actors_scored']['target']})")
    lines.append("confusion of the five largest classes (gold -> predicted counts):")
    for gold, row in result["confusion_top5"].items():
        lines.append(f"  {gold}: " + ", ".join(f"{p} {n}" for p, n in row.items()))
    return "\n".join(lines)
