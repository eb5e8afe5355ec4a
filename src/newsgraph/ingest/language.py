"""Language detection by function-word profile, and signs of machine translation."""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

# The most frequent function words of each language (short, closed-class lists).
FUNCTION_WORDS = {
    "en": "the of and to in a is that for on was with he it as at by from his said have has are were which".split(),
    "fr": "le la les de des et un une du en est que qui dans pour sur au par pas il elle ont été".split(),
    "de": "der die das und nicht ist den von zu mit sich des auf für im dem eine ein auch wird".split(),
    "es": "el la los las de del y que en un una por con para es se su al lo como más".split(),
    "it": "il lo la gli le di che e è un una per con non sono del della nel alla".split(),
    "pt": "o a os as de do da e que em um uma para com não por se mais dos das".split(),
    "ru": "и в не на что с по это как из но он она к у за от".split(),
    "uk": "і в не на що з та це як до у за від але він вона".split(),
}
_FUNCTION_SETS = {lang: frozenset(fw) for lang, fw in FUNCTION_WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# French ordinals of units ("14e brigade") and French-style transliterations in English text.
_FR_ORDINAL = re.compile(r"\b\d{1,3}(?:e|ème|eme)\b")
_KNOWN_FR_FORMS = ("Poutine", "Izioum", "Boutcha", "Bakhmout", "Kharkov", "Marioupol", "Zelensky a")


def detect_language(text: str) -> Optional[str]:
    """ISO 639-1 code of the language whose function words are most frequent, or None."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < 3:
        return None
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in fw) for lang, fw in _FUNCTION_SETS.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    return lang if best >= max(1, len(words) // 50) else None


def translation_flags(text: str) -> list[str]:
    """["machine_translated"] when an English text shows French ordinals or transliterations."""
    hits = len(_FR_ORDINAL.findall(text)) + sum(text.count(f) for f in _KNOWN_FR_FORMS)
    return ["machine_translated"] if hits >= 2 else []


SUPPORTED = ("en", "fr")


def language_note(language: Optional[str]) -> Optional[str]:
    """The warning a document in `language` carries, if any."""
    if language in (None, "en"):
        return None
    if language == "fr":
        return ("French: read with the small French spaCy pipeline and the French rules of every stage; "
                "measured on a gold set of six articles, less tested than English")
    return (f"language looks like {language!r}, which newsgraph does not support (English, French): "
            "only major places from the gazetteer (countries, regions, capitals) and numeric dates were extracted")
