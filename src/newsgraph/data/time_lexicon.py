"""Word lists of the time stage. Source: English calendar names, the TIMEX3 value
conventions of the TimeML 1.2.1 guidelines (seasons SP/SU/FA/WI, parts of day TMO/TAF/TEV/TNI,
PRESENT_REF/PAST_REF/FUTURE_REF, X for unknown digits) and the expressions annotated in
TimeBank/AQUAINT (TempEval-3)."""

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}

# season -> TIMEX3 code and the month it is taken to start in (northern hemisphere)
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# part of day -> TIMEX3 code
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "overnight": "NI", "midday": "MI", "noon": "12:00", "midnight": "24"}

# unit word -> (duration unit of P..., granularity, is_time_unit)
UNITS = {
    "second": ("S", "second", True), "minute": ("M", "minute", True), "hour": ("H", "hour", True),
    "day": ("D", "day", False), "night": ("D", "day", False), "week": ("W", "week", False),
    "weekend": ("WE", "week", False), "fortnight": ("W", "week", False),
    "month": ("M", "month", False), "quarter": ("Q", "quarter", False),
    "year": ("Y", "year", False), "decade": ("DE", "decade", False), "century": ("CE", "century", False),
}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "half": 0.5, "couple": 2, "dozen": 12,
}

# quantities that give no number: the TIMEX3 value keeps X ("for months" -> PXM)
VAGUE_QUANTITIES = ("several", "a few", "few", "some", "many", "a couple of", "the coming",
                    "recent", "the past few", "the last few", "the next few", "coming")

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

# centuries written out ("the twentieth century") and decades in words ("the eighties")
CENTURY_ORDINALS = {w: i for i, w in enumerate(
    ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
     "eighteenth", "nineteenth", "twentieth", "twenty-first"), start=10)}
DECADE_WORDS = {w: i for i, w in enumerate(
    ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"), start=2)}

# single words with a fixed TIMEX3 value or a shift in days from the publication date
DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}

REFERENCES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "the present": "PRESENT_REF", "present": "PRESENT_REF",
    "at present": "PRESENT_REF", "right now": "PRESENT_REF", "these days": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF", "earlier": "PAST_REF", "once": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
    "shortly": "FUTURE_REF", "later": "FUTURE_REF", "eventually": "FUTURE_REF",
}

# adverbs and adjectives of frequency -> TIMEX3 SET value
SET_WORDS = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
    "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "annual": "P1Y",
}

# fixed-date holidays -> (month, day); source: common English-language calendars
HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
    "christmas eve": (12, 24), "christmas": (12, 25), "valentine's day": (2, 14),
    "independence day": (7, 4), "halloween": (10, 31), "boxing day": (12, 26),
    "may day": (5, 1), "victory day": (5, 9),
}
