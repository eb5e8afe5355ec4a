"""Incremental incident linking (store/linking.py): new documents link through the stored blocking
index, with the same incidents as a full rebuild, and a rerun with nothing new does no linking work."""
from __future__ import annotations

import random

import pytest

from newsgraph.store import IncidentRules, open_store
from newsgraph.store import linking
from store.conftest import incident_documents
from store.records import make_doc

WORDS = ("rain wall bridge market convoy village school road field river depot tower station farm harbour "
         "hill forest mine bank clinic square office park church tunnel camp ridge valley plant yard").split()
PLACES = ["Kharkiv", "Chuhuiv", "Odesa", "Kharkiv Oblast"]


def _incident_rows(store) -> list[tuple]:
    return store._cursor().execute(
        "SELECT incident_id, doc_id, event_id FROM incident_events ORDER BY ALL").fetchall()


def _random_docs(seed: int, n: int) -> list:
    """Reports of strikes, protests and talks in a few nearby towns over a week, with figures that
    agree, grow or conflict, dated by their text or only by publication."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        text = f"Dispatch {seed}-{i}: " + " ".join(rng.choice(WORDS) for _ in range(40)) + "."
        day = rng.randint(8, 12)
        events = []
        for _ in range(rng.randint(1, 3)):
            killed = rng.choice([None, 4, 5, 7, 40])
            events.append(dict(type_=rng.choice(["ASSAULT", "ASSAULT", "PROTEST", "CONSULT"]),
                               places=rng.sample(["P1", "P2"], rng.randint(0, 2)),
                               date=rng.choice([None, f"2024-05-{day:02d}", f"2024-05-{day - 1:02d}"]),
                               counts=[("killed", killed)] if killed else [],
                               actors=[("source", rng.choice(["Russia", "Ukraine"]))]))
        docs.append(make_doc(text, published=f"2024-05-{day:02d}", places=rng.sample(PLACES, 2), events=events))
    return docs


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_linking_batch_by_batch_gives_the_incidents_of_a_full_rebuild(tmp_path, seed):
    docs = _random_docs(seed, 36)
    with open_store(str(tmp_path / "c.duckdb")) as store:
        rng = random.Random(seed)
        while docs:
            batch, docs = docs[:rng.randint(1, 6)], docs
            docs = docs[len(batch):]
            store.add_documents(batch)
            store.link_incidents()
            assert not store.incidents_stale()
        incremental = _incident_rows(store)
        assert store.rebuild_incidents() == len({r[0] for r in incremental}) >= 3
        assert _incident_rows(store) == incremental


def test_a_rerun_with_nothing_new_folds_and_reads_nothing(tmp_path, monkeypatch):
    with open_store(str(tmp_path / "c.duckdb")) as store:
        store.add_documents(list(incident_documents().values()))
        assert store.link_incidents() == 1
        def fail(*args, **kwargs):
            raise AssertionError("no linking work expected")
        monkeypatch.setattr(linking, "load_linkable", fail)
        monkeypatch.setattr(linking, "unit_from_row", fail)
        assert store.link_incidents() == 1


def test_a_new_report_reads_only_the_stored_units_its_keys_reach(tmp_path, monkeypatch):
    docs = incident_documents()
    read: list[str] = []
    original = linking.unit_from_row
    monkeypatch.setattr(linking, "unit_from_row", lambda *row: read.append(row[0]) or original(*row))
    with open_store(str(tmp_path / "c.duckdb")) as store:
        store.add_documents([d for name, d in docs.items() if name not in ("claim.txt", "odesa.txt")])
        store.link_incidents()
        read.clear()
        store.add_documents([docs["odesa.txt"]])           # Odesa: no stored unit in its cells
        store.link_incidents()
        assert read == []
        store.add_documents([docs["claim.txt"]])           # Kharkiv, 9 May: the Kharkiv reports of those days
        assert store.link_incidents() == 1
    assert docs["march.txt"].id not in read                 # a strike in March is not in the window
    assert {docs["governor.txt"].id, docs["ministry.txt"].id} <= set(read)


def test_a_report_that_becomes_a_copy_leaves_its_incident(tmp_path):
    docs = incident_documents()
    governor = docs["governor.txt"]
    earlier = make_doc(governor.text + " The report was first carried by a partner site.", published="2024-05-09",
                       places=["Kharkiv"], events=[dict(type_="ASSAULT", places=["P1"], date="2024-05-09",
                                                        counts=[("killed", 5)], trigger="struck")])
    with open_store(str(tmp_path / "c.duckdb")) as store:
        store.add_documents(list(docs.values()))
        store.link_incidents()
        store.add_documents([earlier])                     # the governor's report is now its copy
        assert store.duplicate_ids() == {governor.id}
        store.link_incidents()
        incremental = _incident_rows(store)
        (incident,) = store.list_incidents()
        store.rebuild_incidents()
        assert _incident_rows(store) == incremental
    sources = {s["doc_id"] for s in incident["sources"]}
    assert earlier.id in sources and governor.id not in sources and incident["n_sources"] == 3


def test_linking_with_other_rules_rebuilds_with_them(tmp_path):
    docs = incident_documents()
    with open_store(str(tmp_path / "c.duckdb")) as store:
        store.add_documents(list(docs.values()))
        store.link_incidents()
        wide = IncidentRules(distance_km=1000.0)            # Odesa and Kharkiv within reach: odesa joins
        store.add_documents([make_doc("A later note on the strikes.", published="2024-05-11")])
        n = store.link_incidents(wide)
        rows = _incident_rows(store)
        assert store.rebuild_incidents(wide) == n and _incident_rows(store) == rows
        assert docs["odesa.txt"].id in {r[1] for r in rows}


def test_linking_reads_the_rows_it_just_stored_from_memory_as_from_the_tables(tmp_path):
    docs = _random_docs(4, 12) + list(incident_documents().values())
    with open_store(str(tmp_path / "c.duckdb")) as store:
        store.add_documents(docs)
        held = sorted(store._unlinked.rows)
        assert held == sorted(d.id for d in docs)
        cur = store._cursor()
        with store._unlinked.registered(cur, held) as tables:
            from_memory = (linking.load_linkable(cur, None, tables), linking.load_documents(cur, None, tables))
        from_tables = (linking.load_linkable(cur, held), linking.load_documents(cur, held))
        assert from_memory == from_tables and len(from_memory[0]) > 20
        store.link_incidents()
        assert store._unlinked.rows == {}


def test_documents_past_the_memory_cap_are_read_from_the_tables_with_the_same_incidents(tmp_path, monkeypatch):
    from newsgraph.store import unlinked
    monkeypatch.setattr(unlinked, "MAX_DOCS", 4)
    docs = _random_docs(5, 30)
    with open_store(str(tmp_path / "c.duckdb")) as store:
        for i in range(0, 30, 10):
            store.add_documents(docs[i:i + 3])              # kept in memory
            store.add_documents(docs[i + 3:i + 10])         # past the cap: read back from the tables
            assert len(store._unlinked.rows) == 3
            store.link_incidents()
        incremental = _incident_rows(store)
        store.rebuild_incidents()
        assert _incident_rows(store) == incremental and len({r[0] for r in incremental}) >= 2
