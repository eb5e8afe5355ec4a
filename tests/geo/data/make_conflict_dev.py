"""Build conflict-dev.xml (LGL/TR-News format, read by `newsgraph eval geo`) from conflict-dev.json.

The JSON holds the hand annotation: phrase -> GeoNames id, or '~ID' for a place the bundled
gazetteer lacks (gold point = its stated container ID). Coordinates, feature codes and countries
of the ids are read from the bundled gazetteer index:
    PYTHONPATH=src python tests/geo/data/make_conflict_dev.py
"""
from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from newsgraph.geo import load_gazetteer

HERE = Path(__file__).parent


def toponyms(text: str, places: dict) -> list[tuple[int, int, str, object]]:
    """Every whole-word occurrence of each phrase, longest phrases first, no overlaps."""
    taken: list[tuple[int, int, str, object]] = []
    for phrase in sorted(places, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text):
            if not any(m.start() < e and s < m.end() for s, e, _, _ in taken):
                taken.append((m.start(), m.end(), phrase, places[phrase]))
    return sorted(taken)


def build(src: Path, out: Path) -> int:
    gaz = load_gazetteer()
    root = ET.Element("articles")
    count = 0
    for doc in json.loads(src.read_text())["docs"]:
        art = ET.SubElement(root, "article", docid=doc["id"])
        ET.SubElement(art, "url").text = doc["url"]
        ET.SubElement(art, "text").text = doc["text"]
        tops = ET.SubElement(art, "toponyms")
        for start, end, phrase, spec in toponyms(doc["text"], doc["places"]):
            approx = isinstance(spec, str)
            entry = gaz.get(int(str(spec).lstrip("~")))
            if entry is None:
                sys.exit(f"{doc['id']}: {spec} is not in the bundled gazetteer")
            top = ET.SubElement(tops, "toponym")
            for tag, value in (("phrase", phrase), ("start", start), ("end", end)):
                ET.SubElement(top, tag).text = str(value)
            gaztag = ET.SubElement(top, "gaztag", {} if approx else {"geonameid": str(entry.id)})
            for tag, value in (("name", phrase if approx else entry.name), ("fcode", "PPL" if approx else entry.fcode),
                               ("lat", entry.lat), ("lon", entry.lon)):
                ET.SubElement(gaztag, tag).text = str(value)
            ET.SubElement(gaztag, "country", iso=entry.country).text = entry.country
            count += 1
    ET.indent(root)
    out.write_text(ET.tostring(root, encoding="unicode") + "\n")
    return count


if __name__ == "__main__":
    print(build(HERE / "conflict-dev.json", HERE / "conflict-dev.xml"), "toponyms")
