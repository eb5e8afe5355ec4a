"""Corpus ingest throughput: `newsgraph ingest` (local and Ray engines) with 1 and 2 workers vs bare
spaCy nlp.pipe, same texts, same run.

    .venv/bin/python bench/ingest.py [--n 1200] [--workers 1,2] [--engines local,ray] [--repeat 1]

Texts: every real article of ../shared (free corpus, LGL, TR-News, TimeBank/AQUAINT, MEANTIME,
PolNeAR dev; about 1,220), written once to a JSONL file. Each measured run is a fresh subprocess
timed end to end, model loading included: `newsgraph ingest FILE --db fresh.duckdb --workers N`
(read, NLP, every stage, DuckDB writes, incident linking) against bare spaCy `nlp.pipe` over the
same texts with `n_process=N` (the same model, without newsgraph's rule layer). Peak memory is the
high-water RSS (VmHWM) of each process of the run, sampled from /proc: "main" is the ingest
process (the DuckDB writer), "worker" a pool process or Ray actor, "ray" Ray's own services.
The Ray engine's time includes starting a local Ray instance. The last line estimates, from the
measured cost per article (wall time x workers / articles), the cores that 1 million articles a
day need. The machine's load average is printed too: other jobs on the same cores skew every figure.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from texts import SHARED, load_texts  # noqa: E402

BARE_SCRIPT = """
import sys, json, time
t0 = time.perf_counter()
from newsgraph.nlp import load_nlp
nlp = load_nlp(with_rules=False)
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
n = sum(1 for _ in nlp.pipe(texts, batch_size=int(sys.argv[3]), n_process=int(sys.argv[2])))
print(n, time.perf_counter() - t0)
"""


def real_articles(n: int) -> list[dict]:
    """Up to `n` distinct real articles {text, published} from every set under ../shared."""
    seen: set[str] = set()
    out: list[dict] = []

    def add(text: str, published: str | None) -> None:
        text = text.strip()
        if text and text not in seen and len(out) < n:
            seen.add(text)
            out.append({"text": text, "published": published})

    for text, published in load_texts(5000):            # free corpus, LGL, TR-News (cycled: dedup)
        add(text, published)
    for path in sorted((SHARED / "eval" / "time" / "tbaq").rglob("*.tml")):
        root = ET.parse(path).getroot()
        dct = root.find("DCT/TIMEX3")
        add("".join(root.find("TEXT").itertext()), dct.get("value")[:10] if dct is not None else None)
    for path in sorted((SHARED / "eval" / "meantime").rglob("*.xml")):
        sentences: dict[str, list[str]] = {}
        for tok in ET.parse(path).getroot().iter("token"):
            sentences.setdefault(tok.get("sentence"), []).append(tok.text or "")
        add("\n".join(" ".join(toks) for toks in sentences.values()), None)
    for path in sorted((SHARED / "eval" / "quotes" / "polnear-dev" / "text").glob("*.txt")):
        m = re.search(r"_(\d{4}-\d{2}-\d{2})_", path.name)
        add(path.read_text(encoding="utf-8"), m.group(1) if m else None)
    return out


class PeakMemory:
    """Samples VmHWM (peak RSS) of a process and its descendants from /proc while it runs."""

    def __init__(self, pid: int):
        self.pid = pid
        self.peaks: dict[int, tuple[str, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        while not self._stop.is_set():
            for pid in _descendants(self.pid):
                mb = _hwm_mb(pid)
                if mb:
                    self.peaks[pid] = ("main" if pid == self.pid else _role(pid), mb)
            time.sleep(0.2)

    def describe(self) -> str:
        by_role: dict[str, list[float]] = {}
        for role, mb in self.peaks.values():
            by_role.setdefault(role, []).append(mb)
        return ", ".join(f"{role} {'/'.join(f'{m:.0f}' for m in sorted(v))} MB" for role, v in sorted(by_role.items()))


def _descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    found, frontier = [root], [root]
    while frontier:
        frontier = [p for p, pp in parents.items() if pp in frontier]
        found += frontier
    return found


def _role(pid: int) -> str:
    """"worker" for a pool process or Ray actor, "ray" for Ray's services (raylet, GCS, agents)."""
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "worker"
    if "ray::" in cmd:
        return "worker" if "BatchWorker" in cmd else "ray"
    return "ray" if "/ray/" in cmd or "raylet" in cmd or "gcs_server" in cmd else "worker"


def _hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def timed(cmd: list[str]) -> tuple[float, str, str]:
    """Run `cmd`; (wall seconds, stdout, peak memory description)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with PeakMemory(proc.pid) as mem:
        out, err = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{err[-2000:]}")
    return wall, out, mem.describe()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1200, help="number of articles (at least 1000 for the figures)")
    ap.add_argument("--workers", default="1,2", help="worker counts to measure, comma-separated")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--engines", default="local,ray", help="ingest engines to measure, comma-separated")
    ap.add_argument("--repeat", type=int, default=1,
                    help="bare spaCy and ingest runs, alternated, per worker count: the ratio of each pair and their "
                         "median (load that drifts during a run moves both of a pair alike)")
    args = ap.parse_args()
    articles = real_articles(args.n)
    chars = sum(len(a["text"]) for a in articles)
    tmp = Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    corpus = tmp / "articles.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    newsgraph = str(Path(sys.executable).with_name("newsgraph"))
    print(f"articles: {len(articles)} ({chars / len(articles):,.0f} chars on average); "
          f"cores: {os.cpu_count()}; load average before: {os.getloadavg()[0]:.2f}")
    env_batch = {"NEWSGRAPH_BATCH_SIZE": str(args.batch_size)}
    os.environ.update(env_batch)
    n = len(articles)
    best = None
    for workers in (int(w) for w in args.workers.split(",")):
        print(f"\n{workers} process(es):")
        ratios: dict[str, list[float]] = {}
        for run in range(args.repeat):
            bare_s, _, bare_mem = timed([sys.executable, "-c", BARE_SCRIPT, str(corpus), str(workers),
                                         str(args.batch_size)])
            print(f"  bare spaCy nlp.pipe : {n / bare_s:6.1f} articles/s ({bare_s:6.1f} s)  peak RSS {bare_mem}")
            for engine in args.engines.split(","):
                db = tmp / f"{engine}-w{workers}-{run}.duckdb"
                ng_s, out, ng_mem = timed([newsgraph, "ingest", str(corpus), "--db", str(db), "--workers",
                                           str(workers), "--engine", engine])
                print(f"  ingest, {engine:5} engine: {n / ng_s:6.1f} articles/s ({ng_s:6.1f} s)  peak RSS {ng_mem}")
                print(f"    ratio newsgraph/bare time: {ng_s / bare_s:.2f}x   ({out.strip()})")
                ratios.setdefault(engine, []).append(ng_s / bare_s)
                cost = ng_s * workers / n           # core-seconds per article, start-up included
                if best is None or cost < best[0]:
                    best = (cost, engine, workers)
            print(f"  load average now: {os.getloadavg()[0]:.2f}")
        if args.repeat > 1:
            for engine, values in ratios.items():
                print(f"  {engine} engine, {workers} process(es): median ratio {statistics.median(values):.2f}x "
                      f"of {len(values)} pairs ({', '.join(f'{v:.2f}' for v in values)})")
    if best:
        cost, engine, workers = best
        print(f"\n1 million articles a day: {cost:.3f} core-seconds per article ({engine} engine, {workers} "
              f"worker(s)) -> {1e6 * cost / 86400:.1f} cores busy around the clock")
    print(f"\n(databases and texts in {tmp}; delete when done)")


if __name__ == "__main__":
    main()
