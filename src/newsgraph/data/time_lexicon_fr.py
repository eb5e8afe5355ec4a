"""French word lists of the time stage. Source: the French calendar (month and weekday names,
lower case as French writes them), the French TimeML conventions of the French TimeBank (Bittar
2010: 'la veille', 'le lendemain', 'il y a deux semaines'), and AFP/Wikinews wire usage. Values
follow the English lexicon (`time_lexicon.py`): unit keys are the English ones, so the stage's
value functions are shared."""

MONTHS_FR = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9,
    "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12,
}

WEEKDAYS_FR = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}

# part of the day after a weekday or a deictic word: "jeudi soir", "hier matin"
PARTS_FR = ("matin", "matinée", "après-midi", "soir", "soirée", "nuit")

# season -> TIMEX3 code
SEASONS_FR = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}

# French unit word (singular) -> the English unit key of time_lexicon.UNITS
UNITS_FR = {
    "seconde": "second", "minute": "minute", "heure": "hour", "jour": "day", "journée": "day",
    "nuit": "night", "semaine": "week", "week-end": "weekend", "quinzaine": "fortnight",
    "mois": "month", "trimestre": "quarter", "an": "year", "année": "year", "décennie": "decade",
    "siècle": "century",
}

NUMBERS_FR = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100, "une dizaine de": 10, "une quinzaine de": 15, "une vingtaine de": 20,
    "une trentaine de": 30, "une centaine de": 100,
}

# quantities that give no number: "depuis des mois" -> PXM
VAGUE_FR = ("quelques", "plusieurs", "des", "de nombreux", "de nombreuses")

# single words with a shift in days from the publication date
DEICTIC_FR = {"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "demain": 1, "avant-hier": -2,
              "après-demain": 2}

# "ce matin", "cette nuit", "ce jour": the publication day
THIS_PART_FR = ("matin", "après-midi", "soir", "nuit", "jour", "midi")

# the word after a unit that moves it: "la semaine dernière", "l'an prochain"
REL_FR = {"dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "prochain": 1, "prochaine": 1}

# text-anchored days and units: shift from the last date told ("la veille" = the day before)
TEXT_DAYS_FR = {"la veille": -1, "l'avant-veille": -2, "l’avant-veille": -2, "le lendemain": 1,
                "le surlendemain": 2, "le même jour": 0, "ce jour-là": 0, "le jour même": 0}
TEXT_REL_FR = {"précédent": -1, "précédente": -1, "suivant": 1, "suivante": 1, "là": 0, "même": 0}

REFERENCES_FR = {
    "actuellement": "PRESENT_REF", "maintenant": "PRESENT_REF", "à présent": "PRESENT_REF",
    "désormais": "PRESENT_REF", "récemment": "PAST_REF", "dernièrement": "PAST_REF",
    "bientôt": "FUTURE_REF", "prochainement": "FUTURE_REF",
}

# "depuis 2014", "depuis mars": a point already past whatever the verb
SINCE_FR = ("depuis", "dès")

# French tense from surface forms (the French model's tags carry no tense): auxiliaries
AUX_PRESENT_FR = frozenset("ai as a avons avez ont suis es est sommes êtes sont".split())
AUX_PAST_FR = frozenset("avais avait avions aviez avaient étais était étions étiez étaient eut fut "
                        "aurait auraient serait seraient".split())
AUX_FUTURE_FR = frozenset("aura auront aurai serai sera seront serons".split())
GO_FR = frozenset("vais vas va allons allez vont".split())          # "va se rendre jeudi": futur proche
# irregular future stems: "viendra", "sera", "pourra"
FUTURE_STEMS_FR = ("ser", "aur", "fer", "ir", "viendr", "tiendr", "pourr", "devr", "verr", "voudr",
                   "faudr", "saur", "enverr", "mourr", "vaudr", "courr", "recevr", "reviendr", "deviendr",
                   "obtiendr", "maintiendr")
FUTURE_ENDINGS_FR = ("ai", "as", "a", "ons", "ez", "ont")
# verbs whose date lies ahead even in the past tense: "a prévu une réunion jeudi"
PROSPECTIVE_FR = frozenset("prévoir programmer planifier attendre envisager reporter fixer convoquer".split())
