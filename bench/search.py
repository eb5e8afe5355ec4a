"""Full-text search (SQLite FTS5 beside the DuckDB store) on 10,000 stored documents.

    .venv/bin/python bench/search.py [--n 10000] [--repeat 20]

Documents: real articles of ../shared (bench/texts.py), cycled to --n with a numbered line
appended so that each is a distinct document; stored without extraction (search reads titles and
text only). Measured: writing the store, building the index from it (first search), then each
query's time through SearchIndex.search (page of 20 with snippets) and through GET /search
(FastAPI in-process, document summaries from DuckDB included): median and 95th percentile.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from texts import load_texts  # noqa: E402

QUERIES = ["police", "city council", '"city council"', "fire department", "elect*", "Kharkiv",
           "president said on Tuesday", "school board budget"]


def build_store(path: str, n: int):
    from newsgraph.ingest import make_document
    from newsgraph.store import open_store

    store = open_store(path)
    texts = load_texts(n)
    batch = []
    for i, (text, published) in enumerate(texts):
        published = published if published and re.fullmatch(r"\d{4}-\d{2}-\d{2}", published[:10]) else None
        title = text.split("\n", 1)[0][:80]
        doc = make_document(f"{text}\n\nDocument {i}.", published=published and published[:10], title=title)
        batch.append(doc)
        if len(batch) == 1000:
            store.add_documents(batch)
            batch = []
    store.add_documents(batch)
    return store


def timings(run, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from newsgraph.api import create_app
    from newsgraph.store.search import SearchIndex

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        store = build_store(str(Path(tmp) / "bench.duckdb"), args.n)
        print(f"stored {store.count('documents'):,} documents in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        index = SearchIndex.for_store(store)
        size = Path(tmp, "bench.duckdb.search.sqlite").stat().st_size / 1e6
        print(f"index built in {time.perf_counter() - started:.1f} s ({index.count():,} documents, {size:.0f} MB)")
        client = TestClient(create_app(store=store))
        print(f"{'query':28} {'hits':>6} {'index ms (median/p95)':>22} {'GET /search ms':>16}")
        for q in QUERIES:
            total = index.search(q)[0]
            med, p95 = timings(lambda: index.search(q, limit=20), args.repeat)
            amed, ap95 = timings(lambda: client.get("/search", params={"q": q}).raise_for_status(), args.repeat)
            print(f"{q:28} {total:>6} {med:>12.1f} / {p95:<8.1f} {amed:>7.1f} / {ap95:<6.1f}")
        index.close()
        store.close()


if __name__ == "__main__":
    main()
