"""Context rules that sharpen an event's type and mode once its actors are known (ACLED distinctions)."""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.data.events_frames import (ACCIDENT_CUES, ARMED_ACTOR_WORDS, CROWD_WORDS,
                                          INTERVENTION_CUES, SENTENCE_MODE_HINTS, WEAPON_WORDS)

SENTENCE_REFINABLE = {"attack", "strike", "explosion", "killing", None}
HINT_PATTERNS = {mode: re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b")
                 for mode, cues in SENTENCE_MODE_HINTS.items()}
from newsgraph.events.roles import ActorRef

GENERIC_ASSAULT = {"attack", "killing", None}
RIOT_CUES = ("clashed", "clashes", "stones", "stone-throwing", "rocks", "torched", "set fire", "vandal",
             "looted", "burned", "burnt", "violent", "rampage", "molotov", "petrol bomb")
LETHAL_CUES = ("killed", "shot dead", "opened fire", "live ammunition", "live rounds", "died", "deaths")
INANIMATE_CAUSES = {"explosion", "blast", "fire", "blaze", "collapse", "crash", "leak", "cylinder", "flood",
                    "earthquake", "storm", "accident", "explosions", "fires"}
EXPLOSION_MODES = {"explosion", "destruction", "remote explosive"}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w-]+", text.lower()))


def refine(event_type: str, mode: Optional[str], refs: list[ActorRef], sentence: str,
           nominal: bool) -> Optional[tuple[str, Optional[str]]]:
    """(type, mode) after context rules, or None when the trigger is not an event (an accident)."""
    low = sentence.lower()
    sources = set().union(*(_words(r.text) for r in refs if r.role == "source")) if refs else set()
    targets = set().union(*(_words(r.text) for r in refs if r.role == "target")) if refs else set()
    if event_type == "ASSAULT":
        if any(c in low for c in ACCIDENT_CUES) and (not sources or sources & INANIMATE_CAUSES) \
                and (mode in EXPLOSION_MODES or sources & INANIMATE_CAUSES):
            return None
        if sources & CROWD_WORDS:
            return "PROTEST", "riot"
        if mode in ("territory captured", "destruction") and targets & WEAPON_WORDS:
            return "COERCE", "seizure"
        if mode in SENTENCE_REFINABLE:
            hinted = next((m for m, rx in HINT_PATTERNS.items() if rx.search(low)), None)
            mode = hinted or mode
        if mode in GENERIC_ASSAULT and targets & ARMED_ACTOR_WORDS:
            return "ASSAULT", "armed clash"
    if event_type == "PROTEST" and mode in ("demonstration", None):
        if any(c in low for c in INTERVENTION_CUES):
            lethal = any(c in low for c in LETHAL_CUES)
            return "PROTEST", "excessive force" if lethal else "protest with intervention"
        if any(c in low for c in RIOT_CUES):
            return "PROTEST", "riot"
    return event_type, mode
