"""Documents per second of the time and quote stages on TimeBank/AQUAINT, against HeidelTime's 0.5.

    .venv/bin/python bench/time_quotes.py [--dataset ../shared/eval/time/tbaq] [--limit N]

Prints, for the spaCy parse plus the time stage (what HeidelTime's own figure covers: its tagger
and its rules) and for each stage alone on the parsed documents: wall-clock and CPU documents per
second. CPU seconds (this process only) are the fairer figure on a shared machine; the load
average at start and end is printed beside them. HeidelTime's 0.5 documents a second is the figure
quoted in issue 16.
"""
from __future__ import annotations

import argparse
import copy
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEIDELTIME_DOCS_PER_SECOND = 0.5


def _timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def _line(label: str, n: int, wall: float, cpu: float) -> str:
    rate = n / cpu if cpu else float("inf")
    return (f"{label:28} {n / wall:8.1f} docs/s wall  {rate:8.1f} docs/CPU-s  "
            f"({rate / HEIDELTIME_DOCS_PER_SECOND:.0f}x HeidelTime's {HEIDELTIME_DOCS_PER_SECOND})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dataset", default=str(ROOT.parent / "shared" / "eval" / "time" / "tbaq"))
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    from newsgraph import nlp
    from newsgraph.evaluate.time import load_dataset
    from newsgraph.model import Document
    from newsgraph.quotes import attribute_quotes
    from newsgraph.time import normalise_times

    gold = load_dataset(Path(args.dataset), args.limit)
    model = nlp.load_nlp()
    load_before = os.getloadavg()[0]
    docs = [Document(id=g.name, text=g.text, published=g.published) for g in gold]
    parsed, p_wall, p_cpu = _timed(lambda: list(nlp.annotate_many(docs, model)))
    fresh = [copy.deepcopy(d) for d in parsed]
    _, t_wall, t_cpu = _timed(lambda: [normalise_times(d) for d in fresh])
    fresh = [copy.deepcopy(d) for d in parsed]
    _, q_wall, q_cpu = _timed(lambda: [attribute_quotes(d) for d in fresh])
    n = len(docs)
    print(f"{n} documents of {args.dataset} (model loaded before timing; load average "
          f"{load_before:.1f} -> {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print(_line("spaCy parse + time stage", n, p_wall + t_wall, p_cpu + t_cpu))
    print(_line("time stage alone", n, t_wall, t_cpu))
    print(_line("quote stage alone", n, q_wall, q_cpu))


if __name__ == "__main__":
    sys.exit(main())
