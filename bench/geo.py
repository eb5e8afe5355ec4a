"""Benchmark of the geo stage: gazetteer cold start, lookup time, memory, and geoparse per article.

Run: .venv/bin/python bench/geo.py [--build] [--articles N]
  --build   also time a full rebuild of the bundled index (about a minute, ~500 MB peak)
Baseline measured in the same run: the spaCy parse of the same articles (geo time / NLP time).
Articles: ../shared/corpus/free-news.jsonl when present, else the geo eval texts, else a built-in text.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FALLBACK = ("Ukrainian forces retook Izium and Kupiansk in the Kharkiv region, while shelling hit "
            "Bakhmut, a city in the Donetsk region, and Moscow said strikes would continue.")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def articles(n: int) -> list[str]:
    corpus = SHARED / "corpus" / "free-news.jsonl"
    if corpus.is_file():
        texts = [json.loads(line)["text"] for line in corpus.read_text("utf-8").splitlines() if line.strip()]
        return texts[:n]
    return [FALLBACK] * n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="also time a rebuild of the bundled index")
    parser.add_argument("--articles", type=int, default=54)
    args = parser.parse_args()

    from newsgraph.geo import gazetteer as gz

    if args.build:
        t = time.perf_counter()
        path = gz.build_index(output=gz.default_index_path().with_suffix(".bench.sqlite"))
        print(f"build bundled index      {time.perf_counter() - t:8.1f} s   {path.stat().st_size / 1e6:.0f} MB"
              f"   peak RSS {rss_mb():.0f} MB")
        path.unlink()

    rss0 = rss_mb()
    t = time.perf_counter()
    gaz = gz.load_gazetteer()
    print(f"load_gazetteer (warm)    {(time.perf_counter() - t) * 1000:8.1f} ms  index "
          f"{gaz.path.stat().st_size / 1e6:.0f} MB  RSS +{rss_mb() - rss0:.0f} MB")

    names = ["Kyiv", "Izioum", "Boutcha", "Kharkiv", "Alexandria", "Springfield", "Paris", "Washington",
             "Zaporizhya", "Dvoritchna", "Qwertzuiop", "London", "Texas", "Donetsk", "New York"]
    t = time.perf_counter()
    for name in names:
        gaz.lookup(name)
    cold = (time.perf_counter() - t) / len(names) * 1e6
    t = time.perf_counter()
    for _ in range(20):
        for name in names:
            gaz.lookup(name)
    warm = (time.perf_counter() - t) / (20 * len(names)) * 1e6
    print(f"lookup, first time       {cold:8.1f} us/name   repeated (cached) {warm:.1f} us/name")

    from newsgraph import nlp
    from newsgraph.entities import link_entities
    from newsgraph.geo import geoparse
    from newsgraph.model import Document

    model = nlp.load_nlp()
    texts = articles(args.articles)
    t = time.perf_counter()
    docs = [nlp.annotate(Document(id=str(i), text=x), model) for i, x in enumerate(texts)]
    t_nlp = time.perf_counter() - t
    docs = [link_entities(d) for d in docs]
    per_doc = []
    for d in docs:
        t = time.perf_counter()
        geoparse(d, gaz)
        per_doc.append(time.perf_counter() - t)
    t_geo = sum(per_doc)
    n_places = sum(len(d.places) for d in docs)
    print(f"geoparse                 {t_geo / len(docs) * 1000:8.1f} ms/article (median "
          f"{statistics.median(per_doc) * 1000:.1f}), {n_places} places in {len(docs)} articles")
    print(f"baseline: spaCy parse    {t_nlp / len(docs) * 1000:8.1f} ms/article   geo/NLP ratio {t_geo / t_nlp:.2f}")
    print(f"peak RSS                 {rss_mb():8.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
