"""`newsgraph ingest --engine ray`: the same batches processed by a pool of Ray actors.

Each actor loads the spaCy pipeline and the gazetteer once (`load_resources`) and runs
`process_batch` on the batches it is given; the driver (the `ingest` process) stays the single
DuckDB writer and gets the results back in submission order, so resume, failures and the database
it ends with are exactly those of the local engine. Without an address a local Ray instance is
started (and stopped at the end) with `workers` CPUs and a small object store; with one
(`ray start --head` prints it, e.g. 10.0.0.5:6379, or "auto"), the run joins that cluster, whose
nodes must have newsgraph installed. Ray is an optional extra: `pip install newsgraph[ray]`.
"""
from __future__ import annotations

import os
from collections import deque
from pathlib import Path
from typing import Iterable, Iterator, Optional

from newsgraph.errors import ResourceError
from newsgraph.model import Document

LOCAL_OBJECT_STORE_BYTES = 256 * 1024 * 1024    # enough for batches of slim documents in flight


def _import_ray():
    try:
        import ray
    except ImportError:
        raise ResourceError("the Ray engine needs the ray package: pip install 'newsgraph[ray]'") from None
    return ray


def init_local_ray(cpus: int) -> None:
    """Start a local Ray instance (small object store, no dashboard) whose workers import this
    newsgraph (the package's folder goes first on their PYTHONPATH, inherited from this process)."""
    ray = _import_ray()
    import newsgraph

    package_root = str(Path(newsgraph.__file__).resolve().parents[1])
    paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    os.environ["PYTHONPATH"] = os.pathsep.join([package_root] + [p for p in paths if p != package_root])
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(num_cpus=cpus, object_store_memory=LOCAL_OBJECT_STORE_BYTES, include_dashboard=False,
             log_to_driver=False)


class RayProcessor:
    """Context manager giving `run(batches) -> iterator of outcome lists`, in submission order."""

    def __init__(self, workers: int, address: Optional[str] = None):
        self.workers = workers
        self.address = address
        self.ray = None
        self.started = False
        self.actors: list = []

    def __enter__(self):
        ray = self.ray = _import_ray()
        if not ray.is_initialized():
            try:
                if self.address:
                    ray.init(address=self.address, log_to_driver=False)
                else:
                    init_local_ray(self.workers)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise ResourceError(f"cannot start or reach Ray ({self.address or 'local'}): {exc}") from None
            self.started = True
        worker_cls = ray.remote(num_cpus=1)(_BatchWorker)
        self.actors = [worker_cls.remote() for _ in range(self.workers)]
        return self.run

    def __exit__(self, *exc: object) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        self.actors = []
        if self.started:
            self.ray.shutdown()

    def run(self, batches: Iterable[list[tuple[str, Document]]]) -> Iterator[list]:
        in_flight: deque = deque()
        for i, batch in enumerate(batches):
            in_flight.append((batch, self.actors[i % len(self.actors)].process.remote(batch)))
            if len(in_flight) > 2 * len(self.actors):
                yield self._result(*in_flight.popleft())
        while in_flight:
            yield self._result(*in_flight.popleft())

    def _result(self, batch: list[tuple[str, Document]], ref) -> list:
        try:
            return self.ray.get(ref)
        except self.ray.exceptions.RayError as exc:     # an actor died or could not return the batch
            return [(o, d.id, None, f"worker error: {type(exc).__name__}: {str(exc)[:300]}") for o, d in batch]


class _BatchWorker:
    """A Ray actor: the pipeline's resources loaded once, then `process_batch` per call."""

    def __init__(self) -> None:
        from newsgraph.pipeline import load_resources
        load_resources()

    def process(self, batch: list[tuple[str, Document]]) -> list:
        from newsgraph.store.ingest import process_batch
        return process_batch(batch)
