"""Events: PLOVER event detection, roles, counts, reporting source, status (SPEC.md sections 3-4).

Rule-based, over the records earlier stages write (tokens, entities, places, times, quotes):
  triggers.py  verbs, phrasal verbs and event nouns from data/events_triggers.py, typed and moded
  roles.py     source/target actors from the dependency tree, resolved to entities (metonyms too)
  counts.py    casualty/arrest/area/building counts via newsgraph.numbers
  setting.py   places and times by attachment: the nearest trigger above a place or time owns it
  status.py    reporting frame ("according to", "X said", quote speaker), channel, status
  modes.py     context rules for ACLED distinctions (armed clash vs attack, riots, seizures, ...)
  links.py     merges, denials and claims linked to the events they concern, quotes
  mapping.py   the one PLOVER + mode -> ACLED / CAMEO table
Decisions: one event may carry several places ("strikes in A, B and C"); events the text only
demands or threatens are `hypothetical`, intentions `planned`; a party reporting its own military
action or gain is `claimed`; "X must do Y" inside a report is the reporter's REQUEST of X; a
definite event noun with nothing of its own ("the attack") refers back to the earlier event.
"""
from newsgraph.events.detect import detect_events

__all__ = ["detect_events"]
