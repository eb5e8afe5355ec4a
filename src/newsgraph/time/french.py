"""French temporal expressions: the rules, their handlers and the tense of the clause.

The stage (`timex.normalise_times`) runs these instead of the English rules when
`doc.language == "fr"`; values come from the same calendar arithmetic (`calendar.py`) and value
helpers (`values.py`). Spans follow the French TimeBank: the governing preposition ("en",
"depuis", "le" before a day number) stays outside, determiners of a unit ("la semaine
dernière", "la veille") inside. A rule named like an English one ("iso", "the_day") gets the
same treatment from the stage ('à l'aube' is the day being told, as 'later in the day').
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Optional

from newsgraph.data.time_lexicon_fr import (AUX_FUTURE_FR, AUX_PAST_FR, AUX_PRESENT_FR, DEICTIC_FR, FUTURE_ENDINGS_FR,
                                            FUTURE_STEMS_FR, GO_FR, MONTHS_FR, NUMBERS_FR, PARTS_FR, PROSPECTIVE_FR,
                                            REFERENCES_FR, REL_FR, SEASONS_FR, SINCE_FR, TEXT_DAYS_FR, TEXT_REL_FR,
                                            UNITS_FR, VAGUE_FR, WEEKDAYS_FR)
from newsgraph.model import Document, Token
from newsgraph.time import calendar as cal
from newsgraph.time import dates as d
from newsgraph.time.firstchar import compile_rule
from newsgraph.time.patterns import RULES as EN_RULES
from newsgraph.time.patterns import Rule
from newsgraph.time.tense import tokens_between
from newsgraph.time.values import UNRESOLVED, Ctx, Timex, duration_value, relative, unit_of


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_A = "['’]"                                                     # both apostrophes
MONTH = rf"(?P<month>{_alt(m for m in MONTHS_FR if len(m) > 4 or m in ('mars', 'mai', 'juin', 'août', 'aout'))})"
WEEKDAY = rf"(?P<weekday>{_alt(WEEKDAYS_FR)})"
DAY = r"(?P<day>1er|[0-3]?\d)(?![\d,.]\d)"
YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)(?![\d,.]\d|\s?%)"
PART = rf"(?P<part>{_alt(PARTS_FR)})"
_UNIT_WORDS = sorted({*UNITS_FR, *(u + "s" for u in UNITS_FR if not u.endswith(("s", "x")))} | {"ans"})
UNIT = rf"(?P<unit>{_alt(_UNIT_WORDS)})"
NUM = rf"(?P<num>\d+(?:[.,]\d+)?|{_alt(NUMBERS_FR)}|{_alt(VAGUE_FR)})"
QMOD = rf"(?P<qmod>plus\s+d{_A}|plus\s+de|moins\s+d{_A}|moins\s+de|près\s+d{_A}|près\s+de|environ|au\s+moins|quelque)"
# a month alone is a date after one of these ("en mars", "depuis juin", "fin août", "mi-mai")
_MONTH_CUES = "(?:" + "|".join(f"(?<={re.escape(c)})" for c in (
    "en ", "En ", "depuis ", "Depuis ", "dès ", "début ", "fin ", "mi-", "d'ici ", "jusqu'en ", "mois de ",
    "d’ici ", "jusqu’en ")) + ")"

RULES_SRC_FR: dict[str, str] = {
    "fr_numeric": r"(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>\d{4})(?![\d/.]\d)",
    "fr_day_month": rf"(?:(?P<ce>[Cc]e)\s+)?(?:{WEEKDAY}\s+)?{DAY}\s+{MONTH}(?:\s+{YEAR})?",
    # "du 13 au 14 novembre", "les 22 et 23 février": the first day, in the month named after the second
    "fr_day_pair": rf"(?P<day>1er|[0-3]?\d)(?=\s+(?:au|et)\s+(?:1er|[0-3]?\d)\s+{MONTH}(?:\s+{YEAR})?)",
    "fr_month_year": rf"(?:(?P<mod>début|fin|mi-)\s*)?{MONTH}\s+{YEAR}",
    "fr_month": rf"(?:{_MONTH_CUES}|(?P<mod>(?:début|fin)\s+|mi-)){MONTH}(?:\s+(?P<rel>dernier|prochain))?|"
                rf"{MONTH.replace('month', 'month2')}\s+(?P<rel2>dernier|prochain)",
    "fr_year": rf"(?:(?P<mod>début|fin|mi-)\s*)?{YEAR}",
    "fr_decade": r"(?:les\s+)?années\s+(?P<decade>(?:1[6-9]|20)?\d0)",
    "fr_weekday": rf"(?:(?P<ce>[Cc]e)\s+)?{WEEKDAY}(?:\s+{PART})?(?:\s+(?P<rel>dernier|prochain))?",
    "fr_deictic": rf"(?P<deictic>{_alt(DEICTIC_FR)})(?:\s+{PART})?|"
                  rf"(?P<this>[Cc](?:e|et|ette))\s+(?P<tpart>matin|après-midi|soir|nuit|jour|midi)(?![-\w])|"
                  rf"(?P<lastnight>la\s+nuit\s+dernière)",
    "fr_rel_unit": rf"(?P<this>[Cc](?:e|et|ette))\s+{UNIT}(?:-ci)?(?!-là)|"
                   rf"(?:l{_A}|la\s+|le\s+)(?P<unit2>{_alt(['an', 'année', 'semaine', 'mois', 'week-end', 'trimestre'])})"
                   rf"\s+(?P<rel>{_alt(REL_FR)})",
    "fr_bound": rf"(?:le\s+)?(?P<bound>début|fin|milieu)\s+(?:de\s+l{_A}|du\s+|de\s+la\s+|de\s+cette\s+|de\s+ce\s+)"
                rf"(?P<unit>année|mois|semaine)(?:\s+(?P<rel>{_alt(REL_FR)}))?",
    "fr_season": rf"(?:(?P<this>[Cc]et|[Cc]e)\s+|(?:l{_A}|le\s+)|(?<=au\s)|(?<=en\s))"
                 rf"(?P<season>{_alt(SEASONS_FR)})(?:\s+(?P<rel>{_alt(REL_FR)})|\s+{YEAR})?",
    "text_rel": rf"(?P<tday>{_alt(TEXT_DAYS_FR)})|"
                rf"(?:l{_A}|la\s+|le\s+|cette\s+|ce\s+)(?P<tunit>année|an|semaine|mois|jour)[\s-]+(?P<trel>{_alt(TEXT_REL_FR)})",
    "fr_ago": rf"il\s+y\s+a\s+(?:{QMOD}\s*)?{NUM}\s+{UNIT}|"
              rf"(?<=\bdans\s){NUM.replace('num', 'num2')}\s+{UNIT.replace('unit', 'unit3')}",
    "fr_clock": r"(?:(?<=à\s)|(?<=vers\s)|(?<=dès\s)|(?<=jusqu'à\s)|(?<=autour\sde\s))"
                r"(?P<hh>[01]?\d|2[0-4])\s*(?:h|heures?)"
                r"(?:\s*(?P<mm>[0-5]\d))?(?:\s+(?P<tz>GMT|UTC|heure\s+locale))?(?P<off>[+-]\d{1,2}\b)?|"
                r"(?P<hh2>[01]?\d|2[0-3])\s*h\s*(?P<mm2>[0-5]\d)(?:\s+(?P<tz2>GMT|UTC))?(?P<off2>[+-]\d{1,2}\b)?",
    "fr_duration": rf"(?:{QMOD}\s*)?{NUM}\s+{UNIT}",
    "fr_reference": rf"(?P<ref>{_alt(REFERENCES_FR)})",
    # "à l'aube", "à la mi-journée", "dans la matinée": the day being told (the stage's 'the_day')
    "the_day": rf"(?:(?<=à\s)l{_A}aube|(?<=à\s)la\s+mi-journée|(?<=dans\s)la\s+(?:matinée|soirée|journée)|"
               rf"(?<=en\s)(?:fin|début)\s+de\s+(?:journée|matinée|soirée))",
}

# month names alone are dates only after their cue words, which keep their case ("Mars" the planet)
RULES_FR: list[Rule] = [r for r in EN_RULES if r.name == "iso"] + [
    Rule(name, compile_rule(src, 0 if name == "fr_month" else re.IGNORECASE))
    for name, src in RULES_SRC_FR.items()]


# --- handlers ------------------------------------------------------------------------------

def _month(word: str) -> Optional[int]:
    return MONTHS_FR.get(word.lower().rstrip("."))


def _day_number(text: str) -> int:
    return 1 if text.lower() == "1er" else int(text)


def numeric(m: re.Match, ctx: Ctx) -> Timex:
    """'14/09/2022', '14.09.2022': day first, as French writes dates."""
    return d._day_value(int(m["y"]), int(m["b"]), int(m["a"]))


def day_month(m: re.Match, ctx: Ctx) -> Timex:
    month, day = _month(m["month"]), _day_number(m["day"])
    if m["year"]:
        return d._day_value(int(m["year"]), month, day)
    if not ctx.published:
        return d._day_value(None, month, day)
    weekday = WEEKDAYS_FR.get((m.groupdict().get("weekday") or "").lower())
    year = cal.year_for_day(ctx.published, month, day, ctx.tense, weekday)
    return d._day_value(year, month, day, "published") if year else UNRESOLVED


def month_year(m: re.Match, ctx: Ctx) -> Timex:
    return Timex(f"{m['year']}-{_month(m['month']):02d}", "DATE", "month")


def month(m: re.Match, ctx: Ctx) -> Timex:
    number = _month(m["month"] or m["month2"])
    if not ctx.published:
        return Timex(f"XXXX-{number:02d}", "DATE", "month")
    pub, rel = ctx.published, (m["rel"] or m["rel2"] or "").lower()
    if rel == "dernier":
        year = pub.year if number < pub.month else pub.year - 1
    elif rel == "prochain":
        year = pub.year if number > pub.month else pub.year + 1
    else:
        year = cal.year_for_month(pub, number, ctx.tense)
    return relative(f"{year:04d}-{number:02d}", "DATE", "month")


def year(m: re.Match, ctx: Ctx) -> Timex:
    return Timex(m["year"], "DATE", "year")


def decade(m: re.Match, ctx: Ctx) -> Timex:
    digits = m["decade"]
    return Timex((digits if len(digits) == 4 else "19" + digits)[:3], "DATE", "decade")


def weekday(m: re.Match, ctx: Ctx) -> Timex:
    """'mercredi', 'ce mercredi', 'jeudi soir', 'lundi dernier': the day (a part keeps the day)."""
    wd = WEEKDAYS_FR[m["weekday"].lower()]
    if not ctx.published:
        return Timex(f"XXXX-WXX-{wd + 1}", "DATE", "day")
    rel = (m["rel"] or "").lower()
    direction = {"dernier": "before", "prochain": "after"}.get(rel)
    if m["ce"] and not direction and ctx.tense not in ("past", "future"):
        direction = "forward" if wd >= ctx.published.weekday() else "back"
    direction = direction or ("forward" if ctx.tense == "future" else "back")
    return relative(cal.weekday_occurrence(ctx.published, wd, direction).isoformat(), "DATE", "day")


def deictic(m: re.Match, ctx: Ctx) -> Timex:
    """'hier', 'hier soir', 'ce matin', 'cette nuit', 'la nuit dernière': a day (a part keeps the
    day, as 'jeudi soir' does: events join on days)."""
    if m["deictic"]:
        shift = DEICTIC_FR[m["deictic"].lower()]
    elif m["lastnight"]:
        shift = -1
    else:       # 'cette nuit' told in the past tense is the night just gone
        shift = -1 if m["tpart"].lower() == "nuit" and ctx.tense == "past" else 0
    if not ctx.published:
        return Timex(None, "DATE", "day")
    return relative((ctx.published + dt.timedelta(days=shift)).isoformat(), "DATE", "day")


def _unit(word: str) -> tuple[str, str, bool]:
    key = word.lower()
    key = key if key in UNITS_FR else key[:-1]
    return unit_of(UNITS_FR.get(key, "day"))


def rel_unit(m: re.Match, ctx: Ctx) -> Timex:
    """'cette semaine', 'ce mois-ci', 'cette année', 'la semaine dernière', 'l'an prochain'."""
    unit, gran, is_time = _unit(m["unit"] or m["unit2"])
    if is_time or not ctx.published:
        return Timex(None, "TIME" if is_time else "DATE", gran)
    return relative(cal.shift(ctx.published, REL_FR.get((m["rel"] or "").lower(), 0), unit), "DATE", gran)


def bound(m: re.Match, ctx: Ctx) -> Timex:
    """'le début de l'année', 'fin du mois', 'le milieu de la semaine prochaine': that unit."""
    unit, gran, _ = _unit(m["unit"])
    if not ctx.published:
        return Timex(None, "DATE", gran)
    return relative(cal.shift(ctx.published, REL_FR.get((m["rel"] or "").lower(), 0), unit), "DATE", gran)


def season(m: re.Match, ctx: Ctx) -> Timex:
    """'au printemps', 'cet été', 'l'hiver dernier', 'l'automne 2014'."""
    rel = REL_FR.get((m["rel"] or "").lower())
    which = {-1: "last", 1: "next"}.get(rel) if rel else ("this" if m["this"] else None)
    return d.season_value(SEASONS_FR[m["season"].lower()], m["year"], which, ctx)


def text_rel(m: re.Match, ctx: Ctx) -> Timex:
    """'la veille', 'le lendemain', 'l'année suivante': anchored to a date told before (see anchor_fr);
    a day with no date told before counts from the publication day ('la veille' of a wire story)."""
    if m["tday"] and ctx.published:
        day = ctx.published + dt.timedelta(days=TEXT_DAYS_FR[m["tday"].lower()])
        return Timex(day.isoformat(), "DATE", "day", "text")
    gran = "day" if m["tday"] else _unit(m["tunit"])[1]
    return Timex(None, "DATE", gran, "text")


def anchor_fr(expression: str, anchor: str) -> Optional[str]:
    """The value of a text-anchored French expression given the anchor's TIMEX3 value."""
    m = _TEXT_REL.fullmatch(" ".join(expression.split()))
    if not m or not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", anchor[:10]):
        return None
    if m["tday"]:
        step, unit = TEXT_DAYS_FR[m["tday"].lower()], "D"
    else:
        step, unit = TEXT_REL_FR[m["trel"].lower()], _unit(m["tunit"])[0]
    need = {"D": 10, "W": 10, "M": 7, "Y": 4}.get(unit, 10)
    if len(anchor[:10]) < need:
        return None
    ref = dt.date.fromisoformat((anchor[:10] + "-01-01"[len(anchor[:10]) - 4:])[:10])
    return cal.shift(ref, step, unit)


_TEXT_REL = next(r.search for r in RULES_FR if r.name == "text_rel")


def _count(text: Optional[str]) -> Optional[float]:
    key = " ".join((text or "").lower().split())
    if key in NUMBERS_FR:
        return float(NUMBERS_FR[key])
    try:
        return float(key.replace(",", "."))
    except ValueError:
        return None                 # "quelques", "plusieurs", "des"


def ago(m: re.Match, ctx: Ctx) -> Timex:
    """'il y a deux semaines' (a date that far back), 'dans trois jours' (ahead)."""
    unit, gran, is_time = _unit(m["unit"] or m["unit3"])
    n = _count(m["num"] or m["num2"])
    if n is None:
        return Timex("PAST_REF" if m["num"] else "FUTURE_REF", "DATE", None)
    if not ctx.published or is_time or n != int(n):
        return Timex(None, "DATE", gran)
    return relative(cal.shift(ctx.published, int(n if m["num2"] else -n), unit), "DATE", gran)


def duration(m: re.Match, ctx: Ctx) -> Timex:
    unit, gran, is_time = _unit(m["unit"])
    return Timex(duration_value(_count(m["num"]), unit, is_time), "DURATION", gran)


def reference(m: re.Match, ctx: Ctx) -> Timex:
    return Timex(REFERENCES_FR[m["ref"].lower()], "DATE", None, "published" if ctx.published else "none")


def clock(m: re.Match, ctx: Ctx) -> Timex:
    """'à 20 heures', 'vers 11 h 30', '09 h 35 UTC', '8 h 30 UTC-5', 'autour de 10heures': that time on the
    publication day."""
    hh, mm = int(m["hh"] or m["hh2"]), int(m["mm"] or m["mm2"] or 0)
    day = ctx.published.isoformat() if ctx.published else "XXXX-XX-XX"
    zone = "Z" if (m["tz"] or m["tz2"] or "") in ("UTC", "GMT") else ""
    offset = m["off"] or m["off2"]
    if zone and offset:                         # '8 h 30 UTC-5': the local time and its offset
        zone = f"{offset[0]}{int(offset[1:]):02d}:00"
    return Timex(f"{day}T{hh:02d}:{mm:02d}{zone}", "TIME", "minute", "published" if ctx.published else "none")


HANDLERS_FR = {
    "iso": d.iso, "fr_numeric": numeric, "fr_day_month": day_month, "fr_day_pair": day_month, "fr_month_year": month_year,
    "fr_month": month, "fr_year": year, "fr_decade": decade, "fr_weekday": weekday, "fr_deictic": deictic,
    "fr_rel_unit": rel_unit, "fr_bound": bound, "fr_season": season, "text_rel": text_rel, "fr_ago": ago,
    "fr_duration": duration, "fr_reference": reference, "the_day": d.the_day, "fr_clock": clock,
}


# --- plausibility and tense -------------------------------------------------------------------

_TIME_NOUNS_FR = {"élections", "jeux", "saison", "législatives", "municipales", "années"}


def plausible_fr(doc: Document, rule: str, start: int, end: int, starts: list[int]) -> bool:
    """A year before a plural noun is a count ('2000 soldats'); a number after a digit group
    is part of it ('30 000 habitants'); 'quelques jours' alone is a span, kept."""
    if rule == "fr_year":
        if re.search(r"\d[\s\u00a0\u202f]$", doc.text[max(0, start - 2):start]) or \
                re.match(r"[\s\u00a0\u202f]\d{3}\b", doc.text[end:end + 5]):
            return False
        nxt = doc.tokens[bisect.bisect_left(starts, end):][:1]
        if nxt and nxt[0].pos == "NOUN" and nxt[0].text.lower().endswith(("s", "x")) \
                and nxt[0].text.lower() not in _TIME_NOUNS_FR:
            return False
    if rule == "fr_duration" and re.search(r"\d[\s\u00a0\u202f]$", doc.text[max(0, start - 2):start]):
        return False
    if rule == "fr_duration" and _AGE.search(doc.text[max(0, start - 12):start]) \
            and re.search(r"\bans?$", doc.text[start:end]):
        return False                    # an age: 'il a 12 ans', 'un enfant de 10 ans', 'âgé de 47 ans'
    return True


_AGE = re.compile(r"(?:\b(?:a|avait|avaient|ont|de|âgée?s?\s+de))\s+$", re.IGNORECASE)


def tense_fr(doc: Document, start: int, end: int, starts: Optional[list[int]] = None) -> Optional[str]:
    """past | present | future | None for the verb nearest the span in its sentence (the small
    French model's parse is too loose to climb heads): passé composé and imparfait are past,
    futur and 'va' + infinitive future; 'depuis X' is past whatever the verb."""
    inside = tokens_between(doc, start, end, starts)
    if not inside:
        return None
    if doc.text[max(0, start - 8):start].lower().rstrip().endswith(SINCE_FR):
        return "past"
    s = doc.sentences[inside[0].sent]
    sentence = doc.tokens[s.token_start:s.token_end]
    verbs = [t for t in sentence if t.pos in ("VERB", "AUX") and not _is_auxiliary(doc.tokens, t)]
    if not verbs:
        return None
    verb = min(verbs, key=lambda t: (abs(t.i - inside[0].i) if t.i < inside[0].i else abs(t.i - inside[-1].i), t.i))
    return _verb_tense(doc.tokens, verb)


def _is_auxiliary(tokens: list[Token], t: Token) -> bool:
    """An 'a', 'est', 'va' followed by its verb within three words ('a-t-il dit', 'a été tué')."""
    if not t.dep.startswith("aux") and t.text.lower() not in AUX_PRESENT_FR | AUX_PAST_FR | AUX_FUTURE_FR | GO_FR:
        return False
    return any(n.pos == "VERB" or n.text.lower() == "été" for n in tokens[t.i + 1:t.i + 4])


def _verb_tense(tokens: list[Token], verb: Token) -> Optional[str]:
    auxes = [t.text.lower().lstrip("-") for t in tokens[max(0, verb.i - 4):verb.i]
             if t.pos in ("AUX", "VERB") and _is_auxiliary(tokens, t)]
    word, lemma = verb.text.lower(), verb.lemma.lower()
    if lemma in PROSPECTIVE_FR:
        return "future"
    if any(a in GO_FR for a in auxes) or any(a in AUX_FUTURE_FR for a in auxes) or _is_future(word, lemma):
        return "future"
    if any(a in AUX_PRESENT_FR | AUX_PAST_FR for a in auxes):
        return "past"
    if word.endswith(("rait", "raient")):
        return None                                   # conditional: neither
    if word.endswith(("ait", "aient", "ais")) or (word != lemma and word.endswith(("é", "ée", "és", "ées"))):
        return "past"
    return "present" if word != lemma else None


def _is_future(word: str, lemma: str) -> bool:
    stems = {lemma, lemma[:-1], *FUTURE_STEMS_FR} if lemma.endswith(("er", "ir", "re")) else set(FUTURE_STEMS_FR)
    return any(word == stem + ending for stem in stems for ending in FUTURE_ENDINGS_FR)
