"""CPU time per pipeline stage on real articles, and a check that a change leaves every output identical.

    .venv/bin/python bench/stages.py [--n 200] [--dump out.jsonl] [--against before.jsonl] [--profile out.prof]

The articles are bench/ingest.py's (the first `--n`). spaCy parses them through nlp.pipe (batches of
64, as `ingest`), then each stage of `pipeline.STAGES` runs on each document. Times are CPU seconds of
this process (time.process_time), so other jobs on the machine skew them much less than wall time.
`--dump` writes every Document (NLP layer included) as one JSON line; `--against` compares this run's
Documents with such a file and exits non-zero at the first difference. `--profile` writes cProfile
statistics of the stages after spaCy (read them with `python -m pstats`).
"""
from __future__ import annotations

import argparse
import cProfile
import json
import sys
import time
from itertools import groupby
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ingest import real_articles  # noqa: E402


def run(n: int, profiler: cProfile.Profile | None) -> tuple[dict[str, float], list[dict]]:
    """(CPU seconds per stage, every Document as a dict) over the first `n` bench articles."""
    from newsgraph import nlp
    from newsgraph.ingest import document_from_record
    from newsgraph.pipeline import STAGES, has_pipeline, load_resources, run_stages

    res = load_resources()
    # read as `ingest` reads them
    docs = [document_from_record(a, f"article {i}") for i, a in enumerate(real_articles(n), 1)]
    list(res.nlp.pipe(d.text for d in docs[:5]))            # warm up
    cpu: dict[str, float] = {"spaCy parse": 0.0}
    out: list[dict] = []
    t0 = time.process_time()
    parsed = [d for language, group in groupby(docs, key=lambda d: d.language)    # runs of one language
              for d in nlp.annotate_many(group, res.nlp_for(language), 64)]
    cpu["spaCy parse"] = time.process_time() - t0
    for doc in parsed:
        if profiler:
            profiler.enable()
        if not has_pipeline(doc.language):
            t0 = time.process_time()
            doc = run_stages(doc, res)
            cpu["other languages"] = cpu.get("other languages", 0.0) + time.process_time() - t0
        else:
            for name, stage in STAGES:
                t0 = time.process_time()
                doc = stage(doc, res)
                cpu[name] = cpu.get(name, 0.0) + time.process_time() - t0
        if profiler:
            profiler.disable()
        out.append(doc.to_dict(include_nlp=True))
    return cpu, out


def first_difference(a: object, b: object, path: str = "") -> str | None:
    """Where two JSON values first differ ("" when equal)."""
    if type(a) is not type(b):
        return f"{path}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return f"{path}.{k}: only in one"
            d = first_difference(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} != {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {a!r} != {b!r}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--dump", help="write every Document as JSON lines here")
    ap.add_argument("--against", help="compare every Document with this --dump file")
    ap.add_argument("--profile", help="write cProfile statistics of the stages after spaCy here")
    args = ap.parse_args()
    profiler = cProfile.Profile() if args.profile else None
    cpu, out = run(args.n, profiler)
    n = len(out)
    rules = sum(v for k, v in cpu.items() if k != "spaCy parse")
    print(f"{n} articles, CPU ms per article:")
    for name, seconds in cpu.items():
        print(f"  {name:16} {1000 * seconds / n:8.1f}")
    print(f"  {'stages after spaCy':16} {1000 * rules / n:8.1f}  ({rules / cpu['spaCy parse']:.2f} of the parse)")
    if profiler:
        profiler.dump_stats(args.profile)
    if args.dump:
        Path(args.dump).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in out), encoding="utf-8")
    if args.against:
        before = [json.loads(line) for line in Path(args.against).read_text(encoding="utf-8").split("\n") if line]
        if len(before) != n:
            sys.exit(f"{len(before)} documents in {args.against}, {n} now")
        for i, (a, b) in enumerate(zip(before, out)):
            diff = first_difference(a, b)
            if diff:
                sys.exit(f"document {i} differs at {diff}")
        print(f"identical to {args.against}: {n} documents")


if __name__ == "__main__":
    main()
