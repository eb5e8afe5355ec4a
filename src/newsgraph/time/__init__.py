"""Time: temporal expressions normalised against the publication date."""
from newsgraph.time.timex import normalise_times

__all__ = ["normalise_times"]
