"""`newsgraph eval geo DATASET`: geoparsing scores on LGL / TR-News style XML gold data.

Runs NLP, the entities stage and the geo stage on each article's text and scores:
toponym detection P/R/F1 (a predicted place span matches a gold toponym when they
overlap); for detected gold toponyms with coordinates: accuracy@161 km, mean and median
error (km), AUC of the log error curve (Gritta et al. 2018; lower is better) and the
exact GeoNames id rate. A second block scores resolution alone: the gold spans are
given to the geo stage as GPE mentions (the setting of the published reference figures).
A prediction without coordinates counts as the largest possible error.
"""
from __future__ import annotations

import json
import math
from collections import Counter
import statistics
import xml.etree.ElementTree as ET
from copy import deepcopy
from pathlib import Path
from typing import NamedTuple, Optional

from newsgraph.errors import InputError, UsageError
from newsgraph.geodesy import haversine_km
from newsgraph.model import Document, Mention

MAX_ERROR_KM = 20_039.0      # half the Earth's circumference
TOP_NAMES = 40               # the most frequent missed and spurious names listed
# Mordecai 3 (Halterman 2023), resolution given gold mentions, as cited in ../shared/eval/README.md
PUBLISHED = {"lgl": {"exact_id": 0.794, "acc161": 0.827}, "tr-news": {"exact_id": 0.843, "acc161": 0.873}}


class GoldToponym(NamedTuple):
    start: int
    end: int
    text: str
    geonameid: Optional[int]
    lat: Optional[float]
    lon: Optional[float]
    fcode: str = ""
    country: str = ""        # ISO code, or "gn:<geonameid>" of the country until `_country_codes` maps it


class GoldArticle(NamedTuple):
    id: str
    text: str
    toponyms: list[GoldToponym]


def read_gold(path: Path) -> list[GoldArticle]:
    """Articles of an LGL / TR-News XML file (offsets realigned where the file is off by a few chars),
    or of a JSONL file of notes (see `read_notes`)."""
    if Path(path).suffix == ".jsonl":
        return read_notes(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise InputError(f"{path}: not LGL/TR-News XML: {exc}") from exc
    articles = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        toponyms = [t for t in (_toponym(text, el) for el in art.iter("toponym")) if t]
        articles.append(GoldArticle(art.get("docid", str(len(articles))), text, toponyms))
    if not articles:
        raise InputError(f"{path}: no <article> elements")
    return articles


def read_notes(path: Path) -> list[GoldArticle]:
    """JSONL, one note a line: {"id", "text", "places": [{"start", "end", "text", "geonameid", "lat", "lon",
    "fcode"}]} (the Ukrainian village notes, tests/geo/data/ua-notes.jsonl)."""
    articles = []
    for n, line in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            toponyms = [GoldToponym(p["start"], p["end"], p["text"], p.get("geonameid"), p.get("lat"), p.get("lon"),
                                    p.get("fcode", "")) for p in row["places"]]
            articles.append(GoldArticle(str(row.get("id", n)), row["text"], toponyms))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{n}: not a gold note ({type(exc).__name__}: {exc})") from None
    if not articles:
        raise InputError(f"{path}: no notes")
    return articles


def _toponym(text: str, el: ET.Element) -> Optional[GoldToponym]:
    start, end, phrase = int(el.findtext("start")), int(el.findtext("end")), el.findtext("phrase") or ""
    if text[start:end] != phrase:
        found = text.find(phrase, max(0, start - 10))
        if found < 0 or abs(found - start) > 10:
            return None
        start, end = found, found + len(phrase)
    tag = el.find("gaztag")
    if tag is None or tag.findtext("lat") is None:
        return GoldToponym(start, end, phrase, None, None, None)
    gid = tag.get("geonameid")
    return GoldToponym(start, end, phrase, int(gid) if gid and gid.isdigit() else None,
                       float(tag.findtext("lat")), float(tag.findtext("lon")), tag.findtext("fcode") or "",
                       _gold_country(tag.find("country")))


def _gold_country(el: Optional[ET.Element]) -> str:
    """`<country iso="BF">` (newsgraph's sets) or `<country geonameid="2361809">` (LGL, TR-News)."""
    if el is None:
        return ""
    if el.get("iso"):
        return el.get("iso")
    gid = el.get("geonameid") or ""
    return f"gn:{gid}" if gid.isdigit() else ""


def _country_codes(articles: list[GoldArticle], gaz) -> list[GoldArticle]:
    """Gold countries given by GeoNames id -> ISO codes, through the gazetteer."""
    def iso(code: str) -> str:
        if not code.startswith("gn:"):
            return code
        entry = gaz.get(int(code[3:]))
        return entry.country if entry is not None else ""
    return [a._replace(toponyms=[t._replace(country=iso(t.country)) for t in a.toponyms]) for a in articles]


def feature_class(fcode: str) -> str:
    """GeoNames feature code -> country | admin | city | other (for the per-class breakdown)."""
    if fcode.startswith("PCL") or fcode == "TERR":
        return "country"
    if fcode.startswith("ADM"):
        return "admin"
    return "city" if fcode.startswith("PPL") else "other"


def evaluate(path: Path, limit: Optional[int] = None) -> dict:
    """Detection and resolution scores of the geo stage on one gold file."""
    if Path(path).is_dir():
        raise UsageError(f"{path} is a folder: give one LGL/TR-News XML file (e.g. lgl.xml)")
    from newsgraph import nlp
    from newsgraph.entities import link_entities
    from newsgraph.geo import geoparse, load_gazetteer

    articles = read_gold(Path(path))[:limit] if limit else read_gold(Path(path))
    gaz, model = load_gazetteer(), nlp.load_nlp()
    articles = _country_codes(articles, gaz)
    # Documents made directly (not by ingest) so that the gold offsets stay valid
    docs = nlp.annotate_many((Document(id=a.id, text=a.text) for a in articles), model)
    full, given = _Tally(), _Tally()
    for art, doc in zip(articles, docs):
        oracle = _with_gold_mentions(doc, art)
        full.add(art, geoparse(link_entities(doc), gaz), detection=True)
        given.add(art, geoparse(oracle, gaz), detection=False)
    name = Path(path).stem.lower()
    return {"dataset": str(path), "articles": len(articles), "gold_toponyms": full.gold,
            "pipeline": full.summary(), "gold_mentions": given.summary(), "published": PUBLISHED.get(name)}


def _with_gold_mentions(doc: Document, art: GoldArticle) -> Document:
    oracle = deepcopy(doc)
    oracle.entities, oracle.places = [], []
    oracle.mentions = [Mention(t.start, t.end, t.text, "GPE", "gold") for t in art.toponyms]
    return oracle


class _Tally:
    def __init__(self):
        self.gold = self.found = self.predicted = self.matched_pred = self.located = 0
        self.errors: list[float] = []
        self.id_or_near = 0
        self.exact = 0
        self.with_id = 0
        self.countries: list[bool] = []     # the place's country is the gold country
        self.by_class: dict[str, list[tuple[float, bool]]] = {}
        self.confidence: list[tuple[float, bool]] = []     # (place confidence, right id or within 161 km)
        self.missed: Counter = Counter()             # gold toponyms no predicted span overlaps, by text
        self.spurious: Counter = Counter()           # predicted spans that overlap no gold toponym, by text

    def add(self, art: GoldArticle, doc: Document, detection: bool) -> None:
        spans = [(s.start, s.end, p) for p in doc.places for s in p.spans if p.relation is None or p.geonameid]
        self.gold += len(art.toponyms)
        self.located += sum(t.lat is not None for t in art.toponyms)
        self.predicted += len(spans)
        for a, b, _ in spans:
            if any(t.start < b and a < t.end for t in art.toponyms):
                self.matched_pred += 1
            else:
                self.spurious[art.text[a:b]] += 1
        for t in art.toponyms:
            hits = [p for a, b, p in spans if t.start < b and a < t.end]
            if not hits:
                self.missed[t.text] += 1
                continue
            self.found += 1
            if t.lat is None:
                continue
            place = min(hits, key=lambda p: abs(len(p.name) - len(t.text)))
            err = MAX_ERROR_KM if place.lat is None else haversine_km(t.lat, t.lon, place.lat, place.lon)
            self.errors.append(err)
            same = bool(t.geonameid) and place.geonameid == t.geonameid
            self.id_or_near += int(same or err <= 161)
            self.confidence.append((place.confidence, same or err <= 161))
            self.by_class.setdefault(feature_class(t.fcode), []).append((err, same))
            if t.country:
                self.countries.append(place.country == t.country)
            if t.geonameid:
                self.with_id += 1
                self.exact += int(same)

    def summary(self) -> dict:
        p = self.matched_pred / self.predicted if self.predicted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        e = self.errors
        return {
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "resolved": len(e), "located": self.located,
            "acc161": round(sum(x <= 161 for x in e) / len(e), 4) if e else 0.0,
            # village-level accuracy (conflict events): within 25 km
            "acc25": round(sum(x <= 25 for x in e) / len(e), 4) if e else 0.0,
            # ... over every gold toponym with a point, a missed one counting as wrong (the analyst's figure)
            "acc25_of_gold": round(sum(x <= 25 for x in e) / self.located, 4) if self.located else 0.0,
            "mean_km": round(statistics.fmean(e), 1) if e else None,
            "median_km": round(statistics.median(e), 1) if e else None,
            "auc": round(sum(math.log(x + 1) for x in e) / (len(e) * math.log(MAX_ERROR_KM + 1)), 4) if e else None,
            "exact_id": round(self.exact / self.with_id, 4) if self.with_id else None,
            "country_acc": round(sum(self.countries) / len(self.countries), 4) if self.countries else None,
            # what acc@161 becomes when a right GeoNames id brings GeoNames' own point, as with an
            # index built from the full dump (`newsgraph gazetteer build --geonames allCountries.txt`)
            "acc161_geonames_points": round(self.id_or_near / len(e), 4) if e else 0.0,
            "confidence": calibration(self.confidence),
            "by_class": {k: {"n": len(v), "acc161": round(sum(e <= 161 for e, _ in v) / len(v), 4),
                             "exact_id": round(sum(x for _, x in v) / len(v), 4)}
                         for k, v in sorted(self.by_class.items())},
            # the names to study when detection changes (`--json` lists them; the table the first 12)
            "missed": self.missed.most_common(TOP_NAMES), "spurious": self.spurious.most_common(TOP_NAMES),
        }


def calibration(pairs: list[tuple[float, bool]], bins: int = 10) -> dict:
    """How far a place's confidence is from the rate at which such places are right (right GeoNames id
    or within 161 km): expected calibration error over equal-width bins, and the rate above 0.9 / below 0.5."""
    if not pairs:
        return {"ece": None, "n_high": 0, "right_high": None, "n_low": 0, "right_low": None}
    groups: dict[int, list[tuple[float, bool]]] = {}
    for conf, ok in pairs:
        groups.setdefault(min(int(conf * bins), bins - 1), []).append((conf, ok))
    ece = sum(abs(sum(ok for _, ok in g) - sum(c for c, _ in g)) for g in groups.values()) / len(pairs)
    high, low = [ok for c, ok in pairs if c >= 0.9], [ok for c, ok in pairs if c < 0.5]
    return {"ece": round(ece, 4), "n_high": len(high), "right_high": round(sum(high) / len(high), 4) if high else None,
            "n_low": len(low), "right_low": round(sum(low) / len(low), 4) if low else None}


def format_result(result: dict) -> str:
    """A readable table of `evaluate`'s result."""
    lines = [f"{result['dataset']}: {result['articles']} articles, {result['gold_toponyms']} gold toponyms"]
    for label, key in (("full pipeline (detection + resolution)", "pipeline"),
                       ("resolution given gold mentions", "gold_mentions")):
        s = result[key]
        lines.append(f"  {label}:")
        if key == "pipeline":
            lines.append(f"    detection  P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
            for label, names in (("most missed", s["missed"]), ("most spurious", s["spurious"])):
                lines.append(f"    {label}: " + ", ".join(f"{name} {n}" for name, n in names[:12]))
        lines.append(f"    resolved {s['resolved']}: acc@161km {s['acc161']:.3f}  acc@25km {s['acc25']:.3f}  "
                     f"median {s['median_km']} km  mean {s['mean_km']} km  AUC {s['auc']}  exact id {s['exact_id']}  "
                     f"country {s.get('country_acc')}")
        lines.append(f"    within 25 km of the gold point, of all {s.get('located', '')} gold toponyms with a point: "
                     f"{s['acc25_of_gold']:.3f}")
        lines.append(f"    acc@161km with GeoNames' own points for the resolved ids (full-dump index): "
                     f"{s['acc161_geonames_points']:.3f}")
        cal = s.get("confidence") or {}
        if cal.get("ece") is not None:
            lines.append(f"    confidence: calibration error {cal['ece']}; right {cal['right_high']} of {cal['n_high']} "
                         f"places at >= 0.9, {cal['right_low']} of {cal['n_low']} below 0.5")
        lines.append("    by gold class: " + "  ".join(f"{k} n={v['n']} acc@161 {v['acc161']:.3f} id {v['exact_id']:.3f}"
                                                   for k, v in s.get("by_class", {}).items()))
    if result.get("published"):
        ref = result["published"]
        lines.append(f"  published (Mordecai 3, gold mentions): acc@161km {ref['acc161']}  exact id {ref['exact_id']}")
    return "\n".join(lines)
