"""Invariants of the time rules on arbitrary text (hypothesis)."""
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.time.normalise import HANDLERS, Ctx, normalise_timex
from newsgraph.time.timex import find_timexes

_WORDS = st.sampled_from([
    "on", "in", "since", "the", "last", "next", "this", "Tuesday", "May", "March", "September", "Sept.",
    "14", "2022", "1998", "spring", "fall", "of", "two", "a", "few", "years", "days", "ago", "later",
    "quarter", "third", "week", "month", "year", "every", "daily", "p.m.", "10", ":", "30", ",", ".", "\n",
    "now", "recently", "morning", "night", "-", "/", "'90s", "the 1990s", "twice", "times", "UTC",
])
_TEXT = st.lists(_WORDS, max_size=25).map(" ".join) | st.text(max_size=80)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2090, 12, 31)),
       st.sampled_from([None, "past", "present", "future"]))
def test_candidates_are_disjoint_and_every_handler_answers(text, published, tense):
    cands = find_timexes(text)
    for a, b in zip(cands, cands[1:]):
        assert a.end <= b.start
    for c in cands:
        assert "\n" not in text[c.start:c.end]
        for ctx in (Ctx(published, tense), Ctx(None, tense)):
            timex = HANDLERS[c.rule](c.match, ctx)
            assert timex.type in ("DATE", "DURATION", "SET", "TIME")
            assert timex.anchor in ("published", "text", "none")


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.sampled_from([None, "2022-09-14"]))
def test_normalise_timex_never_raises(text, published):
    value, type_, _ = normalise_timex(text, published)
    assert value is None or isinstance(value, str)
    assert type_ in ("DATE", "DURATION", "SET", "TIME")
