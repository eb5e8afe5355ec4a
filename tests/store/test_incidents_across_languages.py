"""A French and an English report of one strike: `ingest` links them into one incident (issue 15).

The French report runs the French pipeline, whose records carry the English canonical place
(Kharkiv, GeoNames 706483) and the same PLOVER/ACLED typing, so incident linking (type x date x
place x figures) needs nothing language-specific.
"""
import json

from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.store import open_store

REPORTS = [
    {"id": "en", "published": "2024-05-10",
     "text": "Russian missiles struck a residential area of Kharkiv, killing five people and injuring 12 others, "
             "the regional governor said."},
    {"id": "fr", "published": "2024-05-10",
     "text": "Des missiles russes ont frappé un quartier résidentiel de Kharkiv, tuant cinq personnes et en "
             "blessant douze autres, a indiqué le gouverneur régional."},
    {"id": "fr-other", "published": "2024-05-10",
     "text": "Des missiles russes ont frappé le port d'Odessa, tuant deux civils, a indiqué le gouverneur régional."},
]


def test_ingest_links_a_french_and_an_english_report_into_one_incident(tmp_path):
    path, db = tmp_path / "reports.jsonl", str(tmp_path / "c.duckdb")
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in REPORTS), encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(path), "--db", db, "--published-field", "published"])
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        store.rebuild_incidents()
        (incident,) = store.list_incidents()
        languages = {s["doc_id"]: store.get_document(s["doc_id"]).language for s in incident["sources"]}
    assert incident["type"] == "ASSAULT" and incident["n_sources"] == 2
    assert incident["places"] == ["Kharkiv"]
    killed = next(c for c in incident["counts"] if c["kind"] == "killed")
    assert (killed["min_value"], killed["max_value"], killed["n_reports"]) == (5, 5, 2)
    evidence = " ".join(s["evidence"] for s in incident["sources"])
    assert "tuant cinq personnes" in evidence and "killing five people" in evidence
    assert "Odessa" not in evidence
    assert sorted(languages.values()) == ["en", "fr"]
