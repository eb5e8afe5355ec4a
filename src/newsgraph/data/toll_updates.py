"""Sentences that update a toll rather than report a new happening (events/updates.py, store/grouping.py).

"the death toll has risen to 40", "the number of fatalities ... increased from 30 to 35", "the number of
dead is 23", "as of 7 p.m., 23 people are known to be killed", "as of now, we have 15 dead",
"in addition to the 8 killed, 3 are missing". Each pattern has a `num` group (digits or number words,
parsed by newsgraph.numbers) and either a `noun` group naming what is counted or a fixed kind.
"""
from __future__ import annotations

import re

from newsgraph.numbers import TENS, UNITS

# Number words: the single words of newsgraph.numbers (not "a"/"an": "the toll rose to a record").
_WORD = "(?:" + "|".join(sorted((w for w in (*UNITS, *TENS, "hundred", "thousand", "and")
                                 if " " not in w and w not in ("a", "an")), key=len, reverse=True)) + ")"
NUM = (r"(?P<qual>at least |more than |over |nearly |almost |some |about |around )?"
       rf"(?P<num>\d[\d,]*(?:\.\d+)?|{_WORD}(?:[- ]{_WORD}){{0,3}})\b")
RISE = (r"(?:has |had |have )?(?:now )?(?:risen|rose|rises|rise|climbed|climbs|increased|increases|"
        r"grew|grown|grows|jumped|reached|reaches|hit|hits|stands at|stood at|is now|now stands at)")
TO_NUM = rf"(?:from\s+\S+\s+)?(?:to\s+)?{NUM}"       # "(increased) from 30 to 35", "(rose) to 40"
GAP = r"[^.;!?]{0,160}?"

# The counted noun -> the count kind.
NOUN_KIND = {
    "death": "killed", "dead": "killed", "deaths": "killed", "fatalities": "killed", "killed": "killed",
    "people killed": "killed", "those killed": "killed", "victims": "killed", "casualties": "killed",
    "injured": "injured", "wounded": "injured", "injuries": "injured", "missing": "missing",
}
_NOUNS = "|".join(sorted((re.escape(n) for n in NOUN_KIND), key=len, reverse=True))

# (anchors, pattern): a pattern runs only on text holding one of its anchors (lowercase), which keeps
# the scan cheap on the many articles that update no toll; the `noun` group names what is counted.
PATTERNS = [
    (("toll",), re.compile(rf"\b(?P<noun>death)\s+toll\b{GAP}\b{RISE}\s+{TO_NUM}", re.I)),
    (("number of",), re.compile(rf"\bnumber of (?:the )?(?P<noun>{_NOUNS})\b{GAP}\b{RISE}\s+{TO_NUM}", re.I)),
    (("number of",), re.compile(rf"\bnumber of (?:the )?(?P<noun>{_NOUNS}) (?:is|was) (?:now )?{NUM}", re.I)),
    (("bringing",), re.compile(rf"\bbringing the (?P<noun>death) toll to {NUM}", re.I)),
    (("as of", "by "), re.compile(rf"\b(?:as of|by)\b[^;!?]{{0,40}}?,\s*(?:[a-z ]{{0,30}}\b(?:have|had)\s+)?{NUM}\s+"
                rf"(?:people\s+|persons\s+|civilians\s+)?(?:are\s+|were\s+|have\s+|had\s+)?(?:now\s+)?"
                rf"(?:known to (?:be|have)\s+)?(?:been\s+)?(?P<noun>killed|dead|died|injured|wounded)\b", re.I)),
    ((" now ",), re.compile(rf"\b{NUM}\s+(?:people\s+|persons\s+|civilians\s+)?(?:have|had)\s+now\s+(?:been\s+)?"
                rf"(?P<noun>killed|died|dead)\b", re.I)),
    (("in addition to",), re.compile(rf"\bin addition to the {NUM}\s+(?:people\s+)?"
                                     rf"(?P<noun>killed|dead|injured|wounded)\b", re.I)),
    (("in addition to",), re.compile(rf"\bin addition to the [^,]{{1,40}},\s*{NUM}\s+(?:people\s+|others\s+)?"
                                     rf"(?:are|were|remain)\s+(?:still\s+)?(?P<noun>missing)\b", re.I)),
]

KIND_ALIASES = {"died": "killed"}
