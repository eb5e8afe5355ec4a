"""Context cues that type a name whatever NER said: the verbs and nouns around it.

Sources: English usage in news wires (verbs of visiting and travel take a place as object;
a name used as the modifier of a facility or settlement noun names a place; a name before
"party"/"movement" names an organisation), checked against the QA report of 2026-11-25 on
unseen articles. Lower case lemmas and words.
"""

# Verbs whose direct object is a place ("visited Kahramanmaras", "toured the region").
# Not "capture" or "reach": their object is often a person.
VISIT_VERBS = frozenset({"visit", "tour", "enter", "flee", "evacuate", "shell", "bomb", "liberate", "encircle",
                         "besiege"})
# Verbs of motion whose "to/into/from/towards" object is a place ("travelled to X", "fled from X").
MOTION_VERBS = frozenset({"travel", "fly", "go", "return", "arrive", "head", "move", "come", "drive", "march",
                          "flee", "relocate", "evacuate", "deploy", "sail", "walk", "retreat", "advance",
                          "withdraw", "escape", "trip", "visit", "journey"})   # not "send": "sent a letter to X"
# Prepositions before a name that make an untyped name a place ("in Cabixi").
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "outside", "around"})
MOTION_PREPOSITIONS = frozenset({"to", "into", "from", "toward", "towards", "in", "at"})

# Lower-case nouns that, right after a name, make it a facility ("the Halfaya bridge",
# "a Cabixi police station"): the name is the place the facility is named after.
FACILITY_NOUNS = frozenset({"bridge", "airport", "airbase", "camp", "market", "crossing", "checkpoint", "dam",
                            "port", "harbour", "harbor", "base", "station", "hospital", "stadium", "square",
                            "refinery", "mosque", "church", "prison", "mall", "highway", "motorway", "road",
                            "railway", "border", "plant", "mine", "barracks", "garrison", "pier", "terminal"})
# Lower-case nouns that, right after a name, make it a settlement or region ("the Omdurman suburb").
SETTLEMENT_NOUNS = frozenset({"region", "city", "town", "village", "oblast", "province", "district", "suburb",
                              "area", "county", "governorate", "municipality", "neighbourhood", "neighborhood",
                              "valley", "state", "island", "peninsula", "river", "desert"})
# Lower-case nouns that, right after a name, make it an organisation ("the ruling Frelimo party").
# Not "government", "regime" or "administration": "the Assad regime" names a person's rule.
ORG_CLASSIFIERS = frozenset({"party", "movement", "militia", "group", "rebels", "coalition", "alliance",
                             "faction", "union", "agency", "newspaper", "ministry", "militants",
                             "fighters", "insurgents", "guerrillas", "organisation",
                             "organization", "network", "company", "corporation", "daily", "broadcaster"})
# Lower-case nouns that, right before a name, make it an organisation ("the news agency Agência
# Estado", "the disaster agency AFAD", "the newspaper El Mundo").
ORG_APPOSITIVES = frozenset({"agency", "newspaper", "daily", "broadcaster", "weekly", "magazine", "party",
                             "movement", "militia", "group", "company", "firm", "channel", "network"})
# Nouns of armed groups that, after a group word, make the phrase an organisation ("Tigrayan
# forces", "Druze fighters"); national armies of known countries come from the national-body table.
ARMED_GROUP_NOUNS = frozenset({"forces", "troops", "fighters", "militia", "militias", "rebels", "militants",
                               "insurgents", "guerrillas", "units", "soldiers", "paramilitaries"})
