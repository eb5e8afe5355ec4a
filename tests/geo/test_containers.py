"""Stated containers and place cues of conflict reporting (issue 13), on a small index of made-up namesakes:
three villages named Petrivka in three oblasts, two named Hryhorivka in two districts of one oblast."""
from pathlib import Path

import pytest

from newsgraph import nlp
from newsgraph.entities import link_entities
from newsgraph.geo import geoparse
from newsgraph.geo.gazetteer import Gazetteer, build_index
from newsgraph.model import Document

# geonameid, name, alternate names, lat, lon, fcode, admin1, admin2, population
ROWS = [
    (709717, "Donetsk", "Donetsk,Donezk", 48.023, 37.802, "PPLA", "05", "1414", 929063),
    (706483, "Kharkiv", "Kharkov", 49.981, 36.253, "PPLA", "07", "6301", 1430885),
    (707292, "Izyum", "Izium,Izioum", 49.212, 37.257, "PPLA2", "07", "6304", 45884),
    (9197254, "Izyum Raion", "Izium Raion", 49.2, 37.3, "ADM2", "07", "6304", 0),
    (692118, "Svatove", "Svatovo", 49.410, 38.152, "PPLA2", "14", "4410", 16000),
    (702658, "Luhansk", "Lugansk", 48.567, 39.317, "PPLA", "14", "4402", 397677),
    (990001, "Petrivka", "Petrovka", 49.60, 36.90, "PPL", "07", "6314", 900),
    (990002, "Petrivka", "Petrovka", 48.10, 37.40, "PPL", "05", "1416", 300),
    (990003, "Petrivka", "Petrovka", 49.45, 38.20, "PPL", "14", "4410", 0),
    (990004, "Hryhorivka", "Grigorovka", 49.10, 37.40, "PPL", "07", "6304", 0),
    (990005, "Hryhorivka", "Grigorovka", 49.70, 37.80, "PPL", "07", "6308", 200),
    (990006, "Vodiane", "Vodyanoye", 48.09, 37.67, "PPL", "05", "1416", 0),
    (990007, "Vodiane", "Vodyanoye", 47.90, 37.20, "PPL", "05", "1404", 500),
    (713122, "Avdiyivka", "Avdiivka", 48.14, 37.74, "PPL", "05", "1416", 31000),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> Gazetteer:
    folder = tmp_path_factory.mktemp("ua")
    dump = folder / "ua-mini.txt"
    dump.write_text("".join(
        "\t".join([str(gid), name, name, alts, str(lat), str(lon), "A" if code.startswith("ADM") else "P", code,
                   "UA", "", a1, a2, "", "", str(pop), "", "100", "Europe/Kyiv", "2026-01-01"]) + "\n"
        for gid, name, alts, lat, lon, code, a1, a2, pop in ROWS), encoding="utf-8")
    return Gazetteer(build_index(dump, output=folder / "ua-mini.sqlite"))


@pytest.fixture(scope="module")
def parse(gaz):
    model = nlp.load_nlp()

    def run(text: str) -> Document:
        (doc,) = nlp.annotate_many([Document(id="t", text=text)], model)
        return geoparse(link_entities(doc), gaz)
    return run


def _place(doc: Document, words: str):
    return next(p for p in doc.places if any(s.text.startswith(words) for s in p.spans))


@pytest.mark.parametrize("text, village", [
    ("On 4 May 2022, Russian forces shelled Petrivka, Donetsk. Casualties unknown.", 990002),
    ("On 4 May 2022, Russian forces shelled Petrivka, Kharkiv region. Casualties unknown.", 990001),
    ("Fighting was reported near Petrivka in the Luhansk region on Monday.", 990003),
    ("On 4 May 2022, Russian forces shelled Petrivka (Luhansk). Casualties unknown.", 990003),
    ("Russian forces shelled Petrivka, Svatove district, Luhansk oblast, on Friday.", 990003),
    ("Russian forces shelled Hryhorivka of the Izium district on Friday.", 990004),
    ("Russian forces shelled Hryhorivka, Kharkiv region, on Friday.", 990005),      # by population
])
def test_the_container_chooses_the_namesake_inside_it(parse, text, village):
    name = "Petrivka" if "Petrivka" in text else "Hryhorivka"
    assert _place(parse(text), name).geonameid == village


def test_a_city_that_names_its_region_is_the_region_in_container_position(parse):
    doc = parse("On 4 May 2022, Russian forces shelled Petrivka, Donetsk. Casualties unknown.")
    donetsk = _place(doc, "Donetsk")
    assert donetsk.precision == "admin1" and donetsk.geonameid != 709717
    # ... and stays the city on its own
    assert _place(parse("Shelling was reported in Donetsk on Monday."), "Donetsk").geonameid == 709717


def test_a_person_before_a_region_governor_is_no_village(parse):
    doc = parse("Pavlo Kyrylenko, Donetsk region governor, said two people were killed.")
    assert not [p for p in doc.places if any(s.text.startswith("Pavlo") for s in p.spans)]


def test_a_village_the_index_lacks_keeps_its_container_point_and_precision(parse):
    doc = parse("Russian forces shelled Zarichne, Donetsk region, on Friday.")
    village = _place(doc, "Zarichne")
    assert village.geonameid is None and village.precision == "admin1" and village.country == "UA"


def test_confidence_falls_with_the_number_of_plausible_namesakes(parse):
    sure = _place(parse("Russian forces shelled Petrivka, Kharkiv region, on Friday."), "Petrivka")
    unsure = _place(parse("Russian forces shelled Petrivka on Friday, officials said."), "Petrivka")
    assert sure.confidence > unsure.confidence


def test_x_near_a_town_is_its_nearest_namesake_with_a_near_relation(parse):
    doc = parse("Russian forces shelled Vodiane near Avdiivka on Friday.")
    vodiane, avdiivka = _place(doc, "Vodiane"), _place(doc, "Avdiivka")
    assert vodiane.geonameid == 990006 and vodiane.relation.type == "near" and vodiane.relation.anchor == avdiivka.id


@pytest.mark.parametrize("text, name", [
    ("Russian forces attacked in the direction of Petrivka and Hryhorivka, Kharkiv region.", "Petrivka"),
    ("Ukrainian troops advanced towards Svatove on Monday.", "Svatove"),
    ("Russian artillery shelled the Hryhorivka community overnight.", "Hryhorivka"),
    ("The village of Hryhorivka was shelled overnight.", "Hryhorivka"),
])
def test_place_cues_find_names_ner_missed(parse, text, name):
    assert _place(parse(text), name).geonameid is not None


def test_a_community_names_the_raion_of_its_town(parse):
    doc = parse("Ukrainian forces recaptured Hryhorivka, Izium community, Kharkiv region, on Friday.")
    assert _place(doc, "Hryhorivka").geonameid == 990004
