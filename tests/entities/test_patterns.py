"""The EntityRuler patterns file is generated from the entities tables and stays in sync."""
import json
from importlib import resources

from newsgraph.entities.patterns import render, rule_patterns


def test_patterns_file_matches_the_tables():
    text = resources.files("newsgraph.data").joinpath("ner_patterns.jsonl").read_text(encoding="utf-8")
    assert text == render(), "regenerate: python -m newsgraph.entities.patterns > src/newsgraph/data/ner_patterns.jsonl"


def test_every_pattern_has_an_id_and_a_label():
    for p in rule_patterns():
        assert p["id"] and p["label"] in {"GPE", "ORG", "MILITARY_UNIT"}
        json.dumps(p)


def test_lowercase_city_rule_fires(spacy_nlp):
    doc = spacy_nlp("Leaders regularly come to kyiv to show their support.")
    assert [(e.text, e.label_) for e in doc.ents if e.text == "kyiv"] == [("kyiv", "GPE")]


def test_national_body_rule_fires(spacy_nlp):
    doc = spacy_nlp("On Wednesday, the Russian national guard said it had arrested people.")
    assert "Russian national guard" in [e.text for e in doc.ents if e.label_ == "ORG"]
