"""Name tables for the entities stage: honorifics, name particles, exonyms, transliteration rules.

Sources: English style guides for honorifics (AP Stylebook); the Ukrainian national
transliteration standard (KMU 2010) and English-language press usage since 2019 for Ukrainian
place names (Kyiv, Kharkiv, Odesa); the French transcription of Cyrillic (ou = u, tch = ch,
ï = i) that machine-translated French wires carry into English.
"""
import re

# Courtesy titles that precede a surname ("Mr. Zelensky"); the value is the grammatical gender.
HONORIFICS: dict[str, str] = {
    "mr": "m", "mr.": "m", "mister": "m", "sir": "m", "m.": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "madam": "f", "mme": "f", "mme.": "f",
    "dr": "", "dr.": "",
}

# Names NER takes for organisations that are time zones or currency codes (ISO 4217).
NOT_NAMES = frozenset("utc gmt est edt cst cdt pst pdt cet cest bst msk usd eur gbp jpy chf cny rub uah".split())

# Lower-case particles inside personal names ("Ursula von der Leyen", "Charles de Gaulle").
NAME_PARTICLES = frozenset(
    "von van der den de da di du del della dos das le la bin ibn al el ter ben".split())

# Generational suffixes after a surname ("Lloyd J. Austin III").
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# Well-known regions that NER often types as organisations or persons (cities and countries are
# covered by the lower-case city patterns and the demonym table).
KNOWN_REGIONS = frozenset({"crimea", "donbas", "donbass", "gaza", "gaza strip", "west bank", "kashmir",
                           "darfur", "tigray", "kurdistan", "transnistria", "abkhazia", "south ossetia"})

# Cities whose names translated or informal text often writes in lower case (capitals and the
# largest cities of the countries most in the news), with their canonical spelling.
LOWERCASE_CITIES: dict[str, str] = {
    "kyiv": "Kyiv", "kiev": "Kyiv", "kharkiv": "Kharkiv", "odesa": "Odesa", "lviv": "Lviv",
    "dnipro": "Dnipro", "mariupol": "Mariupol", "zaporizhzhia": "Zaporizhzhia", "moscow": "Moscow",
    "minsk": "Minsk", "warsaw": "Warsaw", "tbilisi": "Tbilisi", "chisinau": "Chisinau",
    "beijing": "Beijing", "tehran": "Tehran", "kabul": "Kabul", "baghdad": "Baghdad",
    "damascus": "Damascus", "khartoum": "Khartoum", "kinshasa": "Kinshasa", "gaza": "Gaza",
}

# Whole-token exonyms and spelling variants -> the English form used by international wires.
PLACE_EXONYMS: dict[str, str] = {
    "kiev": "Kyiv", "kyyiv": "Kyiv", "kharkov": "Kharkiv", "odessa": "Odesa", "lvov": "Lviv",
    "nikolaev": "Mykolaiv", "nikolayev": "Mykolaiv", "mykolayiv": "Mykolaiv",
    "lugansk": "Luhansk", "lougansk": "Luhansk", "zaporozhye": "Zaporizhzhia",
    "zaporijia": "Zaporizhzhia", "zaporijjia": "Zaporizhzhia", "zaporizhia": "Zaporizhzhia", "tchernihiv": "Chernihiv",
    "chernigov": "Chernihiv", "rovno": "Rivne", "moscou": "Moscow", "pekin": "Beijing",
    "varsovie": "Warsaw", "bruxelles": "Brussels", "londres": "London", "genève": "Geneva",
}
PERSON_EXONYMS: dict[str, str] = {
    "poutine": "Putin", "zelenskyy": "Zelensky", "zelenskiy": "Zelensky", "zelenski": "Zelensky",
    "zelenskyi": "Zelensky", "choïgou": "Shoigu", "shoygu": "Shoigu", "sergueï": "Sergei",
    "lavrov": "Lavrov", "medvedev": "Medvedev", "iouri": "Yuri", "alexeï": "Alexei",
    "navalny": "Navalny", "navalni": "Navalny", "prigojine": "Prigozhin",
}
EXONYMS: dict[str, str] = {**PLACE_EXONYMS, **PERSON_EXONYMS}

# French-style transcription -> English, applied in order to tokens of place names (and, for the
# rules marked safe_for_persons, of personal names) when the document is flagged as translated.
TRANSLIT_RULES: tuple[tuple[str, str, bool], ...] = (
    ("tch", "ch", True),
    ("ïa", "ia", True),
    ("ïe", "ie", True),
    ("ï", "i", True),
    ("ou", "u", False),
)

# Signs that a token is a transcription of a Slavic name (regex over the lower-cased token).
# Not a word-initial "kh" nor a final "-oum" alone: Arabic names keep their "ou" in English
# ("Khartoum", "Khouribga"); "tch" counts only where English never writes it (see ENGLISH_TCH).
SLAVIC_CUES = re.compile(r"(?<=.)kh|zh|ï|iou|[aiy]nsk|ivka|ovka|sk$|ytch|ovytch|ovitch|enko$"
                         r"|tch[nkmv]|^tch|[^aeiou]tch|outch")
# "tch" as English spells it: one short vowel after a consonant or word start, before a vowel, the
# end of the word or a compound's second part ("Mitchell", "Dutch", "Kitchener", "Watchtower").
ENGLISH_TCH = re.compile(r"(?:^|[^aeiouy])[aeiou]tch")

# Extra folds used only to decide that two spellings are the same name (never for display).
MATCH_FOLDS: tuple[tuple[str, str], ...] = (
    ("ya", "ia"), ("yu", "iu"), ("yi", "i"), ("iy", "y"), ("yy", "y"), ("ij", "iy"),
    ("j", "y"), ("w", "v"),
)

# Names of wars and other events with two usual English forms -> the form used as canonical.
EVENT_NAMES: dict[str, str] = {
    "second world war": "World War II", "world war ii": "World War II", "world war 2": "World War II",
    "wwii": "World War II", "ww2": "World War II", "first world war": "World War I",
    "world war i": "World War I", "world war 1": "World War I", "wwi": "World War I", "ww1": "World War I",
}
