"""The shared number helper: digits, words, qualifiers, vague plurals and area units."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.numbers import find_quantities, parse_number


@pytest.mark.parametrize("text,value", [
    ("five", 5), ("twenty-five", 25), ("one hundred and five", 105), ("1,200", 1200),
    ("2.5 million", 2_500_000), ("130", 130), ("a dozen", 12), ("seventeen", 17),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_parse_number_rejects_words():
    assert parse_number("several") is None
    assert parse_number("") is None


@pytest.mark.parametrize("text,value,qualifier", [
    ("more than 130 people", 130, "more_than"), ("at least 12 civilians", 12, "at_least"),
    ("about 300 troops", 300, "about"), ("up to 40 people", 40, "up_to"), ("nearly 50,000", 50000, "about"),
    ("fewer than ten", 10, "less_than"), ("two people died", 2, "exact"),
    ("thousands of protesters", 1000, "more_than"),
])
def test_qualifiers(text, value, qualifier):
    q = find_quantities(text)[0]
    assert (q.value, q.qualifier) == (value, qualifier)


def test_area_units_and_offsets():
    text = "it took 500 km2 and later thousands of square kilometers"
    qs = find_quantities(text, offset=10)
    assert [(q.value, q.unit) for q in qs] == [(500, "km2"), (1000, "km2")]
    assert text[qs[0].start - 10:qs[0].end - 10] == "500 km2"


def test_square_miles_convert_to_km2():
    (q,) = find_quantities("100 square miles")
    assert q.unit == "km2" and q.value == pytest.approx(259)


WORDS = st.sampled_from(["more than", "at least", "about", "five", "twenty-one", "130", "1,200", "people",
                         "were", "killed", "km2", "thousands of", "soldiers", "and", "up to", "in", "Kyiv"])


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=12), st.integers(min_value=0, max_value=50))
def test_quantity_spans_are_ordered_and_inside_the_text(words, offset):
    text = " ".join(words)
    qs = find_quantities(text, offset)
    for q in qs:
        assert offset <= q.start < q.end <= offset + len(text)
        assert q.value >= 0 and q.qualifier in {"exact", "more_than", "at_least", "about", "up_to", "less_than"}
    assert [q.start for q in qs] == sorted(q.start for q in qs)


@pytest.mark.parametrize("text,value,qualifier,unit", [
    ("au moins 91 personnes", 91, "at_least", None), ("près de 50 000 habitants", 50000, "about", None),
    ("près de 50\u202f000", 50000, "about", None), ("4.000 km2", 4000, "exact", "km2"),
    ("4\u00a0000 km2", 4000, "exact", "km2"), ("une vingtaine de blessés", 20, "about", None),
    ("plus de 200 blessés", 200, "more_than", None), ("deux personnes", 2, "exact", None),
    ("quatre-vingt-dix-neuf morts", 99, "exact", None), ("vingt et un soldats", 21, "exact", None),
    ("2,5 millions de réfugiés", 2_500_000, "exact", None), ("plus d'une centaine de morts", 100, "more_than", None),
    ("des centaines de civils", 100, "more_than", None), ("jusqu'à 40 kilomètres carrés", 40, "up_to", "km2"),
])
def test_french_quantities(text, value, qualifier, unit):
    q = find_quantities(text, language="fr")[0]
    assert (q.value, q.qualifier, q.unit) == (value, qualifier, unit)


def test_french_articles_alone_count_nothing():
    assert find_quantities("un soldat et une femme", language="fr") == []
    assert find_quantities("someone") == []          # English qualifiers still need a space
