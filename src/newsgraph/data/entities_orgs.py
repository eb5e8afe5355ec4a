"""Organisation tables for the entities stage: demonyms, official country names, common
organisations and the national bodies named as "<demonym> <body>" ("the Russian national guard").

Sources: ISO 3166 short names and the countries' official English names (UN terminology
database); the organisations' own English names on their websites.
"""
from newsgraph.data.entities_fr import ORG_NAMES_FR

# Demonym (lower case) -> country short name.
DEMONYMS: dict[str, str] = {
    "russian": "Russia", "ukrainian": "Ukraine", "belarusian": "Belarus", "american": "United States",
    "u.s.": "United States", "us": "United States", "british": "United Kingdom", "english": "United Kingdom",
    "german": "Germany", "french": "France", "italian": "Italy", "spanish": "Spain", "polish": "Poland",
    "chinese": "China", "japanese": "Japan", "korean": "Korea", "north korean": "North Korea",
    "south korean": "South Korea", "indian": "India", "pakistani": "Pakistan", "afghan": "Afghanistan",
    "iranian": "Iran", "iraqi": "Iraq", "syrian": "Syria", "turkish": "Turkey", "israeli": "Israel",
    "palestinian": "Palestine", "lebanese": "Lebanon", "egyptian": "Egypt", "saudi": "Saudi Arabia",
    "sudanese": "Sudan", "ethiopian": "Ethiopia", "eritrean": "Eritrea", "somali": "Somalia",
    "kenyan": "Kenya", "nigerian": "Nigeria", "malian": "Mali", "libyan": "Libya", "yemeni": "Yemen",
    "georgian": "Georgia", "armenian": "Armenia", "azerbaijani": "Azerbaijan", "moldovan": "Moldova",
    "romanian": "Romania", "hungarian": "Hungary", "czech": "Czech Republic", "slovak": "Slovakia",
    "lithuanian": "Lithuania", "latvian": "Latvia", "estonian": "Estonia", "finnish": "Finland",
    "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark", "dutch": "Netherlands",
    "belgian": "Belgium", "swiss": "Switzerland", "austrian": "Austria", "greek": "Greece",
    "serbian": "Serbia", "croatian": "Croatia", "bosnian": "Bosnia and Herzegovina",
    "kazakh": "Kazakhstan", "canadian": "Canada", "mexican": "Mexico", "brazilian": "Brazil",
    "argentine": "Argentina", "venezuelan": "Venezuela", "colombian": "Colombia", "cuban": "Cuba",
    "australian": "Australia", "burmese": "Myanmar", "thai": "Thailand", "vietnamese": "Vietnam",
    "indonesian": "Indonesia", "filipino": "Philippines", "congolese": "Democratic Republic of the Congo",
    "rwandan": "Rwanda", "mozambican": "Mozambique", "chilean": "Chile", "portuguese": "Portugal",
    "irish": "Ireland", "scottish": "United Kingdom", "taiwanese": "Taiwan", "european": "Europe",
    "nigerien": "Niger", "chadian": "Chad", "senegalese": "Senegal", "ghanaian": "Ghana", "ugandan": "Uganda",
    "tanzanian": "Tanzania", "zimbabwean": "Zimbabwe", "zambian": "Zambia", "south african": "South Africa",
    "cameroonian": "Cameroon", "algerian": "Algeria", "moroccan": "Morocco", "tunisian": "Tunisia",
    "jordanian": "Jordan", "qatari": "Qatar", "emirati": "United Arab Emirates", "kuwaiti": "Kuwait",
    "bangladeshi": "Bangladesh", "nepalese": "Nepal", "peruvian": "Peru", "bolivian": "Bolivia",
    "ecuadorian": "Ecuador", "nicaraguan": "Nicaragua", "haitian": "Haiti", "uzbek": "Uzbekistan",
    "tajik": "Tajikistan", "kyrgyz": "Kyrgyzstan", "turkmen": "Turkmenistan", "mongolian": "Mongolia",
}
# Adjectives of regions or unions: never the country of a national body ("European Parliament").
SUPRANATIONAL = frozenset({"european", "english", "scottish"})

# Plural demonyms used as nouns ("the Russians"): NORP, never PERSON.
DEMONYM_PLURALS = frozenset(
    {d + "s" for d in DEMONYMS if not d.endswith(("sh", "ch", "ese", "ss", "i", "."))}
    | {"britons", "swiss", "chinese", "japanese", "vietnamese", "burmese", "sudanese", "congolese",
       "lebanese", "portuguese", "french", "english", "dutch", "irish", "danes", "finns", "poles",
       "swedes", "turks", "greeks", "serbs", "croats", "czechs", "slovaks", "kazakhs", "afghans",
       "israelis", "iraqis", "pakistanis", "saudis", "yemenis", "somalis", "azerbaijanis", "westerners"})

# Countries whose short name takes "the" inside a longer name ("Government of the United States").
DEFINITE_COUNTRIES = frozenset({"United States", "United Kingdom", "Netherlands", "Philippines",
                                "Czech Republic", "Democratic Republic of the Congo", "Central African Republic"})

# Official long names, where they differ from the short name (used in ministry and army names).
OFFICIAL_NAMES: dict[str, str] = {
    "Russia": "the Russian Federation", "United States": "the United States",
    "United Kingdom": "the United Kingdom", "Netherlands": "the Netherlands",
    "Czech Republic": "the Czech Republic", "Philippines": "the Philippines",
    "Democratic Republic of the Congo": "the Democratic Republic of the Congo",
}

# National bodies: lower-case head phrase -> canonical template ({country} short, {official} long).
NATIONAL_BODIES: dict[str, str] = {
    "army": "Armed Forces of {official}",
    "armed forces": "Armed Forces of {official}",
    "military": "Armed Forces of {official}",
    "forces": "Armed Forces of {official}",
    "troops": "Armed Forces of {official}",
    "military forces": "Armed Forces of {official}",
    "units": "Armed Forces of {official}",
    "military units": "Armed Forces of {official}",
    "soldiers": "Armed Forces of {official}",
    "national guard": "National Guard of {the_country}",
    "defense ministry": "Ministry of Defence of {official}",
    "defence ministry": "Ministry of Defence of {official}",
    "ministry of defense": "Ministry of Defence of {official}",
    "ministry of defence": "Ministry of Defence of {official}",
    "defense department": "Ministry of Defence of {official}",
    "defence department": "Ministry of Defence of {official}",
    "department of defense": "Ministry of Defence of {official}",
    "foreign ministry": "Ministry of Foreign Affairs of {official}",
    "state department": "Ministry of Foreign Affairs of {official}",
    "interior ministry": "Ministry of Internal Affairs of {official}",
    "government": "Government of {the_country}",
    "authorities": "Government of {the_country}",
    "officials": "Officials of {the_country}",     # unnamed officials: not the government as a body
    "navy": "Navy of {official}",
    "air force": "Air Force of {official}",
    "security service": "Security Service of {country}",
    "border guard": "Border Guard Service of {country}",
    "border guards": "Border Guard Service of {country}",
    "parliament": "Parliament of {country}",
    "presidency": "Office of the President of {country}",
}
# Where a country's body has a name of its own (same keys as NATIONAL_BODIES' templates).
NATIONAL_BODY_NAMES: dict[tuple[str, str], str] = {
    ("United States", "Ministry of Defence of {official}"): "United States Department of Defense",
    ("United States", "Ministry of Foreign Affairs of {official}"): "United States Department of State",
    ("United States", "Armed Forces of {official}"): "United States Armed Forces",
    ("Ukraine", "Parliament of {country}"): "Verkhovna Rada",
    ("Russia", "Parliament of {country}"): "Federal Assembly of Russia",
}

# Common organisations: folded surface form -> canonical English name.
ORG_NAMES: dict[str, str] = {
    "au": "African Union", "african union": "African Union",
    "eu": "European Union", "e.u.": "European Union", "european union": "European Union",
    "nato": "NATO", "otan": "NATO", "north atlantic treaty organization": "NATO",
    "un": "United Nations", "u.n.": "United Nations", "united nations": "United Nations",
    "un security council": "United Nations Security Council",
    "u.n. security council": "United Nations Security Council",
    "security council": "United Nations Security Council",
    "osce": "OSCE", "organization for security and co-operation in europe": "OSCE",
    "iaea": "International Atomic Energy Agency", "icc": "International Criminal Court",
    "imf": "International Monetary Fund", "who": "World Health Organization",
    "unhcr": "UNHCR", "icrc": "International Committee of the Red Cross",
    "red cross": "International Committee of the Red Cross",
    "sbu": "Security Service of Ukraine", "fsb": "Federal Security Service",
    "rosgvardia": "National Guard of Russia", "rosgvardiya": "National Guard of Russia",
    "pentagon": "United States Department of Defense", "state department": "United States Department of State",
    "white house": "White House", "kremlin": "Kremlin",
    "ec": "European Commission", "european commission": "European Commission",
    "afu": "Armed Forces of Ukraine", "zsu": "Armed Forces of Ukraine",
    "wagner": "Wagner Group", "wagner group": "Wagner Group",
}

# Head words that make a name an organisation whatever NER says ("General Motors Corporation",
# "Douglas Aircraft" typed PERSON). Lower case; compared with the name's last word.
ORG_HEAD_WORDS = frozenset("""
corporation corp corp. inc inc. ltd ltd. llc plc company co. group holdings bank airlines airways
aircraft motors party ministry council committee commission university agency association union
institute foundation fund forces army movement services authority brigade battalion regiment police
parliament assembly senate front
""".split())   # not words that are also common surnames: Press, Court, Guard, Times

# Country names and abbreviations seen as GPE surface forms -> canonical.
GPE_NAMES: dict[str, str] = {
    "us": "United States", "u.s.": "United States", "usa": "United States", "u.s.a.": "United States",
    "united states of america": "United States", "the united states": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "russian federation": "Russia",
    # official long names and their abbreviations (UN terminology database)
    "people's republic of china": "China", "prc": "China", "p.r.c.": "China",
    "democratic people's republic of korea": "North Korea", "dprk": "North Korea",
    "republic of korea": "South Korea", "islamic republic of iran": "Iran", "syrian arab republic": "Syria",
    "kingdom of saudi arabia": "Saudi Arabia", "uae": "United Arab Emirates", "drc": "Democratic Republic of the Congo",
}

ORG_NAMES.update(ORG_NAMES_FR)    # French names of the same bodies (data/entities_fr.py)
