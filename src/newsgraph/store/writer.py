"""A writer thread: batches are written to the store while the next ones are parsed.

`BackgroundWriter(write, depth)` calls `write(item)` for each `put(item)`, in order, in one thread;
at most `depth` items wait (a bounded queue, so memory stays flat when writing is the slower
side). An exception in `write` is raised again in the caller at its next `put` or at `close`.
`close()` waits for every queued item to be written; `abandon()` (Ctrl-C) drops the queued ones
and waits only for the write in progress, so the database ends on a committed batch.
"""
from __future__ import annotations

import queue
import threading
from typing import Any, Callable, Optional

_STOP = object()


class BackgroundWriter:
    def __init__(self, write: Callable[[Any], None], depth: int = 2):
        self._write = write
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._error: Optional[BaseException] = None
        self._abandoned = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="newsgraph-writer", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            if self._error is not None or self._abandoned.is_set():
                continue
            try:
                self._write(item)
            except BaseException as exc:     # handed to the caller's thread
                self._error = exc

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def put(self, item: Any) -> None:
        self._raise()
        while True:
            try:
                self._queue.put(item, timeout=0.5)
                return
            except queue.Full:
                self._raise()

    def close(self) -> None:
        """Write everything queued, stop the thread, raise a write error if there was one."""
        self._queue.put(_STOP)
        self._thread.join()
        self._raise()

    def abandon(self) -> None:
        """Drop what is queued; wait for the write in progress to finish."""
        self._abandoned.set()
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        self._queue.put(_STOP)
        self._thread.join()
