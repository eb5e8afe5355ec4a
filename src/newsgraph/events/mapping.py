"""The one mapping table: PLOVER type + mode -> ACLED event_type/sub_event_type and CAMEO root.

Sources: ACLED codebook (2023) event and sub-event types; CAMEO root codes from the CAMEO
1.1b3 manual as paired with PLOVER types in the OEDA CAMEO-to-PLOVER table (draft 0.8, 2021):
02/10 REQUEST, 03 AGREE, 04 CONSULT, 05 SUPPORT, 06 COOPERATE, 07 AID, 08 CONCEDE/RETREAT,
11 ACCUSE, 12 REJECT, 13 THREATEN, 14 PROTEST, 15 MOBILIZE, 16 SANCTION, 17 COERCE,
18 ASSAULT (19 for armed clashes, 20 for mass violence). Verbal types with no ACLED
counterpart map to ACLED's "Strategic developments / Other" only where ACLED codes them
(agreements, arrests, territory); otherwise `acled` is None.
Used by the event stage, the exporters and `newsgraph eval events`.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.model import AcledType, Event

SD = "Strategic developments"
EXP = "Explosions/Remote violence"
VAC = "Violence against civilians"

# (PLOVER type, mode or None) -> (ACLED event_type, ACLED sub_event_type, CAMEO root)
MAPPING: dict[tuple[str, Optional[str]], tuple[Optional[str], Optional[str], str]] = {
    ("ASSAULT", None): ("Battles", "Armed clash", "18"),
    ("ASSAULT", "attack"): (VAC, "Attack", "18"),
    ("ASSAULT", "killing"): (VAC, "Attack", "18"),
    ("ASSAULT", "torture"): (VAC, "Attack", "18"),
    ("ASSAULT", "mob violence"): ("Riots", "Mob violence", "18"),
    ("ASSAULT", "abduction"): (VAC, "Abduction/forced disappearance", "18"),
    ("ASSAULT", "sexual violence"): (VAC, "Sexual violence", "18"),
    ("ASSAULT", "armed clash"): ("Battles", "Armed clash", "19"),
    ("ASSAULT", "territory regained"): ("Battles", "Government regains territory", "19"),
    ("ASSAULT", "territory gained"): ("Battles", "Government regains territory", "19"),
    ("ASSAULT", "territory captured"): ("Battles", "Non-state actor overtakes territory", "19"),
    ("ASSAULT", "strike"): (EXP, "Shelling/artillery/missile attack", "18"),
    ("ASSAULT", "shelling"): (EXP, "Shelling/artillery/missile attack", "18"),
    ("ASSAULT", "missile strike"): (EXP, "Shelling/artillery/missile attack", "18"),
    ("ASSAULT", "air strike"): (EXP, "Air/drone strike", "18"),
    ("ASSAULT", "drone strike"): (EXP, "Air/drone strike", "18"),
    ("ASSAULT", "explosion"): (EXP, "Remote explosive/landmine/IED", "18"),
    ("ASSAULT", "remote explosive"): (EXP, "Remote explosive/landmine/IED", "18"),
    ("ASSAULT", "suicide bombing"): (EXP, "Suicide bomb", "18"),
    ("ASSAULT", "grenade"): (EXP, "Grenade", "18"),
    ("ASSAULT", "chemical weapons"): (EXP, "Chemical weapon", "20"),
    ("ASSAULT", "destruction"): (SD, "Looting/property destruction", "18"),
    ("COERCE", None): (SD, "Other", "17"),
    ("COERCE", "arrest"): (SD, "Arrests", "17"),
    ("COERCE", "deport"): (SD, "Other", "17"),
    ("COERCE", "seizure"): (SD, "Disrupted weapons use", "17"),
    ("COERCE", "force against protest"): ("Protests", "Protest with intervention", "17"),
    ("COERCE", "repression"): (SD, "Other", "17"),
    ("COERCE", "restrict"): (SD, "Other", "17"),
    ("COERCE", "censor"): (SD, "Other", "17"),
    ("COERCE", "destruction"): (SD, "Looting/property destruction", "17"),
    ("PROTEST", None): ("Protests", "Peaceful protest", "14"),
    ("PROTEST", "demonstration"): ("Protests", "Peaceful protest", "14"),
    ("PROTEST", "boycott"): ("Protests", "Peaceful protest", "14"),
    ("PROTEST", "strike"): ("Protests", "Peaceful protest", "14"),      # work stoppage
    ("PROTEST", "riot"): ("Riots", "Violent demonstration", "14"),
    ("PROTEST", "protest with intervention"): ("Protests", "Protest with intervention", "14"),
    ("PROTEST", "excessive force"): ("Protests", "Excessive force against protesters", "14"),
    ("RETREAT", None): (SD, "Non-violent transfer of territory", "08"),
    ("RETREAT", "withdrawal"): (SD, "Non-violent transfer of territory", "08"),
    ("RETREAT", "release"): (SD, "Other", "08"),
    ("RETREAT", "displacement"): (None, None, "08"),             # people fleeing: no ACLED event
    ("MOBILIZE", None): (SD, "Change to group/activity", "15"),
    ("MOBILIZE", "troops"): (SD, "Change to group/activity", "15"),
    ("MOBILIZE", "base"): (SD, "Headquarters or base established", "15"),
    ("AGREE", None): (SD, "Agreement", "03"),
    ("AGREE", "agreement"): (SD, "Agreement", "03"),
    ("AGREE", "ceasefire"): (SD, "Agreement", "03"),
    ("AGREE", "pledge"): (None, None, "03"),
    ("CONSULT", None): (None, None, "04"),
    ("SUPPORT", None): (None, None, "05"),
    ("COOPERATE", None): (None, None, "06"),
    ("AID", None): (None, None, "07"),
    ("CONCEDE", None): (SD, "Other", "08"),
    ("CONCEDE", "surrender"): (SD, "Agreement", "08"),          # ACLED: surrenders are agreements
    ("AGREE", "prisoner exchange"): (SD, "Agreement", "06"),
    ("ACCUSE", None): (None, None, "11"),
    ("ACCUSE", "investigate"): (None, None, "09"),
    ("REJECT", None): (None, None, "12"),
    ("THREATEN", None): (None, None, "13"),
    ("REQUEST", None): (None, None, "10"),
    ("SANCTION", None): (SD, "Other", "16"),
}


def lookup(event_type: str, mode: Optional[str]) -> tuple[Optional[AcledType], Optional[str]]:
    """ACLED type and CAMEO root for a PLOVER type + mode (the type's default for unknown modes)."""
    row = MAPPING.get((event_type, mode)) or MAPPING.get((event_type, None))
    if row is None:
        return None, None
    acled_type, sub_type, cameo = row
    return (AcledType(acled_type, sub_type) if acled_type else None), cameo


def apply_mapping(event: Event) -> Event:
    """Fill event.acled and event.cameo_root from MAPPING."""
    event.acled, event.cameo_root = lookup(event.type, event.mode)
    return event
