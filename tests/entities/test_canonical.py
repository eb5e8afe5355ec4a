"""Canonical names and matching keys (no NLP needed)."""
import pytest

from newsgraph.entities.canonical import canonical_name, clean_surface, match_key, org_name, span_surface


@pytest.mark.parametrize("surface,expected", [
    ("Izioum", "Izium"), ("Boutcha", "Bucha"), ("Bakhmout", "Bakhmut"), ("Dvoritchna", "Dvorichna"),
    ("Balakliïa", "Balakliia"), ("Kiev", "Kyiv"), ("kyiv", "Kyiv"),
])
def test_places_in_translated_text_take_english_spelling(surface, expected):
    assert canonical_name(surface, "GPE", translated=True) == expected


@pytest.mark.parametrize("word", ["South", "Louisville", "Houston", "Strasbourg", "Toulouse"])
def test_transliteration_leaves_ordinary_words_alone(word):
    assert canonical_name(word, "LOC", translated=True) == word


def test_french_transcription_only_in_translated_documents():
    assert canonical_name("Boutcha", "GPE", translated=False) == "Boutcha"


@pytest.mark.parametrize("surface,expected", [
    ("Vladimir Poutine", "Vladimir Putin"), ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
    ("Mr. Zelenskiy", "Zelensky"), ("Louis Martin", "Louis Martin"),
])
def test_person_exonyms_and_honorifics(surface, expected):
    assert canonical_name(surface, "PERSON", translated=True) == expected


@pytest.mark.parametrize("surface,expected", [
    ("the Russian Defense Ministry", "Ministry of Defence of the Russian Federation"),
    ("Russian national guard", "National Guard of Russia"),
    ("Ukrainian army", "Armed Forces of Ukraine"),
    ("US defense ministry", "United States Department of Defense"),
    ("EU", "European Union"), ("Nato", "NATO"),
])
def test_organisation_names(surface, expected):
    assert org_name(surface) == expected


def test_supranational_adjectives_are_not_countries():
    assert org_name("European Parliament") is None
    assert canonical_name("the European Parliament", "ORG") == "European Parliament"


@pytest.mark.parametrize("a,b", [("Izioum", "Izium"), ("Kiev", "kyiv"), ("Kupyansk", "Kupiansk"),
                                 ("Zelenskyy", "Zelensky"), ("Mr. Poroshenko", "Poroshenko")])
def test_spelling_variants_share_a_key(a, b):
    assert match_key(a) == match_key(b)


def test_different_names_keep_different_keys():
    assert match_key("Zelenska") != match_key("Zelensky")
    assert match_key("Austria") != match_key("Australia")


def test_surfaces():
    assert span_surface("Zelensky's") == "Zelensky"
    assert span_surface("U.S.") == "U.S."
    assert clean_surface("the European  Commission") == "European Commission"


def test_national_bodies_of_countries_named_with_an_article():
    assert org_name("U.S. government") == "Government of the United States"
    assert org_name("Russian government") == "Government of Russia"
    assert org_name("U.S. Defense Department") == "United States Department of Defense"


@pytest.mark.parametrize("word", ["Strasbourg", "South", "Southampton", "Mitchell", "Fletcher", "Dutch", "Hutchinson",
                                  "Kitchener", "Watchtower", "Khartoum", "Khouribga", "Ouagadougou", "Djibouti",
                                  "Nouakchott", "Boulogne", "Louisville"])
@pytest.mark.parametrize("etype", ["GPE", "PERSON", "ORG"])
def test_translated_documents_keep_western_and_arabic_spellings(word, etype):
    assert canonical_name(word, etype, translated=True) == word


@pytest.mark.parametrize("surface,expected", [("Tchernihiv", "Chernihiv"), ("Vovtchansk", "Vovchansk"),
                                              ("Kovaltchouk", "Kovalchuk"), ("Lyssytchansk", "Lyssychansk")])
def test_french_tch_of_slavic_names_still_becomes_ch(surface, expected):
    assert canonical_name(surface, "GPE", translated=True) == expected
