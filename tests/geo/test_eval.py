"""`newsgraph eval geo` on a small file in the LGL format."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.errors import InputError, UsageError
from newsgraph.evaluate.geo import calibration, evaluate, feature_class, format_result, read_gold

MINI = Path(__file__).parent / "data" / "mini-lgl.xml"


def test_read_gold_keeps_offsets_and_toponyms_without_gaztag():
    arts = read_gold(MINI)
    assert [len(a.toponyms) for a in arts] == [2, 3]
    for art in arts:
        assert all(art.text[t.start:t.end] == t.text for t in art.toponyms)
    assert arts[1].toponyms[2].lat is None


@pytest.fixture(scope="module")
def result(resources):
    return evaluate(MINI)


def test_evaluate_scores_detection_and_resolution(result):
    assert result["articles"] == 2 and result["gold_toponyms"] == 5
    given = result["gold_mentions"]
    assert given["resolved"] == 4 and given["acc161"] == 1.0
    assert given["by_class"]["city"]["n"] == 3
    pipe = result["pipeline"]
    assert 0.0 < pipe["precision"] <= 1.0 and 0.0 < pipe["recall"] <= 1.0
    assert pipe["median_km"] is not None and pipe["auc"] >= 0.0


def test_format_and_cli(result):
    text = format_result(result)
    assert "acc@161km" in text and "detection" in text
    out = CliRunner().invoke(cli, ["eval", "geo", str(MINI), "--json", "--limit", "1"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["articles"] == 1


def test_bad_inputs(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(InputError):
        read_gold(bad)
    with pytest.raises(UsageError):
        evaluate(tmp_path)


def test_country_accuracy_reads_iso_codes_and_geonames_country_ids(resources, tmp_path):
    gold = tmp_path / "countries.xml"
    gold.write_text(
        '<articles><article docid="a"><text>Shelling hit Aleppo and Idlib on Monday.</text><toponyms>'
        '<toponym><phrase>Aleppo</phrase><start>13</start><end>19</end><gaztag geonameid="170063">'
        '<lat>36.2</lat><lon>37.16</lon><country iso="SY">Syria</country></gaztag></toponym>'
        '<toponym><phrase>Idlib</phrase><start>24</start><end>29</end><gaztag geonameid="169389">'
        '<lat>35.93</lat><lon>36.63</lon><country geonameid="298795">Turkey</country></gaztag></toponym>'
        '</toponyms></article></articles>', encoding="utf-8")
    arts = read_gold(gold)
    assert [t.country for t in arts[0].toponyms] == ["SY", "gn:298795"]
    # Idlib lies in Syria, the (wrong on purpose) gold says Turkey: one of two countries right
    assert evaluate(gold)["gold_mentions"]["country_acc"] == 0.5


def test_feature_classes():
    assert [feature_class(c) for c in ("PCLI", "ADM2", "PPLC", "STM")] == ["country", "admin", "city", "other"]


def test_calibration_of_the_confidence():
    # confident and right, unsure and half right: perfectly calibrated
    pairs = [(0.95, True)] * 4 + [(0.45, True), (0.45, False)]
    assert calibration(pairs)["ece"] == pytest.approx(0.05 * 4 / 6 + 0.05 * 2 / 6)
    over = calibration([(0.95, False)] * 3 + [(0.95, True)])
    assert over["ece"] == pytest.approx(0.7) and over["right_high"] == 0.25 and over["n_low"] == 0
    assert calibration([])["ece"] is None


def test_eval_reports_the_confidence_calibration(result):
    cal = result["gold_mentions"]["confidence"]
    assert cal["ece"] is not None and cal["n_high"] + cal["n_low"] <= result["gold_mentions"]["resolved"]
    assert "calibration error" in format_result(result)


def test_the_ukrainian_village_notes_are_a_gold_set():
    from newsgraph.evaluate.geo import read_gold
    notes = read_gold(Path(__file__).parent / "data" / "ua-notes.jsonl")
    assert len(notes) >= 60
    for note in notes:
        (village,) = note.toponyms
        assert note.text[village.start:village.end] == village.text and village.geonameid and village.lat


def test_a_malformed_note_names_its_line(tmp_path):
    from newsgraph.evaluate.geo import read_gold
    bad = tmp_path / "notes.jsonl"
    bad.write_text('{"id": 1, "text": "x", "places": []}\n{"text": "no places"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="notes.jsonl:2"):
        read_gold(bad)


def test_eval_lists_the_missed_and_the_spurious_names(resources, tmp_path):
    # gold marks Paris and (wrongly) 'counterparts' but not Germany: one miss, one spurious place
    text = "Officials in Paris met their counterparts from Germany on Monday."
    gold = "".join(f"<toponym><start>{text.index(w)}</start><end>{text.index(w) + len(w)}</end><phrase>{w}</phrase>"
                   f"</toponym>" for w in ("Paris", "counterparts"))
    path = tmp_path / "one.xml"
    path.write_text(f"<articles><article docid='1'><text>{text}</text><toponyms>{gold}</toponyms></article></articles>",
                    encoding="utf-8")
    result = evaluate(path)
    assert [tuple(m) for m in result["pipeline"]["missed"]] == [("counterparts", 1)]
    assert [name for name, _ in result["pipeline"]["spurious"]] == ["Germany"]
    assert "most missed: counterparts 1" in format_result(result)
