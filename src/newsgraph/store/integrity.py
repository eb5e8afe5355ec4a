"""The keys and references of the record tables (schema.KEYS, schema.REFERENCES), kept without DuckDB constraints.

`check_rows` runs on each document's rows before they are written (a record id twice in a document, or a
mention of an entity the document does not have, fails that document alone: Store.add_documents records it
and goes on); `problems` checks a whole database by query (`newsgraph check --db`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsgraph.store.schema import KEYS, REFERENCES, TABLES

_NAME = re.compile(r'"?(\w+)"?')


@lru_cache(maxsize=None)
def columns(table: str) -> tuple[str, ...]:
    """The column names of `table`, in order, read from its CREATE TABLE statement (schema.TABLES)."""
    for stmt in TABLES:
        head, _, body = stmt.partition("(")
        if head.split()[-1] == table:
            return tuple(_NAME.match(part.strip()).group(1) for part in body.rsplit(")", 1)[0].split(",")
                         if not part.strip().upper().startswith(("PRIMARY KEY", "FOREIGN KEY")))
    raise KeyError(table)


@lru_cache(maxsize=None)
def _picker(table: str, names: tuple[str, ...]):
    """A function of a row of `table` (a tuple in column order) giving its values of `names`; one per
    (table, names), as check_rows runs on every stored document."""
    positions = [columns(table).index(n) for n in names]
    return lambda row: tuple(row[i] for i in positions)


def check_rows(rows: dict[str, list[tuple]]) -> None:
    """Raise ValueError if the rows of one document repeat a key or refer to a record they do not hold."""
    for table, key in KEYS.items():
        pick = _picker(table, key)
        seen: set[tuple] = set()
        for row in rows.get(table, ()):
            k = pick(row)
            if k in seen:
                raise ValueError(f"{table}: the key {_show(key, k)} is there twice")
            seen.add(k)
    for table, cols, parent, parent_cols in REFERENCES:
        if parent == "documents" or table not in rows or parent not in rows:
            continue                       # the document row is written with them; stored parents: see problems
        have = {_picker(parent, parent_cols)(r) for r in rows[parent]}
        pick = _picker(table, cols)
        for row in rows[table]:
            k = pick(row)
            if None not in k and k not in have:
                raise ValueError(f"{table}: {_show(cols, k)} refers to no row of {parent}")


def _show(names: tuple[str, ...], values: tuple) -> str:
    return "(" + ", ".join(f"{n}={v!r}" for n, v in zip(names, values)) + ")"


def problems(cur, limit: int = 5) -> list[str]:
    """What breaks a key or a reference in the database, one line per kind of breach (with up to `limit`
    examples); an empty list for a sound database."""
    found = []
    for table, key in KEYS.items():
        cols = ", ".join(f'"{c}"' for c in key)
        n, examples = cur.execute(
            f"SELECT count(*), list(k) FILTER (WHERE rn <= {limit}) FROM ("
            f"SELECT struct_pack({cols}) AS k, row_number() OVER () AS rn FROM {table} "
            f"GROUP BY {cols} HAVING count(*) > 1)").fetchone()
        if n:
            found.append(f"{table}: {n} key(s) {key} held by more than one row, e.g. {examples}")
    for table, cols, parent, parent_cols in REFERENCES:
        on = " AND ".join(f'p."{pc}" = t."{c}"' for c, pc in zip(cols, parent_cols))
        not_null = " AND ".join(f't."{c}" IS NOT NULL' for c in cols)
        values = ", ".join(f't."{c}"' for c in cols)
        n, examples = cur.execute(
            f"SELECT count(*), list(k) FILTER (WHERE rn <= {limit}) FROM ("
            f"SELECT struct_pack({values}) AS k, "
            f"row_number() OVER () AS rn FROM {table} t WHERE {not_null} "
            f"AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE {on}))").fetchone()
        if n:
            found.append(f"{table}: {n} row(s) whose {cols} refer to no row of {parent}, e.g. {examples}")
    return found
