"""French entity data: how the French spaCy pipeline's NER labels map onto newsgraph's types.

fr_core_news_sm is trained on WikiNER (labels PER, LOC, ORG, MISC); newsgraph's stages read the
English (OntoNotes-style) labels. LOC covers countries, cities and regions as well as rivers and
mountains: it maps to GPE, the type English pipelines give countries and cities, so that French
and English records of one place agree (a river or a stadium comes out GPE too). MISC (nationalities,
events, works, slogans) is left as MISC, which the entity stage keeps as OTHER.
"""
NER_LABELS_FR = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG", "MISC": "MISC"}

# French names of organisations -> canonical English names, merged into entities_orgs.ORG_NAMES.
# Keys are folded like the lookup key (lower case, no accents: textnorm.fold).
ORG_NAMES_FR: dict[str, str] = {
    "etat islamique": "Islamic State", "organisation etat islamique": "Islamic State",
    "groupe etat islamique": "Islamic State",
    "onu": "United Nations", "organisation des nations unies": "United Nations",
    "nations unies": "United Nations", "conseil de securite de l'onu": "United Nations Security Council",
    "union europeenne": "European Union",
    "commission europeenne": "European Commission", "parlement europeen": "European Parliament",
    "union africaine": "African Union", "cour penale internationale": "International Criminal Court",
    "croix-rouge": "Red Cross", "comite international de la croix-rouge": "International Committee of the Red Cross",
    "medecins sans frontieres": "Doctors Without Borders", "msf": "Doctors Without Borders",
    "amnesty international": "Amnesty International", "human rights watch": "Human Rights Watch",
    "agence france-presse": "AFP", "cedeao": "ECOWAS",
    # UN agencies and international bodies under their French names and acronyms
    "oms": "World Health Organization", "organisation mondiale de la sante": "World Health Organization",
    "hcr": "UNHCR", "haut-commissariat des nations unies pour les refugies": "UNHCR",
    "fmi": "International Monetary Fund", "fonds monetaire international": "International Monetary Fund",
    "banque mondiale": "World Bank", "pam": "World Food Programme", "programme alimentaire mondial": "World Food Programme",
    "aiea": "International Atomic Energy Agency", "agence internationale de l'energie atomique": "International Atomic Energy Agency",
    "croissant-rouge": "Red Crescent", "monusco": "MONUSCO", "minusma": "MINUSMA",
    # armed groups and monitors of the wars French wires cover (Syria, Sahel, Great Lakes)
    "osdh": "Syrian Observatory for Human Rights",
    "observatoire syrien des droits de l'homme": "Syrian Observatory for Human Rights",
    "observatoire syrien des droits de l’homme": "Syrian Observatory for Human Rights",
    "armee syrienne libre": "Free Syrian Army", "asl": "Free Syrian Army",
    "forces democratiques syriennes": "Syrian Democratic Forces", "fds": "Syrian Democratic Forces",
    "al-qaida": "al-Qaeda", "al-qaeda": "al-Qaeda", "aqmi": "AQIM",
    "al-qaida au maghreb islamique": "AQIM", "fardc": "Armed Forces of the Democratic Republic of the Congo",
    "forces armees de la republique democratique du congo": "Armed Forces of the Democratic Republic of the Congo",
    # companies with a French name beside their English one
    "canadien pacifique": "Canadian Pacific", "chemin de fer canadien pacifique": "Canadian Pacific",
    "canadien national": "Canadian National",
    # wire agencies the French model types as places (LOC): their English names
    "reuters": "Reuters", "associated press": "Associated Press", "xinhua": "Xinhua",
    "interfax": "Interfax", "ria novosti": "RIA Novosti",
}

# Nouns that, right before a name (adjectives may come between), make it an organisation:
# "le mouvement politico-religieux Bundu dia Kongo", "le journal Le Monde", "la société X".
# French words only, none an English word too, so English text never meets them (English appositives
# are entities_cues.ORG_APPOSITIVES). Lower case.
ORG_APPOSITIVES_FR = frozenset({"mouvement", "parti", "groupe", "agence", "quotidien", "hebdomadaire",
                                "chaîne", "société", "entreprise", "compagnie", "milice", "syndicat",
                                "constructeur", "opérateur"})
# Lower-case words that end the adjective run before a name (not adjectives: "le chef du groupe X").
FRENCH_FUNCTION_WORDS = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "ou", "à",
                                   "au", "aux", "en", "par", "pour", "avec", "sur", "un", "une"})

# French demonym nouns (data/ner_patterns_fr.jsonl makes them NORP) -> the English demonym that
# entities_orgs.DEMONYMS knows ("les Russes" -> Russian, as "the Russians" is). Folded keys.
DEMONYMS_FR: dict[str, str] = {
    "russe": "russian", "russes": "russian", "ukrainien": "ukrainian", "ukrainiens": "ukrainian",
    "ukrainienne": "ukrainian", "ukrainiennes": "ukrainian", "americain": "american", "americains": "american",
    "americaine": "american", "americaines": "american", "francais": "french", "francaise": "french",
    "francaises": "french", "allemand": "german", "allemands": "german", "britannique": "british",
    "britanniques": "british", "israelien": "israeli", "israeliens": "israeli", "palestinien": "palestinian",
    "palestiniens": "palestinian", "syrien": "syrian", "syriens": "syrian", "irakien": "iraqi",
    "irakiens": "iraqi", "iranien": "iranian", "iraniens": "iranian", "malien": "malian", "maliens": "malian",
    "chinois": "chinese", "chinoise": "chinese", "turc": "turkish", "turcs": "turkish",
    "europeen": "european", "europeens": "european", "bielorusse": "belarusian", "bielorusses": "belarusian",
    "polonais": "polish", "afghan": "afghan", "afghans": "afghan", "nigeriens": "nigerien",
    "nigerians": "nigerian", "burkinabe": "burkinabe", "burkinabes": "burkinabe", "congolais": "congolese",
    "soudanais": "sudanese",
}
