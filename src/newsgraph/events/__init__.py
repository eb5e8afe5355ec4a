"""Events: PLOVER event detection, roles, counts, reporting source, status (SPEC.md sections 3-4).

Rule-based, over the records earlier stages write (tokens, entities, places, times, quotes):
  triggers.py  verbs, phrasal verbs and event nouns from data/events_triggers.py, typed and moded
  roles.py     source/target actors from the dependency tree (subject/agent, object control, possessor)
  resolver.py  actor references resolved to entities (appositions, nationality -> country, pronouns)
  counts.py    casualty/arrest/area/building counts via newsgraph.numbers
  setting.py   places and times by attachment: the nearest trigger above a place or time owns it
  status.py    reporting frame ("according to", "X said", quote speaker), channel, status
  modes.py     context rules for ACLED distinctions (armed clash vs attack, riots, seizures, ...)
  links.py     merges, denials and claims linked to the events they concern, quotes
  mapping.py   the one PLOVER + mode -> ACLED / CAMEO table
  assemble.py  incident assembly: every mention of one incident in a document -> one Event, `main`
  background.py what is no incident of its own: demanded contents, campaign nouns, "No casualties"
  furniture.py page furniture (link lists, tags, bylines, credits) and the headline line
  french.py    French documents: an English reading of the French parse (data/events_triggers_fr.py),
               so that the rules above run unchanged; French tolls ("129 morts et 200 blessés")
Decisions: one event may carry several places ("strikes in A, B and C"); events the text only
demands or threatens are `hypothetical`, intentions `planned`; a party reporting its own military
action or gain is `claimed`; "X must do Y" inside a report is the reporter's REQUEST of X; a
definite event noun with nothing of its own ("the attack") refers back to the earlier event.
The dead ("a soldier died") are targets; cause nouns ("the war", "a quake", "Fighting") are never
actors, the party named inside them is ("Russian strikes" -> Russian); a nationality word only
modifies its head ("Rwandan president": the text is the phrase, the entity the country, never the
NORP). Natural disasters make no ASSAULT. Negated events are `denied`; "urged X to ...",
threatened, conditional and imperative events `hypothetical`; "will", plans, "upcoming" `planned`.
One incident is one event: relative clauses inside a strike phrase, verbs sharing a cause noun and
a bare toll in the next sentence join the located attack; assemble.py then merges the headline,
restatements, anaphora and casualty sentences by the precedence rules in its docstring. The speaker's own country is never the
place of a verbal event; the dateline city places protests and police actions that have none.
"""
from newsgraph.events.detect import detect_events

__all__ = ["detect_events"]
