"""Entity mention F1 by type on NewsReader MEANTIME (CAT XML), exact and overlap.

Gold: the named mentions (syntactic_type NAM) whose entity is PER, ORG or LOC, mapped to
newsgraph's PERSON, ORG and GPE/LOC/FAC. MEANTIME annotates the title and first sentences of each article only:
predictions after the last annotated sentence are not scored. Other gold mentions (nominal,
pronominal, products, financial entities) are "don't care": a prediction that overlaps one of them and no scored gold
mention is neither right nor wrong. Predictions: every span of every PERSON, ORG, GPE, LOC or FAC
entity that newsgraph extracts from the text rebuilt from the gold tokens.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional

from newsgraph.errors import InputError, UsageError
from newsgraph.model import Document

GOLD_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
PRED_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
BUCKETS = ("PERSON", "ORG", "LOC")
# Tokens written without a space before them when the text is rebuilt from the gold tokens.
NO_SPACE_BEFORE = {",", ".", ":", ";", ")", "]", "?", "!", "%", "'s", "’s", "n't", "'", "''", "'re", "'ve", "'ll", "'d"}
NO_SPACE_AFTER = {"(", "[", "$", "``", "US$"}

Mention = tuple[int, int, str]   # start, end, bucket


@dataclass
class GoldDoc:
    name: str
    text: str
    published: Optional[str]
    annotated_end: int            # predictions after this offset are outside the annotated sentences
    scored: list[Mention] = field(default_factory=list)
    dont_care: list[tuple[int, int]] = field(default_factory=list)


def read_cat(path: Path) -> GoldDoc:
    """One MEANTIME CAT XML file -> text rebuilt from its tokens, and its gold mentions."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise InputError(f"{path.name}: not CAT XML ({exc})") from exc
    tokens = root.findall("token")
    text, offsets = _rebuild_text(tokens)
    types = _entity_types(root)
    doc = GoldDoc(path.stem, text, _creation_time(root), _annotated_end(root, tokens, offsets))
    for m in root.iter("ENTITY_MENTION"):
        ids = [a.get("t_id") for a in m.findall("token_anchor") if a.get("t_id") in offsets]
        if not ids:
            continue
        start, end = min(offsets[i][0] for i in ids), max(offsets[i][1] for i in ids)
        bucket = GOLD_TYPES.get(types.get(m.get("m_id"), ""))
        if bucket and m.get("syntactic_type") == "NAM":
            doc.scored.append((start, end, bucket))
        else:
            doc.dont_care.append((start, end))
    return doc


def _annotated_end(root: ET.Element, tokens: list[ET.Element], offsets: dict[str, tuple[int, int]]) -> int:
    """End offset of the last sentence with any markable (MEANTIME annotates the first sentences only)."""
    sentence = {t.get("t_id"): int(t.get("sentence") or 0) for t in tokens}
    anchored = [sentence[a.get("t_id")] for a in root.iter("token_anchor") if a.get("t_id") in sentence]
    last = max(anchored, default=-1)
    ends = [offsets[t.get("t_id")][1] for t in tokens if sentence[t.get("t_id")] <= last]
    return max(ends, default=0)


def _rebuild_text(tokens: list[ET.Element]) -> tuple[str, dict[str, tuple[int, int]]]:
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos, prev_sent, prev_tok = 0, None, None
    for tok in tokens:
        word = tok.text or ""
        sent = tok.get("sentence")
        if prev_sent is not None:
            sep = "\n" if sent != prev_sent else ("" if word in NO_SPACE_BEFORE or prev_tok in NO_SPACE_AFTER else " ")
            parts.append(sep)
            pos += len(sep)
        offsets[tok.get("t_id")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        prev_sent, prev_tok = sent, word
    return "".join(parts), offsets


def _entity_types(root: ET.Element) -> dict[str, str]:
    """Mention id -> PER/ORG/LOC/... through REFERS_TO links to ENTITY instances."""
    entity_type = {e.get("m_id"): e.get("ent_type", "") for e in root.iter("ENTITY")}
    out = {}
    for rel in root.iter("REFERS_TO"):
        target = rel.find("target")
        if target is None or target.get("m_id") not in entity_type:
            continue
        for src in rel.findall("source"):
            out[src.get("m_id")] = entity_type[target.get("m_id")]
    return out


def _creation_time(root: ET.Element) -> Optional[str]:
    for t in root.iter("TIMEX3"):
        value = t.get("value") or ""
        if t.get("functionInDocument") == "CREATION_TIME" and re.match(r"\d{4}-\d{2}-\d{2}", value):
            return value[:10]
    return None


def iter_gold(path: Path, limit: Optional[int] = None) -> Iterator[GoldDoc]:
    """Gold documents of a MEANTIME folder (searched recursively) or one XML file."""
    files = [path] if path.is_file() else sorted(path.rglob("*.xml"))
    if not files:
        raise UsageError(f"no CAT XML files under {path}")
    for f in files[:limit]:
        yield read_cat(f)


def predicted(doc: Document) -> list[Mention]:
    return [(s.start, s.end, PRED_TYPES[e.type]) for e in doc.entities if e.type in PRED_TYPES for s in e.spans]


@dataclass
class Tally:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def figures(self, bucket: Optional[str] = None) -> dict[str, Any]:
        keys = [bucket] if bucket else list(BUCKETS)
        tp, fp, fn = (sum(c[k] for k in keys) for c in (self.tp, self.fp, self.fn))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def score_doc(gold: GoldDoc, pred: list[Mention], exact: Tally, overlap: Tally) -> None:
    """Add one document's matches to the exact and overlap tallies (typed, one-to-one)."""
    def hits(a: tuple[int, int], b: tuple[int, int]) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    pred = [p for p in dict.fromkeys(pred) if p[0] < gold.annotated_end]
    pred = [p for p in pred
            if any(hits(p[:2], g[:2]) for g in gold.scored) or not any(hits(p[:2], d) for d in gold.dont_care)]
    gold_set = set(gold.scored)
    for p in pred:
        (exact.tp if p in gold_set else exact.fp)[p[2]] += 1
    for g in gold_set - set(pred):
        exact.fn[g[2]] += 1
    free = list(gold.scored)
    for p in pred:
        match = next((g for g in free if g[2] == p[2] and hits(p[:2], g[:2])), None)
        if match:
            free.remove(match)
            overlap.tp[p[2]] += 1
        else:
            overlap.fp[p[2]] += 1
    for g in free:
        overlap.fn[g[2]] += 1


def evaluate(path: Path, limit: Optional[int] = None, stage_only: bool = False) -> dict:
    """Entity mention P/R/F1 by type, exact and overlap, over the MEANTIME documents under `path`."""
    golds = list(iter_gold(Path(path), limit))
    exact, overlap = Tally(), Tally()
    for gold, doc in zip(golds, _extract_all(golds, stage_only)):
        score_doc(gold, predicted(doc), exact, overlap)
    result: dict[str, Any] = {"dataset": str(path), "documents": len(golds),
                              "gold_mentions": sum(len(g.scored) for g in golds)}
    for name, tally in (("exact", exact), ("overlap", overlap)):
        result[name] = {"all": tally.figures(), **{b: tally.figures(b) for b in BUCKETS}}
    return result


def _extract_all(golds: list[GoldDoc], stage_only: bool) -> Iterator[Document]:
    from newsgraph.ingest import make_document

    docs = (make_document(g.text, published=g.published) for g in golds)
    if stage_only:
        from newsgraph import nlp
        from newsgraph.entities import link_entities
        for doc in nlp.annotate_many(docs, nlp.load_nlp()):
            yield link_entities(doc)
        return
    from newsgraph.pipeline import process_many
    yield from process_many(docs)


def format_result(result: dict) -> str:
    """A readable table of the figures."""
    lines = [f"MEANTIME entity mentions: {result['documents']} documents, {result['gold_mentions']} gold named mentions"]
    lines.append(f"{'match':8} {'type':7} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for name in ("exact", "overlap"):
        for bucket in ("all", *BUCKETS):
            f = result[name][bucket]
            lines.append(f"{name:8} {bucket:7} {f['precision']:6.3f} {f['recall']:6.3f} {f['f1']:6.3f} "
                         f"{f['tp']:5d} {f['fp']:5d} {f['fn']:5d}")
    return "\n".join(lines)
