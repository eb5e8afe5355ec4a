"""French geo cues read by the English geo code (data/geo_lexicon_fr.py): 'la région de X' is the
admin1 region, 'près de X' and 'à 20 km au sud de X' relative locations."""
from newsgraph import extract


def places(text):
    doc = extract(text, published="2022-09-14")
    assert doc.language == "fr"
    return doc.places


def test_the_region_of_a_city_is_its_oblast():
    (p,) = [p for p in places("Des frappes ont visé la région de Kharkiv dans la nuit.") if p.spans[0].text == "Kharkiv"]
    assert (p.name, p.precision) == ("Kharkiv Oblast", "admin1")


def test_the_town_of_keeps_the_city():
    (p,) = [p for p in places("Les combats ont repris dans la ville de Bakhmout.") if p.spans[0].text == "Bakhmout"]
    assert (p.name, p.precision) == ("Bakhmut", "city")


def test_near_and_distance_south_of():
    found = places("Des obus sont tombés près de Bakhmout et à 20 km au sud de Kharkiv.")
    rel = {p.relation.type: p.relation.distance_km for p in found if p.relation}
    assert rel == {"near": None, "south_of": 20.0}


def test_french_country_names_and_acronyms_the_gazetteer_lacks():
    found = {p.spans[0].text: (p.name, p.precision) for p in
             places("Les États-Unis ont envoyé un émissaire en RDC, où les combats ont repris.")}
    assert found["États-Unis"] == ("United States", "country")
    assert found["RDC"] == ("Democratic Republic of the Congo", "country")


def test_a_town_after_a_french_preposition_of_place_is_a_place_whatever_ner_typed_it():
    found = {s.text: p.name for p in places("Deux manifestants ont été tués à Douz et à Kebili, dans le sud de "
                                            "la Tunisie, selon des témoins.") for s in p.spans}
    assert found.get("Douz") == "Douz" and found.get("Kebili") == "Kebili"


def test_french_names_the_gazetteer_lacks_are_looked_up_under_their_english_ones():
    from newsgraph.data.geo_lexicon_fr import PLACE_NAMES_FR
    from newsgraph.geo.gazetteer import load_gazetteer
    from newsgraph.geo.names import name_key

    assert all(name_key(k) == k for k in PLACE_NAMES_FR)          # keys as lookups fold them
    gaz = load_gazetteer()
    assert {c.country for c in gaz.lookup("Grande-Bretagne")} == {"GB"}
    assert {c.country for c in gaz.lookup("Cisjordanie")} == {"PS"}
    county = gaz.lookup("Comté de Somerset")
    assert county and all(c.name == "Somerset County" and c.country == "US" for c in county)


def test_a_french_county_name_resolves_in_its_state():
    found = {p.spans[0].text: (p.name, p.country) for p in
             places("Un train a déraillé samedi dans le comté de Somerset, dans l'État du Maine, près de Jackman.")}
    assert found.get("comté de Somerset", found.get("Somerset")) == ("Somerset County", "US")
