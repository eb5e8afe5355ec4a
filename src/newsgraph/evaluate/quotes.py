"""Quote attribution scorer on PolNeAR-style brat standoff (Source, Cue, Content + Attribution).

For every article (one annotation file per text: the first by name when several annotators
did the same text), the text runs through the whole pipeline and its quotes are matched
one-to-one to gold attributions by overlap of the quote spans with the gold Content.
Two views:
- quoted: gold attributions whose Content is at least partly inside quotation marks, against
  the direct and partial quotes (a predicted quote that overlaps any gold Content is correct);
- all: every gold attribution, against every quote (indirect speech too).
Speaker accuracy over matched pairs with a gold Source: the predicted speaker spans overlap the
Source, or the speaker entity has a span overlapping it (it resolves to the same entity).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from newsgraph.data.quotes_lexicon import ORG_HEADS
from newsgraph.errors import UsageError
from newsgraph.model import Document, Quote

QUOTE_CHARS = "\"“”„«»"


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    quoted: bool = False
    cue: list[tuple[int, int]] = field(default_factory=list)


def read_brat(ann: str, text: str) -> list[GoldAttribution]:
    """Attributions of one .ann file: Content and Source fragments, and whether it is quoted."""
    spans: dict[str, list[tuple[int, int]]] = {}
    out: list[GoldAttribution] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = [(int(a), int(b)) for a, b in
                               (frag.split() for frag in offsets.split(";"))]
    for line in ann.splitlines():
        if not line.startswith("E"):
            continue
        args = dict(arg.split(":", 1) for arg in line.split("\t")[1].split() if ":" in arg)
        content = spans.get(args.get("Content", ""), [])
        if not content:
            continue
        out.append(GoldAttribution(content, spans.get(args.get("Source", ""), []),
                                   _is_quoted(text, content), spans.get(args.get("Cue", ""), [])))
    return out


def _is_quoted(text: str, content: list[tuple[int, int]]) -> bool:
    """Quotation marks inside the Content or right around it ('' counts: NYT style)."""
    around = [text[max(0, a - 2):b + 2] for a, b in content]
    return any(ch in QUOTE_CHARS for part in around for ch in part[1:-1]) or any("''" in p for p in around)


def article_pairs(path: Path) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs of a PolNeAR split directory (text/ and attributions/)."""
    text_dir, ann_dir = path / "text", path / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise UsageError(f"{path}: expected text/ and attributions/ folders (PolNeAR layout)")
    pairs = []
    for txt in sorted(text_dir.glob("*.txt")):
        anns = sorted(ann_dir.glob(f"{txt.stem}_*.ann")) or sorted(ann_dir.glob(f"{txt.stem}.ann"))
        if anns:
            pairs.append((txt, anns[0]))
    return pairs


def evaluate(path: Path, limit: Optional[int] = None) -> dict[str, Any]:
    """Quote span P/R/F1 and speaker accuracy on a PolNeAR split, quoted and all attributions."""
    from newsgraph.pipeline import process_many

    pairs = article_pairs(Path(path))[:limit] if limit else article_pairs(Path(path))
    texts = [p[0].read_text(encoding="utf-8") for p in pairs]
    golds = [read_brat(a.read_text(encoding="utf-8"), t) for (_, a), t in zip(pairs, texts)]
    docs = process_many(_document(t) for t in texts)
    tallies = {"quoted": _Tally(), "all": _Tally()}
    for doc, gold in zip(docs, golds):
        direct = [q for q in doc.quotes if q.kind != "indirect"]
        tallies["quoted"].add(doc, direct, [g for g in gold if g.quoted], gold)
        tallies["all"].add(doc, doc.quotes, gold, gold)
    return {"dataset": str(path), "articles": len(pairs),
            **{name: t.result() for name, t in tallies.items()}}


def _document(text: str) -> Document:
    """The text as given (no stripping), so that the gold offsets stay valid."""
    doc = Document(id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], text=text, language="en")
    return doc


@dataclass
class _Tally:
    predicted: int = 0
    correct_predicted: int = 0
    gold: int = 0
    found: int = 0
    with_source: int = 0
    speaker_ok: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    by_class: dict[str, list[int]] = field(default_factory=dict)    # class -> [right, total]
    misses: list[str] = field(default_factory=list)
    chars: list[int] = field(default_factory=lambda: [0, 0, 0, 0])   # pred, pred in gold, gold, gold covered

    def add(self, doc: Document, quotes: list[Quote], gold: list[GoldAttribution],
            any_gold: list[GoldAttribution]) -> None:
        self.predicted += len(quotes)
        self.gold += len(gold)
        for q in quotes:
            self.by_kind[q.kind] = self.by_kind.get(q.kind, 0) + 1
        self.correct_predicted += sum(any(_overlap(_spans(q), g.content) for g in any_gold) for q in quotes)
        self._count_chars([s for q in quotes for s in _spans(q)], [s for g in any_gold for s in g.content],
                          [s for g in gold for s in g.content])
        for q, g in _match(quotes, gold):
            self.found += 1
            if g.source:
                self.with_source += 1
                ok = _speaker_ok(doc, q, g)
                self.speaker_ok += ok
                cls = speaker_class(doc, g, any_gold)
                tally = self.by_class.setdefault(cls, [0, 0])
                tally[0] += ok
                tally[1] += 1
                if not ok:
                    self.misses.append(_miss_line(doc, q, g, cls))

    def _count_chars(self, predicted: list[tuple[int, int]], any_content: list[tuple[int, int]],
                     content: list[tuple[int, int]]) -> None:
        """Boundaries: characters of the quotes inside some gold Content, and of the gold Contents
        inside some quote (each character counted once)."""
        pred, inside, gold = _chars(predicted), _chars(any_content), _chars(content)
        self.chars[0] += len(pred)
        self.chars[1] += len(pred & inside)
        self.chars[2] += len(gold)
        self.chars[3] += len(gold & pred)

    def result(self) -> dict[str, Any]:
        p = self.correct_predicted / self.predicted if self.predicted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.speaker_ok / self.with_source if self.with_source else 0.0
        return {"gold": self.gold, "predicted": self.predicted, "by_kind": self.by_kind,
                "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                "matched_with_source": self.with_source, "speaker_accuracy": round(acc, 3),
                "end_to_end_speaker_recall": round(self.speaker_ok / self.gold, 3) if self.gold else 0.0,
                "char_precision": round(self.chars[1] / self.chars[0], 3) if self.chars[0] else 0.0,
                "char_recall": round(self.chars[3] / self.chars[2], 3) if self.chars[2] else 0.0,
                "speaker_by_class": {c: {"right": ok, "total": n, "accuracy": round(ok / n, 3)}
                                     for c, (ok, n) in sorted(self.by_class.items())},
                "speaker_misses": self.misses}


def _spans(q: Quote) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in q.spans]


def _chars(spans: list[tuple[int, int]]) -> set[int]:
    return {i for a, b in spans for i in range(a, b)}


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _match(quotes: list[Quote], gold: list[GoldAttribution]) -> list[tuple[Quote, GoldAttribution]]:
    """Greedy one-to-one matching, largest overlap first."""
    scored = sorted(((_overlap(_spans(q), g.content), qi, gi) for qi, q in enumerate(quotes)
                     for gi, g in enumerate(gold)), reverse=True)
    used_q, used_g, out = set(), set(), []
    for size, qi, gi in scored:
        if size > 0 and qi not in used_q and gi not in used_g:
            used_q.add(qi)
            used_g.add(gi)
            out.append((quotes[qi], gold[gi]))
    return out


def _speaker_ok(doc: Document, q: Quote, g: GoldAttribution) -> bool:
    spans = [(s.start, s.end) for s in q.speaker_spans]
    entity = doc.entity(q.speaker)
    if entity:
        spans += [(s.start, s.end) for s in entity.spans]
    return _overlap(spans, g.source) > 0


# classes of attribution by how the gold Source is written (issue 16): what a speaker rule must do
SPEAKER_CLASSES = ("according_to", "nested", "after_quote", "pronoun", "organisation", "title", "named")
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me", "who", "which"}
_SENTENCE_END = re.compile(r"[.!?][\"”’']*\s+[\"“‘']*[A-Z]")


def speaker_class(doc: Document, g: GoldAttribution, gold: list[GoldAttribution]) -> str:
    """The class of an attribution's source, from the gold spans and the text alone (the NER
    mentions only for organisation names): the first of SPEAKER_CLASSES that applies."""
    text = doc.text
    source = " ".join(text[a:b] for a, b in g.source).strip()
    words = re.findall(r"[\w'’.-]+", source)
    cue = " ".join(text[a:b] for a, b in g.cue).lower()
    s0, s1 = min(a for a, _ in g.source), max(b for _, b in g.source)
    c0, c1 = min(a for a, _ in g.content), max(b for _, b in g.content)
    if "according" in cue or re.search(r"according\s+to\s*$", text[max(0, s0 - 15):s0], re.I):
        return "according_to"
    if any(o is not g and any(a <= s0 and s1 <= b for a, b in o.content) for o in gold):
        return "nested"
    if s0 >= c1 and (_SENTENCE_END.search(text[c0:c1]) or _SENTENCE_END.search(text[c1:s0])):
        return "after_quote"
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return "pronoun"
    core = re.findall(r"[\w'’.-]+", source.split(",")[0])      # 'Ann Lee, the head of X,' -> 'Ann Lee'
    head = core[-1].lower() if core else ""
    h1 = s0 + len(source.split(",")[0].rstrip())
    if head in ORG_HEADS or any(m.label == "ORG" and m.start < h1 <= m.end for m in doc.mentions):
        return "organisation"
    if not any(w[0].isupper() for w in words[1:]) and not (words and words[0][0].isupper()
                                                        and words[0].lower() not in ("the", "a", "an")):
        return "title"
    return "named"


def _miss_line(doc: Document, q: Quote, g: GoldAttribution, cls: str) -> str:
    source = " ".join(doc.text[a:b] for a, b in g.source)
    got = " / ".join(s.text for s in q.speaker_spans) or (doc.entity(q.speaker).name if doc.entity(q.speaker) else "-")
    return f"{doc.id} {cls}: gold {source!r} got {got!r} @{q.spans[0].start}: {q.text[:70]!r}"


def format_result(result: dict[str, Any]) -> str:
    """Plain-text table of the two views."""
    lines = [f"PolNeAR-style quote attribution: {result['dataset']} ({result['articles']} articles)"]
    for name, title in (("quoted", "quoted attributions vs direct+partial quotes"),
                        ("all", "all attributions vs all quotes (indirect too)")):
        r = result[name]
        lines.append(f"  {title}: gold {r['gold']}, predicted {r['predicted']} {r['by_kind']}")
        lines.append(f"    span overlap  P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f};"
                     f" boundaries (characters) P {r['char_precision']:.3f}  R {r['char_recall']:.3f}")
        lines.append(f"    speaker accuracy {r['speaker_accuracy']:.3f} over {r['matched_with_source']} matched"
                     f" with a gold source; end-to-end speaker recall {r['end_to_end_speaker_recall']:.3f}")
        lines.append("    speaker accuracy by class: " + ", ".join(
            f"{c} {v['accuracy']:.3f} ({v['right']}/{v['total']})" for c, v in r["speaker_by_class"].items()))
    return "\n".join(re.sub(r"\s+$", "", line) for line in lines)
