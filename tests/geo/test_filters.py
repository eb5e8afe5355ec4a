"""Non-place readings: titles, hyphenated compounds, plural region qualifiers, organisation names."""
import pytest

import newsgraph


@pytest.fixture(scope="module")
def extract(resources):
    return lambda text: newsgraph.extract(text, published="2024-05-01")


def _covered(doc, mention):
    i = doc.text.index(mention)
    return [p for p in doc.places for s in p.spans if s.start <= i < s.end]


@pytest.mark.parametrize("text, mention", [
    ("The warrant was handed to Gen. Morales's lawyers near the capital on Tuesday.", "Gen."),
    ("Marines will patrol the Indo-Pacific region with their allies.", "Pacific"),
    ("Blizzards closed schools across Canada's Atlantic provinces on Monday.", "Atlantic"),
    ("Ministers of the Baltic states met on Friday.", "Baltic"),
])
def test_non_places_get_no_place(extract, text, mention):
    doc = extract(text)
    assert not _covered(doc, mention), [(p.name, p.country) for p in doc.places]


def test_well_known_places_in_compounds_and_lists_stay(extract):
    doc = extract("The Russia-Ukraine talks resumed. Officials in the Kharkiv and Kherson regions reported shelling.")
    names = {p.name for p in doc.places}
    assert {"Russia", "Kharkiv", "Kherson"} <= names


def test_organisation_acronym_is_not_retyped_to_a_place(extract):
    doc = extract("Auditors at the GAO rejected the bid. The GAO said the review was flawed.")
    assert not doc.places
    assert all(e.type == "ORG" for e in doc.entities if e.name == "GAO")


def test_place_inside_a_company_name_does_not_retype_it(extract):
    doc = extract("A jet operated by Air France landed in Lagos after a bomb threat.")
    org = [e for e in doc.entities if "Air France" in [s.text for s in e.spans]]
    assert org and org[0].type == "ORG"
    assert any(p.name == "Lagos" for p in doc.places)


def test_capitalised_region_word_before_of_is_part_of_an_organisation(extract):
    doc = extract("Staff of the Ohio Department of Health met officials in Ohio.")
    assert not [s for p in doc.places for s in p.spans if "Department" in s.text]


@pytest.mark.parametrize("text, kept", [
    ("The Qwertzmedia group of websites reported the march.", False),
    ("Refugees arrived in Qwertzmedia after the flood.", True),
])
def test_unresolved_names_need_a_place_context(resources, text, kept):
    from newsgraph import nlp
    from newsgraph.geo import geoparse
    from newsgraph.model import Document, Mention
    doc = nlp.annotate(Document(id="t", text=text), resources.nlp)
    start = text.index("Qwertzmedia")
    doc.mentions = [Mention(start, start + len("Qwertzmedia"), "Qwertzmedia", "GPE")]
    doc.entities = []
    doc = geoparse(doc, resources.gazetteer)
    assert bool([p for p in doc.places if p.name == "Qwertzmedia"]) == kept
