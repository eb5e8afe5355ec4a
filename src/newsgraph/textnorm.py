"""Text normalisation shared by every stage: accents, case and quote marks folded for comparison."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def strip_accents(text: str) -> str:
    """'Balakliïa' -> 'Balakliia' (NFC result)."""
    text = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


@lru_cache(maxsize=1 << 16)      # a pure function of the text, called on the same names again and again
def fold(text: str) -> str:
    """Comparison key: accents removed, curly quotes straightened, spaces collapsed, case folded."""
    return _SPACE.sub(" ", strip_accents(text).translate(_QUOTES)).strip().casefold()
