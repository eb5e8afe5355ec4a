"""Progress of an ingest run on stderr: a rich bar (rate, ETA) on a terminal, plain lines otherwise."""
from __future__ import annotations

import sys
import time
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

LOG_EVERY_S = 5.0      # plain-line mode: a line at the first stored batch, then at most one per this many seconds


class IngestProgress:
    """`update(summary)` after each batch; use as a context manager."""

    def __init__(self, total: int, enabled: bool = True):
        self.total = total
        self.enabled = enabled
        self.tty = sys.stderr.isatty()
        self.started = time.perf_counter()
        self._last_line = 0.0
        self._wrote = False
        self._bar: Progress | None = None
        self._task: Any = None

    def __enter__(self) -> "IngestProgress":
        if self.enabled and self.tty:
            self._bar = Progress(
                TextColumn("[bold]ingest"), BarColumn(bar_width=24), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.1f} docs/s"), TextColumn("eta"), TimeRemainingColumn(),
                TextColumn("{task.fields[detail]}"),
                console=Console(stderr=True), transient=False)
            self._bar.start()
            self._task = self._bar.add_task("ingest", total=self.total, rate=0.0, detail="")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def update(self, summary: Any) -> None:
        if not self.enabled:
            return
        seen = summary.done + summary.skipped + summary.failed
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        if self._bar is not None:
            self._bar.update(self._task, completed=seen, rate=summary.done / elapsed,
                             detail=f"new {summary.done} skip {summary.skipped} fail {summary.failed}")
            return
        detail = f"stored {summary.done}, skipped {summary.skipped}, failed {summary.failed}"
        now = time.perf_counter()
        first_write = summary.done > 0 and not self._wrote
        if first_write or now - self._last_line >= LOG_EVERY_S or seen >= self.total:
            self._last_line, self._wrote = now, summary.done > 0
            print(f"ingest: {seen}/{self.total} ({detail}), {summary.done / elapsed:.1f} docs/s",
                  file=sys.stderr, flush=True)
