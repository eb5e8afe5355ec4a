"""The gazetteer index: built from the bundled data or from a GeoNames dump, then looked up."""
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.errors import InputError, ResourceError, UsageError
from newsgraph.geo.gazetteer import Gazetteer, build_index, load_gazetteer
from newsgraph.geo.sources import LEVEL_ADMIN1, LEVEL_COUNTRY, LEVEL_PLACE, keep_name

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def mini_index(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gaz") / "mini.sqlite"
    return build_index(DATA / "mini-geonames.txt", DATA / "mini-alternateNames.txt", output=out)


def test_dump_build_indexes_names_and_alternate_names(mini_index):
    gaz = Gazetteer(mini_index)
    assert [c.id for c in gaz.lookup("Izium")][0] == 707292
    assert gaz.lookup("Izioum")[0].id == 707292          # from alternateNames
    assert gaz.lookup("Charkow")[0].id == 706483
    assert gaz.lookup("https://example.org/Izium") == []  # links are not names
    kharkiv = gaz.get(706483)
    assert kharkiv.admin1 == "Kharkiv Oblast" and kharkiv.level == LEVEL_PLACE and kharkiv.fcode == "PPLA"


def test_dump_build_adds_bundled_regions_with_centres_from_the_dump_cities(mini_index):
    gaz = Gazetteer(mini_index)
    ukraine = gaz.country("UA")
    assert ukraine.level == LEVEL_COUNTRY and ukraine.id == 690791
    # Donetsk Oblast has no city in the mini dump: no coordinates, so not in the index
    assert all(c.level != LEVEL_ADMIN1 or c.adm1 != "UA.05" for c in gaz.lookup("Donetsk Oblast"))


def test_fuzzy_lookup_reaches_other_romanisations(mini_index):
    gaz = Gazetteer(mini_index)
    hits = gaz.lookup("Izjoum")
    assert hits and hits[0].id == 707292 and hits[0].fuzzy
    assert gaz.lookup("Izjoum", fuzzy=False) == []


def test_malformed_dump_is_an_input_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("this is not\ta geonames dump\n", encoding="utf-8")
    with pytest.raises(InputError):
        build_index(bad, output=tmp_path / "x.sqlite")


def test_alternate_names_need_a_dump(tmp_path):
    with pytest.raises(UsageError):
        build_index(alternate_names=DATA / "mini-alternateNames.txt", output=tmp_path / "x.sqlite")


def test_missing_index_is_a_resource_error(tmp_path):
    with pytest.raises(ResourceError):
        Gazetteer(tmp_path / "none.sqlite")


def test_cli_gazetteer_build(tmp_path):
    out = tmp_path / "cli.sqlite"
    result = CliRunner().invoke(cli, ["gazetteer", "build", "--geonames", str(DATA / "mini-geonames.txt"),
                                      "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert str(out) in result.output
    with sqlite3.connect(out) as db:
        assert db.execute("SELECT COUNT(*) FROM place WHERE id = 707292").fetchone()[0] == 1


def test_keep_name_drops_codes_and_non_latin():
    assert keep_name("Kharkov") and keep_name("Saint-Étienne")
    assert not keep_name("IEV") and not keep_name("Харків") and not keep_name("A1")


# --- the bundled gazetteer (built once in the user cache) -----------------------------------

@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def test_bundled_gazetteer_goes_down_to_villages(gaz):
    dvorichna = gaz.lookup("Dvorichna")
    assert any(c.country == "UA" and c.population < 5000 for c in dvorichna)


def test_bundled_admin1_regions_have_english_names_and_centres(gaz):
    oblast = next(c for c in gaz.lookup("Kharkiv Oblast") if c.level == LEVEL_ADMIN1)
    assert oblast.name == "Kharkiv Oblast" and oblast.country == "UA"
    assert 48.5 < oblast.lat < 50.5 and 35.0 < oblast.lon < 38.5


def test_russian_regions_have_english_display_names(gaz):
    names = {c.name for n in ("Belgorod Oblast", "Kursk Oblast", "Stavropol Krai", "Tatarstan")
             for c in gaz.lookup(n) if c.level == LEVEL_ADMIN1 and c.country == "RU"}
    assert {"Belgorod Oblast", "Kursk Oblast", "Stavropol Krai", "Tatarstan Republic"} <= names
    # the transliterated adjective still finds the region
    assert any(c.name == "Belgorod Oblast" for c in gaz.lookup("Belgorodskaya oblast'"))


def test_russian_region_name_rule():
    from newsgraph.geo.sources import GazRecord, russian_region_name

    def city(name, population):
        return GazRecord(1, name, 0.0, 0.0, "RU", "PPL", LEVEL_PLACE, population)
    assert russian_region_name("Kurskaya oblast'", [city("Kurchatov", 40_000), city("Kursk", 440_000)]) == "Kursk Oblast"
    assert russian_region_name("Kaluzhskaya oblast'", [city("Obninsk", 110_000), city("Kaluga", 330_000)]) \
        == "Kaluga Oblast"
    assert russian_region_name("Leningradskaya oblast'", [city("Gatchina", 90_000)]) == "Leningrad Oblast"
    assert russian_region_name("Primorskiy kray", [city("Vladivostok", 600_000)]) == "Primorskiy kray"
    assert russian_region_name("Kharkivska oblast", []) == "Kharkivska oblast"


def test_bundled_countries_know_demonyms_and_short_names(gaz):
    assert gaz.lookup("U.S.")[0].country == "US"
    assert gaz.lookup("Turkish")[0].level == LEVEL_COUNTRY
    assert gaz.lookup("Turquie")[0].country == "TR"
    assert gaz.lookup("Ala.")[0].adm1 == "US.AL"


def test_gazetteer_reopens_its_connection_in_a_forked_worker(mini_index):
    import multiprocessing

    global _FORKED
    _FORKED = Gazetteer(mini_index)
    assert _FORKED.lookup("Izium")          # connection opened in the parent
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(_first_id, ("Kharkiv",)) == 706483
        # and it pickles (spawned workers): the connection is reopened there
        assert pool.apply(_lookup_with, (Gazetteer(mini_index), "Izioum")) == 707292


_FORKED = None


def _first_id(name: str) -> int:
    return _FORKED.lookup(name, fuzzy=False)[0].id


def _lookup_with(gaz: Gazetteer, name: str) -> int:
    return gaz.lookup(name)[0].id


def test_plural_demonyms_and_continent_adjectives_name_their_place(gaz):
    assert gaz.lookup("Palestinians")[0].country == "PS"
    assert gaz.lookup("Russians")[0].country == "RU"
    assert gaz.lookup("European")[0].name == "Europe"
    assert not any(c.level == LEVEL_COUNTRY for c in gaz.lookup("Britishs"))


def test_county_and_township_abbreviations_are_expanded(gaz):
    county = gaz.lookup("Loudoun Co.")
    assert county and county[0].name.startswith("Loudoun County")


def test_region_centres_drop_a_stray_but_keep_a_sparse_north():
    from newsgraph.geo.sources import _extent_centre
    dense = [(48.0 + i * 0.01, 37.0 + (i % 10) * 0.1, 1000) for i in range(100)]
    lat, lon = _extent_centre(dense + [(48.0, 33.1, 900)])          # one village 250 km off
    assert lon > 36.9
    north = [(58.0 + i * 0.5, -95.0 + (i % 2), 600) for i in range(6)]  # several northern towns
    lat, lon = _extent_centre(dense[:60] + north)
    assert lat > 50.0


def test_plural_demonym_rule():
    from newsgraph.geo.sources import plural_demonym
    assert [plural_demonym(d) for d in ("Russian", "Iraqi", "Czech", "Chinese", "British", "French", "Swiss")] \
        == ["Russians", "Iraqis", "Czechs", "", "", "", ""]
