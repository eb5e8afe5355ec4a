"""Resolution rules of the second focus session: dotted abbreviations, the focus among one country's
namesakes, provinces that GeoNames files as admin2, particles inside container names, appositive heads.
Sentences written for these tests."""
import pytest

import newsgraph
from newsgraph.geo.gazetteer import Candidate
from newsgraph.geo.resolve import Resolution, _Context, _pick


@pytest.fixture(scope="module")
def extract(resources):
    return lambda text: newsgraph.extract(text, published="2023-04-12")


def _place(doc, mention):
    at = doc.text.index(mention)
    return next(p for p in doc.places if any(s.start <= at < s.end for s in p.spans))


def test_dotted_abbreviation_of_a_district_and_its_city_is_the_district(extract):
    doc = extract("The charter school opened a second campus in D.C. last year after its board met in Boston.")
    place = _place(doc, "D.C.")
    assert place.geonameid == 4138106 and place.precision == "admin1"     # District of Columbia, not the city


def _cand(id_, adm1, population, main=True, country="AA"):
    return Candidate(id_, f"P{id_}", 10.0 + id_, 10.0, country, "", adm1, "PPL", 3, population, main=main)


def _context_voting_for(adm1: str, focus: dict) -> _Context:
    others = {(f"town{i}", ""): Resolution(_cand(100 + i, adm1, 20_000), 1.0) for i in range(2)}
    return _Context(others, {g: 1.0 for g in others}, {g: frozenset({adm1}) for g in others}, focus=focus)


def test_the_focus_lifts_every_main_name_reading_of_its_country_not_one_of_them():
    famous, mid = _cand(1, "BB.01", 5_000_000, country="BB"), _cand(2, "AA.01", 160_000)
    small = _cand(3, "AA.02", 11_000)               # a namesake under 1/100 of the famous one
    ctx = _context_voting_for("AA.02", {"AA": 1.0})
    assert _pick([famous, mid, small], "", (set(), set()), ctx).candidate.id == 3


def test_a_province_filed_as_admin2_contains_the_village_rather_than_a_namesake_abroad(extract):
    doc = extract("Gunmen killed 12 villagers in Tongomayel in Soum province, the army said.")
    assert {p.country for p in doc.places} == {"BF"}
    soum = _place(doc, "Soum")
    assert soum.geonameid == 2355248 and soum.precision == "admin2"


def test_a_container_name_keeps_its_particles(extract):
    doc = extract("The convoy was hit near Ocaña, the second city of Norte de Santander, the army said on Monday.")
    assert _place(doc, "Ocaña").country == "CO"


def test_the_head_of_an_appositive_compound_gives_the_kind(resources):
    from newsgraph import nlp
    from newsgraph.entities import link_entities
    from newsgraph.geo import load_gazetteer
    from newsgraph.geo.detect import detect_toponyms
    from newsgraph.model import Document
    text = "A police spokesman told reporters in Gusau, the state capital, that six people were abducted."
    doc = link_entities(nlp.annotate(Document(id="t", text=text), nlp.load_nlp()))
    topo = next(t for t in detect_toponyms(doc, load_gazetteer()) if t.text == "Gusau")
    assert topo.kind_hint == "city"


def test_a_name_called_an_admin_unit_tells_the_focus_by_its_admin_readings(resources):
    from newsgraph.geo import load_gazetteer
    from newsgraph.geo.focus import _name_weight, _readings
    gaz = load_gazetteer()
    assert _name_weight(_readings(gaz, "Hiran", unit=True)) == {"SO": 1.0}
    assert _name_weight(_readings(gaz, "Hiran")) != {"SO": 1.0}


def test_a_village_in_a_district_named_after_its_town_takes_the_town_point_at_district_precision(extract):
    doc = extract("Insurgents burned huts in the village of Tchakwe, in Macomia district, on Sunday, residents said.")
    village, town = _place(doc, "Tchakwe"), _place(doc, "Macomia")
    assert village.geonameid is None and village.country == "MZ" and village.precision == "admin2"
    assert (village.lat, village.lon) == (town.lat, town.lon) and village.relation is None


def test_a_compass_word_before_the_container_does_not_hide_it(extract):
    doc = extract("The strike hit Tabqa Halab in northern Idlib, Syria, on Monday.")
    assert _place(doc, "Tabqa Halab").country == "SY"


def test_a_municipality_is_the_municipio_not_its_seat_and_a_township_keeps_its_town(extract):
    doc = extract("Two soldiers were killed in the Tame municipality of Arauca department on Friday.")
    assert _place(doc, "Tame").geonameid == 3667480 and _place(doc, "Tame").precision == "admin2"
    doc = extract("Jets bombed a village of Katha township in Sagaing Region on Wednesday.")
    assert _place(doc, "Katha").precision == "city"      # the township's seat, not the larger Katha District


def test_a_country_name_that_is_an_old_name_of_a_city_abroad_tells_only_the_country(extract):
    assert [f.country for f in extract("Gunmen killed 40 people in a village in central Mali, officials said.").focus] == ["ML"]


def test_an_alternate_name_of_a_town_abroad_is_no_reading_in_a_story_focused_elsewhere(extract):
    doc = extract("Armed men raided a village in west Niger close to the border with Mali on Sunday. "
                  "The attack hit the village of Gaigorou in the Tillaberi region, the mayor of Dessa said.")
    assert all(p.country in ("NE", "ML", None) for p in doc.places)     # 'Dessa' is no Dessie, Ethiopia
