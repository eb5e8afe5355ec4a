"""French event words for the event stage: each French lemma -> the English lemma of
data/events_triggers.py and data/events_frames.py it reads as, so that French triggers get the
same PLOVER type, ACLED mode, counts and status rules as English ones (events/french.py).

Source: the English lexicon's entries, translated with the vocabulary of French wire copy (AFP,
Le Monde, RFI); French lemmas as fr_core_news_sm 3.8 gives them. Words absent here keep their
French lemma and match no English rule, except the French words that are English lexicon words of
the same sense ("explosion", "massacre", "offensive", "sanction", "raid").
"""

# Verbs (spaCy lemma) -> English verb lemma.
VERBS_FR = {
    # ASSAULT
    "attaquer": "attack", "agresser": "assault", "envahir": "invade", "frapper": "strike", "cibler": "target",
    "viser": "target", "bombarder": "bomb", "pilonner": "shell", "tirer": "shoot", "mitrailler": "shoot",
    "abattre": "kill", "tuer": "kill", "assassiner": "assassinate", "exécuter": "execute", "massacrer": "massacre",
    "égorger": "slaughter", "décapiter": "behead", "lyncher": "lynch", "poignarder": "stab", "mourir": "die",
    "périr": "die", "succomber": "die", "décéder": "die", "blesser": "injure", "enlever": "abduct",
    "kidnapper": "kidnap", "violer": "rape", "torturer": "torture", "détruire": "destroy", "incendier": "burn",
    "brûler": "burn", "piller": "loot", "saccager": "ransack", "exploser": "explode", "affronter": "clash",
    "combattre": "fight", "reprendre": "retake", "reconquérir": "reconquer", "libérer": "liberate",
    "regagner": "regain", "capturer": "capture", "emparer": "seize", "conquérir": "conquer",
    # COERCE
    "arrêter": "arrest", "interpeller": "arrest", "appréhender": "apprehend", "détenir": "detain",
    "emprisonner": "imprison", "incarcérer": "jail", "déporter": "deport", "expulser": "expel",
    "interdire": "ban", "censurer": "censor", "confisquer": "confiscate", "disperser": "disperse",
    "réprimer": "repress",
    # PROTEST, RETREAT, SANCTION, MOBILIZE
    "manifester": "demonstrate", "protester": "protest", "boycotter": "boycott", "retirer": "withdraw",
    "replier": "retreat", "fuir": "flee", "évacuer": "evacuate", "relâcher": "release",
    "sanctionner": "sanction", "déployer": "deploy", "mobiliser": "mobilize", "renforcer": "reinforce",
    # verbal cooperation and conflict
    "rencontrer": "meet", "visiter": "visit", "discuter": "discuss", "négocier": "negotiate",
    "signer": "sign", "accepter": "accept", "soutenir": "support", "saluer": "welcome", "condamner": "condemn",
    "dénoncer": "denounce", "critiquer": "criticize", "accuser": "accuse", "nier": "deny", "démentir": "deny",
    "rejeter": "reject", "refuser": "refuse", "menacer": "threaten", "avertir": "warn", "exiger": "demand",
    "réclamer": "demand", "exhorter": "urge", "demander": "ask", "revendiquer": "claim",
    # reporting verbs (events_frames.REPORTING_VERBS, CLAIM_VERBS)
    "dire": "say", "déclarer": "declare", "annoncer": "announce", "affirmer": "assert", "indiquer": "indicate",
    "préciser": "state", "ajouter": "add", "écrire": "write", "confirmer": "confirm", "assurer": "maintain",
    "rapporter": "report", "publier": "publish", "expliquer": "explain", "souligner": "note",
    "reconnaître": "acknowledge", "admettre": "admit", "révéler": "reveal", "prétendre": "claim",
    "raconter": "tell",
    # auxiliaries and light verbs
    "être": "be", "avoir": "have", "faire": "make", "mener": "lead", "lancer": "launch", "poursuivre": "continue",
    "intensifier": "intensify", "perpétrer": "perpetrate", "commettre": "commit", "subir": "suffer",
    "coûter": "cost",
}

# Nouns (spaCy lemma, or the word when the tagger gave a verb lemma) -> English noun lemma.
NOUNS_FR = {
    "attaque": "attack", "attaquer": "attack", "attentat": "attack", "assaut": "assault", "embuscade": "ambush",
    "contre-offensive": "counter-offensive", "invasion": "invasion", "fusillade": "shooting",
    "frappe": "strike", "frapper": "strike", "bombardement": "bombardment", "pilonnage": "shelling",
    "tir": "shooting", "affrontement": "clash", "combat": "fighting", "combattre": "fighting",
    "bataille": "battle", "explosion": "explosion", "meurtre": "murder", "assassinat": "assassination",
    "exécution": "execution", "enlèvement": "abduction", "viol": "rape", "reconquête": "reconquest",
    "libération": "liberation", "arrestation": "arrest", "interpellation": "arrest", "répression": "crackdown",
    "détention": "detention", "incarcération": "detention",
    "couvre-feu": "curfew", "manifestation": "demonstration", "protestation": "protest",
    "rassemblement": "rally", "émeute": "riot", "grève": "protest", "retrait": "withdrawal", "repli": "retreat",
    "visite": "visit", "rencontre": "meeting", "réunion": "meeting", "pourparlers": "talk", "sommet": "summit",
    "négociation": "negotiation", "accord": "agreement", "traité": "treaty", "cessez-le-feu": "ceasefire",
    "trêve": "truce", "aide": "aid", "enquête": "investigation", "blocus": "blockade",
    "condamnation": "condemnation", "démenti": "denial", "menace": "threat", "mobilisation": "mobilization",
    "déploiement": "deployment", "revendication": "claim", "responsabilité": "responsibility",
    # weapons the mode hints read ("des tirs d'artillerie" -> shelling)
    "artillerie": "artillery", "obus": "shell", "roquette": "rocket", "mortier": "mortar", "avion": "plane",
    "hélicoptère": "helicopter", "engin": "device", "explosif": "explosive", "kamikaze": "suicide",
    # counted nouns and others the English rules read
    "personne": "people", "civil": "civilian", "soldat": "soldier", "militaire": "soldier", "enfant": "child",
    "femme": "woman", "homme": "man", "policier": "policeman", "manifestant": "protester", "combattant": "fighter",
    "rebelle": "rebel", "otage": "hostage", "prisonnier": "prisoner", "réfugié": "refugee",
    "journaliste": "journalist", "habitant": "inhabitant", "bâtiment": "building", "maison": "house",
    "école": "school", "hôpital": "hospital", "localité": "locality", "char": "tank", "véhicule": "vehicle",
    "vie": "life", "jour": "day", "semaine": "week", "mois": "month", "an": "year", "année": "year",
    "heure": "hour", "kilomètre": "kilometer", "mort": "dead", "blessé": "injured", "victime": "victim",
    "bilan": "toll", "ministère": "ministry", "armée": "army", "force": "force", "gouvernement": "government",
    "communiqué": "statement", "déclaration": "statement", "vidéo": "video", "télévision": "television",
}
# A bare count noun that is itself the casualty ("12 morts", "200 blessés") -> count kind.
TOLL_NOUNS_FR = {"mort": "killed", "tué": "killed", "décès": "killed", "victime": "killed",
                 "blessé": "injured", "disparu": "missing", "arrestation": "arrested"}

# Function words -> English ones the rules look for (prepositions, pronouns, negation).
WORDS_FR = {
    "le": "the", "un": "a", "de": "of", "du": "of", "des": "of", "par": "by", "dans": "in", "en": "in",
    "à": "at", "au": "at", "aux": "at", "sur": "on", "contre": "against", "avec": "with", "pour": "for",
    "vers": "toward", "près": "near", "après": "after", "avant": "before", "depuis": "since",
    "pendant": "during", "entre": "between", "sans": "without", "sous": "under", "chez": "at",
    "selon": "according to", "il": "he", "elle": "she", "ils": "they", "elles": "they", "lui": "him",
    "cela": "that", "ceci": "this", "ce": "this", "qui": "who", "que": "that", "si": "if",
    "ne": "not", "pas": "not", "jamais": "never", "plus": "more", "aussi": "also", "également": "also",
    "aérien": "air", "explosif": "explosive", "piégé": "improvised",
    "pouvoir": "may", "devoir": "must", "vouloir": "want",
}
NEGATIONS_FR = {"ne", "pas", "jamais"}

# Universal Dependencies relations of the French model -> the English (ClearNLP) ones of the rules.
DEPS_FR = {
    "obj": "dobj", "nsubj:pass": "nsubjpass", "aux:pass": "auxpass", "aux:tense": "aux", "aux:caus": "aux",
    "acl:relcl": "relcl", "flat:name": "compound", "flat:foreign": "compound", "expl:pass": "expl",
    "expl:subj": "expl", "expl:comp": "expl", "iobj": "dative", "obl:agent": "agent", "obl": "npadvmod",
    "obl:arg": "npadvmod", "obl:mod": "npadvmod", "nmod": "compound", "csubj:pass": "csubjpass",
}
# Relations whose noun becomes the object of its preposition ("à Bagdad": prep -> pobj).
PREP_OBJECT_DEPS_FR = {"obl", "obl:arg", "obl:mod", "obl:agent", "nmod"}
# Nouns of time: a bare noun adjunct of a verb that is one of these is when, not what ("tué mercredi").
TIME_NOUNS_FR = {"jour", "semaine", "mois", "an", "année", "heure", "minute", "matin", "soir", "nuit", "midi",
                 "minuit", "veille", "lendemain", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                 "dimanche", "week-end", "fois", "printemps", "été", "automne", "hiver", "dernier", "prochain"}
# A toll in a sentence: a number, perhaps the people counted, then the toll word ("129 morts",
# "plus de 200 blessés", "4 civils tués", "une vingtaine de blessés"). Word -> count kind.
TOLL_WORDS_FR = {"morts": "killed", "mort": "killed", "tués": "killed", "tuées": "killed", "tué": "killed",
                 "tuée": "killed", "décès": "killed", "blessés": "injured", "blessé": "injured",
                 "blessées": "injured", "blessée": "injured", "disparus": "missing", "disparues": "missing"}
TOLL_COUNTED_FR = r"(?:personnes?|civils?|soldats?|militaires?|policiers?|enfants?|femmes?|hommes?)"
# Who was counted (Count.of), French word -> the English word English reports give.
COUNTED_FR = {
    "civil": "civilians", "civils": "civilians", "soldat": "soldiers", "soldats": "soldiers",
    "militaire": "soldiers", "militaires": "soldiers", "enfant": "children", "enfants": "children",
    "femme": "women", "femmes": "women", "policier": "policemen", "policiers": "policemen",
    "manifestant": "protesters", "manifestants": "protesters", "journaliste": "journalists",
    "journalistes": "journalists", "combattant": "fighters", "combattants": "fighters", "rebelle": "rebels",
    "rebelles": "rebels", "prisonnier": "prisoners", "prisonniers": "prisoners", "réfugié": "refugees",
    "réfugiés": "refugees", "migrant": "migrants", "migrants": "migrants", "habitant": "residents",
    "habitants": "residents", "étudiant": "students", "étudiants": "students", "militant": "activists",
    "militants": "activists", "membre": "members", "membres": "members", "otage": "hostages",
    "otages": "hostages", "médecin": "doctors", "médecins": "doctors", "travailleur": "workers",
    "travailleurs": "workers", "officier": "officers", "officiers": "officers",
}

# Sentence cues of events/modes.py in French (lower case, matched in the sentence text like the English
# ones; all distinctly French, so they never fire on English text).
ACCIDENT_CUES_FR = ("fuite de gaz", "bonbonne de gaz", "bouteille de gaz", "accidentel", "accidentelle",
                    "court-circuit", "feux d'artifice", "feux d’artifice", "feu d'artifice", "usine chimique",
                    "raffinerie", "effondrement", "a pris feu", "déraill", "collision")
NATURAL_HAZARDS_FR = {"séisme", "séismes", "tremblement", "inondation", "inondations", "tempête", "tempêtes",
                      "ouragan", "typhon", "tornade", "glissement", "sécheresse", "éruption", "volcan",
                      "canicule", "crue", "crues", "foudre", "avalanche"}
ARMED_CUES_FR = {"soldats", "militaires", "armée", "rebelles", "combattants", "policiers", "armés", "armes", "bombardement", "bombardements", "artillerie", "frappes", "bombe"}
SENTENCE_MODE_HINTS_FR = {
    "suicide bombing": ("attentat suicide", "attentat-suicide", "ceinture d'explosifs",
                        "ceintures d'explosifs", "se sont fait exploser", "s'est fait exploser", "se seraient fait"),
    "drone strike": ("frappe de drone", "attaque de drone", "drones"),
    "air strike": ("frappe aérienne", "frappes aériennes", "raid aérien", "raids aériens", "bombardement aérien",
                   "bombardements aériens", "avions de combat", "aviation"),
    "shelling": ("obus", "artillerie", "mortier", "pilonnage"),
    "missile strike": ("roquette", "missile"),
    "remote explosive": ("engin explosif", "voiture piégée", "bombe artisanale", "mine antipersonnel",
                         "engin piégé"),
}
# Conjunctions that open a subordinate clause ("après avoir été incendié ..., le journal a été"): a
# clause they open is never the sentence's main clause.
SUBORDINATORS_FR = {"après", "avant", "pour", "si", "quand", "lorsque", "puisque", "comme", "depuis", "alors"}

# "reprendre" is "retake" only with a place for object ("ont repris la ville", "Izioum a été repris");
# "les recherches ont repris", "les combats ont repris", "les négociations ont été reprises" resume.
# Lower-case lemmas of the nouns of places and positions (place names count through NER).
RETAKEN_NOUNS_FR = frozenset({"ville", "village", "localité", "commune", "quartier", "région", "territoire",
                              "contrôle", "position", "colline", "base", "aéroport", "pont", "port", "route",
                              "bastion", "fief", "zone", "secteur", "district", "province", "capitale", "centre",
                              "hauteur", "axe", "poste", "camp", "frontière", "îlot", "île", "banlieue"})

# A death told with these (lower case, in the sentence) is a natural one: no ASSAULT ("est mort à l'âge
# de 77 ans", "décédé des suites d'une longue maladie"), unless armed words are there too.
NATURAL_DEATH_CUES_FR = ("à l'âge de", "à l’âge de", "à l'age de", "des suites d", "de mort naturelle",
                         "maladie", "accident vasculaire", "crise cardiaque", "arrêt cardiaque", "cancer")
# Causes that, as the subject of a toll verb with no armed word in the sentence, make it an accident
# ("L'incident a blessé trois employés", "la collision a fait deux morts"). Lower case words.
ACCIDENT_SOURCES_FR = frozenset({"accident", "incident", "déraillement", "collision", "éboulement", "effondrement",
                                 "carambolage", "naufrage"})
