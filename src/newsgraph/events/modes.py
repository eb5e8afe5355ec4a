"""Context rules that sharpen an event's type and mode once its actors are known (ACLED distinctions)."""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.data.events_frames import (ACCIDENT_CUES, ARMED_ACTOR_WORDS, ARMED_CUES, CIVILIAN_WORDS, CROWD_WORDS,
                                          FIGHT_LEMMAS, HAZARD_WINDOW, INTERVENTION_CUES, MARKET_CUES,
                                          MARKET_SENSITIVE, NATURAL_HAZARDS, WEAK_MARKET_CUES,
                                          SENTENCE_MODE_HINTS, VIOLENCE_CUES, WEAPON_WORDS)
from newsgraph.data.events_triggers_fr import (ACCIDENT_CUES_FR, ACCIDENT_SOURCES_FR, ARMED_CUES_FR, NATURAL_DEATH_CUES_FR,
                                               NATURAL_HAZARDS_FR, SENTENCE_MODE_HINTS_FR)

# French cues beside the English ones: distinct words, so neither language's fire on the other's text.
ACCIDENTS = ACCIDENT_CUES + ACCIDENT_CUES_FR
HAZARDS = NATURAL_HAZARDS | NATURAL_HAZARDS_FR
ARMED = ARMED_CUES | ARMED_CUES_FR

DENIED_OBJECTS = {"claim", "claims", "allegation", "allegations", "accusation", "accusations", "report", "reports",
                  "charge", "charges", "responsibility", "involvement", "involved"}
SETTLEMENTS = {"village", "villages", "town", "towns", "city", "cities", "area", "areas", "district", "districts",
               "region", "territory", "neighborhood", "neighbourhood", "province", "base", "hill", "positions"}
STATE_FORCES = {"army", "government", "military", "troops", "soldiers", "regime", "forces", "police", "navy",
                "airforce", "marines", "defence", "defense"}
NON_STATE_FORCES = {"rebels", "rebel", "militants", "militant", "insurgents", "jihadists", "fighters", "militia",
                    "militias", "gunmen", "terrorists", "separatists", "islamists", "taliban", "isis", "isil",
                    "al-shabab", "boko", "haram", "houthi", "houthis", "opposition", "daesh"}
SENTENCE_REFINABLE = {"attack", "strike", "explosion", "killing", None}
HINT_PATTERNS = {mode: re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues + SENTENCE_MODE_HINTS_FR.get(mode, ()))
                                  + r")s?\b") for mode, cues in SENTENCE_MODE_HINTS.items()}
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


def _french_accident(lemma: str, sources: set[str], low: str, words: set[str]) -> bool:
    """A toll with no armed or weapon word beside a French accident cue and no source (or an accident
    for source)."""
    if lemma not in ("die", "injure", "wound", "kill", "hurt") or words & ARMED \
            or any(rx.search(low) for rx in HINT_PATTERNS.values()):
        return False
    return bool(sources & ACCIDENT_SOURCES_FR) or (not sources and any(c in low for c in ACCIDENT_CUES_FR))


def refine(event_type: str, mode: Optional[str], refs: list[ActorRef], sentence: str,
           nominal: bool, lemma: str = "") -> Optional[tuple[str, Optional[str]]]:
    """(type, mode) after context rules, or None when the trigger is not an event (an accident,
    a market rally, a legal battle)."""
    low = sentence.lower()
    words = _words(low)
    if lemma in MARKET_SENSITIVE and (words & MARKET_CUES - WEAK_MARKET_CUES or len(words & WEAK_MARKET_CUES) > 1):
        return None                                 # shares rallied; not "a strike on a market"
    if lemma in FIGHT_LEMMAS and not words & VIOLENCE_CUES:
        return None
    sources = set().union(*(_words(r.extent or r.text) for r in refs if r.role == "source")) if refs else set()
    targets = set().union(*(_words(r.extent or r.text) for r in refs if r.role == "target")) if refs else set()
    if event_type == "ASSAULT" and lemma == "fire" and "tear gas" in low:
        return "COERCE", "force against protest"
    if event_type == "ASSAULT" and lemma == "die" and not sources and not words & ARMED \
            and any(c in low for c in NATURAL_DEATH_CUES_FR):
        return None                                 # 'est mort à l'âge de 77 ans': a natural death
    if event_type == "ASSAULT" and _french_accident(lemma, sources, low, words):
        return None                                 # 'sont mortes ... lorsque deux trains ont déraillé'
    if event_type == "ASSAULT":
        if any(c in low for c in ACCIDENTS) and (not sources or sources & INANIMATE_CAUSES) \
                and (mode in EXPLOSION_MODES or sources & INANIMATE_CAUSES):
            return None
        if sources & CROWD_WORDS:
            return "PROTEST", "riot"
        heads = {r.text.split()[-1].lower() for r in refs if r.role == "target" and r.text}
        if (mode == "territory captured" and (targets | _words(low)) & WEAPON_WORDS) or \
                (mode == "destruction" and heads & WEAPON_WORDS):
            return "COERCE", "seizure"
        first = _words(next((r.extent or r.text for r in refs if r.role == "source"), ""))
        if mode == "territory captured" and first & STATE_FORCES and not first & NON_STATE_FORCES:
            return "ASSAULT", "territory regained"
        if mode in SENTENCE_REFINABLE:
            hinted = next((m for m, rx in HINT_PATTERNS.items() if rx.search(low)), None)
            mode = hinted or mode
        if mode in GENERIC_ASSAULT and targets & ARMED_ACTOR_WORDS and not targets & CIVILIAN_WORDS:
            return "ASSAULT", "armed clash"
    if event_type == "RETREAT" and mode == "release" and targets & SETTLEMENTS:
        return "ASSAULT", "territory regained"      # "freed several villages from IS"
    if lemma == "march" and sources & (STATE_FORCES | NON_STATE_FORCES) and not sources & CROWD_WORDS:
        return None                                 # "troops marched into the town"
    if event_type == "REJECT" and targets & DENIED_OBJECTS:
        return "REJECT", "denial"          # "Kyiv rejected the claim", "denied responsibility"
    if event_type in ("REQUEST", "ACCUSE") and sources & CROWD_WORDS:
        return "PROTEST", "demonstration"      # demands voiced by a crowd are its protest
    if event_type == "PROTEST" and mode in ("demonstration", None):
        if any(c in low for c in INTERVENTION_CUES):
            lethal = any(c in low for c in LETHAL_CUES)
            return "PROTEST", "excessive force" if lethal else "protest with intervention"
        if any(c in low for c in RIOT_CUES):
            return "PROTEST", "riot"
    return event_type, mode


def protest_episodes(drafts: list, window: int = 1) -> None:
    """A protest with police action against it within a sentence either side is a protest with
    intervention (ACLED), or excessive force when the action kills; violence by the crowd nearby
    makes it a riot."""
    for d in drafts:
        ev = d.event
        if ev.type != "PROTEST" or ev.mode not in ("demonstration", None):
            continue
        near = [o for o in drafts if o is not d and abs(o.sent - d.sent) <= window]
        if any(o.event.type == "PROTEST" and o.event.mode == "riot" for o in near):
            ev.mode = "riot"
        elif any(o.event.type == "COERCE" and o.event.mode in INTERVENTION_MODES
                 and (o.event.mode == "force against protest" or _target_words(o) & CROWD_WORDS) for o in near):
            ev.mode = "protest with intervention"
        elif any(o.event.type == "ASSAULT" and _police_source(o) for o in near):
            lethal = any(c.kind == "killed" for o in near for c in o.event.counts)
            ev.mode = "excessive force" if lethal else "protest with intervention"


INTERVENTION_MODES = {"arrest", "force against protest", "repression"}


def _target_words(d) -> set[str]:
    return set().union(*(_words(a.text) for a in d.event.actors if a.role == "target")) if d.event.actors else set()


def _police_source(d) -> bool:
    return any(a.role == "source" and _words(a.text) & {"police", "officers", "forces", "troops", "soldiers"}
               for a in d.event.actors)


def drop_natural_disasters(tree, drafts: list) -> list:
    """'a quake struck', 'earthquake-hit', and deaths with no human source next to a hazard word
    are a natural disaster, not an ASSAULT: no event."""
    doc = tree.doc
    words = [{t.text.lower() for t in doc.tokens[s.token_start:s.token_end] if t.pos != "PROPN" and not t.ent_type}
             for s in doc.sentences]            # common words only: "the Storm Corps" is no storm
    return [d for d in drafts if not (d.event.type == "ASSAULT" and _natural(tree, d, words))]


def _natural(tree, d, words: list[set[str]]) -> bool:
    source = d.source
    if source is not None and _words(source.text) & HAZARDS:
        return True                                  # "a magnitude 7.8 quake struck"
    tok = tree.tok(d.trigger.token)
    before = tree.doc.text[max(0, tok.start - 1):tok.start]
    prev = tree.tok(tok.i - 1) if tok.i > 0 else None
    if before == "-" and prev is not None and tok.i > 1 and tree.tok(tok.i - 2).lemma.lower() in HAZARDS:
        return True                                  # "the earthquake-hit province"
    if source is not None or words[d.sent] & ARMED:
        return False
    return any(words[k] & HAZARDS for k in range(max(0, d.sent - HAZARD_WINDOW), d.sent + 1))
