"""Articles per second of newsgraph.extract vs bare spaCy nlp.pipe, on the same real texts, same run.

    .venv/bin/python bench/throughput.py [--n 240]

Prints both rates and their ratio (pipeline cost = bare time / newsgraph time in articles/s terms).
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from texts import load_texts  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=240, help="number of articles (at least 200)")
    args = ap.parse_args()
    pairs = load_texts(max(args.n, 200))
    texts = [t for t, _ in pairs]
    chars = sum(map(len, texts))

    from newsgraph.ingest import make_document
    from newsgraph.nlp import load_nlp
    from newsgraph.pipeline import load_resources, process_many

    t0 = time.perf_counter()
    res = load_resources()
    load_s = time.perf_counter() - t0
    bare = load_nlp(with_rules=False)

    list(bare.pipe(texts[:10]))                      # warm both
    list(process_many([make_document(t, p) for t, p in pairs[:10]], res))

    t0 = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=32):
        pass
    bare_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    docs = [make_document(t, p) for t, p in pairs]
    n_events = sum(len(d.events) for d in process_many(docs, res))
    ng_s = time.perf_counter() - t0

    n = len(texts)
    print(f"articles: {n} ({chars / n:,.0f} chars on average); resources loaded in {load_s:.2f} s")
    print(f"bare spaCy nlp.pipe : {n / bare_s:7.1f} articles/s ({bare_s:.2f} s)")
    print(f"newsgraph extract   : {n / ng_s:7.1f} articles/s ({ng_s:.2f} s), {n_events} events")
    print(f"ratio newsgraph/bare time: {ng_s / bare_s:.2f}x")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
