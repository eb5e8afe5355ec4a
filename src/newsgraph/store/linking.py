"""Linking incidents incrementally, through a blocking index stored in the database.

Each document's events are folded into its incidents (store.grouping), and those "units" are kept
(`incident_units`) with the keys they are filed under (`incident_keys`: type x day x place key,
store.blocking). A document once folded is listed in `linked_documents`. Linking then takes only the
documents not listed yet (new ones, and originals that became near-duplicates of a new document):
- their units are folded, and the stored units of any incident a re-pointed document was in are taken again;
- from these seeds, the stored units that could be the same happening are found through the index
  (probe keys: the type, the days of the window, the neighbouring cells), never by reading every unit;
  what they link with is found the same way, until no new unit is reached;
- that closed group is relinked with `link_events` and replaces its old incidents.
Pairs are only ever merged along compatible pairs, so a group closed under compatibility links alone as
it does among every unit: the result (incident ids included) is the full rebuild's, and a rerun with
nothing new costs one query. `rebuild_incidents` recomputes everything (and the index), and is what
runs when the rules differ from those the index was built with.
"""
from __future__ import annotations

import json
from datetime import date
from typing import Optional

import pyarrow as pa

from newsgraph.store.blocking import filed_keys, probe_keys
from newsgraph.store.grouping import document_incidents
from newsgraph.store.incidents import (COARSE_PRECISIONS, POINT_PRECISIONS, IncidentRules, LinkableEvent,
                                       incident_id, link_events, linkable_only, load_documents, load_linkable,
                                       same_incident)
from newsgraph.store.rows import insert_rows
from newsgraph.store.unlinked import Unlinked

INDEX_KEY = "incident_index"      # meta: the rules the stored index was built with


def index_signature(rules: IncidentRules) -> str:
    return repr(rules)


def rebuild_incidents(cur, rules: Optional[IncidentRules] = None) -> int:
    """Recompute incidents and the stored index from every stored event, in one transaction."""
    rules = rules or IncidentRules()
    units = linkable_only(document_incidents(load_linkable(cur), load_documents(cur), rules), rules)
    groups = link_events(units, rules)
    docs = [r[0] for r in cur.execute("SELECT id FROM documents").fetchall()]
    with _transaction(cur):
        for table in ("incident_events", "incident_units", "incident_keys", "linked_documents"):
            cur.execute(f"DELETE FROM {table}")
        _store(cur, groups, units, docs, rules)
    return len(groups)


def link_incidents(cur, rules: Optional[IncidentRules] = None, unlinked: Optional[Unlinked] = None) -> int:
    """Link the documents stored since the last linking (module docstring); returns the number of incidents.
    `unlinked`: the rows of documents the caller stored and has not linked (store.unlinked)."""
    rules = rules or IncidentRules()
    built = _meta(cur, INDEX_KEY)
    if built != index_signature(rules) and (built is not None or _count(cur, "incident_events")):
        return rebuild_incidents(cur, rules)
    todo = [r[0] for r in cur.execute("SELECT id FROM documents d WHERE NOT EXISTS "
                                      "(SELECT 1 FROM linked_documents l WHERE l.doc_id = d.id)").fetchall()]
    if todo:
        todo_set = set(todo)
        held, rest = (unlinked or Unlinked()).split(todo)     # held: written by this Store, never linked: no units
        removed = _units(cur, "u.doc_id IN (SELECT unnest(?::VARCHAR[]))", [rest]) if rest else []
        new = linkable_only(document_incidents(*_load(cur, rest, held, unlinked), rules), rules)
        seeds = new + [u for u in _mates(cur, removed) if u.doc_id not in todo_set]
        group = closure(cur, seeds, todo_set, rules)
        gone = [m for u in group + removed for m in u.members]
        with _transaction(cur):
            _delete_members(cur, gone)
            if removed:
                for table in ("incident_units", "incident_keys"):
                    cur.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                                [sorted({u.doc_id for u in removed})])
            _store(cur, link_events(group, rules), new, todo, rules)
        if unlinked is not None:
            unlinked.forget(held)
    else:
        cur.execute("INSERT OR REPLACE INTO meta VALUES ('incidents_stale', 'false')")
    return _count(cur, "(SELECT DISTINCT incident_id FROM incident_events)")


def _load(cur, rest: list[str], held: list[str], unlinked: Optional[Unlinked]) -> tuple[list[LinkableEvent], dict]:
    """The events and document facts of `rest` (read from the tables) and `held` (from `unlinked`)."""
    events, facts = (load_linkable(cur, rest), load_documents(cur, rest)) if rest else ([], {})
    if held:
        with unlinked.registered(cur, held) as tables:
            events += load_linkable(cur, None, tables)
            facts.update(load_documents(cur, None, tables))
    return events, facts


def closure(cur, seeds: list[LinkableEvent], skip_docs: set[str], rules: IncidentRules) -> list[LinkableEvent]:
    """The seeds and every stored unit reachable from them by compatible pairs (found through the index);
    units of `skip_docs` (being replaced) are left out."""
    group = {u.key: u for u in seeds}
    frontier = list(seeds)
    while frontier:
        reached = []
        for i, unit in _candidates(cur, frontier, rules):
            if unit.doc_id not in skip_docs and unit.key not in group and same_incident(frontier[i], unit, rules):
                group[unit.key] = unit
                reached.append(unit)
        frontier = reached
    return list(group.values())


def _candidates(cur, frontier: list[LinkableEvent], rules: IncidentRules) -> list[tuple[int, LinkableEvent]]:
    """(index in `frontier`, stored unit) for every stored unit filed under a probe key of a frontier unit."""
    probes = [(i, k) for i, u in enumerate(frontier) for k in probe_keys(u, rules, POINT_PRECISIONS, COARSE_PRECISIONS)]
    if not probes:
        return []
    table = pa.table({"i": pa.array([p[0] for p in probes], pa.int32()),
                      "key": pa.array([p[1] for p in probes], pa.int64())})
    cur.register("_newsgraph_probes", table)
    try:      # the keys first, then only the units they name (a join read every unit's JSON: cost grew with the store)
        hits = cur.execute("SELECT DISTINCT p.i, k.doc_id, k.event_id FROM _newsgraph_probes p "
                           "JOIN incident_keys k ON k.key = p.key").fetchall()
    finally:
        cur.unregister("_newsgraph_probes")
    if not hits:
        return []
    wanted = {(d, e) for _, d, e in hits}
    rows = cur.execute("SELECT doc_id, event_id, type, date_start, date_end, unit FROM incident_units "
                       "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [sorted({d for d, _ in wanted})]).fetchall()
    units = {(r[0], r[1]): unit_from_row(*r) for r in rows if (r[0], r[1]) in wanted}
    return [(i, units[(d, e)]) for i, d, e in sorted(hits) if (d, e) in units]


def _mates(cur, removed: list[LinkableEvent]) -> list[LinkableEvent]:
    """Stored units of the documents that shared an incident with a removed unit."""
    members = [m for u in removed for m in u.members]
    if not members:
        return []
    docs = [r[0] for r in cur.execute(
        "SELECT DISTINCT b.doc_id FROM incident_events a JOIN incident_events b ON b.incident_id = a.incident_id "
        "WHERE a.doc_id || '/' || a.event_id IN (SELECT unnest(?::VARCHAR[]))",
        [[f"{d}/{e}" for d, e in members]]).fetchall()]
    return _units(cur, "u.doc_id IN (SELECT unnest(?::VARCHAR[]))", [docs]) if docs else []


def _units(cur, where: str, params: list) -> list[LinkableEvent]:
    rows = cur.execute("SELECT u.doc_id, u.event_id, u.type, u.date_start, u.date_end, u.unit "
                       f"FROM incident_units u WHERE {where} ORDER BY u.doc_id, u.event_id", params).fetchall()
    return [unit_from_row(*r) for r in rows]


def _delete_members(cur, members: list[tuple[str, str]]) -> None:
    if not members:
        return
    cur.register("_newsgraph_gone", pa.table({"doc_id": [m[0] for m in members], "event_id": [m[1] for m in members]}))
    try:
        cur.execute("DELETE FROM incident_events USING _newsgraph_gone g "
                    "WHERE incident_events.doc_id = g.doc_id AND incident_events.event_id = g.event_id")
    finally:
        cur.unregister("_newsgraph_gone")


def _store(cur, groups: list[list[LinkableEvent]], units: list[LinkableEvent], docs: list[str],
           rules: IncidentRules) -> None:
    """Write incidents, units, their keys and the linked documents; mark incidents fresh."""
    incident_rows = [(incident_id(g), doc, event) for g in groups for e in g for doc, event in e.members]
    unit_rows = [unit_row(u) for u in units]
    key_rows = [(k, u.doc_id, u.event_id) for u in units for k in filed_keys(u, rules, POINT_PRECISIONS,
                                                                              COARSE_PRECISIONS)]
    for table, rows in (("incident_events", incident_rows), ("incident_units", unit_rows),
                        ("incident_keys", key_rows), ("linked_documents", [(d,) for d in docs])):
        if rows:
            insert_rows(cur, table, rows)
    cur.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [INDEX_KEY, index_signature(rules)])
    cur.execute("INSERT OR REPLACE INTO meta VALUES ('incidents_stale', 'false')")


def unit_row(u: LinkableEvent) -> tuple:
    """(doc_id, event_id, type, date_start, date_end, unit JSON) of a folded unit."""
    data = {"p": u.places, "c": u.counts, "a": {r: sorted(n) for r, n in u.actors.items()},
            "d": u.dated_by_text, "pub": u.published.isoformat() if u.published else None,
            "u": sorted(u.updated), "m": u.members, "main": u.main}
    return u.doc_id, u.event_id, u.type, u.start, u.end, json.dumps(data, ensure_ascii=False)


def unit_from_row(doc_id: str, event_id: str, type_: str, start: date, end: date, unit: str) -> LinkableEvent:
    data = json.loads(unit)
    return LinkableEvent(doc_id, event_id, type_, start, end, [tuple(p) for p in data["p"]],
                         {k: [tuple(v) for v in vs] for k, vs in data["c"].items()},
                         {r: set(n) for r, n in data["a"].items()}, data["d"],
                         date.fromisoformat(data["pub"]) if data["pub"] else None, frozenset(data["u"]),
                         [tuple(m) for m in data["m"]], data["main"])


def _meta(cur, key: str) -> Optional[str]:
    row = cur.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _count(cur, relation: str) -> int:
    return cur.execute(f"SELECT count(*) FROM {relation}").fetchone()[0]


class _transaction:
    def __init__(self, cur):
        self.cur = cur

    def __enter__(self) -> None:
        self.cur.execute("BEGIN TRANSACTION")

    def __exit__(self, kind, *rest) -> None:
        self.cur.execute("COMMIT" if kind is None else "ROLLBACK")
