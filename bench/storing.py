"""What storing a processed article costs, part by part (the store side of `newsgraph ingest`).

    .venv/bin/python bench/storing.py --source DB [--profile]

`--source`: a database of processed articles (bench/scale.py builds one from the bench texts). Their
Documents are read back and written again into a fresh database, in ingest batches, and the parts
are timed on their own (median of 3): Document.to_dict, json.dumps of it, every table's rows
(store.rows.document_rows, the JSON included), the MinHash fingerprint, and the whole
Store.add_documents. `--profile` prints the top functions of add_documents under cProfile.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import tempfile
import time
from pathlib import Path

from newsgraph.settings import get_settings
from newsgraph.store import open_store
from newsgraph.store.neardup import fingerprint
from newsgraph.store.rows import document_rows


def timed(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def add_all(docs: list, db: str) -> None:
    batch = get_settings().batch_size
    with open_store(db) as store:
        for i in range(0, len(docs), batch):
            store.add_documents(docs[i:i + batch])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", required=True)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    with open_store(args.source, read_only=True) as store:
        ids = [r[0] for r in store._cursor().execute("SELECT id FROM documents ORDER BY id").fetchall()]
        docs = [store.get_document(i) for i in ids]
    n = len(docs)
    tmp = Path(tempfile.mkdtemp(prefix="newsgraph-storing-"))
    dicts = [d.to_dict() for d in docs]
    parts = {
        "Document.to_dict": timed(lambda: [d.to_dict() for d in docs]),
        "json.dumps of the dict": timed(lambda: [json.dumps(x, ensure_ascii=False) for x in dicts]),
        "rows of every table (JSON included)": timed(lambda: [document_rows(d) for d in docs]),
        "MinHash fingerprint": timed(lambda: [fingerprint(d.id, d.text, d.published) for d in docs]),
    }
    runs = []
    for k in range(3):
        db = str(tmp / f"s{k}.duckdb")
        t0 = time.perf_counter()
        add_all(docs, db)
        runs.append(time.perf_counter() - t0)
    parts["Store.add_documents (all of it)"] = statistics.median(runs)
    print(f"{n} processed articles, {sum(len(d.events) for d in docs)} events")
    print("| part | ms per article |\n|---|---|")
    for name, seconds in parts.items():
        print(f"| {name} | {1000 * seconds / n:.2f} |")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        add_all(docs, str(tmp / "profiled.duckdb"))
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    print(f"(databases in {tmp}; delete when done)")


if __name__ == "__main__":
    main()
