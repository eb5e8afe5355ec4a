"""The regular expressions of temporal expressions, one named rule per kind.

The extractor searches the text with every rule; the normaliser full-matches one expression
against the same rules and interprets the named groups. Spans follow TimeML: determiners and
modifiers ("the past", "about", "early") are inside, the governing preposition ("on", "in",
"since") is outside.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from newsgraph.time.firstchar import compile_rule

from newsgraph.data.time_lexicon import HOLIDAYS


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MONTH_FULL = ("January|February|March|April|June|July|August|September|October|November|December")
_MONTH_ABBR = r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?"
MONTH = rf"(?P<month>{_MONTH_FULL}|May|{_MONTH_ABBR}|(?i:{_MONTH_FULL.lower()}))"
# standalone month names: "May" and "March" only after a word that makes them a date
_MAY_CUES = ("in ", "since ", "until ", "till ", "by ", "last ", "next ", "this ", "early ",
             "late ", "mid-", "of ", "from ", "through ", "before ", "after ", "during ")
_MAY = "(?:" + "|".join(f"(?<={re.escape(c)})" for c in _MAY_CUES + tuple(c.capitalize() for c in _MAY_CUES)) \
    + ")(?:May|March)"
MONTH_ALONE = rf"(?P<month>{_MONTH_FULL.replace('March|', '')}|{_MAY}|Sept\.|Aug\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.)"
DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)(?![\d%]|-(?!(?:1[6-9]|20)?\d\d\b))"   # "2014-15": the first year
WEEKDAY = (r"(?P<weekday>(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day)")
PART = r"(?P<part>morning|afternoon|evening|night|overnight)"
POINT_MOD = r"(?P<mod>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))"
REL = (r"(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|past|coming|previous|current|the\s+same|"
       r"earlier\s+this|later\s+this|early\s+this|late\s+this|early\s+next|late\s+next|early\s+last|late\s+last))")
SEASON = r"(?P<season>(?i:spring|summer|fall|autumn|winter))"
UNIT = (r"(?P<unit>second|minute|hour|day|night|week(?:end)?|fortnight|month|quarter|year|decade|"
        r"centur(?:y|ies))s?")
_SMALL = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
          "fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER = (rf"(?P<num>(?i:\d+(?:\.\d+)?|(?:{_TENS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
          rf"{_SMALL}|a\s+couple\s+of|a\s+few|several|a\s+dozen|a\s+hundred|dozens\s+of|a|an|half\s+a|some|many|few)(?:\s+1/2|\s+and\s+a\s+half)?)")
QMOD = (r"(?P<qmod>(?i:about|around|approximately|nearly|almost|roughly|more\s+than|less\s+than|"
        r"over|under|at\s+least|at\s+most|barely|just|only|up\s+to|some))")
_DIGIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_AFTER_YEAR_WORD = "(?:" + "|".join(f"(?<={w}\\s)" for w in ("year", "Year", "of", *_MONTH_FULL.split("|"), "May")) + ")"
_TEEN_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
# a year read out in words, as broadcast transcripts write it: "nineteen ninety-six", "the year two
# thousand"; "two thousand" alone is a count, so it needs "the year", a month or a season before it
SPOKEN_YEAR = (rf"(?P<spoken>(?i:(?:eighteen|nineteen)[-\s]+(?:(?:{_TENS})(?:[-\s](?:{_DIGIT_WORDS}))?|{_TEEN_WORDS}|hundred)|"
               rf"{_AFTER_YEAR_WORD}two\s+thousand(?:(?:\s+and)?\s+(?:{_TEEN_WORDS}|{_DIGIT_WORDS}))?))")

# "the five-year plan": the determiner belongs to the noun, not to the adjectival duration
DURATION_DET = (r"(?:(?P<ddet>(?i:the)\s+(?:past|last|next|first|previous|coming|following|final|latest|same|year-earlier|year-ago|)\s*)"
                r"(?!\S+-(?:second|minute|hour|day|week|month|year|decade)\b))")

# adjectives between a count and its unit that leave the length as counted: "six straight days"
SPAN_ADJ = r"(?P<spanadj>(?i:straight|consecutive|successive|trading|business|working|calendar|full|more|additional|extra|further))"

_DAY_PREPS = "(?:" + "|".join(f"(?<=\\b{w}\\s)" for w in (
    "on", "On", "by", "until", "till", "since", "Since", "from", "after", "before", "to", "through",
    "between", "Between", "of")) + ")"

_DAY_CUES = "(?:" + "|".join(f"(?<=\\b{w}\\s)" for w in (
    "in", "for", "end", "ended", "ending", "ends", "finish", "finished", "finishing", "close", "closed",
    "closing", "start of", "end of", "close of", "rest of")) + ")"

RULES_SRC: dict[str, str] = {
    "iso": r"(?P<year>\d{4})[-/](?P<mo>[01]\d)[-/](?P<day>[0-3]\d)(?:T(?P<hh>\d\d):(?P<mm>\d\d)(?::\d\d)?)?(?!\d)",
    "numeric": r"(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>\d{4}|\d{2})(?![\d/.]\d)",
    "month_day": rf"(?:(?P<rel>(?i:last|next|this))\s+)?(?:{WEEKDAY},?\s+)?(?:{POINT_MOD}[-\s]+)?{MONTH}\s+{DAYNUM}(?:,?\s+{YEAR})?",
    "day_month": rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAYNUM}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?",
    # "on the 29th", "Thursday the 29th": a day of a month left implicit (its value is in
    # the month of publication or next to it); only after a preposition or a weekday
    "day_ordinal": (rf"(?:{WEEKDAY},?\s+|{_DAY_PREPS})(?i:the)\s+"
                    r"(?P<oday>[0-3]?\d)(?P<osuffix>st|nd|rd|th)"),
    "month_year": rf"(?:{POINT_MOD}[-\s]+)?{MONTH},?\s+(?:of\s+)?{YEAR}",
    "month": rf"(?:(?:{REL}|{POINT_MOD})[-\s]+)?{MONTH_ALONE}(?:\s+(?:of\s+)?(?P<ryear>last|this|next)\s+year)?",
    "decade": (r"(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]*)?(?P<decade>1[6-9]\d0|20\d0|'\d0)'?s\b|"
               r"(?i:the)\s+(?:(?P<wmod>early|mid|late)[-\s]*)?(?P<dword>(?i:twenties|thirties|forties|fifties|"
               r"sixties|seventies|eighties|nineties))"),
    # "the 20th century", "a 20th-century democrat"; "20th Century Fox" (capital C) is a name
    "century": (r"(?:(?i:the)\s+)?(?:(?P<cent>\d{1,2})(?:st|nd|rd|th)|"
                r"(?P<centword>(?i:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
                r"seventeenth|eighteenth|nineteenth|twentieth|twenty-first)))[-\s]+century"),
    "year": rf"(?:(?P<fiscal>fiscal|FY|calendar)\s+|{POINT_MOD}[-\s]+)?{YEAR}",
    "spoken_year": rf"(?:{MONTH}\s+|(?:(?i:the)\s+)?{SEASON}\s+of\s+|(?P<theyear>(?i:the\s+year))\s+)?{SPOKEN_YEAR}",
    "weekday": rf"(?:(?:{REL}|(?P<pmod>early|late))\s+)?{WEEKDAY}(?:\s+{PART})?",
    "weekday_part": rf"{PART}\s+{WEEKDAY}",
    "deictic": (rf"(?:(?i:late|early)\s+)?(?P<deictic>(?i:today|yesterday|tomorrow))(?:\s+{PART})?|"
                r"(?P<tonight>(?i:tonight))|"
                r"(?P<overnight>(?i:overnight))(?!\s+(?:rates?|loans?|lending|markets?|trading|stays?|bags?)\b)"),
    "part_of_day": rf"(?P<rel>this|last|tomorrow|yesterday)\s+{PART}",
    "reference": (r"(?P<ref>(?i:now|currently|nowadays|recently|lately|right\s+now|these\s+days|"
                  r"at\s+present|the\s+(?:present|past|future)|(?<=in\s)the\s+near\s+future)|current)"),
    "recent_units": r"(?P<recent>recent|coming)\s+(?P<unit>day|week|month|year|decade)s",
    "text_rel": (r"(?:(?i:the)\s+(?P<trel>next|following|previous|preceding|prior|same)|(?P<that>(?i:that)(?:\s+same)?))"
                 r"\s+(?P<tunit>day|week|month|year|morning|afternoon|evening|night)"),
    # "ended the day up 2%", "later in the day": the day being told (a market session, an event)
    "the_day": (rf"{_DAY_CUES}(?i:the)\s+day(?!\s+(?:before|after|of|when|that|on|in|to|and)\b|'s|-)"),
    "the_past_unit": rf"the\s+(?:past|last|previous|coming)\s+{UNIT}",
    "rel_unit": rf"(?:{REL}[-\s]+){UNIT}",
    "quarter": (rf"(?:the\s+)?(?:(?P<rel>this|last|next|current|same)\s+|(?P<qyear2>(?i:this|last|next))\s+year's\s+)?(?:fiscal[-\s]+)?(?:(?P<qyear4>1[6-9]\d\d|20\d\d)\s+)?"
                rf"(?P<qord>(?i:first|second|third|fourth|final|last)|1st|2nd|3rd|4th)[-\s]+quarter(?:\s+(?:of\s+)?{YEAR}|\s+of\s+(?P<qyear>last|this|next)\s+year)?|"
                r"Q(?P<qnum>[1-4])"),
    "the_quarter": (r"(?i:the)\s+(?:(?P<qrel>latest|most\s+recent|year-earlier|year-ago|previous)|(?P<qyr>1[6-9]\d\d|20\d\d))"
                    r"\s+(?:quarter|period)"),
    # "the first half of 1990", "the second half of next year"; "the week of March 6"
    "half": (r"(?:(?i:the)\s+)?(?P<half>(?i:first|second|last|latter))\s+half\s+of\s+"
             rf"(?:{YEAR}|(?P<hrel>(?i:this|last|next))\s+year)"),
    "week_of": rf"(?i:the)\s+week\s+of\s+{MONTH}\s+{DAYNUM}(?:,?\s+{YEAR})?",
    # the period in focus a year before: "the corresponding period last year", "the same month a
    # year ago", "last year's quarter", "the comparable year-ago quarter"
    "period_before": (r"(?P<pb>(?i:the\s+(?:(?:corresponding|comparable|same)\s+)?(?:quarter|period|month)\s+"
                      r"(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))|"
                      r"last\s+year's\s+(?:(?:corresponding|comparable|same)\s+)?(?:quarter|period)|"
                      r"the\s+(?:corresponding|comparable|same)\s+(?:year-ago|year-earlier)\s+(?:quarter|period)))"),
    "ago": rf"(?:{QMOD}\s+)?{NUMBER}[-\s]+{UNIT}\s+(?P<dir>ago|earlier|later|from\s+now|hence)",
    "the_unit": r"(?:(?i:the))\s+(?:(?P<umod>full|fiscal|current\s+fiscal|current|same)\s+)?(?P<unit>year|quarter|week|weekend|month)",
    "year_adj": r"(?P<yadj>(?i:year-earlier|year-ago))",
    "duration": (rf"{DURATION_DET}?(?:{QMOD}\s+)?(?!(?i:an?)\s+[a-z]+s-long\b){NUMBER}[-\s]+(?:{SPAN_ADJ}\s+)?{UNIT}(?:[-\s](?P<long>long|old))?"
                 r"(?P<uhalf>\s+and\s+a\s+half)?"),
    # "a day-long strike", "a decades-long feud": one unit, or an unknown number of them
    "unit_long": r"(?P<unit>second|minute|hour|day|week|month|year|decade)(?P<lplural>s)?-long",
    "bare_units": r"(?:(?<=for\s)|(?<=over\s)|(?<=within\s)|(?<=\bin\s)|(?<=after\s))(?P<unit>minutes|hours|days|weeks|months|years|decades)",
    "season": (rf"(?:(?:(?:{REL}|the|(?P<smod>early|late|mid))[-\s]+)+|(?<=\bin\s)|(?<=since\s)|(?<=\bby\s)"
               r"|(?=(?:[Ss]pring|[Ss]ummer|Fall|[Aa]utumn|[Ww]inter)\s+(?:of\s+)?(?:1[6-9]|20)\d\d\b))"
               rf"{SEASON}(?!\s+(?:of|in|on|to|from|at)\s+[A-Za-z])(?:\s+(?:of\s+)?{YEAR})?"),
    "clock": (r"(?:(?P<hh>[01]?\d)(?::(?P<mm>[0-5]\d))?\s*(?P<ampm>[ap])\.?m\b\.?"
              r"(?:\s+(?P<tz>EST|EDT|CST|CDT|PST|PDT|GMT|UTC|BST|CET|CEST|local\s+time))?|"
              r"(?P<hh24>[0-2]?\d):?(?P<mm24>[0-5]\d)\s+(?P<tz24>GMT|UTC|local\s+time)|"
              r"(?P<noon>noon|midnight))"
              rf"(?:,?\s+(?:{WEEKDAY}|(?P<cday>today|yesterday|tomorrow)))?"),
    "set": rf"(?P<setword>hourly|daily|nightly|weekly|monthly|annually|yearly)|"
           rf"(?P<every>every|each)\s+(?:(?P<every_n>other|\d+|two|three|four|five|six|ten)\s+)?"
           rf"(?:{UNIT}|{WEEKDAY}|(?P<smonth>{_MONTH_FULL}|May)|(?P<sseason>(?i:spring|summer|fall|autumn|winter)))",
    # "on Mondays", "Tuesday nights": every such day (part)
    "weekday_set": (r"(?P<wdays>(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day)"
                    r"(?:s|\s+(?P<sparts>night|morning|evening|afternoon)s)"),
    "frequency": (r"(?P<freq>(?i:once|twice|(?:three|four|five|several|many|\d+)\s+times))\s+(?:a|an|per|each)\s+"
                  r"(?P<unit>day|week|month|year)"),
    "holiday": (rf"(?:(?P<hrel>(?i:last|next|this))\s+)?(?P<holiday>(?i:{_alt(HOLIDAYS)}|thanksgiving(?:\s+day)?|"
                rf"easter(?:\s+sunday)?))(?P<hweek>\s+week)?(?:,?\s+{YEAR})?"),
}


class Rule(NamedTuple):
    name: str
    search: re.Pattern


# named groups repeat across alternatives of one rule only through distinct names; Python
# forbids duplicates inside one pattern, so rules with alternatives keep their names distinct.
# compile_rule: (?<![\w-])(?:src)(?![\w]|-[A-Za-z]) with a guard on src's first characters (time.firstchar).
RULES: list[Rule] = [Rule(name, compile_rule(src)) for name, src in RULES_SRC.items()]
