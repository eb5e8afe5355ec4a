"""Detection rules that find place names NER missed or buried inside other names (issue 13, point 7)."""
import pytest

import newsgraph
from newsgraph import nlp
from newsgraph.geo import geoparse
from newsgraph.model import Document, Mention


@pytest.fixture(scope="module")
def extract(resources):
    return lambda text: newsgraph.extract(text, published="2022-09-14")


def _named(doc, name):
    return [p for p in doc.places if any(s.text == name for s in p.spans)]


@pytest.mark.parametrize("text, town, country", [
    ("Roselle police ticketed dozens of drivers near a school in Illinois on Friday.", "Roselle", "US"),
    ("The Corsicana Police Department said the suspect was arrested on Tuesday in Texas.", "Corsicana", "US"),
    ("Kamyanka police said a car was found in Ukraine.", "Kamyanka", "UA"),
    ("Torrington firefighters called in help from other towns in Connecticut.", "Torrington", "US"),
    ("Executives of the Northbrook-based retailer met investors in Illinois.", "Northbrook", "US"),
    ("The injured man was taken to Athens Regional Medical Center in Georgia.", "Athens", "US"),
])
def test_a_small_town_named_by_its_public_bodies_or_as_a_base_is_a_place(extract, text, town, country):
    places = _named(extract(text), town)
    assert places and places[0].country == country


def test_the_whole_capitalised_name_before_the_noun_is_read(extract):
    # 'Vista' alone is a town's name, but the name before 'area' is 'Briar Vista'
    doc = extract("Students from the Briar Vista area in Georgia planted trees.")
    assert not _named(doc, "Vista")


def _with_mention(resources, text, phrase, label):
    doc = nlp.annotate(Document(id="t", text=text), resources.nlp)
    start = text.index(phrase)
    doc.mentions = [Mention(start, start + len(phrase), phrase, label)]
    doc.mentions += [Mention(i, i + len(w), w, "GPE") for w in ("Illinois",) if (i := text.find(w)) >= 0]
    return geoparse(doc, resources.gazetteer)


def test_a_place_after_in_inside_an_organisation_mention(resources):
    doc = _with_mention(resources, "Two students of St. Paul's Lutheran School in Wheaton won awards in Illinois.",
                        "St. Paul's Lutheran School in Wheaton", "ORG")
    assert [p.country for p in _named(doc, "Wheaton")] == ["US"]


def test_no_place_after_of_inside_an_organisation_mention(resources):
    doc = _with_mention(resources, "She studied at the College of Law for two years before moving to Illinois.",
                        "the College of Law", "ORG")
    assert not _named(doc, "Law")


def test_a_name_listed_before_counties_is_a_county(extract):
    doc = extract("Flooding closed the bridge between Walton and Oconee counties in Georgia on Monday.")
    walton = _named(doc, "Walton")        # spaCy sm: a person
    assert walton and walton[0].name == "Walton County" and walton[0].country == "US"
