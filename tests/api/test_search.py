"""Full-text search over stored documents (SQLite FTS5), with highlighted snippets and event filters."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.desk_corpus import arrest_report, make_store, strike_report
from newsgraph.api import create_app
from newsgraph.errors import InputError
from newsgraph.store.search import SearchIndex, fts_query, index_path


@pytest.fixture
def client():
    with TestClient(create_app(store=make_store()), raise_server_exceptions=False) as c:
        yield c


def matched(hit):
    return [p["text"] for p in hit["snippet"] if p["match"]]


def test_search_finds_documents_and_marks_the_matched_words(client):
    body = client.get("/search", params={"q": "explosions"}).json()
    assert body["total"] == 2
    assert {h["source"] for h in body["results"]} == {"Example Wire", "Other Post"}
    assert all(matched(h) == ["explosions"] for h in body["results"])
    assert "".join(p["text"] for p in body["results"][0]["snippet"]).count("explosions") == 1


def test_words_ignore_case_and_accents_and_phrases_keep_order(client):
    assert client.get("/search", params={"q": "CAFE"}).json()["total"] == 1
    assert client.get("/search", params={"q": '"night of explosions"'}).json()["total"] == 2
    assert client.get("/search", params={"q": '"explosions of night"'}).json()["total"] == 0
    assert client.get("/search", params={"q": "kharkiv suva"}).json()["total"] == 0      # every word
    assert client.get("/search", params={"q": "protest*"}).json()["total"] == 1


def test_event_filters_narrow_the_documents(client):
    assert client.get("/search", params={"q": "the", "type": "COERCE"}).json()["total"] == 1
    assert client.get("/search", params={"q": "the", "source": "Other Post"}).json()["total"] == 1
    assert client.get("/search", params={"q": "the", "bbox": "30,44,40,52"}).json()["total"] == 2
    assert client.get("/search", params={"q": "the", "until": "2024-05-01"}).json()["total"] == 0


@pytest.mark.parametrize("q", ['"', "AND OR NOT", "(kharkiv", "col:kharkiv", "*", "NEAR(a b)", "x'); DROP"])
def test_query_syntax_never_breaks_the_server(client, q):
    r = client.get("/search", params={"q": q})
    assert r.status_code in (200, 422), r.text


def test_a_query_without_words_is_an_input_error():
    with pytest.raises(InputError):
        fts_query("*** !!")
    assert fts_query('kharkiv "a b" pre*') == '"kharkiv" "a b" "pre"*'


def test_the_index_lives_beside_the_database_follows_it_and_is_rebuilt(tmp_path):
    db = str(tmp_path / "corpus.duckdb")
    store = make_store(db)
    index = SearchIndex.for_store(store)
    assert Path(index_path(db)).is_file() and index.count() == 3
    store.add_documents([strike_report(12, "Third Gazette")])
    assert index.sync(store) == 1 and index.search("gazette")[0] == 1
    index.close()
    Path(index_path(db)).write_bytes(b"not a database at all" * 100)       # corrupt: rebuilt
    again = SearchIndex.for_store(store)
    assert again.count() == 4 and again.search("protesters")[1][0].doc_id == arrest_report().id
    again.close()
    store.close()
