"""Name keys: case, diacritics, apostrophes and romanisations meet on one key."""
import pytest

from newsgraph.geo.names import abbreviation_key, fold, name_key, skeleton


@pytest.mark.parametrize("variant, standard", [
    ("Izioum", "Izium"), ("Izyum", "Izium"), ("Boutcha", "Bucha"), ("Bakhmout", "Bakhmut"),
    ("Dvoritchna", "Dvorichna"), ("Balakliïa", "Balakliia"), ("Kupyansk", "Kupiansk"),
    ("Zaporizhya", "Zaporizhzhia"), ("Mykolayiv", "Mykolaiv"), ("Kup'yans'k", "Kupiansk"),
])
def test_romanisations_share_a_skeleton(variant, standard):
    assert skeleton(variant) == skeleton(standard)


@pytest.mark.parametrize("a, b", [("Paris", "Perm"), ("Kyiv", "Kuwait"), ("Bakhmut", "Bakhchysarai")])
def test_different_names_keep_different_skeletons(a, b):
    assert skeleton(a) != skeleton(b)


def test_name_key_folds_case_diacritics_and_punctuation():
    assert name_key("Balakliïa") == "balakliia"
    assert name_key("Saint-Étienne") == "saint etienne"
    assert name_key("St. Louis") == "saint louis"
    assert name_key("Kup’yans’k") == "kupyansk"
    assert fold("Łódź") == "lodz"


def test_abbreviations_keep_their_dot():
    assert abbreviation_key("Ala.") == "ala."
    assert abbreviation_key("Alabama") is None
