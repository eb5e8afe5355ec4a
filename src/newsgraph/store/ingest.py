"""`newsgraph ingest`: many articles -> a corpus database, in parallel, resumable.

The main process reads inputs (`newsgraph.ingest.read_path`), drops documents already stored
(same id), and hands batches to worker processes (spawned; each loads the spaCy pipeline and the
gazetteer once; with one worker, this process, spaCy parsing the next batch in a thread while the rule
stages run on the current one: `parse_ahead`). Processed batches come back in submission order and are
written one transaction each by a writer thread while the next batches are parsed (store.writer, a
bounded queue), so a killed run loses at most the batches in flight and a rerun of the same command ends
with the same database as an uninterrupted run. Bad inputs and documents that fail in a stage go
to the `failures` table; the run goes on. `--engine ray` hands the same batches to Ray actors
(store.ray_engine); the driver stays the one writer. Incidents are relinked over the whole database at the end
when documents were added since the last linking (a flag written with every batch).
"""
from __future__ import annotations

import copy
import gzip
import multiprocessing
import os
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

import duckdb

from newsgraph.errors import UsageError
from newsgraph.ingest import JSONL_SUFFIXES, Item, feed_kind, iter_files, read_path
from newsgraph.ingest.feeds import count_feed_items
from newsgraph.model import Document
from newsgraph.settings import get_settings
from newsgraph.store.db import Store, open_store
from newsgraph.store.progress import IngestProgress
from newsgraph.store.writer import BackgroundWriter

Outcome = tuple[str, str, Optional[Document], Optional[str]]   # (origin, doc id, processed doc | None, error)


@dataclass
class Summary:
    """What an ingest run did."""
    done: int = 0          # documents stored by this run
    skipped: int = 0       # already in the database, or the same text twice in the input
    failed: int = 0        # unreadable inputs and documents a stage could not process
    incidents: int = 0     # incidents in the database after the run
    seconds: float = 0.0
    warnings: int = 0      # documents stored with an ingest warning (a date not understood, not English)
    duplicates: int = 0    # near-duplicates of another document in the database after the run
    interrupted: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, **counts: int) -> None:
        """Add to counters; the reading thread and the writer thread both count."""
        with self._lock:
            for name, n in counts.items():
                setattr(self, name, getattr(self, name) + n)

    def describe(self) -> str:
        rate = self.done / self.seconds if self.seconds > 0 else 0.0
        text = (f"{self.done} documents stored, {self.skipped} skipped (already stored), {self.failed} failed "
                f"in {self.seconds:.1f} s ({rate:.1f} documents/s); {self.incidents} incidents linked; "
                f"{self.warnings} stored with warnings; {self.duplicates} near-duplicates in the database")
        text += " (the failures table says why)" if self.failed else ""
        return text + (" -- interrupted: rerun the same command to resume" if self.interrupted else "")


def ingest_paths(paths: list[str], db: str, published: Optional[str] = None,
                 published_field: Optional[str] = None, workers: int = 1,
                 batch_size: Optional[int] = None, show_progress: bool = True, date_order: Optional[str] = None,
                 engine: str = "local", ray_address: Optional[str] = None,
                 parquet_dir: Optional[str] = None) -> Summary:
    """Process every article under `paths` into the database `db` (see the module docstring).

    `engine` "local" (this process, or `workers` spawned processes) or "ray" (`workers` Ray actors,
    on a local instance or the cluster at `ray_address`). Ctrl-C stops after the batch being
    written: the summary says so, incidents are left to the next run, which resumes.
    """
    started = time.perf_counter()
    files = list(iter_files(paths))          # UsageError for a missing path, before touching the db
    batch_size = batch_size or get_settings().batch_size
    summary = Summary()
    with open_store(db) as store, IngestProgress(count_items(files), enabled=show_progress) as progress:
        items = read_path(paths, published=published, published_field=published_field, date_order=date_order)
        writer = BackgroundWriter(lambda outcomes: _write_and_report(store, outcomes, summary, progress))
        try:
            with make_processor(engine, workers, ray_address) as process:
                for outcomes in process(_batches(items, store, summary, batch_size, progress)):
                    writer.put(outcomes)
            writer.close()
        except (KeyboardInterrupt, duckdb.InterruptException):   # DuckDB turns Ctrl-C during a query into the latter
            writer.abandon()
            summary.interrupted = True
        except BaseException:
            writer.abandon()
            raise
        if not summary.interrupted:
            summary.incidents = store.link_incidents() if store.incidents_stale() else store.count_incidents()
            if parquet_dir:
                store.write_parquet(parquet_dir)
        summary.duplicates = len(store.duplicate_ids())
    summary.seconds = time.perf_counter() - started
    return summary


def make_processor(engine: str, workers: int, ray_address: Optional[str] = None):
    """The batch processor of an engine: "local" (`_processor`) or "ray" (store.ray_engine)."""
    if engine == "ray":
        from newsgraph.store.ray_engine import RayProcessor
        return RayProcessor(workers, ray_address)
    if engine != "local":
        raise UsageError(f"unknown engine {engine!r}: local or ray")
    if ray_address:
        raise UsageError("--ray-address needs --engine ray")
    return _processor(workers)


def _batches(items: Iterable[Item], store: Store, summary: Summary, batch_size: int,
             progress: IngestProgress) -> Iterator[list[tuple[str, Document]]]:
    """Batches of (origin, new document); records input errors and counts skips on the way."""
    seen: set[str] = set()
    pending: list[tuple[str, Document]] = []
    errors: list[tuple[str, Optional[str], str]] = []
    for item in items:
        if item.error or item.document is None:
            errors.append((item.origin, None, item.error or "no document"))
        else:
            pending.append((item.origin, item.document))
        if len(pending) >= batch_size or len(errors) >= batch_size:
            yield from _new_only(pending, store, seen, summary)
            _record_errors(store, errors, summary)
            progress.update(summary)
            pending, errors = [], []
    yield from _new_only(pending, store, seen, summary)
    _record_errors(store, errors, summary)


def _new_only(pending: list[tuple[str, Document]], store: Store, seen: set[str],
              summary: Summary) -> Iterator[list[tuple[str, Document]]]:
    known = store.known_ids(d.id for _, d in pending) | seen
    new = []
    for origin, doc in pending:
        if doc.id in known:
            summary.add(skipped=1)
        else:
            known.add(doc.id)
            seen.add(doc.id)
            new.append((origin, doc))
    if new:
        yield new


def _record_errors(store: Store, errors: list[tuple[str, Optional[str], str]], summary: Summary) -> None:
    store.record_failures(errors)
    summary.add(failed=len(errors))


def _write_and_report(store: Store, outcomes: list[Outcome], summary: Summary, progress: IngestProgress) -> None:
    _write(store, outcomes, summary)
    progress.update(summary)


def _write(store: Store, outcomes: list[Outcome], summary: Summary) -> None:
    docs = [(o, d) for o, _, d, _ in outcomes if d is not None]
    errors = [(o, i, e or "no document") for o, i, d, e in outcomes if d is None]
    result = store.add_documents([d for _, d in docs], [o for o, _ in docs])
    failed_ids = dict(result.failed)
    errors += [(o, d.id, failed_ids[d.id]) for o, d in docs if d.id in failed_ids]
    stored = set(result.added)
    store.clear_failures([o for o, d in docs if d.id in stored])
    _record_errors(store, errors, summary)
    summary.add(done=len(result.added), skipped=len(result.skipped),
                warnings=sum(1 for _, d in docs if d.id in stored and any(w.stage == "ingest" for w in d.warnings)))


# --- processing: in this process (1 worker) or in a pool of spawned workers ---------------------

# spaCy runs in one thread at a time: the parse-ahead thread (one-process runs) and a fallback that parses again
_NLP_LOCK = threading.Lock()


@dataclass
class Parsed:
    """A batch with its NLP layer (None when parsing it failed), and copies of its documents as read."""
    batch: list[tuple[str, Document]]
    originals: list[Document]
    docs: Optional[list[Document]]


def process_batch(batch: list[tuple[str, Document]]) -> list[Outcome]:
    """Run the pipeline over one batch; a document that fails alone is reported, the others kept."""
    return finish_batch(parse_batch(batch))


def parse_batch(batch: list[tuple[str, Document]]) -> Parsed:
    """The spaCy half of `process_batch`: nlp.pipe over the batch."""
    from newsgraph.pipeline import load_resources, parse_many

    res = load_resources()
    originals = copy.deepcopy([d for _, d in batch])
    with _NLP_LOCK:
        try:
            return Parsed(batch, originals, list(parse_many([d for _, d in batch], res)))
        except Exception:                   # finish_batch's fallback finds the document
            return Parsed(batch, originals, None)


def finish_batch(parsed: Parsed) -> list[Outcome]:
    """The rule stages over a parsed batch. A stage bug on some document (or a parse error): the batch again,
    one document at a time, from the copies as read; the failing ones are reported."""
    from newsgraph.pipeline import load_resources, process, run_stages

    res = load_resources()
    if parsed.docs is not None:
        try:
            docs = [run_stages(d, res) for d in parsed.docs]
            return [(o, d.id, _slim(d), None) for (o, _), d in zip(parsed.batch, docs)]
        except Exception:
            pass
    outcomes: list[Outcome] = []
    for (origin, _), doc in zip(parsed.batch, parsed.originals):
        try:
            with _NLP_LOCK:
                outcomes.append((origin, doc.id, _slim(process(doc, res)), None))
        except Exception as exc:    # recorded in `failures`, the run goes on
            outcomes.append((origin, doc.id, None, f"{type(exc).__name__}: {exc} (at {_where(exc)})"))
    return outcomes


def parse_ahead(batches: Iterable[list[tuple[str, Document]]]) -> Iterator[list[Outcome]]:
    """One process on two cores or more: spaCy parses the next batch in a thread while this thread runs the rule
    stages on the current one. spaCy's network layers run without the GIL, the rule stages are Python: the two
    overlap (on one core they could only take turns, with thread switches on top: `usable_cores` keeps one-core
    runs batch by batch). At most two batches are in hand; results come in order. The thread is a daemon:
    Ctrl-C stops the run without waiting for the batch being parsed."""
    from newsgraph.pipeline import load_resources

    load_resources()                        # loaded here, once, not raced for by the two threads
    pending = None
    for batch in batches:
        started = _start_parse(batch)
        if pending is not None:
            yield finish_batch(_parsed(pending))
        pending = started
    if pending is not None:
        yield finish_batch(_parsed(pending))


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity: taskset, a container's cpuset)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):       # no affinity call on this platform
        return os.cpu_count() or 1


def _start_parse(batch: list[tuple[str, Document]]) -> tuple[threading.Thread, dict]:
    box: dict = {}

    def run() -> None:
        try:
            box["parsed"] = parse_batch(batch)
        except BaseException as exc:        # not a document's error (parse_batch keeps those): raised again
                                            # in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=run, name="newsgraph-parse", daemon=True)
    thread.start()
    return thread, box


def _parsed(started: tuple[threading.Thread, dict]) -> Parsed:
    thread, box = started
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["parsed"]


def _where(exc: BaseException) -> str:
    """Where it broke: the innermost newsgraph frame (which stage) and the innermost frame."""
    import traceback
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/newsgraph/" in f.filename]
    spots = [f for f in (ours[-1] if ours else None, frames[-1] if frames else None) if f is not None]
    names = dict.fromkeys(f"{Path(f.filename).parent.name}/{Path(f.filename).name}:{f.lineno}" for f in spots)
    return " via ".join(reversed(list(names))) or "unknown"


def _slim(doc: Document) -> Document:
    """Drop what the store does not keep (tokens, NER mentions) before crossing processes."""
    doc.tokens, doc.mentions = [], []
    return doc


def _init_worker() -> None:
    """Load the resources once; leave Ctrl-C to the main process, which stops the pool (a worker
    killed by SIGINT mid-task would leave its result pending forever)."""
    import signal

    from newsgraph.pipeline import load_resources
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_resources()


class _processor:
    """Context manager giving `run(batches) -> iterator of outcome lists`, in submission order."""

    def __init__(self, workers: int):
        self.workers = workers
        self.pool = None

    def __enter__(self):
        if self.workers > 1:
            ctx = multiprocessing.get_context("spawn")
            self.pool = ctx.Pool(self.workers, initializer=_init_worker)
        return self.run

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()

    def run(self, batches: Iterable[list[tuple[str, Document]]]) -> Iterator[list[Outcome]]:
        if self.pool is None:       # parsing ahead needs a second core to overlap on (on one it cost 0-20% more)
            yield from (parse_ahead(batches) if usable_cores() > 1 else map(process_batch, batches))
            return
        in_flight: deque = deque()
        for batch in batches:
            in_flight.append((batch, self.pool.apply_async(process_batch, (batch,))))
            if len(in_flight) > 2 * self.workers:
                yield _result(*in_flight.popleft())
        while in_flight:
            yield _result(*in_flight.popleft())


def _result(batch: list[tuple[str, Document]], pending) -> list[Outcome]:
    try:
        return pending.get()
    except Exception as exc:    # a worker could not return the batch (e.g. pickling): fail its documents
        return [(o, d.id, None, f"worker error: {type(exc).__name__}: {exc}") for o, d in batch]


# --- progress total ---------------------------------------------------------------------------------

def count_items(files: list[Path]) -> int:
    """How many articles the files hold (JSONL lines, one per other file), for the progress bar."""
    total = 0
    for f in files:
        name = f.name.lower().removesuffix(".gz")
        if Path(name).suffix in JSONL_SUFFIXES:
            total += _count_lines(f)
        elif feed_kind(f.name):
            total += _count_feed(f)
        else:
            total += 1
    return total


def _count_feed(f: Path) -> int:
    try:
        return count_feed_items(f, feed_kind(f.name))
    except (OSError, EOFError):
        return 1


def _count_lines(f: Path) -> int:
    opener = gzip.open if f.name.lower().endswith(".gz") else open
    n = 0
    try:
        with opener(f, "rb") as fh:
            n = sum(1 for line in fh if line.strip())
    except (OSError, EOFError):
        return 1                # unreadable: read_path reports it as one failure
    return max(n, 1)
