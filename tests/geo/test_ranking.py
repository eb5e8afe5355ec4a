"""The place of the action: the most specific resolved place first (issue 13, point 6)."""
from newsgraph.export.acled import acled_rows
from newsgraph.export.fields import geo_precision
from newsgraph.geo.ranking import by_specificity, most_specific
from newsgraph.model import Place, Relation


def _place(pid, precision, lat=48.0, relation=None):
    return Place(id=pid, name=pid, lat=lat, lon=37.0, precision=precision, relation=relation)


def test_a_village_comes_before_its_district_region_and_country():
    places = [_place("UA", "country"), _place("Donetsk Oblast", "admin1"), _place("Pokrovsk Raion", "admin2"),
              _place("Vodiane", "city")]
    assert [p.id for p in by_specificity(places)] == ["Vodiane", "Pokrovsk Raion", "Donetsk Oblast", "UA"]


def test_near_comes_after_the_place_itself_and_unresolved_names_last():
    near = _place("near Izium", "city", relation=Relation("near", None, "P1"))
    lost = _place("Zarichne", None, lat=None)
    assert most_specific([lost, near, _place("Kupiansk", "city")]).id == "Kupiansk"
    assert [p["id"] for p in by_specificity([{"id": "a", "lat": None}, {"id": "b", "lat": 1.0, "precision": "admin1"}])] \
        == ["b", "a"]


def test_acled_rows_put_the_place_of_the_action_first_with_its_precision():
    region = {"name": "Kharkiv Oblast", "precision": "admin1", "lat": 49.5, "lon": 36.5, "country": "UA"}
    village = {"name": "Dovhenke", "precision": "city", "lat": 49.0, "lon": 37.3, "country": "UA",
               "relation": "near"}
    rows = list(acled_rows({"doc_id": "d", "id": "V1", "places": [region, village], "counts": []}))
    assert [r["location"] for r in rows] == ["Dovhenke", "Kharkiv Oblast"]
    assert [r["geo_precision"] for r in rows] == [2, 3]
    assert geo_precision({"precision": "city"}) == 1
