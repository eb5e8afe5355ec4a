"""Real article texts for benchmarks, from ../shared (free corpus, LGL, TR-News)."""
from __future__ import annotations

import json
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))


def load_texts(n: int) -> list[tuple[str, str | None]]:
    """Up to `n` (text, published) pairs of real news, cycling through the sets if n is larger."""
    pool: list[tuple[str, str | None]] = []
    corpus = SHARED / "corpus" / "free-news.jsonl"
    if corpus.is_file():
        for line in corpus.read_text(encoding="utf-8").splitlines():
            if line.strip():
                art = json.loads(line)
                pool.append((art["text"], art.get("published")))
    for name in ("lgl.xml", "tr-news.xml"):
        path = SHARED / "eval" / "geo" / name
        if path.is_file():
            for art in ET.parse(path).getroot().iter("article"):
                text = art.findtext("text") or ""
                if text.strip():
                    pool.append((text, (art.findtext("dltime") or "")[:10] or None))
    if not pool:
        sys.exit(f"no articles found under {SHARED}: the benchmarks need ../shared")
    return [pool[i % len(pool)] for i in range(n)]
