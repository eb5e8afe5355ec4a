"""Military unit vocabulary for the entities stage ("14e and 93e motorized brigades").

Sources: the unit designations used by the armed forces of Ukraine, Russia, the US and NATO
members in English (e.g. "93rd Separate Mechanized Brigade", "1st Guards Tank Army").
"""

# Ordinal suffixes: English, and French ones that machine translation leaves ("14e", "1er").
ORDINAL_SUFFIXES = ("th", "st", "nd", "rd", "ème", "eme", "e", "er", "re", "ère")

# Unit nouns (singular -> display) and their plurals.
UNIT_NOUNS: dict[str, str] = {
    "brigade": "Brigade", "division": "Division", "regiment": "Regiment", "battalion": "Battalion",
    "army": "Army", "corps": "Corps", "fleet": "Fleet", "squadron": "Squadron", "flotilla": "Flotilla",
    "detachment": "Detachment", "wing": "Wing",
}
UNIT_PLURALS: dict[str, str] = {
    "brigades": "brigade", "divisions": "division", "regiments": "regiment", "battalions": "battalion",
    "armies": "army", "corps": "corps", "fleets": "fleet", "squadrons": "squadron",
    "flotillas": "flotilla", "detachments": "detachment", "wings": "wing",
}

# Words that may stand between the ordinal and the unit noun.
UNIT_MODIFIERS = frozenset("""
motorized motorised mechanized mechanised separate independent airborne air assault tank
infantry rifle artillery marine marines mountain guards guard territorial defense defence
special operations forces naval jaeger combined arms armoured armored missile rocket
paratrooper parachute cavalry engineer engineering reconnaissance presidential national
operational tactical aviation fighter bomber helicopter coastal border motor light heavy
""".split())
