"""Ingest: normalisation, ids, formats, dates, language, translation flags."""
import gzip
import json

import pytest

from newsgraph.errors import InputError, UsageError
from newsgraph.ingest import (document_id, documents_from_bytes, make_document, normalise_text, read_path)
from newsgraph.ingest.dates import parse_published, published_from_dateline
from newsgraph.ingest.language import detect_language, translation_flags


def test_normalise_text_unifies_newlines_and_unicode():
    assert normalise_text("  Cafe\u0301\r\nline two\rthree\x00 ") == "Café\nline two\nthree"


def test_document_id_is_a_hash_of_normalised_text():
    assert document_id("Kyiv said.\r\n") == document_id("Kyiv said.")
    assert document_id("Kyiv said.") != document_id("Kyiv says.")
    assert len(document_id("x")) == 16


def test_make_document_refuses_empty_and_oversized(monkeypatch):
    with pytest.raises(InputError, match="empty"):
        make_document(" \n\t ")
    from newsgraph import settings
    monkeypatch.setattr(settings, "get_settings", lambda: settings.Settings(max_text_chars=10))
    import newsgraph.ingest as ing
    monkeypatch.setattr(ing, "get_settings", lambda: settings.Settings(max_text_chars=10))
    with pytest.raises(InputError, match="limit"):
        make_document("x" * 11)


@pytest.mark.parametrize("value,iso", [
    ("2022-09-14", "2022-09-14"), ("2022-09-14T08:30:00Z", "2022-09-14"), ("20220914", "2022-09-14"),
    ("Sept 14, 2022", "2022-09-14"), ("14 September 2022", "2022-09-14"), ("Wednesday, Sep. 14, 2022", "2022-09-14"),
])
def test_parse_published_accepts_common_forms(value, iso):
    assert parse_published(value) == iso


@pytest.mark.parametrize("value", ["2022-13-01", "2022-02-30", "yesterday", "14/09/2022x", ""])
def test_parse_published_rejects_malformed(value):
    with pytest.raises(UsageError):
        parse_published(value)


def test_dateline_gives_published():
    assert published_from_dateline("KYIV, Sept. 11, 2022 (AFP) - Ukraine said...") == "2022-09-11"
    assert published_from_dateline("WASHINGTON, Monday, March 4, 2019 - ...") == "2019-03-04"
    assert published_from_dateline("Ukraine said on Monday...") is None


def test_language_detection():
    assert detect_language("The president said on Monday that the army would withdraw from the city.") == "en"
    assert detect_language("Le président a déclaré lundi que les troupes de la Russie sont dans la ville.") == "fr"
    assert detect_language("12 34") is None


def test_translation_flags_on_french_traces():
    assert translation_flags("the 14e and 93e motorized brigades near Izioum") == ["machine_translated"]
    assert translation_flags("the 14th brigade near Izium") == []


def test_a_french_text_is_no_machine_translation():
    english = make_document("The 14e and 93e motorized brigades held the line near Izioum on Tuesday, the army said.")
    french = make_document("Les 14e et 93e brigades motorisées ont tenu la ligne près d'Izioum mardi, selon l'armée.")
    assert english.flags == ["machine_translated"]
    assert french.language == "fr" and french.flags == []


def test_html_main_text_and_title():
    html = ("<html><head><title>Strikes hit Odesa</title></head><body><nav>Home | World</nav>"
            "<article><h1>Strikes hit Odesa</h1><p>" + "Russian drones struck the port of Odesa on Monday, "
            "the regional governor said. " * 5 + "</p></article><footer>Cookies</footer></body></html>")
    (item,) = documents_from_bytes(html.encode(), "page.html", published="2023-07-17")
    assert item.error is None
    assert "Russian drones struck the port of Odesa" in item.document.text
    assert "Cookies" not in item.document.text
    assert item.document.published == "2023-07-17"


def test_html_without_article_is_an_error():
    (item,) = documents_from_bytes(b"<html><body><div></div></body></html>", "empty.html")
    assert item.document is None and "no article text" in item.error


def test_jsonl_plain_and_gzip_with_bad_line(tmp_path):
    lines = [json.dumps({"id": "a", "text": "Police detained 20 protesters in Tbilisi.", "published": "2024-05-14"}),
             "{not json", json.dumps({"title": "no text"}),
             json.dumps({"text": "Troops withdrew from Kherson.", "date": "2022-11-11"})]
    data = ("\n".join(lines) + "\n").encode()
    (tmp_path / "a.jsonl").write_bytes(data)
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(data))
    items = list(read_path([str(tmp_path)]))
    assert len(items) == 8
    docs = [i.document for i in items if i.document]
    assert [d.published for d in docs] == ["2024-05-14", "2022-11-11"] * 2
    errors = [i.error for i in items if i.error]
    assert any("a.jsonl:2" in e and "malformed JSON" in e for e in errors)
    assert any("a.jsonl:3" in e and "no text field" in e for e in errors)


def test_binary_and_bad_encoding_are_errors():
    (item,) = documents_from_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "x.txt")
    assert "binary" in item.error
    (item,) = documents_from_bytes("Kyiv".encode() + b"\xff\xfe said", "y.txt")
    assert "not valid UTF-8" in item.error and "offset 4" in item.error


def test_read_path_missing_is_usage_error(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        list(read_path([str(tmp_path / "nope.txt")]))


@pytest.mark.parametrize("text,body", [
    ("KYIV, Sept 11 (AFP) - Ukraine said", "Ukraine said"),
    ("WASHINGTON (Reuters) — The Pentagon said", "The Pentagon said"),
    ("GAZIANTEP, Turkey, Feb. 9, 2023 (example) - Aid arrived", "Aid arrived"),
    ("BRUSSELS, June 29, 2024 - The EU adopted", "The EU adopted"),
])
def test_dateline_end(text, body):
    from newsgraph.ingest.dates import dateline_end
    assert text[dateline_end(text):] == body


@pytest.mark.parametrize("text", ["Ukraine said on Monday - as expected - that", "NATO - the alliance - said",
                                  "The EU adopted sanctions."])
def test_no_dateline(text):
    from newsgraph.ingest.dates import dateline_end
    assert dateline_end(text) is None


def test_dateline_is_its_own_sentence(resources):
    from newsgraph.nlp import annotate
    doc = annotate(make_document("BRUSSELS, June 29, 2024 (AFP) - The European Union adopted new sanctions "
                                 "against Belarus on Saturday."), resources.nlp)
    assert doc.text[doc.sentences[0].start:doc.sentences[0].end] == "BRUSSELS, June 29, 2024 (AFP) -"
    assert doc.sentences[1].start == doc.text.index("The European")


def test_line_break_is_a_sentence_boundary(resources):
    from newsgraph.nlp import annotate
    text = ("Massive Russian strikes\nThe State Department issued the following readout:\n"
            "Secretary Blinken spoke with Foreign Minister Kuleba on Monday.")
    doc = annotate(make_document(text), resources.nlp)
    starts = [doc.text[s.start:s.end] for s in doc.sentences]
    assert starts[0] == "Massive Russian strikes"
    assert starts[1].startswith("The State Department") and starts[1].endswith("readout:")
    assert starts[2].startswith("Secretary Blinken")


def test_jsonl_streams_and_survives_a_truncated_gzip(tmp_path):
    lines = "".join(json.dumps({"text": f"Protest number {i} in Lagos."}) + "\n" for i in range(300))
    blob = gzip.compress(lines.encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(blob[: len(blob) // 2])
    items = list(read_path([str(tmp_path / "cut.jsonl.gz")]))
    assert items[-1].error and "cut.jsonl.gz" in items[-1].error
    assert all(i.document for i in items[:-1])


def test_jsonl_bad_bytes_on_one_line_only(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(b'{"text": "Troops withdrew from Kherson."}\n{"text": "caf\xe9"}\n{"text": "Rebels attacked Goma."}\n')
    items = list(read_path([str(f)]))
    assert [bool(i.document) for i in items] == [True, False, True]
    assert "mixed.jsonl:2" in items[1].error and "UTF-8" in items[1].error
