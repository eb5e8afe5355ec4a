"""`newsgraph gazetteer add/info/reset/download`: country extracts on top of the bundled world index.

The bundled records are replaced by the small mini-geonames world (building the real one takes minutes);
everything else (files, lock, index, CLI) is the real code in a temporary cache.
"""
import http.server
import io
import threading
import zipfile
from functools import partial
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.errors import InputError
from newsgraph.geo import extracts
from newsgraph.geo.gazetteer import load_gazetteer
from newsgraph.geo.sources import read_dump
from newsgraph.settings import get_settings

DATA = Path(__file__).parent / "data"
# three villages of a made-up extract: two Petrivkas in different oblasts, one with a soft-sign spelling
EXTRACT = "".join("\t".join(row) + "\n" for row in [
    ["9900001", "Petrivka", "Petrivka", "Petrovka", "49.2", "36.9", "P", "PPL", "UA", "", "07", "6306", "", "", "0",
     "", "150", "Europe/Kyiv", "2026-01-01"],
    ["9900002", "Petrivka", "Petrivka", "Petrovka", "47.9", "37.6", "P", "PPL", "UA", "", "05", "1416", "", "", "0",
     "", "150", "Europe/Kyiv", "2026-01-01"],
    ["9900003", "Pishchane", "Pishchane", "Pishchanoye", "49.5", "37.5", "H", "STM", "UA", "", "07", "", "", "", "0",
     "", "150", "Europe/Kyiv", "2026-01-01"],
    ["706483", "Kharkiv", "Kharkiv", "Kharkov,Kharkiw", "49.99", "36.23", "P", "PPLA", "UA", "", "07", "6301", "", "",
     "1430885", "", "152", "Europe/Kyiv", "2026-01-01"],
])


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    get_settings.cache_clear()
    load_gazetteer.cache_clear()
    monkeypatch.setattr(extracts, "bundled_records", lambda: list(read_dump(DATA / "mini-geonames.txt")))
    yield tmp_path / "cache"
    get_settings.cache_clear()
    load_gazetteer.cache_clear()


@pytest.fixture
def ua(tmp_path) -> Path:
    path = tmp_path / "UA.txt"
    path.write_text(EXTRACT, encoding="utf-8")
    return path


def test_add_puts_the_extract_villages_on_top_of_the_world(cache, ua):
    sources = extracts.add_extracts([ua])
    assert [s["name"] for s in sources] == ["UA.txt"] and sources[0]["rows"] == 4
    gaz = load_gazetteer()
    assert {c.id for c in gaz.lookup("Petrivka")} == {9900001, 9900002}
    assert gaz.lookup("Izium")                         # the bundled world is still there
    assert not gaz.lookup("Pishchane", fuzzy=False)    # a stream is no place an event happens in
    kharkiv = gaz.get(706483)                          # an entry both know gains the extract's names and keys
    assert kharkiv.adm2 == "UA.07.6301" and gaz.lookup("Kharkiw", fuzzy=False)[0].id == 706483
    names = [s["name"] for s in gaz.sources()]
    assert names == ["bundled", "UA.txt"] and gaz.sources()[1]["attribution"] == "GeoNames, geonames.org"


def test_add_is_idempotent_and_reset_returns_to_the_bundled_index(cache, ua):
    first = extracts.add_extracts([ua])
    index = load_gazetteer().path
    assert extracts.add_extracts([ua]) == first and load_gazetteer().path == index
    assert len(list(cache.glob("gazetteer-added-*.sqlite"))) == 1
    assert extracts.reset_extracts() == 1
    assert extracts.added_sources() == [] and not list(cache.glob("gazetteer-added-*.sqlite"))


def test_a_bad_extract_is_one_line_naming_the_line(cache, tmp_path):
    bad = tmp_path / "XX.txt"
    bad.write_text(EXTRACT.splitlines()[0] + "\nnot\ta\tdump\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"XX.txt:2: not a GeoNames dump line"):
        extracts.add_extracts([bad])
    result = CliRunner().invoke(cli, ["gazetteer", "add", str(bad)])
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "XX.txt:2" in result.output


def test_cli_add_info_reset(cache, ua):
    runner = CliRunner()
    added = runner.invoke(cli, ["gazetteer", "add", str(ua)])
    assert added.exit_code == 0, added.output
    info = runner.invoke(cli, ["gazetteer", "info"])
    assert "UA.txt: 4 rows, 2 new entries" in info.output and "GeoNames, geonames.org" in info.output
    reset = runner.invoke(cli, ["gazetteer", "reset"])
    assert reset.exit_code == 0 and "removed 1" in reset.output


def test_download_fetches_the_country_zip_from_a_server(cache, tmp_path):
    served = tmp_path / "served"
    served.mkdir()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("readme.txt", "GeoNames readme")
        zf.writestr("UA.txt", EXTRACT)
    (served / "UA.zip").write_bytes(buf.getvalue())
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/{{cc}}.zip"
        result = CliRunner().invoke(cli, ["gazetteer", "download", "ua", "--url", url])
        assert result.exit_code == 0, result.output
        assert {c.id for c in load_gazetteer().lookup("Petrivka")} == {9900001, 9900002}
        missing = CliRunner().invoke(cli, ["gazetteer", "download", "FR", "--url", url])
        assert missing.exit_code == 1 and "could not download" in missing.output
    finally:
        server.shutdown()
        server.server_close()


def test_the_api_exposes_the_sources_and_the_credit_for_the_map(cache, ua):
    from fastapi.testclient import TestClient

    from newsgraph.api.app import create_app

    extracts.add_extracts([ua])
    with TestClient(create_app()) as client:
        body = client.get("/gazetteer").json()
    assert body["attribution"] == ["GeoNames, geonames.org"]
    assert [s["name"] for s in body["sources"]] == ["bundled", "UA.txt"] and body["sources"][1]["rows"] == 4
