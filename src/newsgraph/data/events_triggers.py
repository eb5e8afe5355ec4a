"""Event trigger lexicon: lemma -> (PLOVER type, mode).

Source: the PLOVER manual (Open Event Data Alliance, draft 0.8, 2021) type definitions and the
CAMEO-to-PLOVER table (CAMEO 1.1b3 verb classes), cut down to the verbs and nouns that news
wires use for each type; modes follow ACLED's sub-event vocabulary (ACLED codebook 2023) so
that events/mapping.py can map them. Lemmas are spaCy lemmas (lower case).
"""

# Verbs (and verb-like participles) -> (type, mode). mode None = the type's default.
VERBS = {
    # ASSAULT: material violence
    "attack": ("ASSAULT", "attack"), "assault": ("ASSAULT", "attack"), "ambush": ("ASSAULT", "attack"),
    "raid": ("ASSAULT", "attack"), "storm": ("ASSAULT", "attack"), "invade": ("ASSAULT", "attack"),
    "strike": ("ASSAULT", "strike"), "hit": ("ASSAULT", "strike"), "target": ("ASSAULT", "strike"),
    "bomb": ("ASSAULT", "air strike"), "airstrike": ("ASSAULT", "air strike"),
    "shell": ("ASSAULT", "shelling"), "pound": ("ASSAULT", "shelling"), "bombard": ("ASSAULT", "shelling"),
    "shoot": ("ASSAULT", "attack"), "gun": ("ASSAULT", "attack"), "open fire": ("ASSAULT", "attack"),
    "kill": ("ASSAULT", "killing"), "murder": ("ASSAULT", "killing"), "execute": ("ASSAULT", "killing"),
    "massacre": ("ASSAULT", "killing"), "slaughter": ("ASSAULT", "killing"), "behead": ("ASSAULT", "killing"),
    "assassinate": ("ASSAULT", "killing"), "lynch": ("ASSAULT", "mob violence"), "stab": ("ASSAULT", "attack"),
    "die": ("ASSAULT", "killing"), "injure": ("ASSAULT", "attack"), "wound": ("ASSAULT", "attack"),
    "abduct": ("ASSAULT", "abduction"), "kidnap": ("ASSAULT", "abduction"),
    "rape": ("ASSAULT", "sexual violence"), "torture": ("ASSAULT", "torture"),
    "destroy": ("ASSAULT", "destruction"), "burn": ("ASSAULT", "destruction"), "torch": ("ASSAULT", "destruction"),
    "loot": ("ASSAULT", "destruction"), "vandalize": ("ASSAULT", "destruction"), "ransack": ("ASSAULT", "destruction"),
    "explode": ("ASSAULT", "explosion"), "detonate": ("ASSAULT", "explosion"), "blow": ("ASSAULT", "explosion"),
    "clash": ("ASSAULT", "armed clash"), "fight": ("ASSAULT", "armed clash"), "battle": ("ASSAULT", "armed clash"),
    "retake": ("ASSAULT", "territory regained"), "recapture": ("ASSAULT", "territory regained"),
    "reconquer": ("ASSAULT", "territory regained"), "liberate": ("ASSAULT", "territory regained"),
    "regain": ("ASSAULT", "territory regained"), "reclaim": ("ASSAULT", "territory regained"),
    "capture": ("ASSAULT", "territory captured"), "seize": ("ASSAULT", "territory captured"),
    "overrun": ("ASSAULT", "territory captured"), "conquer": ("ASSAULT", "territory captured"),
    # COERCE: repression, arrests, restrictions
    "arrest": ("COERCE", "arrest"), "detain": ("COERCE", "arrest"), "apprehend": ("COERCE", "arrest"),
    "imprison": ("COERCE", "arrest"), "jail": ("COERCE", "arrest"), "round": ("COERCE", "arrest"),
    "deport": ("COERCE", "deport"), "expel": ("COERCE", "deport"), "ban": ("COERCE", "restrict"),
    "censor": ("COERCE", "censor"), "confiscate": ("COERCE", "seizure"), "disperse": ("COERCE", "force against protest"),
    "tear-gas": ("COERCE", "force against protest"), "crack": ("COERCE", "repression"),
    "repress": ("COERCE", "repression"), "suppress": ("COERCE", "force against protest"),
    "sentence": ("COERCE", "arrest"), "defuse": ("COERCE", "seizure"),
    # PROTEST
    "protest": ("PROTEST", "demonstration"), "demonstrate": ("PROTEST", "demonstration"),
    "rally": ("PROTEST", "demonstration"), "march": ("PROTEST", "demonstration"),
    "riot": ("PROTEST", "riot"), "picket": ("PROTEST", "demonstration"), "boycott": ("PROTEST", "boycott"),
    # RETREAT
    "withdraw": ("RETREAT", "withdrawal"), "retreat": ("RETREAT", "withdrawal"), "flee": ("RETREAT", "displacement"),
    "evacuate": ("RETREAT", "withdrawal"), "release": ("RETREAT", "release"), "free": ("RETREAT", "release"),
    # SANCTION
    "sanction": ("SANCTION", "sanctions"), "embargo": ("SANCTION", "sanctions"), "sever": ("SANCTION", "relations"),
    "suspend": ("SANCTION", "relations"), "freeze": ("SANCTION", "sanctions"),
    # MOBILIZE
    "mobilize": ("MOBILIZE", "troops"), "mobilise": ("MOBILIZE", "troops"), "deploy": ("MOBILIZE", "troops"),
    "mass": ("MOBILIZE", "troops"), "reinforce": ("MOBILIZE", "troops"),
    "find": ("COERCE", "seizure"), "recover": ("COERCE", "seizure"), "discover": ("COERCE", "seizure"),
    "contribute": ("AID", None), "halt": ("SANCTION", "relations"), "reduce": ("SANCTION", "reduce aid"),
    "cut": ("SANCTION", "reduce aid"), "demolish": ("COERCE", "destruction"), "hack": ("COERCE", "cyber attack"),
    "exchange": ("AGREE", "prisoner exchange"), "swap": ("AGREE", "prisoner exchange"),
    "drop": ("ASSAULT", "attack"), "fire": ("ASSAULT", "attack"), "intercept": ("COERCE", "seizure"),
    "close": ("SANCTION", "relations"), "block": ("PROTEST", "demonstration"),
    "hurl": ("ASSAULT", "attack"), "throw": ("ASSAULT", "attack"), "lob": ("ASSAULT", "attack"),
    "establish": ("MOBILIZE", "base"), "build": ("MOBILIZE", "base"), "create": ("MOBILIZE", "base"),
    # verbal cooperation and conflict
    "meet": ("CONSULT", "meeting"), "visit": ("CONSULT", "visit"), "host": ("CONSULT", "visit"),
    "talk": ("CONSULT", "talks"), "discuss": ("CONSULT", "talks"), "negotiate": ("CONSULT", "talks"),
    "phone": ("CONSULT", "phone call"), "telephone": ("CONSULT", "phone call"),
    "mediate": ("CONSULT", "mediation"), "offer": ("AGREE", "pledge"), "allow": ("CONCEDE", None),
    "permit": ("CONCEDE", None), "defend": ("SUPPORT", "endorse"), "forgive": ("SUPPORT", "endorse"),
    "extradite": ("COOPERATE", "legal"), "probe": ("ACCUSE", "investigate"), "grant": ("AID", None),
    "receive": ("CONSULT", "visit"), "speak": ("CONSULT", "talks"), "consult": ("CONSULT", "talks"),
    "agree": ("AGREE", "agreement"), "sign": ("AGREE", "agreement"), "pledge": ("AGREE", "pledge"),
    "promise": ("AGREE", "pledge"), "vow": ("AGREE", "pledge"), "accept": ("AGREE", "agreement"),
    "support": ("SUPPORT", "endorse"), "back": ("SUPPORT", "endorse"), "praise": ("SUPPORT", "endorse"),
    "endorse": ("SUPPORT", "endorse"), "welcome": ("SUPPORT", "endorse"), "thank": ("SUPPORT", "endorse"),
    "congratulate": ("SUPPORT", "endorse"), "apologize": ("SUPPORT", "apology"), "recognize": ("SUPPORT", "recognition"),
    "cooperate": ("COOPERATE", None), "collaborate": ("COOPERATE", None), "share": ("COOPERATE", "intelligence"),
    "aid": ("AID", None), "donate": ("AID", "humanitarian"), "supply": ("AID", "military"),
    "deliver": ("AID", None), "provide": ("AID", None),
    "concede": ("CONCEDE", None), "surrender": ("CONCEDE", "surrender"),
    "resign": ("CONCEDE", "resignation"), "lift": ("CONCEDE", "ease"), "ease": ("CONCEDE", "ease"),
    "accuse": ("ACCUSE", "accusation"), "blame": ("ACCUSE", "accusation"), "condemn": ("ACCUSE", "criticism"),
    "criticize": ("ACCUSE", "criticism"), "criticise": ("ACCUSE", "criticism"), "denounce": ("ACCUSE", "criticism"),
    "charge": ("ACCUSE", "legal"), "sue": ("ACCUSE", "legal"), "investigate": ("ACCUSE", "investigate"),
    "deny": ("REJECT", "denial"), "reject": ("REJECT", None), "refuse": ("REJECT", None),
    "veto": ("REJECT", "veto"), "dismiss": ("REJECT", "denial"), "refute": ("REJECT", "denial"),
    "threaten": ("THREATEN", None), "warn": ("THREATEN", "warning"),
    "demand": ("REQUEST", "demand"), "urge": ("REQUEST", "demand"), "appeal": ("REQUEST", "appeal"),
    "request": ("REQUEST", None), "ask": ("REQUEST", None),
}

# Verb + particle/preposition -> (type, mode); checked before VERBS.
PHRASAL = {
    ("take", "back"): ("ASSAULT", "territory regained"), ("win", "back"): ("ASSAULT", "territory regained"),
    ("take", "control"): ("ASSAULT", "territory captured"), ("gain", "control"): ("ASSAULT", "territory captured"),
    ("take", "over"): ("ASSAULT", "territory captured"),
    ("blow", "up"): ("ASSAULT", "explosion"), ("set", "fire"): ("ASSAULT", "destruction"),
    ("open", "fire"): ("ASSAULT", "attack"), ("round", "up"): ("COERCE", "arrest"),
    ("crack", "down"): ("COERCE", "repression"), ("pull", "out"): ("RETREAT", "withdrawal"),
    ("pull", "back"): ("RETREAT", "withdrawal"), ("call", "for"): ("REQUEST", "demand"),
    ("call", "on"): ("REQUEST", "demand"), ("speak", "to"): ("CONSULT", "talks"),
    ("speak", "with"): ("CONSULT", "talks"), ("hold", "talks"): ("CONSULT", "talks"),
    ("take", "to"): ("PROTEST", "demonstration"), ("set", "up"): ("MOBILIZE", "base"),
    ("gain", "ground"): ("ASSAULT", "territory captured"), ("force", "out"): ("COERCE", "deport"),
    ("establish", "tie"): ("SUPPORT", "recognition"), ("establish", "relation"): ("SUPPORT", "recognition"),
    ("restore", "tie"): ("SUPPORT", "recognition"), ("restore", "relation"): ("SUPPORT", "recognition"), ("set", "ablaze"): ("ASSAULT", "destruction"),
    ("turn", "down"): ("REJECT", None), ("call", "up"): ("MOBILIZE", "troops"), ("back", "down"): ("CONCEDE", None), ("back", "off"): ("CONCEDE", None),
}
# Verbs that trigger only with one of these particles/objects (otherwise not events).
# Verbs that name a territorial gain when their object is an area ("taken 500 km2").
AREA_VERBS = {"take": ("ASSAULT", "territory gained"), "gain": ("ASSAULT", "territory gained"),
              "win": ("ASSAULT", "territory gained"), "lose": ("RETREAT", "withdrawal")}
PHRASAL_ONLY = {"take", "win", "set", "open", "call", "round", "pull", "crack", "blow", "turn", "hold"}

# Generic verbs that are events only with one of these object lemmas ("delivered aid", "executed prisoners").
AID_OBJECTS = ("aid", "weapon", "arm", "assistance", "supply", "food", "medicine", "ammunition", "equipment",
               "fund", "funding", "loan", "money", "vaccine", "tank", "missile", "jet", "help", "support", "relief")
PERSON_OBJECTS = ("prisoner", "man", "woman", "people", "civilian", "soldier", "hostage", "person", "member",
                  "activist", "journalist", "child", "suspect", "captive", "detainee", "resident", "official")
WEAPON_OBJECTS = ("weapon", "ammunition", "arm", "firearm", "gun", "explosive", "device", "bomb", "rocket",
                  "pistol", "bullet", "cache", "stash", "ied", "grenade", "rifle", "mine", "munition", "missile")
BASE_OBJECTS = ("base", "point", "headquarters", "outpost", "camp", "checkpoint", "post", "position", "garrison")
PHRASAL_OBJECT_NEEDS = {("set", "up"): BASE_OBJECTS, ("take", "to"): ("street",)}
THROWN = ("grenade", "bomb", "stone", "rock", "explosive", "petrol", "molotov", "acid", "brick", "device")
VERB_OBJECT_NEEDS = {
    "exchange": ("prisoner", "captive", "detainee", "body", "hostage"), "contribute": AID_OBJECTS + ("troop",),
    "halt": ("talk", "mediation", "negotiation", "aid", "cooperation", "trade", "export", "import", "flight"),
    "reduce": ("aid", "supply", "supplies", "assistance", "funding", "presence", "tie", "relation"),
    "cut": ("aid", "supply", "supplies", "assistance", "funding", "tie", "relation"), "swap": ("prisoner", "captive", "hostage"),
    "receive": ("person",), "hurl": THROWN, "throw": THROWN, "lob": THROWN,
    "drop": THROWN + ("container", "barrel", "gas", "chlorine", "shell"),
    "fire": ("shell", "rocket", "missile", "mortar", "round", "bullet", "shot", "gas", "grenade", "artillery",
             "projectile", "salvo"),
    "intercept": WEAPON_OBJECTS + ("package", "parcel", "drone", "shipment"),
    "close": ("consulate", "embassy", "mission", "border", "office"),
    "block": ("street", "road", "highway", "bridge", "entrance", "traffic", "railway", "intersection"),
    "find": WEAPON_OBJECTS, "recover": WEAPON_OBJECTS, "discover": WEAPON_OBJECTS,
    "establish": BASE_OBJECTS, "build": BASE_OBJECTS, "create": BASE_OBJECTS,
    "deliver": AID_OBJECTS, "provide": AID_OBJECTS, "supply": AID_OBJECTS, "send": AID_OBJECTS,
    "execute": PERSON_OBJECTS, "share": ("intelligence", "information", "data"),
}

# Nouns -> (type, mode): nominal triggers ("the destruction of Izium", "strikes were carried out").
NOUNS = {
    "attack": ("ASSAULT", "attack"), "assault": ("ASSAULT", "attack"), "ambush": ("ASSAULT", "attack"),
    "raid": ("ASSAULT", "attack"), "offensive": ("ASSAULT", "attack"), "counter-offensive": ("ASSAULT", "attack"),
    "counteroffensive": ("ASSAULT", "attack"), "invasion": ("ASSAULT", "attack"), "shooting": ("ASSAULT", "attack"),
    "strike": ("ASSAULT", "strike"), "airstrike": ("ASSAULT", "air strike"), "air-strike": ("ASSAULT", "air strike"),
    "bombing": ("ASSAULT", "air strike"), "shelling": ("ASSAULT", "shelling"), "bombardment": ("ASSAULT", "shelling"),
    "barrage": ("ASSAULT", "shelling"), "clash": ("ASSAULT", "armed clash"), "fighting": ("ASSAULT", "armed clash"),
    "battle": ("ASSAULT", "armed clash"), "firefight": ("ASSAULT", "armed clash"), "gunfight": ("ASSAULT", "armed clash"),
    "shoot-out": ("ASSAULT", "armed clash"), "shootout": ("ASSAULT", "armed clash"),
    "gunbattle": ("ASSAULT", "armed clash"), "skirmish": ("ASSAULT", "armed clash"),
    "explosion": ("ASSAULT", "explosion"), "blast": ("ASSAULT", "explosion"), "bomb": ("ASSAULT", "explosion"),
    "destruction": ("ASSAULT", "destruction"), "killing": ("ASSAULT", "killing"), "massacre": ("ASSAULT", "killing"),
    "murder": ("ASSAULT", "killing"), "assassination": ("ASSAULT", "killing"), "execution": ("ASSAULT", "killing"),
    "abduction": ("ASSAULT", "abduction"), "kidnapping": ("ASSAULT", "abduction"), "rape": ("ASSAULT", "sexual violence"),
    "reconquest": ("ASSAULT", "territory regained"), "recapture": ("ASSAULT", "territory regained"),
    "liberation": ("ASSAULT", "territory regained"), "capture": ("ASSAULT", "territory captured"),
    "arrest": ("COERCE", "arrest"), "detention": ("COERCE", "arrest"), "crackdown": ("COERCE", "repression"),
    "deportation": ("COERCE", "deport"), "curfew": ("COERCE", "restrict"),
    "protest": ("PROTEST", "demonstration"), "demonstration": ("PROTEST", "demonstration"),
    "rally": ("PROTEST", "demonstration"), "march": ("PROTEST", "demonstration"), "riot": ("PROTEST", "riot"),
    "sit-in": ("PROTEST", "demonstration"), "walkout": ("PROTEST", "boycott"), "boycott": ("PROTEST", "boycott"),
    "withdrawal": ("RETREAT", "withdrawal"), "retreat": ("RETREAT", "withdrawal"), "pullout": ("RETREAT", "withdrawal"),
    "sanction": ("SANCTION", "sanctions"), "embargo": ("SANCTION", "sanctions"),
    "visit": ("CONSULT", "visit"), "trip": ("CONSULT", "visit"), "meeting": ("CONSULT", "meeting"),
    "talk": ("CONSULT", "talks"), "summit": ("CONSULT", "meeting"), "negotiation": ("CONSULT", "talks"),
    "agreement": ("AGREE", "agreement"), "consensus": ("AGREE", "agreement"), "deal": ("AGREE", "agreement"),
    "accord": ("AGREE", "agreement"),
    "treaty": ("AGREE", "agreement"), "ceasefire": ("AGREE", "ceasefire"), "truce": ("AGREE", "ceasefire"),
    "aid": ("AID", None), "delivery": ("AID", "military"), "assistance": ("AID", None),
    "support": ("SUPPORT", "endorse"), "solidarity": ("SUPPORT", "endorse"),
    "investigation": ("ACCUSE", "investigate"), "hearing": ("ACCUSE", "investigate"),
    "restriction": ("COERCE", "restrict"), "blockade": ("COERCE", "restrict"), "probe": ("ACCUSE", "investigate"),
    "inquiry": ("ACCUSE", "investigate"), "mediation": ("CONSULT", "mediation"), "asylum": ("AID", "asylum"),
    "expulsion": ("COERCE", "deport"), "measure": ("SANCTION", "sanctions"), "vigil": ("PROTEST", "demonstration"),
    "accusation": ("ACCUSE", "accusation"), "condemnation": ("ACCUSE", "criticism"),
    "denial": ("REJECT", "denial"), "threat": ("THREATEN", None), "ultimatum": ("THREATEN", None),
    "demand": ("REQUEST", "demand"), "appeal": ("REQUEST", "appeal"), "call": ("REQUEST", "demand"),
    "mobilization": ("MOBILIZE", "troops"), "mobilisation": ("MOBILIZE", "troops"), "deployment": ("MOBILIZE", "troops"),
}
# Nouns that are events only with a modifier that marks them as such (a "call" for X, a "phone call").
NOUN_NEEDS = {"measure": ("retaliatory", "punitive", "economic", "restrictive", "financial", "countermeasure"),
              "call": ("for", "phone"), "support": ("show", "express", "voice", "pledge", "promise"),
              "solidarity": ("show", "express", "voice", "pledge", "promise"),
              "deal": ("sign", "reach", "strike", "agree"), "delivery": ("arm", "weapon", "aid"),
              "trip": ("first", "visit"), "march": ("protest", "hold", "stage"), "bomb": ("car", "roadside", "suicide", "plant")}

# Light verbs: the event is their noun ("strikes were carried out", "adopted sanctions").
LIGHT_VERBS = {"carry", "launch", "conduct", "stage", "hold", "mount", "impose", "adopt", "make", "show",
               "express", "pay", "reach", "begin", "continue", "intensify", "step", "resume", "unleash",
               "order", "announce", "increase", "cause", "perpetrate", "commit", "organize", "organise", "lead",
               "join", "voice", "sign", "suffer", "report", "confirm", "halt", "end", "impose", "slap", "extend",
               "provide", "send", "deliver", "undergo", "face", "have", "take", "call", "tighten"}

# Words near an ASSAULT trigger that refine its mode (ACLED sub-event distinctions).
MODE_HINTS = {
    "suicide bombing": ("suicide",),
    "chemical weapons": ("chemical", "chlorine", "sarin", "toxic", "mustard", "nerve"),
    "grenade": ("grenade",),
    "drone strike": ("drone", "uav", "unmanned"),
    "air strike": ("air", "airstrike", "warplane", "jet", "aircraft", "helicopter", "bomber", "aerial",
                   "airstrikes", "air-strike", "airforce", "plane"),
    "missile strike": ("missile", "cruise", "ballistic", "rocket"),
    "shelling": ("artillery", "shell", "shelling", "mortar", "howitzer", "grad", "cannon", "bombard"),
    "remote explosive": ("ied", "roadside", "landmine", "mine", "explosive", "device", "improvised"),
}
# Modes that MODE_HINTS may overwrite (generic ones).
REFINABLE_MODES = {"attack", "strike", "explosion", "killing", "air strike", "shelling", None}
# Objects that make a verb something else than its event: "meet needs", "defend itself", "signed
# into law" (the law is the object's destination), "reinforce solidarity" (only forces are reinforced).
VERB_OBJECT_EXCLUDES = {
    "meet": ("need", "requirement", "target", "goal", "standard", "deadline", "criterion",
             "expectation", "obligation", "challenge", "cost", "commitment", "threshold"),
    "defend": ("itself", "themselves", "himself", "herself", "ourselves", "yourselves", "country", "territory",
               "homeland", "land", "border", "sovereignty", "city", "home", "independence", "integrity"),
}
# Objects a verb needs in one sense, used with VERB_OBJECT_NEEDS-like checks on the verb's object,
# the noun it modifies ("a note signed by ETA") and its "into" phrase ("signed into law").
SIGNABLE = ("agreement", "deal", "accord", "treaty", "ceasefire", "truce", "pact", "memorandum", "contract",
            "declaration", "protocol", "armistice", "charter", "convention", "communique", "peace",
            "roadmap", "understanding", "mou", "framework", "partnership", "arrangement")
REINFORCEABLE = ("troop", "force", "position", "presence", "unit", "defence", "defense", "border", "garrison",
                 "frontline", "line", "soldier", "contingent", "base", "flank", "outpost", "army")
VERB_OBJECT_NEEDS.update({"sign": SIGNABLE, "reinforce": REINFORCEABLE})
# Verbs that are events only without a direct object: "protesters rallied" but "rally condemnation".
INTRANSITIVE_ONLY = {"rally", "demonstrate", "march", "riot"}
# Nouns whose infinitive complement is a capacity, not an event ("an inability to fire missiles").
CAPACITY_NOUNS = {"ability", "inability", "capacity", "capability", "right", "power", "means", "freedom"}
# Objects that turn a withdrawal into a concession ("withdraw the bill"): policy, not troops.
POLICY_OBJECTS = ("bill", "law", "proposal", "draft", "legislation", "motion", "candidacy", "application",
                  "complaint", "lawsuit", "suit", "statement", "resolution", "amendment", "reform", "plan",
                  "offer", "demand", "request", "objection", "nomination", "decree", "order", "charge")
# Modifiers that make a "strike" a work stoppage (PROTEST), not an attack ("a general strike").
LABOUR_STRIKE_CUES = {"general", "hunger", "labor", "labour", "worker", "workers", "teacher", "teachers",
                      "nationwide", "national", "rail", "transport", "doctor", "doctors", "union", "wildcat", "sit-down"}
# Verb + object kind -> another (type, mode): "withdraw the bill", "meet their demands" are concessions.
OBJECT_RETYPES = {
    "withdraw": (POLICY_OBJECTS, ("CONCEDE", None)),
    "meet": (("demand", "condition", "term", "request", "ultimatum"), ("CONCEDE", None)),
}
# Verbs whose object is the subject of their infinitive complement ("urged X to do", "called on X to do").
# Not "force"/"order"/"compel": there the one who forces is the party coding assigns the event to.
OBJECT_CONTROL = {"urge", "call", "ask", "press", "push", "request", "encourage", "persuade", "allow",
                  "invite", "tell", "appeal", "help", "enable"}
