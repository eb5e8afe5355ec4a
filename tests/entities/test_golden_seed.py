"""The seed article (../shared/golden): every required entity, scored by the golden scorer."""
import pytest

from newsgraph.evaluate.golden import score_entities


@pytest.fixture(scope="module")
def stage_doc(entities_of, seed_text, seed_expected):
    """The seed through NLP and the entities stage alone (independent of later stages)."""
    return entities_of(seed_text, published=seed_expected["document"]["published"])


def test_entities_stage_passes_every_required_item(stage_doc, seed_expected):
    results = [r for r in score_entities(stage_doc, seed_expected["entities"]) if r.level == "required"]
    misses = [f"{r.label}: {r.why}" for r in results if not r.passed]
    assert results and not misses


def test_full_pipeline_passes_every_required_item(seed_doc, seed_expected):
    results = [r for r in score_entities(seed_doc, seed_expected["entities"]) if r.level == "required"]
    misses = [f"{r.label}: {r.why}" for r in results if not r.passed]
    assert results and not misses


def test_optional_items_floor(stage_doc, seed_expected):
    """Pinned floor for the optional items (coreference of titles, units, national bodies)."""
    results = [r for r in score_entities(stage_doc, seed_expected["entities"]) if r.level == "optional"]
    assert sum(r.passed for r in results) >= 8, [f"{r.label}: {r.why}" for r in results if not r.passed]


def test_no_junk_entities_on_the_seed(stage_doc):
    names = {e.name.casefold() for e in stage_doc.entities}
    assert "khaki" not in names and "massive russian" not in names
    assert not any(e.type == "PERSON" and e.name in ("Boutcha", "Bucha", "Mykolaiv", "Kherson")
                   for e in stage_doc.entities)
    assert all(e.type in ("PERSON", "ORG", "NORP", "MILITARY_UNIT", "GPE", "LOC", "FAC", "OTHER")
               for e in stage_doc.entities)
