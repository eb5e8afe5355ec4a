"""Flat cost as the store grows: storing, incident linking and queries on stores of 10k to 1M events.

    .venv/bin/python bench/scale.py [--sizes 10000,100000,1000000] [--source DB] [--repeat 1] [--workdir DIR --keep]

`--keep` keeps each size's store (DIR/base-SIZE.duckdb) and measures those again on the next run instead of
building them (the 1M store takes 6-20 minutes to build): two code versions can be compared on the same stores.

Real events: the bench texts (bench/ingest.py) are ingested once into `--source` (built with
`newsgraph ingest` when missing; the parse costs the same whatever the store holds, so it is not
measured again here). The big stores are built from those processed documents, copied through the
store's own row path (store.rows.insert_rows, one transaction per chunk) and shifted in date (the store
grows outwards in time from the articles' own dates, about EVENTS_PER_DAY events a day, as a real store
grows: the density around a date stays the same) and in
place (one of PLACE_SHIFTS positions half a degree apart, GeoNames ids offset with the position), in
groups of one to three copies of one article (so that linking has reports of one happening to join).
Copies get random band keys (no near-duplicate matches). Incidents are linked as the store grows,
chunk by chunk, through the incremental linker.

At each size a copy of the store takes the 1,000 measured real articles (their own dates and places,
which the position (0, 0) copies share), and the bench prints, per 1,000 articles: the time to store
them (Store.add_documents in ingest batches: near-duplicate lookup, rows, commit), the time to link
them (Store.link_incidents), the growth of the file on disk; and the latency of GET /events with a type,
a date range (90 days) and a bbox (in a server process of its own), and of `export --format parquet` with
the same filter (medians of 5 and 3).
The machine's load average is printed: other jobs skew every figure, compare sizes of one run.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ingest import real_articles  # noqa: E402

from newsgraph.settings import get_settings  # noqa: E402
from newsgraph.store import open_store  # noqa: E402
from newsgraph.store.rows import TABLE_ORDER, document_rows, insert_rows  # noqa: E402

EVENTS_PER_DAY = 500
PLACE_SHIFTS = [(0.5 * (k // 5 - 2), 0.5 * (k % 5 - 2)) for k in range(25)]   # (dlat, dlon); k = 12 is (0, 0)
GID_STEP = 100_000_000
CHUNK_DOCS = 2000
FILTER = dict(type="ASSAULT", bbox="")     # bbox and dates: where the measured articles' strikes are (busiest)


def source_documents(path: Path, n: int) -> list:
    """Processed real articles: ingested once into `path` (kept for the next run)."""
    if not path.exists():
        corpus = path.with_suffix(".jsonl")
        corpus.write_text("".join(json.dumps(a) + "\n" for a in real_articles(n)), encoding="utf-8")
        newsgraph = str(Path(sys.executable).with_name("newsgraph"))
        subprocess.run([newsgraph, "ingest", str(corpus), "--db", str(path)], check=True)
    with open_store(str(path), read_only=True) as store:
        ids = [r[0] for r in store._cursor().execute(
            "SELECT id FROM documents WHERE duplicate_of IS NULL ORDER BY id").fetchall()]
        return [store.get_document(i) for i in ids]


class Grower:
    """Adds shifted copies of the template documents to a store, chunk by chunk, linking as it goes."""

    def __init__(self, templates: list, seed: int = 7):
        self.rows = [document_rows(d, "scale") for d in templates]
        self.rng = random.Random(seed)
        self.k = 0
        self.events = 0
        self.link_seconds = 0.0
        self.docs = 0

    def grow(self, store, target_events: int) -> None:
        while self.events < target_events:
            chunk: dict[str, list] = {t: [] for t in TABLE_ORDER + ("doc_bands",)}
            while len(chunk["documents"]) < CHUNK_DOCS and self.events < target_events:
                self._group(chunk)
            cur = store._cursor()
            cur.execute("BEGIN TRANSACTION")
            for table, rows in chunk.items():
                if rows:
                    insert_rows(cur, table, rows)
            cur.execute("COMMIT")
            t0 = time.perf_counter()
            store.link_incidents()
            self.link_seconds += time.perf_counter() - t0

    def _group(self, chunk: dict) -> None:
        """1-3 copies of one article, shifted alike: the store grows outwards in time from the articles'
        own dates, EVENTS_PER_DAY events a day, as a real store grows (the density around a date stays)."""
        rows = self.rng.choice(self.rows)
        offset = self.events // (2 * EVENTS_PER_DAY) + self.rng.randint(-2, 2)
        days = timedelta(days=offset if self.k % 2 else -offset)
        pos = self.rng.randrange(len(PLACE_SHIFTS))
        for _ in range(self.rng.choice((1, 1, 2, 3))):
            self._copy(rows, chunk, days, pos)

    def _copy(self, rows: dict, chunk: dict, days: timedelta, pos: int) -> None:
        self.k += 1
        doc_id = hashlib.sha256(f"scale/{self.k}".encode()).hexdigest()[:16]
        dlat, dlon = PLACE_SHIFTS[pos]
        gid_shift = 0 if (dlat, dlon) == (0.0, 0.0) else pos * GID_STEP
        for table, table_rows in rows.items():
            for r in table_rows:
                r = (doc_id,) + r[1:]
                if table == "documents":
                    r = r[:5] + (_shift_day(r[5], days),) + r[6:13] + (None,) + r[14:]
                elif table == "events":
                    r = r[:7] + tuple(d + days if d else d for d in r[7:9]) + r[9:]
                elif table == "places":
                    r = r[:3] + (r[3] + gid_shift if r[3] is not None else None,
                                 _clamp(r[4], dlat, 85), _clamp(r[5], dlon, 180)) + r[6:]
                chunk[table].append(r)
        chunk["doc_bands"] += [(self.rng.getrandbits(63), doc_id) for _ in range(32)]
        self.docs += 1
        self.events += len(rows["events"])


def _shift_day(published, days: timedelta):
    if not published or len(published) < 10:
        return published
    try:
        return (date.fromisoformat(published[:10]) + days).isoformat() + published[10:]
    except ValueError:
        return published


def _clamp(value, delta: float, limit: float):
    return None if value is None else max(-limit, min(limit, value + delta))


def _used_bytes(db: Path) -> int:
    """Bytes of the blocks the database uses (the file keeps freed blocks for reuse)."""
    import duckdb
    con = duckdb.connect(str(db), read_only=True)
    try:
        used, size = con.execute("SELECT used_blocks, block_size FROM pragma_database_size()").fetchone()
        return used * size
    finally:
        con.close()


def busiest(docs: list) -> tuple[str, str, str]:
    """The 90 days and the 10-degree box holding most of the documents' placed ASSAULT events."""
    from newsgraph.store.rows import event_dates
    points = []
    for d in docs:
        places = {p.id: p for p in d.places}
        for v in d.events:
            start = event_dates(d, v)[0]
            for pid in v.places if v.type == FILTER["type"] and start else ():
                p = places.get(pid)
                if p is not None and p.lat is not None:
                    points.append((start, p.lat, p.lon))
    if not points:
        return "2000-01-01", "2030-01-01", "-180,-90,180,90"
    best = max(points, key=lambda a: sum(abs((a[0] - b[0]).days) <= 45 and abs(a[1] - b[1]) <= 5
                                         and abs(a[2] - b[2]) <= 5 for b in points))
    day, lat, lon = best
    return ((day - timedelta(days=45)).isoformat(), (day + timedelta(days=45)).isoformat(),
            f"{lon - 5:.1f},{lat - 5:.1f},{lon + 5:.1f},{lat + 5:.1f}")


def measure(db: Path, new_docs: list, since: str, until: str) -> dict:
    """Store and link the new documents in a copy of `db`, then time the filtered queries."""
    batch = get_settings().batch_size
    size0 = _used_bytes(db)
    with open_store(str(db)) as store:
        t0 = time.perf_counter()
        for i in range(0, len(new_docs), batch):
            store.add_documents(new_docs[i:i + batch], [f"new/{j}" for j in range(i, i + batch)])
        store_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        store.link_incidents()
        link_s = time.perf_counter() - t0
        events = store.count("events")
        t0 = time.perf_counter()
    close_s = time.perf_counter() - t0            # closing checkpoints the database (store.db.CHECKPOINT_THRESHOLD)
    grown = _used_bytes(db) - size0
    return dict(store_s=store_s, link_s=link_s, close_s=close_s, grown=grown, events=events,
                api_ms=_api_ms(db, since, until), export_ms=_export_ms(db, since, until))


def warm_up(work: Path, new_docs: list) -> None:
    """Store and link a few documents in a throwaway store first, so that no size pays the one-time costs
    (imports, first Arrow conversions: about 1-2 s) in its figures."""
    path = work / "warm.duckdb"
    path.unlink(missing_ok=True)
    with open_store(str(path)) as store:
        store.add_documents(new_docs[:get_settings().batch_size])
        store.link_incidents()
    path.unlink()


API_SCRIPT = """
import json, statistics, sys, time, warnings
warnings.simplefilter("ignore")
from fastapi.testclient import TestClient
from newsgraph.api.app import create_app
client = TestClient(create_app(sys.argv[1]))
params = json.loads(sys.argv[2])
times, total = [], 0
for _ in range(6):
    t0 = time.perf_counter()
    resp = client.get("/events", params=params)
    times.append(1000 * (time.perf_counter() - t0))
    total = resp.json()["total"]
print(json.dumps([statistics.median(times[1:]), total]))
"""


def _api_ms(db: Path, since: str, until: str) -> tuple[float, int]:
    """Median of 5 requests (after a first one) in a server process of its own."""
    params = dict(type=FILTER["type"], since=since, until=until, bbox=FILTER["bbox"], limit=100)
    out = subprocess.run([sys.executable, "-c", API_SCRIPT, str(db), json.dumps(params)], check=True,
                         capture_output=True, text=True).stdout
    ms, total = json.loads(out.strip().splitlines()[-1])
    return ms, total


def _export_ms(db: Path, since: str, until: str) -> float:
    from click.testing import CliRunner

    from newsgraph.cli import cli
    out = db.with_suffix(".parquet")
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "parquet", "--type", FILTER["type"],
                                          "--since", since, "--until", until, "--bbox", FILTER["bbox"], "-o", str(out)])
        times.append(1000 * (time.perf_counter() - t0))
        if result.exit_code != 0:
            sys.exit(result.output)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000", help="store sizes in events, comma-separated")
    ap.add_argument("--source", default=None, help="DuckDB of the processed bench articles (built when missing)")
    ap.add_argument("--n", type=int, default=1200, help="bench articles to ingest into a new --source")
    ap.add_argument("--new", type=int, default=1000, help="measured new articles per size")
    ap.add_argument("--repeat", type=int, default=1, help="measurements per size (fresh copy each; medians)")
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--keep", action="store_true",
                    help="keep each size's store as WORKDIR/base-SIZE.duckdb, and reuse those kept by an earlier "
                         "run (when every size is kept) instead of building them again")
    args = ap.parse_args()
    work = Path(args.workdir or tempfile.mkdtemp(prefix="newsgraph-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    docs = source_documents(Path(args.source) if args.source else work / "source.duckdb", args.n)
    new_docs = docs[-args.new:]
    templates = [d for d in docs if d.events]
    since, until, bbox = busiest(new_docs)
    FILTER["bbox"] = bbox
    print(f"{len(docs)} processed articles: {len(templates)} with events are the templates, the last "
          f"{len(new_docs)} are stored at each size; filter {FILTER} since {since} until {until}; "
          f"cores {os.cpu_count()}, load average {os.getloadavg()[0]:.2f}")
    warm_up(work, new_docs)
    base = work / "base.duckdb"
    base.unlink(missing_ok=True)
    grower = Grower(templates)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    reuse = args.keep and all(_kept(work, s).exists() for s in sizes)
    rows = []
    for size in sizes:
        t0 = time.perf_counter()
        linked0 = grower.link_seconds
        if reuse:
            shutil.copyfile(_kept(work, size), base)
            with open_store(str(base), read_only=True) as store:
                grower.events, grower.docs = store.count("events"), store.count("documents")
        else:
            with open_store(str(base)) as store:
                grower.grow(store, size)
            if args.keep:
                shutil.copyfile(base, _kept(work, size))
        build_s = time.perf_counter() - t0
        runs = []
        for _ in range(args.repeat):
            copy = work / "measure.duckdb"
            _remove(copy)
            shutil.copyfile(base, copy)
            runs.append(measure(copy, new_docs, since, until))
            _remove(copy)
        per = 1000 / len(new_docs)
        row = dict(size=grower.events, docs=grower.docs, build_s=build_s, build_link_s=grower.link_seconds - linked0,
                   store_s=statistics.median(r["store_s"] for r in runs) * per,
                   link_s=statistics.median(r["link_s"] for r in runs) * per,
                   close_s=statistics.median(r["close_s"] for r in runs),
                   mb=statistics.median(r["grown"] for r in runs) * per / 2**20,
                   api_ms=statistics.median(r["api_ms"][0] for r in runs), hits=runs[0]["api_ms"][1],
                   export_ms=statistics.median(r["export_ms"] for r in runs), load=os.getloadavg()[0],
                   file_mb=base.stat().st_size / 2**20)
        rows.append(row)
        print(f"  {row['size']:,} events ({row['docs']:,} documents, {row['file_mb']:,.0f} MB) built in "
              f"{build_s:.0f} s (linking {row['build_link_s']:.0f} s); load {row['load']:.1f}", flush=True)
    print_table(rows)
    print(f"\n(stores in {work}; delete when done)")


def _remove(db: Path) -> None:
    """The database and what the API left beside it (the search index of another size would be resynced)."""
    for path in (db, *db.parent.glob(db.name + ".*")):
        path.unlink(missing_ok=True)


def _kept(work: Path, size: int) -> Path:
    return work / f"base-{size}.duckdb"


def print_table(rows: list[dict]) -> None:
    print("\n| events stored | store s / 1k articles | link s / 1k | closing s (checkpoint) | MB on disk / 1k "
          "| GET /events ms (hits) | export parquet ms | load |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['size']:,} | {r['store_s']:.2f} | {r['link_s']:.2f} | {r['close_s']:.2f} | {r['mb']:.1f} | "
              f"{r['api_ms']:.0f} ({r['hits']}) | {r['export_ms']:.0f} | {r['load']:.1f} |")
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        for key, name in (("store_s", "storing"), ("link_s", "linking")):
            ratio = last[key] / first[key] if first[key] else float("nan")
            verdict = "flat (within 1.5x)" if ratio <= 1.5 else "GROWS more than 1.5x"
            print(f"{name} per 1,000 articles, {last['size']:,} vs {first['size']:,} events: {ratio:.2f}x, {verdict}")


if __name__ == "__main__":
    main()
