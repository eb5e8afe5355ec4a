"""Military units: ordinals, coordination, French suffixes."""
import pytest

from newsgraph.entities.units import english_ordinal, find_units
from newsgraph.model import Document


@pytest.mark.parametrize("n,expected", [(1, "1st"), (2, "2nd"), (3, "3rd"), (11, "11th"), (12, "12th"),
                                        (14, "14th"), (22, "22nd"), (93, "93rd"), (101, "101st"), (113, "113th")])
def test_english_ordinals(n, expected):
    assert english_ordinal(n) == expected


def units(text):
    return [(c.text, c.name) for c in find_units(Document(id="t", text=text))]


def test_coordinated_french_ordinals_become_two_units():
    got = units("equipment of the 14e and 93e motorized brigades of the army")
    assert got == [("14e", "14th Motorized Brigade"), ("93e motorized brigades", "93rd Motorized Brigade")]


def test_english_unit_names_keep_their_modifiers():
    assert units("The 1st Guards Tank Army moved") == [("1st Guards Tank Army", "1st Guards Tank Army")]
    assert [n for _, n in units("the 21st, 22nd and 23rd divisions")] == \
        ["21st Division", "22nd Division", "23rd Division"]


@pytest.mark.parametrize("text", ["for the 14th time the army", "on the 3rd of May", "the 5e arrondissement"])
def test_ordinals_without_a_unit_noun_are_not_units(text):
    assert units(text) == []
