"""The first-character guard on time rules (time.firstchar): the same matches as the rule without it."""
from __future__ import annotations

import random
import re

import pytest

from newsgraph.time.firstchar import compile_rule, first_chars
from newsgraph.time.french import RULES_SRC_FR
from newsgraph.time.patterns import RULES_SRC

BARE = r"(?<![\w-])(?:{})(?![\w]|-[A-Za-z])"


def _spans(pattern: re.Pattern, text: str) -> list[tuple]:
    return [(m.start(), m.end(), tuple(sorted(m.groupdict().items()))) for m in pattern.finditer(text)]


@pytest.mark.parametrize("src, expected", [
    (r"ago", "(?=[a])"),
    (r"(?i:last|next)\s+week", "(?=(?i:[ln]))"),
    (r"(?:the\s+)?(?P<d>\d+)", r"(?=[\dt])"),                 # an optional word: what follows it can begin
    (r"\b(?=\d)\d{4}", r"(?=[\d])"),                          # zero-width items consume nothing
    (r"(?:a|b)?", None),                                      # may match nothing: no guard
    (r"[^a]bc", None),                                        # a negated class: anything may begin
    (r".x", None),
    (r"[-\]^]z", r"(?=[\-\]\^])"),                             # class characters escaped in the guard
])
def test_the_guard_names_what_can_begin_a_match(src, expected):
    assert first_chars(src) == expected


def test_a_case_insensitive_rule_has_a_case_insensitive_guard():
    guard = first_chars("mars|juin", re.IGNORECASE)
    assert guard == "(?=(?i:[jm]))"
    pattern = compile_rule("mars|juin", re.IGNORECASE)
    assert [m.group() for m in pattern.finditer("MARS, Juin, mars")] == ["MARS", "Juin", "mars"]


TEXTS = [
    "KYIV, Sept. 14, 2022 (AFP) - On Tuesday, five civilians were killed; last week 130 were arrested.",
    "The 14e brigade said on 13/09/2022 that 500 km2 had been retaken since the '80s and the 1990s.",
    "Le 3 mars 2022, à l'aube, il y a deux jours, dans la matinée du mardi 15 février, en fin de journée.",
    "Q3 2021 profits rose in the third quarter; the quarter ended July 31. Easter week, Tuesday nights, each July.",
    "A minute and a half; two more weeks; day-long talks; 5 p.m. EST, Nov. 9; twice a week; mid-2023.",
]


@pytest.mark.parametrize("name", sorted(RULES_SRC))
def test_every_english_rule_finds_the_same_matches_with_its_guard(name):
    src = RULES_SRC[name]
    bare, guarded = re.compile(BARE.format(src)), compile_rule(src)
    for text in TEXTS + _shuffled(TEXTS, 40):
        assert _spans(guarded, text) == _spans(bare, text)


@pytest.mark.parametrize("name", sorted(RULES_SRC_FR))
def test_every_french_rule_finds_the_same_matches_with_its_guard(name):
    flags = 0 if name == "fr_month" else re.IGNORECASE
    src = RULES_SRC_FR[name]
    bare, guarded = re.compile(BARE.format(src), flags), compile_rule(src, flags)
    for text in TEXTS + _shuffled(TEXTS, 40):
        assert _spans(guarded, text) == _spans(bare, text)


def _shuffled(texts: list[str], n: int) -> list[str]:
    """Texts of the sample's words in random orders and cases, so rules meet words next to new neighbours."""
    rng = random.Random(20261204)
    words = " ".join(texts).split()
    out = []
    for _ in range(n):
        picked = rng.sample(words, 12)
        out.append(" ".join(w.upper() if rng.random() < 0.2 else w for w in picked))
    return out
