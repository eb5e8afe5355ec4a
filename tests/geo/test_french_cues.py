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
