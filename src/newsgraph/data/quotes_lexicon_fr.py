"""French word lists of the quote stage. Sources: the French verbs of saying (verbes
introducteurs de discours rapporté) of Riegel, Pellat & Rioul, "Grammaire méthodique du
français" (1994, ch. XXIII), as AFP and Wikinews use them in incises ("a-t-il déclaré") and
frames ("X a affirmé que ..."); channels as they occur in French wire copy. Keys are lower-case
lemmas as the French spaCy model gives them. Channels map to the English words the records use.
"""

SPEECH_VERBS_FR = frozenset("""
dire déclarer affirmer ajouter écrire annoncer expliquer souligner assurer estimer préciser indiquer
confier lancer poursuivre insister avertir prévenir répondre répliquer déplorer dénoncer accuser
qualifier marteler rappeler reconnaître conclure commenter raconter témoigner confirmer démentir nier
promettre menacer réagir exclamer tweeter publier relater noter observer juger considérer résumer
clamer crier hurler scander martèle déclarer annoncer affirmer regretter condamner saluer
fustiger avouer admettre insister prédire plaider réclamer exiger demander appeler proclamer
signaler rapporter détailler certifier garantir jurer soutenir prétendre protester s'exclamer
""".split())

# stances reported like speech ("X estime que ..."): indirect quotes only
ATTITUDE_VERBS_FR = frozenset("penser croire craindre espérer redouter savoir douter".split())

# "selon X", "d'après X", "de source X": the source of the clause they modify
ACCORDING_FR = ("selon", "d'après", "d’après")

# subject pronouns -> the kinds of the pronoun resolver (quotes/coref.py)
PRONOUNS_FR = {"il": "male", "elle": "female", "ils": "plural", "elles": "plural", "on": None}

# speakers named by a common noun: persons and groups who may speak
PERSON_NOUNS_FR = frozenset("""
ministre porte-parole président présidente premier chef responsable gouverneur maire général
commandant officier soldat militaire témoin habitant médecin secouriste procureur juge avocat
expert analyste diplomate ambassadeur député sénateur dirigeant leader représentant directeur
directrice source sources manifestant manifestants assaillant assaillants survivant victime
journaliste correspondant envoyé chancelier roi reine prince pape secrétaire conseiller
""".split())
ORG_NOUNS_FR = frozenset("""
gouvernement ministère armée police autorités autorité présidence kremlin parquet tribunal
état-major commandement agence journal quotidien chaîne télévision radio observatoire ong
organisation comité conseil commission parti mouvement groupe coalition alliance service
services forces préfecture mairie ambassade
""".split())

# "dans un communiqué" -> statement; "lors d'une conférence de presse" -> press conference
CHANNEL_NOUNS_FR = {
    "communiqué": "statement", "déclaration": "statement", "vidéo": "video", "message": "message",
    "entretien": "interview", "interview": "interview", "conférence": "press conference",
    "discours": "speech", "allocution": "address", "lettre": "letter", "courrier": "letter",
    "publication": "post", "tweet": "tweet", "émission": "broadcast", "point": "briefing",
    "rapport": "report", "télévision": "television", "radio": "radio", "téléphone": "telephone",
}
CHANNEL_PREPS_FR = ("dans", "lors", "sur", "à", "au", "par", "via", "pendant", "durant")

# "a déclaré à l'AFP", "a dit aux journalistes": the audience
AUDIENCE_NOUNS_FR = {"journalistes": "reporters", "presse": "press", "médias": "media", "agence": "agency"}

# "en anglais" -> language code
LANGUAGES_FR = {"anglais": "en", "français": "fr", "russe": "ru", "ukrainien": "uk", "allemand": "de",
                "espagnol": "es", "arabe": "ar", "chinois": "zh", "italien": "it", "turc": "tr"}
