"""Shared fixtures. Tests that read ../shared/ skip with a clear reason when it is absent."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared/, or skip the test when it is not there (a user's fresh clone)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared gold data comes with CI, not with a clone")
    return path


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    return json.loads(shared_path("golden", "seed.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_path("golden", "seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(seed_text, seed_expected):
    """The seed article through the whole pipeline (once per test session)."""
    import newsgraph
    return newsgraph.extract(seed_text, published=seed_expected["document"]["published"])


@pytest.fixture(scope="session")
def free_news() -> list[dict]:
    """The freely licensed real articles of ../shared/corpus/."""
    path = shared_path("corpus", "free-news.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def resources():
    from newsgraph.pipeline import load_resources
    return load_resources()


@pytest.fixture(scope="session")
def examples() -> list[Path]:
    return sorted((ROOT / "examples").glob("*.txt"))
