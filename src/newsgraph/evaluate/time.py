"""`newsgraph eval time DATASET`: TempEval-3 style scores of the time stage.

Reads TimeML (*.tml: TimeBank, AQUAINT, TE3 platinum) or MEANTIME CAT XML (*.xml), gives each
document's creation time (DCT) as `published`, runs NLP and the time stage, and scores:
extraction P/R/F1 strict (exact span) and relaxed (overlap, one-to-one), value and type
accuracy over relaxed matches, and value F1 (a match with the right value counts, TE3 style).
"""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple, Optional

from newsgraph.errors import InputError, UsageError
from newsgraph.model import Document

# TempEval-3 platinum test set, task A, UzZaman et al. (2013), HeidelTime, as given in the eval
# README (only figures we could check are listed). newsgraph is measured on other data (TE3
# training data, MEANTIME), so compare with care.
PUBLISHED = {"HeidelTime (TE3 platinum)": {"strict_f1": 0.81, "relaxed_f1": 0.90, "value_f1": 0.78}}


class GoldTimex(NamedTuple):
    start: int
    end: int
    type: str
    value: str


class GoldDoc(NamedTuple):
    name: str
    text: str
    published: Optional[str]
    timexes: list[GoldTimex]


# --- readers --------------------------------------------------------------------------

_TAG = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_timeml(path: Path) -> GoldDoc:
    """A TimeML file: the TEXT element's plain text, its TIMEX3 spans and the DCT value."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if not body:
        raise InputError(f"{path}: no <TEXT> element (not TimeML?)")
    parts, timexes, pos, length, open_ = [], [], 0, 0, None
    segment = body.group(1)
    for m in _TAG.finditer(segment):
        piece = html.unescape(segment[pos:m.start()])
        parts.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(2) == "TIMEX3" and not m.group(1):
            open_ = (length, dict(_ATTR.findall(m.group(3))))
        elif m.group(2) == "TIMEX3" and open_:
            start, attrs = open_
            timexes.append(GoldTimex(start, length, attrs.get("type", ""), attrs.get("value", "")))
            open_ = None
    parts.append(html.unescape(segment[pos:]))
    published = dct.group(1)[:10] if dct else None
    return GoldDoc(path.stem, "".join(parts), published, timexes)


_NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "'s", "n't", "'", "''", "%", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "``", "$"}


def read_meantime(path: Path) -> GoldDoc:
    """A MEANTIME CAT file: tokens joined into text (one line a sentence), TIMEX3 markables.

    MEANTIME annotates only the title and the first sentences of each article: the text stops
    after the last sentence that holds any markable, so unannotated text is not scored."""
    root = ET.parse(path).getroot()
    sentence_of = {t.get("t_id"): int(t.get("sentence") or 0) for t in root.iter("token")}
    anchored = [sentence_of.get(a.get("t_id"), 0) for a in root.iter("token_anchor")]
    last = max(anchored, default=max(sentence_of.values(), default=0))
    text, offsets, prev, sent = [], {}, None, None
    length = 0
    for tok in root.iter("token"):
        if int(tok.get("sentence") or 0) > last:
            break
        word = tok.text or ""
        sep = "" if prev is None else ("\n" if tok.get("sentence") != sent else
                                      ("" if word in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER else " "))
        text.append(sep + word)
        length += len(sep)
        offsets[tok.get("t_id")] = (length, length + len(word))
        length += len(word)
        prev, sent = word, tok.get("sentence")
    timexes, published = [], None
    for tx in root.iter("TIMEX3"):
        ids = [a.get("t_id") for a in tx.iter("token_anchor") if a.get("t_id") in offsets]
        if tx.get("functionInDocument") == "CREATION_TIME":
            published = _iso_date(tx.get("value") or "")
        if ids:
            spans = [offsets[i] for i in ids]
            timexes.append(GoldTimex(min(s for s, _ in spans), max(e for _, e in spans),
                                     tx.get("type", ""), tx.get("value", "")))
    if published is None:    # no creation time: the dateline under the title is the first DATE
        published = next((t.value for t in sorted(timexes) if re.fullmatch(r"\d{4}-\d\d-\d\d", t.value)), None)
    return GoldDoc(path.stem, "".join(text), published, sorted(timexes))


def _iso_date(value: str) -> Optional[str]:
    """A creation time as YYYY-MM-DD; MEANTIME also writes DD-MM-YYYY."""
    if re.match(r"\d{4}-\d\d-\d\d", value):
        return value[:10]
    m = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value.strip())
    return f"{m[3]}-{m[2]}-{m[1]}" if m else None


def load_dataset(path: Path, limit: Optional[int] = None) -> list[GoldDoc]:
    """Every TimeML (.tml) or MEANTIME (.xml) document under path, sorted by path."""
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.suffix in (".tml", ".xml"))
    if not files:
        raise UsageError(f"{path}: no .tml (TimeML) or .xml (MEANTIME) files")
    files = files[:limit] if limit else files
    return [read_timeml(f) if f.suffix == ".tml" else read_meantime(f) for f in files]


# --- scoring --------------------------------------------------------------------------

def predict(gold: list[GoldDoc]) -> list[Document]:
    """The time stage's output on each gold document's text, with its DCT as published."""
    from newsgraph import nlp
    from newsgraph.time import normalise_times

    model = nlp.load_nlp()
    docs = [Document(id=g.name, text=g.text, published=g.published) for g in gold]
    return [normalise_times(d) for d in nlp.annotate_many(docs, model)]


# classes of expressions whose values are hard (issue 16), tried in this order; "other" for the rest
TIMEX_CLASSES = ("set", "duration_range", "duration", "adjacent_day", "weekday", "quarter", "this_year",
                 "week", "other")
_WEEKDAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_ADJACENT = re.compile(r"(?i)\b(?:(?:the\s+)?(?:previous|next|following|preceding|prior|same)\s+(?:day|morning|"
                       r"afternoon|evening|night)|the\s+day\s+(?:before|after)|that\s+(?:same\s+)?day)\b")
_RANGE = re.compile(r"(?i)\b(?:\d+|[a-z]+)\s*(?:-|to|or|and)\s*(?:\d+|[a-z]+)\s+\S*(?:second|minute|hour|day|"
                    r"week|month|year|decade)")


def timex_class(text: str, type_: str, value: str = "") -> str:
    """The class of one expression (gold or predicted) by its words and type."""
    if type_ == "SET":
        return "set"
    if type_ == "DURATION":
        return "duration_range" if _RANGE.search(text) else "duration"
    if _ADJACENT.search(text):
        return "adjacent_day"
    if _WEEKDAY.search(text):
        return "weekday"
    if re.search(r"(?i)quarter|\bhalf\b", text) or re.search(r"-(?:Q|H)\d", value or ""):
        return "quarter"
    if re.search(r"(?i)\bthis\s+year\b", text):
        return "this_year"
    if re.search(r"(?i)\bweek", text):
        return "week"
    return "other"


def score(gold: list[GoldDoc], predicted: list[Document]) -> dict:
    """TempEval-3 style counts and rates, with the first errors of each kind and value
    P/R/F1 per class of expression (TIMEX_CLASSES)."""
    c = dict(gold=0, pred=0, strict=0, relaxed=0, value=0, type=0)
    by_class = {k: dict(gold=0, pred=0, value=0) for k in TIMEX_CLASSES}
    errors: dict[str, list] = {"missed": [], "spurious": [], "value": []}
    for g, doc in zip(gold, predicted):
        preds = [(t.spans[0].start, t.spans[0].end, t.type, t.value) for t in doc.times]
        c["gold"] += len(g.timexes)
        c["pred"] += len(preds)
        for p in preds:
            by_class[timex_class(g.text[p[0]:p[1]], p[2], p[3] or "")]["pred"] += 1
        used: set[int] = set()
        for gt in g.timexes:
            cls = timex_class(g.text[gt.start:gt.end], gt.type, gt.value)
            by_class[cls]["gold"] += 1
            j = _match(gt, preds, used)
            if j is None:
                errors["missed"].append(f"{g.name}: {g.text[gt.start:gt.end]!r} {gt.value}")
                continue
            used.add(j)
            p = preds[j]
            c["relaxed"] += 1
            c["strict"] += (p[0], p[1]) == (gt.start, gt.end)
            c["type"] += p[2] == gt.type
            if p[3] == gt.value:
                c["value"] += 1
                by_class[cls]["value"] += 1
            else:
                errors["value"].append(f"{g.name} [{cls}]: {g.text[gt.start:gt.end]!r} gold {gt.value} got "
                                       f"{g.text[p[0]:p[1]]!r} {p[3]} (DCT {g.published})")
        errors["spurious"] += [f"{g.name}: {g.text[p[0]:p[1]]!r} {p[3]}" for j, p in enumerate(preds)
                               if j not in used]
    classes = {k: {**v, **_prf(v["value"], v["pred"], v["gold"])} for k, v in by_class.items()}
    return {"documents": len(gold), "counts": c, **_rates(c), "value_by_class": classes,
            "published": PUBLISHED, "errors": {k: v[:200] for k, v in errors.items()}}


def _match(gt: GoldTimex, preds: list, used: set[int]) -> Optional[int]:
    overlapping = [j for j, p in enumerate(preds) if j not in used and p[0] < gt.end and gt.start < p[1]]
    exact = [j for j in overlapping if (preds[j][0], preds[j][1]) == (gt.start, gt.end)]
    return (exact or overlapping or [None])[0]


def _prf(hit: int, pred: int, gold: int) -> dict:
    p = hit / pred if pred else 0.0
    r = hit / gold if gold else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def _rates(c: dict) -> dict:
    matched = c["relaxed"] or 1
    return {"strict": _prf(c["strict"], c["pred"], c["gold"]),
            "relaxed": _prf(c["relaxed"], c["pred"], c["gold"]),
            "value": _prf(c["value"], c["pred"], c["gold"]),
            "value_accuracy": round(c["value"] / matched, 3),
            "type_accuracy": round(c["type"] / matched, 3)}


def evaluate(path: Path, limit: Optional[int] = None) -> dict:
    """Scores of the time stage on a TimeML or MEANTIME dataset (file or folder)."""
    gold = load_dataset(Path(path), limit)
    return {"dataset": str(path), **score(gold, predict(gold))}


def format_result(result: dict) -> str:
    """A short human-readable table of `evaluate`'s result."""
    c = result["counts"]
    lines = [f"time: {result['dataset']} ({result['documents']} documents, {c['gold']} gold, "
             f"{c['pred']} predicted TIMEX3)",
             f"{'':18} {'P':>6} {'R':>6} {'F1':>6}"]
    for key in ("strict", "relaxed", "value"):
        s = result[key]
        lines.append(f"{key + ' extraction' if key != 'value' else 'value (TE3 attr)':18} "
                     f"{s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f}")
    lines.append(f"value accuracy {result['value_accuracy']:.3f}, type accuracy {result['type_accuracy']:.3f} "
                 f"(over relaxed matches)")
    lines.append("value F1 by class: " + ", ".join(
        f"{k} {v['f1']:.3f} ({v['value']}/{v['gold']})" for k, v in result["value_by_class"].items()))
    for name, ref in result["published"].items():
        lines.append(f"published, {name}: strict F1 {ref['strict_f1']:.2f}, relaxed F1 "
                     f"{ref['relaxed_f1']:.2f}, value F1 {ref['value_f1']:.2f}")
    return "\n".join(lines)
