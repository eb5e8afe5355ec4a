"""Lexicons for event roles, counts, reporting frames and status (SPEC.md section 4).

Sources: reporting and speech verbs after the PolNeAR attribution guidelines (Newell et al.
2018) and the ACLED codebook's sourcing notes; count kinds after ACLED fatality coding; status
cues after the FactBank/TimeML modality markers (Saurí & Pustejovsky 2009), cut to news use.
"""
from newsgraph.data.entities_orgs import DEMONYMS as _ENTITY_DEMONYMS

# Verbs that introduce a report of an event: "X said (that) ...", "X told agencies ...".
REPORTING_VERBS = {
    "say", "tell", "announce", "report", "claim", "state", "write", "add", "confirm", "allege", "insist",
    "declare", "assert", "post", "tweet", "inform", "publish", "explain", "note", "boast", "acknowledge",
    "admit", "maintain", "indicate", "reveal", "show",
}
# Reporting verbs that mark the content as a claim.
CLAIM_VERBS = {"claim", "allege", "assert", "boast", "insist"}
# Phrases anywhere in the sentence that mark a claim (lower case).
CLAIM_MARKERS = ("could not be independently verified", "could not be verified", "cannot be verified",
                 "not be independently confirmed", "allegedly", "purportedly", "unverified",
                 "claim responsibility", "claimed responsibility")
# Verbs whose complement is denied ("Moscow denies having committed").
DENIAL_VERBS = {"deny", "reject", "dismiss", "refute", "rebut", "refuse", "decline"}
# Nouns by which a denial or claim refers back to an earlier event.
EVENT_ANAPHORS = {"abuse", "accusation", "allegation", "claim", "report", "charge", "crime", "atrocity",
                  "attack", "killing", "it", "this", "that", "involvement", "responsibility", "strike"}
# Cues of future or intended action (planned) and of conditionals (hypothetical).
PLAN_CUES = {"will", "plan", "intend", "promise", "pledge", "vow", "aim", "prepare", "schedule", "set",
             "expect", "want", "seek", "propose", "threaten", "shall", "'ll", "announce", "decide", "try",
             "attempt", "hope", "agree", "offer", "determine", "determined", "ready", "willing", "prepared",
             "intent", "vowed", "wish"}
# Modifiers of an event noun that put it in the future ("the upcoming summit").
PLAN_MODIFIERS = {"upcoming", "forthcoming", "planned", "scheduled", "proposed", "next", "future", "possible",
                  "potential", "prospective", "expected"}
# Conditional markers that make a clause hypothetical even when it is negated ("if they did not back down").
CONDITIONAL_MARKS = {"if", "unless", "whether"}
# Objects of "claim" that are tolls, not claims of a statement ("attacks that have claimed thousands of lives").
CLAIMED_TOLLS = {"life", "lives", "victim", "casualty", "toll", "death"}
HYPOTHETICAL_CUES = {"if", "would", "could", "might", "may", "unless", "should", "whether", "must"}
# Parties to a conflict reporting their own action: these reporter nouns make it `claimed`.
PARTY_NOUNS = {"ministry", "army", "military", "forces", "force", "guard", "command", "militia", "group",
               "brigade", "battalion", "police", "government", "kremlin", "staff", "rebels", "insurgents",
               "troops", "navy", "service", "fsb", "taliban", "hamas", "isis", "jihadists"}
# Channels of a report ("in its daily briefing", "on Telegram", "told Russian agencies").
CHANNEL_NOUNS = {"briefing", "statement", "telegram", "twitter", "facebook", "video", "interview",
                 "conference", "television", "tv", "broadcast", "communique", "post", "message",
                 "agency", "agencies", "speech", "address", "website", "x", "radio", "newspaper", "release"}

# Trigger lemma -> count kind for a number on its patient ("five civilians were killed").
COUNT_KIND_BY_LEMMA = {
    "kill": "killed", "die": "killed", "execute": "killed", "murder": "killed", "massacre": "killed",
    "behead": "killed", "slaughter": "killed", "assassinate": "killed", "killing": "killed", "death": "killed",
    "injure": "injured", "wound": "injured", "hurt": "injured",
    "arrest": "arrested", "detain": "arrested", "apprehend": "arrested", "imprison": "arrested",
    "jail": "arrested", "round": "arrested", "sentence": "arrested", "arrest_n": "arrested",
    "abduct": "abducted", "kidnap": "abducted", "displace": "displaced", "flee": "displaced",
    "evacuate": "displaced", "deport": "deported", "release": "released", "free": "released",
    "destroy": "buildings", "hit": "buildings", "damage": "buildings", "burn": "buildings",
}
# Patient nouns -> count kind when the noun itself says what was counted.
COUNT_KIND_BY_NOUN = {
    "building": "buildings", "house": "buildings", "home": "buildings", "school": "buildings",
    "hospital": "buildings", "apartment": "buildings", "shop": "buildings", "church": "buildings",
    "mosque": "buildings", "village": "villages", "town": "settlements", "settlement": "settlements",
    "locality": "settlements", "tank": "vehicles", "vehicle": "vehicles", "aircraft": "aircraft",
}
# Who was counted: head nouns kept in Count.of (others, e.g. "people", leave it null).
COUNTED_GROUPS = {"civilian", "soldier", "child", "woman", "troop", "police", "policeman", "officer",
                  "militant", "fighter", "protester", "demonstrator", "journalist", "worker", "student",
                  "resident", "rebel", "insurgent", "serviceman", "prisoner", "refugee", "migrant",
                  "doctor", "activist", "member", "person"}
# Nouns after a count that say it is not a casualty figure ("a city of 50,000 inhabitants").
NON_VICTIM_NOUNS = {"inhabitant", "day", "week", "month", "year", "hour", "minute", "kilometer",
                    "kilometre", "mile", "km", "percent", "%", "dollar", "euro", "time"}
DEATH_VERBS = {"die", "perish"}
# Verbs that give an attack's death toll through their object "lives" ("attacks that claimed 300 lives").
TOLL_VERBS = {"claim", "cost", "take"}

# Targets and victims that make an attack a battle between armed groups (ACLED: attacks on
# armed forces are "Armed clash"; on civilians "Attack").
ARMED_ACTOR_WORDS = {"soldier", "soldiers", "troop", "troops", "army", "military", "force", "forces", "police",
                     "policeman", "policemen", "officer", "officers", "militant", "militants", "fighter", "fighters",
                     "rebel", "rebels", "insurgent", "insurgents", "terrorist", "terrorists", "gunmen", "base",
                     "camp", "checkpoint", "post", "position", "positions", "convoy", "patrol", "barracks",
                     "militia", "militiamen", "jihadist", "jihadists", "guard", "guards", "personnel", "outpost",
                     "bandits", "security", "servicemen", "commander", "unit", "units", "mujahidin", "mujahideen"}
# Words that make a camp, post or unit a civilian target after all ("a displaced persons camp").
CIVILIAN_WORDS = {"displaced", "idp", "idps", "refugee", "refugees", "civilian", "civilians", "children", "school",
                  "hospital", "market", "wedding", "humanitarian", "aid", "medical", "residential"}
# Accident cues: an explosion or fire with these is a disaster, not an assault.
ACCIDENT_CUES = ("gas leak", "gas cylinder", "cylinder", "boiler", "accident", "accidental", "short circuit",
                 "leak", "factory", "chemical plant", "fireworks", "refinery", "mine collapse", "caught fire",
                 "fire broke out", "blaze", "derail", "crash")
# Source nouns that make violence a riot (ACLED "Violent demonstration").
CROWD_WORDS = {"protester", "protesters", "demonstrator", "demonstrators", "rioter", "rioters", "crowd",
               "mob", "students", "supporters", "youths", "crowds", "marchers"}
# Cues of intervention against a protest and of lethal force against it.
INTERVENTION_CUES = ("tear gas", "teargas", "disperse", "dispersed", "water cannon", "baton", "rubber bullet",
                     "arrested", "detained", "police fired", "broke up", "clashed with police", "clashes with police")

# Unambiguous weapon words anywhere in the sentence -> ASSAULT mode (ACLED sub-event types).
SENTENCE_MODE_HINTS = {
    "chemical weapons": ("chemical attack", "chemical weapon", "chlorine", "sarin", "poison gas", "poisonous gas",
                         "toxic gas", "mustard gas", "nerve agent", "poisonous gases"),
    "suicide bombing": ("suicide bomb", "suicide attack", "suicide bomber", "suicide car bomb", "blew himself up",
                        "blew herself up", "suicide vest"),
    "grenade": ("grenade",),
    "drone strike": ("drone strike", "drone attack", "drones"),
    "air strike": ("airstrike", "air strike", "air raid", "warplane", "fighter jet", "helicopter gunship",
                   "bombing raid", "air-strike", "aerial bombardment", "jets"),
    "shelling": ("shelling", "artillery", "mortar", "shells"),
    "missile strike": ("missile", "rocket"),
    "remote explosive": ("ied", "roadside bomb", "landmine", "land mine", "explosive device", "car bomb",
                         "improvised explosive", "bomb blast", "bomb exploded", "bomb went off"),
}
# Objects that make a seizure a disruption of weapons (ACLED "Disrupted weapons use").
WEAPON_WORDS = {"weapons", "weapon", "ammunition", "arms", "firearms", "guns", "explosives", "devices", "bombs",
                "rockets", "pistols", "bullets", "cache", "stash", "ieds", "grenades", "rifles", "mines", "munitions"}

# Finance and metaphor: a "rally" of shares, rates that "ease", a "battle" for market share.
MARKET_CUES = {"stock", "stocks", "shares", "share", "index", "market", "markets", "dollar", "yen", "euro",
               "prices", "price", "bond", "bonds", "dow", "nasdaq", "trading", "investors", "rates", "earnings"}
# Market words that are also places and things in conflict news ("a strike on a market"): one alone is no cue.
WEAK_MARKET_CUES = {"market", "markets", "price", "prices", "dollar", "euro", "rates", "index", "share"}
MARKET_SENSITIVE = {"rally", "ease", "lift", "battle", "fight", "strike", "attack", "hit", "retreat", "surrender"}
# Words that show a fight is armed; without one, "battle"/"fight"/"clash" are taken as metaphors.
VIOLENCE_CUES = {"killed", "dead", "died", "wounded", "injured", "troops", "soldiers", "army", "military",
                 "rebels", "militants", "fighters", "forces", "police", "gunmen", "armed", "weapons", "guns",
                 "shelling", "artillery", "airstrike", "airstrikes", "bombs", "war", "insurgents", "guerrillas",
                 "militia", "clashes", "casualties", "attack", "attacks", "fire"}
FIGHT_LEMMAS = {"fight", "battle", "clash", "fighting"}

# Heads of a "NATIONALITY + noun" actor that stand for the country's state ("Rwandan president",
# "Russian forces"); other heads ("Cuban dissidents", "Syrian refugees") are people, not the state.
STATE_ROLE_NOUNS = {"forces", "force", "troops", "army", "military", "government", "president", "minister", "ministry",
                    "officials", "official", "authorities", "police", "navy", "soldiers", "units", "unit", "diplomats",
                    "ambassador", "leader", "leaders", "premier", "regime", "administration", "delegation", "warplanes",
                    "jets", "aircraft", "artillery", "tanks", "coastguard", "coastguards", "guards", "envoy",
                    "spokesman", "spokeswoman", "counterpart", "state", "cabinet", "parliament", "embassy"}
# Party nouns that, as a modifier of an event noun, name its attacker ("a rebel attack", "militant raids").
GROUP_MODIFIERS = {"rebel", "militant", "jihadist", "insurgent", "separatist", "guerrilla", "islamist", "army",
                   "police", "military", "militia", "government", "regime", "junta", "paramilitary", "gang"}
# Demonyms beyond the entities table (newsgraph.data.entities_orgs.DEMONYMS), and adjective uses of names.
_EXTRA_DEMONYMS = {
    "kurdish": "Kurdistan", "myanmar": "Myanmar", "congolese": "DR Congo", "burundian": "Burundi",
    "bahraini": "Bahrain", "omani": "Oman", "albanian": "Albania", "sri lankan": "Sri Lanka",
    "malaysian": "Malaysia", "cambodian": "Cambodia", "argentinian": "Argentina", "salvadoran": "El Salvador",
    "guatemalan": "Guatemala", "honduran": "Honduras", "ivorian": "Ivory Coast", "burkinabe": "Burkina Faso",
    "south sudanese": "South Sudan",
}
# Demonym -> country name, to read "Russian strikes" as strikes by Russia: the entities stage's table
# (one source), without words that name a language or a continent more often than a state actor.
DEMONYMS = {**{k: v for k, v in _ENTITY_DEMONYMS.items() if k not in {"english", "scottish", "european"}},
            **_EXTRA_DEMONYMS}

# Natural hazards: violence words ("struck", "hit", "killed", "destroyed") caused by these are
# disasters, not ASSAULT (PLOVER has no disaster type; ACLED does not code them). Source: the
# EM-DAT natural hazard classification (CRED), main types in news wording.
NATURAL_HAZARDS = {"earthquake", "quake", "tremor", "aftershock", "flood", "flooding", "floods", "storm",
                   "hurricane", "cyclone", "typhoon", "tornado", "tsunami", "landslide", "mudslide", "avalanche",
                   "drought", "wildfire", "wildfires", "bushfire", "eruption", "volcano", "heatwave", "blizzard",
                   "monsoon", "lightning", "quakes", "earthquakes", "storms", "hurricanes"}
# Words that show human violence next to a hazard word (then the violence is kept).
ARMED_CUES = {"troops", "soldiers", "army", "military", "rebels", "militants", "fighters", "forces", "police",
              "gunmen", "armed", "weapons", "guns", "shelling", "artillery", "airstrike", "airstrikes", "bomb",
              "bombs", "insurgents", "militia", "attack", "attacks", "attackers", "clashes", "missile", "missiles",
              "drone", "drones", "shot", "gunfire", "war", "fighting", "blast", "explosion", "explosive",
              "grenade", "mine", "ied", "bombing"}
HAZARD_WINDOW = 3      # sentences back that a hazard word still explains sourceless deaths

# "in 39 cities across the country", "nationwide": the sentence says where the event happened, and it is
# not the dateline city (which the dateline fallback would give a police action with no place of its own)
ELSEWHERE_WORDS = frozenset({"nationwide", "countrywide", "cities", "towns", "villages", "provinces", "regions",
                             "districts", "states", "localities", "across", "throughout"})
# Prepositions that name what an attack noun hits: 'shelling of X', 'a strike on X', 'fire at X', 'an attack
# against X' (events/links.py, event_noun_targets).
TARGET_PREPS = {"of", "on", "at", "against", "upon"}
# Heads of a target phrase besides places and named groups: populations and units (ARMED_ACTOR_WORDS, CIVILIAN_WORDS
# and these).
TARGET_HEADS = {"people", "residents", "villagers", "population", "town", "village", "city", "district", "area",
                "neighbourhood", "neighborhood", "building", "buildings", "brigade", "battalion", "regiment", "division",
                "infrastructure", "facility", "plant", "station", "port", "airport", "bridge", "depot", "warehouse",
                "positions", "house", "houses", "homes", "school", "hospital", "market", "mosque", "church"}
# Words before an attack noun that name its means, not its party ('Air strikes', 'Drone attack' at the start of
# a sentence, capitalised): never the attacker (events/links.py, _named_modifier).
MEANS_MODIFIERS = {"air", "airstrike", "drone", "missile", "rocket", "artillery", "mortar", "naval", "suicide", "car",
                   "truck", "bomb", "grenade", "sniper", "cross-border", "overnight", "ground", "aerial"}
