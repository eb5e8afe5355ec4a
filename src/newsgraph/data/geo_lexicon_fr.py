"""French geo cues beside the English ones of geo_lexicon.py (French wire copy: AFP, RFI).

Kind words before "de X" ("la région de Kharkiv" is the admin1 region, "la ville de Bakhmout" a
town) and relative locations ("près de X", "à 10 km au sud de X", "la banlieue de X"), read by the
same geo code as their English counterparts. Lower-case surface words.
"""

# "la région de X", "la province de X", "l'État de X" -> admin1
REGION_WORDS_FR = frozenset({"région", "régions", "oblast", "province", "provinces", "gouvernorat", "préfecture",
                             "état", "canton", "département", "wilaya", "territoire"})
# "le district de X", "le raïon de X" -> admin2
ADMIN2_WORDS_FR = frozenset({"district", "raïon", "rayon", "comté", "arrondissement"})
# "la ville de X", "le village de X" -> a populated place
CITY_WORDS_FR = frozenset({"ville", "villes", "village", "villages", "localité", "localités", "commune", "bourg",
                           "capitale", "hameau", "agglomération", "cité"})
# the French "of" before the name
OF_WORDS_FR = frozenset({"de", "d'", "d’", "du"})

# relative locations -> the relation types of geo_lexicon.RELATION_WORDS
RELATION_WORDS_FR = {
    "près de": "near", "près d'": "near", "près d’": "near", "à proximité de": "near", "non loin de": "near",
    "aux environs de": "near", "aux abords de": "outskirts", "banlieue de": "outskirts",
    "périphérie de": "outskirts", "faubourgs de": "outskirts", "nord": "north_of", "sud": "south_of",
    "est": "east_of", "ouest": "west_of", "nord-est": "northeast_of", "nord-ouest": "northwest_of",
    "sud-est": "southeast_of", "sud-ouest": "southwest_of",
}
DISTANCE_UNITS_FR = {"kilomètres": 1.0, "kilomètre": 1.0}

# French names and acronyms of places that the gazetteer's translations lack -> the English name it
# holds (keys folded by geo.names.name_key: no accents, hyphens read as spaces). Looked up only when
# the French name itself has no entry.
PLACE_NAMES_FR = {
    "etats unis": "United States", "rdc": "Democratic Republic of the Congo",
    "rca": "Central African Republic", "centrafrique": "Central African Republic",
    "grande bretagne": "Great Britain", "emirats": "United Arab Emirates", "cisjordanie": "West Bank",
    "bande de gaza": "Gaza Strip", "crimee": "Crimea",
}

# French prepositions before a name that make it a place (geo.detect, beside LOCATIVE_PREPS and
# STRONG_LOCATIVE_PREPS): the strong ones also after a name the French model typed a person
# ("tués à Douz", "à Sidi Bouzid ou Kasserine"); "de" is left out ("le président de X").
STRONG_LOCATIVE_PREPS_FR = frozenset({"à", "dans", "près", "depuis", "vers"})
LOCATIVE_PREPS_FR = STRONG_LOCATIVE_PREPS_FR | {"en", "au", "aux", "entre", "jusqu'à", "jusqu’à"}

# "le comté de Somerset" as one name -> the English form GeoNames holds ("Somerset County"), looked
# up when the French form has no entry (folded prefix -> English suffix).
ADMIN_NAME_FORMS_FR = {"comte de ": " County", "gouvernorat de ": " Governorate", "province de ": " Province",
                       "district de ": " District", "oblast de ": " Oblast", "region de ": " Region"}
