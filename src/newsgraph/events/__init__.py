"""Events: PLOVER event detection, roles, counts, reporting source, status."""
from newsgraph.events.detect import detect_events

__all__ = ["detect_events"]
