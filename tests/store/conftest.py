"""Fixtures for store tests: hand-made documents (records.py) and the incident articles of data/."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from store.records import make_doc

DATA = Path(__file__).parent / "data"

# What each article of data/incidents reports, written as the records a correct pipeline gives:
# (published, places, events). Dates are those the text gives ("on Thursday" = 2024-05-09).
INCIDENT_RECORDS = {
    "governor.txt": ("2024-05-10", ["Kharkiv"], [dict(
        type_="ASSAULT", places=["P1"], date="2024-05-09", counts=[("killed", 5), ("injured", 12)],
        reporter="the regional governor", trigger="struck", actors=[("source", "Russian missiles")])]),
    "ministry.txt": ("2024-05-10", ["Kharkiv"], [dict(
        type_="ASSAULT", places=["P1"], date="2024-05-09", counts=[("killed", 7, "exact", "civilians"),
                                                                   ("injured", 14)],
        reporter="Ukraine's interior ministry", trigger="strike")]),
    "claim.txt": ("2024-05-09", ["Kharkiv"], [dict(
        type_="ASSAULT", places=["P1"], date="2024-05-09", reporter="Russia's defence ministry",
        trigger="strike", status="claimed", actors=[("source", "Russia's defence ministry")])]),
    "odesa.txt": ("2024-05-09", ["Odesa"], [dict(
        type_="ASSAULT", places=["P1"], date="2024-05-09", counts=[("killed", 2)],
        reporter="the regional administration", trigger="attack")]),
    "march.txt": ("2024-05-10", ["Kharkiv"], [dict(
        type_="ASSAULT", places=["P1"], date="2024-03-14", counts=[("killed", 4)], reporter="local officials",
        trigger="strike")]),
    "toll50.txt": ("2024-05-10", ["Kharkiv"], [dict(
        type_="ASSAULT", places=["P1"], date="2024-05-09", counts=[("killed", 50, "at_least")],
        reporter="the regional prosecutor", trigger="strike")]),
}


@pytest.fixture(scope="session")
def incident_docs():
    """name -> Document with the records of INCIDENT_RECORDS."""
    return incident_documents()


@lru_cache(maxsize=1)
def incident_documents() -> dict:
    docs = {}
    for name, (published, places, events) in INCIDENT_RECORDS.items():
        text = (DATA / "incidents" / name).read_text(encoding="utf-8")
        docs[name] = make_doc(text, published=published, source=name.removesuffix(".txt"),
                              url=f"https://example.org/{name}", places=places, events=events)
    return docs


@pytest.fixture
def db_path(tmp_path) -> str:
    return str(tmp_path / "corpus.duckdb")
