"""The DuckDB schema (tables, keys, version, migration) and the Store read/write API."""
from __future__ import annotations

from datetime import date

import duckdb
import pytest

from newsgraph.errors import ResourceError, UsageError
from newsgraph.model import Event
from newsgraph.store import SCHEMA_VERSION, open_store, schema
from newsgraph.time.intervals import date_interval
from store.records import make_doc

TABLES = {"documents", "entities", "mentions", "places", "times", "quotes", "events", "event_places",
          "event_actors", "counts", "failures", "incident_events", "meta"}


def _doc(text="Police arrested 12 protesters in Odesa on Tuesday, the police said.", **kw):
    kw.setdefault("places", ["Odesa"])
    kw.setdefault("events", [dict(type_="COERCE", places=["P1"], date="2024-05-07",
                                  counts=[("arrested", 12)], trigger="arrested",
                                  actors=[("source", "Police"), ("target", "protesters")])])
    return make_doc(text, **kw)


def test_a_new_database_has_every_table_and_the_schema_version(db_path):
    with open_store(db_path):
        pass
    con = duckdb.connect(db_path, read_only=True)
    names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert TABLES | {"incidents", "incident_counts"} <= names
    assert schema.schema_version(con) == SCHEMA_VERSION


def test_keys_and_references_are_checked_by_query(db_path):
    """No DuckDB constraints on the record tables (schema.KEYS): `problems` finds a repeated key and a row
    that refers to nothing, table by table; a database the Store wrote has none."""
    with open_store(db_path) as store:
        store.add_documents([_doc()])
        assert store.problems() == []
        cur = store._cursor()
        doc_id = cur.execute("SELECT id FROM documents").fetchone()[0]
        cur.execute("INSERT INTO events (doc_id, id) VALUES ('nope', 'V1')")
        cur.execute("INSERT INTO places SELECT * FROM places LIMIT 1")
        cur.execute("INSERT INTO event_places VALUES (?, 'V1', 7, 'P99')", [doc_id])
        cur.execute("INSERT INTO incident_events VALUES ('I1', ?, 'V42')", [doc_id])
        found = store.problems()
    assert len(found) == 4
    assert any(line.startswith("events:") and "documents" in line and "nope" in line for line in found)
    assert any(line.startswith("places:") and "more than one row" in line for line in found)
    assert any(line.startswith("event_places:") and "places" in line and "P99" in line for line in found)
    assert any(line.startswith("incident_events:") and "V42" in line for line in found)


def test_newsgraph_check_reports_a_breach_and_exits_1(db_path):
    from click.testing import CliRunner

    from newsgraph.cli import cli
    with open_store(db_path) as store:
        store.add_documents([_doc()])
    ok = CliRunner().invoke(cli, ["check", "--db", db_path])
    assert ok.exit_code == 0 and "sound (1 documents, 1 events" in ok.output
    con = duckdb.connect(db_path)
    con.execute("INSERT INTO counts (doc_id, event_id, ord) VALUES ('x', 'V9', 0)")
    con.close()
    bad = CliRunner().invoke(cli, ["check", "--db", db_path])
    assert bad.exit_code == 1 and "counts: 1 row(s)" in bad.output and "events" in bad.output


def test_check_rows_finds_a_repeated_key_and_a_reference_to_nothing():
    from newsgraph.store.integrity import check_rows
    from newsgraph.store.rows import document_rows
    doc = _doc()
    rows = document_rows(doc)
    check_rows(rows)
    rows["mentions"].append((doc.id, "E99", 0, 0, 6, "Police"))
    with pytest.raises(ValueError, match=r"mentions: .*E99.* refers to no row of entities"):
        check_rows(rows)
    rows = document_rows(doc)
    rows["counts"].append(rows["counts"][0])
    with pytest.raises(ValueError, match="counts: the key .* is there twice"):
        check_rows(rows)


def test_a_document_repeating_a_place_id_fails_alone(db_path):
    good, bad = _doc(), _doc("Police detained two men in Kharkiv and Odesa.", places=["Kharkiv", "Odesa"])
    bad.places[1].id = bad.places[0].id
    with open_store(db_path) as store:
        result = store.add_documents([good, bad])
        assert result.added == [good.id]
        assert [d for d, _ in result.failed] == [bad.id] and "places: the key" in result.failed[0][1]
        assert store.count("documents") == 1 and store.problems() == []


def test_a_version_3_database_loses_its_constraints_and_keeps_its_rows(db_path):
    """3 -> 4: the record tables are copied without PRIMARY KEY / FOREIGN KEY; rows and views unchanged."""
    with open_store(db_path) as store:
        store.add_documents([_doc(), _doc("Police detained two men in Kharkiv on Monday.", places=["Kharkiv"])])
        store.link_incidents()
        before = {t: store.count(t) for t in ("entities", "events", "event_places", "counts", "incident_events")}
    con = duckdb.connect(db_path)
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.execute("ALTER TABLE events ADD PRIMARY KEY (doc_id, id)")        # as version 3 had it
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO events SELECT * FROM events LIMIT 1")
    con.close()
    with open_store(db_path) as store:
        assert {t: store.count(t) for t in before} == before
        assert store.problems() == []
        store._cursor().execute("INSERT INTO events SELECT * FROM events LIMIT 1")   # no constraint left
        assert any(line.startswith("events:") for line in store.problems())
        assert store._cursor().execute("SELECT count(*) FROM incidents").fetchone()[0] >= 0
    con = duckdb.connect(db_path, read_only=True)
    assert schema.schema_version(con) == SCHEMA_VERSION == 4
    assert con.execute("SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'events' "
                       "AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')").fetchone()[0] == 0
    con.close()


def test_an_old_database_is_migrated(db_path, monkeypatch):
    with open_store(db_path):
        pass
    con = duckdb.connect(db_path)
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION - 1)])
    con.close()
    monkeypatch.setitem(schema.MIGRATIONS, SCHEMA_VERSION - 1, ["ALTER TABLE documents ADD COLUMN note VARCHAR"])
    with open_store(db_path):
        pass
    con = duckdb.connect(db_path, read_only=True)
    assert schema.schema_version(con) == SCHEMA_VERSION
    assert "note" in [r[0] for r in con.execute("DESCRIBE documents").fetchall()]


def test_a_newer_database_is_refused(db_path):
    with open_store(db_path):
        pass
    con = duckdb.connect(db_path)
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(ResourceError, match="newer"):
        open_store(db_path)


def test_read_only_needs_an_existing_newsgraph_database(tmp_path):
    with pytest.raises(ResourceError):
        open_store(str(tmp_path / "missing.duckdb"), read_only=True)


def test_documents_round_trip_and_are_added_once(db_path):
    doc = _doc(url="https://example.org/a", source="Example")
    with open_store(db_path) as store:
        assert store.add_documents([doc]).added == [doc.id]
        again = store.add_documents([doc, doc])
        assert again.added == [] and again.skipped == [doc.id, doc.id]
        assert store.count("documents") == 1 and store.count("events") == 1
        back = store.get_document(doc.id)
        assert back.to_dict() == doc.to_dict()
        assert store.get_document("0" * 16) is None
        (summary,) = store.list_documents()
        assert summary["url"] == "https://example.org/a" and summary["n_events"] == 1


def test_one_bad_document_fails_alone(db_path):
    good, bad = _doc(), _doc("Another arrest in Odesa was reported by the police.")
    bad.events.append(Event("V1", "COERCE"))                 # a duplicate event id breaks the key
    with open_store(db_path) as store:
        result = store.add_documents([good, bad])
        assert result.added == [good.id]
        assert [d for d, _ in result.failed] == [bad.id]
        assert store.count("documents") == 1
        assert store.count("events") == 1                    # nothing of the bad document was written


def test_a_dangling_place_reference_is_dropped(db_path):
    doc = _doc()
    doc.events[0].places.append("P99")
    with open_store(db_path) as store:
        store.add_documents([doc])
        (event,) = store.query_events()
    assert [p["name"] for p in event["places"]] == ["Odesa"]


def test_event_dicts_carry_places_actors_counts_and_document(db_path):
    doc = _doc(url="https://example.org/a")
    with open_store(db_path) as store:
        store.add_documents([doc])
        (event,) = store.query_events()
    assert event["type"] == "COERCE" and event["date_start"] == "2024-05-07" and event["date_source"] == "text"
    assert event["places"][0]["lat"] == pytest.approx(46.48) and event["places"][0]["geonameid"] == 698740
    assert [(a["role"], a["text"]) for a in event["actors"]] == [("source", "Police"), ("target", "protesters")]
    assert event["counts"] == [{"kind": "arrested", "value": 12, "qualifier": "exact", "of": None}]
    assert event["trigger"]["text"] == "arrested" and event["document"]["url"] == "https://example.org/a"


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    db_path = str(tmp_path_factory.mktemp("filled") / "corpus.duckdb")
    docs = [
        _doc(),
        make_doc("A missile strike hit Kharkiv on Monday.", places=["Kharkiv"], events=[
            dict(type_="ASSAULT", places=["P1"], date="2024-05-06", trigger="strike")]),
        make_doc("Fiji's army was deployed in Suva in April.", places=["Suva"], events=[
            dict(type_="MOBILIZE", places=["P1"], date="2024-04", precision="month", status="claimed")]),
        make_doc("Protests were held in Apia.", places=["Apia"], events=[
            dict(type_="PROTEST", places=["P1"], date=None)], published="2024-05-01"),
    ]
    store = open_store(db_path)
    store.add_documents(docs)
    yield store
    store.close()


@pytest.mark.parametrize("filters,types", [
    ({}, ["MOBILIZE", "PROTEST", "ASSAULT", "COERCE"]),
    ({"type": "assault,coerce"}, ["ASSAULT", "COERCE"]),
    ({"type": ["PROTEST"]}, ["PROTEST"]),
    ({"since": "2024-05-07"}, ["COERCE"]),
    ({"until": "2024-04-15"}, ["MOBILIZE"]),                       # April overlaps
    ({"since": "2024-04-30", "until": "2024-05-01"}, ["MOBILIZE", "PROTEST"]),  # undated: published
    ({"bbox": "30,44,40,52"}, ["ASSAULT", "COERCE"]),
    ({"bbox": (170, -20, -170, -10)}, ["MOBILIZE", "PROTEST"]),    # a box across the antimeridian
    ({"status": "claimed"}, ["MOBILIZE"]),
])
def test_event_filters(filled, filters, types):
    assert [e["type"] for e in filled.query_events(**filters)] == types
    assert filled.count_events(**filters) == len(types)


def test_paging(filled):
    everything = filled.query_events()
    assert filled.query_events(limit=2, offset=1) == everything[1:3]
    assert [d["id"] for d in filled.list_documents(limit=2, offset=2)] == \
        [d["id"] for d in filled.list_documents()][2:4]


@pytest.mark.parametrize("filters", [{"bbox": "1,2,3"}, {"bbox": "0,50,10,40"}, {"type": "BOMBING"},
                                     {"since": "last week"}])
def test_malformed_filters_are_usage_errors(filled, filters):
    with pytest.raises(UsageError):
        filled.query_events(**filters)


@pytest.mark.parametrize("value,expected", [
    ("2022-09-13", (date(2022, 9, 13), date(2022, 9, 13))),
    ("2022-09-13T10:00", (date(2022, 9, 13), date(2022, 9, 13))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2022-W37", (date(2022, 9, 12), date(2022, 9, 18))),
    ("2022-SP", (date(2022, 3, 1), date(2022, 5, 31))),
    ("2022-WI", (date(2022, 12, 1), date(2023, 2, 28))),
    ("2014", (date(2014, 1, 1), date(2014, 12, 31))),
    ("P15D", None), ("PAST_REF", None), ("2022-02-30", None), (None, None),
])
def test_date_intervals(value, expected):
    assert date_interval(value) == expected


def test_a_record_of_the_wrong_type_fails_its_document_only(db_path):
    good, bad = _doc(), _doc("Police detained 3 men in Odesa, officials said.")
    bad.places[0].geonameid = "not a number"           # a stage bug: mixed types in one column
    with open_store(db_path) as store:
        result = store.add_documents([good, bad])
        assert result.added == [good.id] and [d for d, _ in result.failed] == [bad.id]
        assert store.add_documents([_doc("Police detained 4 men in Odesa.")]).added  # still usable


def test_adding_documents_marks_incidents_stale_until_relinked(db_path):
    with open_store(db_path) as store:
        assert not store.incidents_stale()
        store.add_documents([_doc()])
        assert store.incidents_stale()
        store.rebuild_incidents()
        assert not store.incidents_stale() and store.count_incidents() == 0
        store.add_documents([_doc()])                      # nothing new: still fresh
        assert not store.incidents_stale()


def test_the_main_flag_is_stored_filtered_and_ordered_first(db_path):
    """An event's `main` (the document's main incidents, events/assemble.py) is a column: the read API
    returns it, `main=True` keeps only main incidents, and a document's main events come first."""
    doc = _doc(events=[dict(type_="COERCE", places=["P1"], date="2024-05-07", trigger="arrested"),
                       dict(type_="PROTEST", places=["P1"], date="2024-05-07", trigger="protesters")])
    doc.events[1].main = True
    with open_store(db_path) as store:
        store.add_documents([doc])
        events = list(store.iter_events())
        assert [(e["type"], e["main"]) for e in events] == [("PROTEST", True), ("COERCE", False)]
        from newsgraph.store import make_filter
        assert [e["type"] for e in store.iter_events(make_filter(main=True))] == ["PROTEST"]
        assert store.count_events(main=False) == 1


def test_a_version_2_database_gains_the_main_column(db_path, monkeypatch):
    with monkeypatch.context() as m:        # a database made by the version-2 schema, events without `main`
        m.setattr(schema, "SCHEMA_VERSION", 2)
        m.setattr(schema, "TABLES", [t.replace(", main BOOLEAN", "") for t in schema.TABLES])
        with open_store(db_path):
            pass
    con = duckdb.connect(db_path, read_only=True)
    assert "main" not in [r[0] for r in con.execute("DESCRIBE events").fetchall()]
    con.close()
    with open_store(db_path) as store:
        store.add_documents([_doc()])
        assert [e["main"] for e in store.iter_events()] == [False]
