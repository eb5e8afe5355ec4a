"""The EntityRuler patterns of data/ner_patterns.jsonl, generated from the entities tables.

nlp.py loads the JSONL file before spaCy's NER; this module is how it is written
(`python -m newsgraph.entities.patterns > src/newsgraph/data/ner_patterns.jsonl`), and a test
checks that the file and the tables agree. Patterns: lower-case spellings of cities that
translated wires leave in lower case, national bodies ("the Russian national guard"),
and ordinal military units ("14e and 93e motorized brigades").
"""
from __future__ import annotations

import json

from newsgraph.data.entities_names import LOWERCASE_CITIES
from newsgraph.data.entities_orgs import DEMONYMS, NATIONAL_BODIES, SUPRANATIONAL
from newsgraph.data.entities_units import ORDINAL_SUFFIXES, UNIT_MODIFIERS, UNIT_NOUNS, UNIT_PLURALS

# National-body heads that are safe as rules (not "military", often an adjective).
RULE_BODIES = tuple(h for h in NATIONAL_BODIES if h not in ("military", "parliament"))
ORDINAL_REGEX = r"^\d{1,3}(%s)$" % "|".join(ORDINAL_SUFFIXES)


def rule_patterns() -> list[dict]:
    """Every EntityRuler pattern, each with an "id"."""
    return _city_patterns() + _body_patterns() + _unit_patterns()


def _city_patterns() -> list[dict]:
    """Lower-case and upper-case (datelines: "KYIV, Oct 3 (AFP) -") spellings of the cities."""
    return [{"label": "GPE", "pattern": form, "id": f"city:{name}"}
            for low, name in LOWERCASE_CITIES.items() for form in (low, low.upper())]


def _body_patterns() -> list[dict]:
    demonyms = sorted(d for d in DEMONYMS if d.isalpha() and d not in SUPRANATIONAL and d != "us")
    out = []
    for head in RULE_BODIES:
        words = [{"LOWER": w} for w in head.split(" ")]
        slug = head.replace(" ", "-")
        out.append({"label": "ORG", "pattern": [{"LOWER": {"IN": demonyms}}, *words], "id": f"body:{slug}"})
        out.append({"label": "ORG", "pattern": [{"ORTH": {"IN": ["US", "U.S."]}}, *words], "id": f"body:us-{slug}"})
    return out


def _unit_patterns() -> list[dict]:
    ordinal = {"TEXT": {"REGEX": ORDINAL_REGEX}}
    nouns = sorted({*UNIT_NOUNS, *UNIT_PLURALS})
    mods = {"LOWER": {"IN": sorted(UNIT_MODIFIERS)}, "OP": "*"}
    noun = {"LOWER": {"IN": nouns}}
    return [
        {"label": "MILITARY_UNIT", "pattern": [ordinal, {"LOWER": {"IN": ["and", ",", "&"]}}, ordinal, mods, noun],
         "id": "unit:coordinated"},
        {"label": "MILITARY_UNIT", "pattern": [ordinal, mods, noun], "id": "unit:single"},
    ]


def render() -> str:
    """The JSONL text of data/ner_patterns.jsonl."""
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in rule_patterns())


if __name__ == "__main__":
    print(render(), end="")
