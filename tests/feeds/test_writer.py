"""The writer thread writes in order, bounds its queue, and hands errors back to the caller."""
from __future__ import annotations

import threading
import time

import pytest

from newsgraph.store.writer import BackgroundWriter


def test_items_are_written_in_order_and_close_waits_for_all():
    written = []
    writer = BackgroundWriter(lambda x: (time.sleep(0.01), written.append(x)), depth=2)
    for i in range(20):
        writer.put(i)
    writer.close()
    assert written == list(range(20))


def test_the_queue_is_bounded():
    gate = threading.Event()
    writer = BackgroundWriter(lambda x: gate.wait(), depth=2)
    started = time.monotonic()
    blocked = threading.Thread(target=lambda: [writer.put(i) for i in range(5)])
    blocked.start()
    blocked.join(timeout=0.5)
    assert blocked.is_alive()             # 1 being written + 2 queued: the 4th put waits
    gate.set()
    blocked.join()
    writer.close()
    assert time.monotonic() - started >= 0.5


def test_a_write_error_reaches_the_caller_and_abandon_drops_the_rest():
    def write(x):
        if x == 1:
            raise ValueError("disk full")
    writer = BackgroundWriter(write, depth=1)
    with pytest.raises(ValueError, match="disk full"):
        for i in range(50):
            writer.put(i)
            time.sleep(0.01)
        writer.close()
    done = []
    slow = BackgroundWriter(lambda x: (time.sleep(0.05), done.append(x)), depth=10)
    for i in range(10):
        slow.put(i)
    slow.abandon()
    assert len(done) <= 1                  # at most the write in progress finishes
