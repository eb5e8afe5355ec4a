"""French number words, qualifiers and area units for newsgraph.numbers (language "fr").

Source: standard French numerals (Grevisse, Le Bon Usage, cardinal adjectives) and the wire style
of AFP copy ("près de 50 000", "4.000 km2", "une vingtaine de blessés"). Approximate nouns in
"-aine" are about their number; plural vague nouns follow the ACLED convention of the English
table ("des centaines" -> more than 100).
"""

UNITS_FR = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "quatre-vingt": 80, "quatre-vingts": 80,
}
TENS_FR = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
SCALES_FR = {"cent": 100, "cents": 100, "mille": 1_000, "million": 1_000_000, "millions": 1_000_000,
             "milliard": 1_000_000_000, "milliards": 1_000_000_000}
# Words between the parts of a compound numeral ("vingt et un").
JOINERS_FR = ("et",)
# Approximate and vague quantities -> (value, qualifier).
VAGUE_FR = {
    "une dizaine": (10, "about"), "une douzaine": (12, "about"), "une quinzaine": (15, "about"),
    "une vingtaine": (20, "about"), "une trentaine": (30, "about"), "une quarantaine": (40, "about"),
    "une cinquantaine": (50, "about"), "une soixantaine": (60, "about"), "une centaine": (100, "about"),
    "un millier": (1_000, "about"), "des dizaines": (10, "more_than"), "plusieurs dizaines": (10, "more_than"),
    "des centaines": (100, "more_than"), "plusieurs centaines": (100, "more_than"),
    "des milliers": (1_000, "more_than"), "plusieurs milliers": (1_000, "more_than"),
    "des dizaines de milliers": (10_000, "more_than"), "des centaines de milliers": (100_000, "more_than"),
    "des millions": (1_000_000, "more_than"),
}
QUALIFIERS_FR = {
    "plus de": "more_than", "plus d'": "more_than", "plus d’": "more_than", "au-delà de": "more_than",
    "au moins": "at_least", "pas moins de": "at_least", "au minimum": "at_least",
    "près de": "about", "environ": "about", "quelque": "about", "presque": "about", "autour de": "about",
    "approximativement": "about", "quasiment": "about", "une estimation de": "about",
    "jusqu'à": "up_to", "jusqu’à": "up_to", "au plus": "up_to", "au maximum": "up_to",
    "moins de": "less_than", "moins d'": "less_than", "moins d’": "less_than",
}
AREA_UNITS_FR = {
    "km2": 1.0, "km²": 1.0, "km carrés": 1.0, "kilomètres carrés": 1.0, "kilomètre carré": 1.0,
    "hectares": 0.01, "hectare": 0.01, "ha": 0.01,
}
# Digits: thousands grouped by a space, a no-break or narrow no-break space or a dot ("50 000",
# "4.000"); decimals after a comma ("2,5 millions").
DIGITS_FR = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
DIGIT_SCALES_FR = ("millions", "million", "milliards", "milliard", "mille")
# What links a vague quantity to its noun ("une vingtaine de blessés").
OF_FR = r"de|d'|d’"
