"""The geo stage: toponyms -> Places (GeoNames), entity links, metonyms, relative locations."""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.data.geo_lexicon import BEARINGS, LANDMARK_GOVERNMENTS, LOCATIVE_PREPS
from newsgraph.geo.detect import Toponym, detect_toponyms
from newsgraph.geo.filters import same_extent
from newsgraph.geo.focus import document_focus, record_focus
from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.geo.metonymy import government_name, is_actor_mention, landmark_country
from newsgraph.geo.names import name_key
from newsgraph.geo.relations import find_relation
from newsgraph.geodesy import offset_point
from newsgraph.geo.resolve import Resolution, resolve_toponyms
from newsgraph.geo.sources import LEVEL_ADMIN1, LEVEL_ADMIN2, LEVEL_COUNTRY, LEVEL_PLACE
from newsgraph.model import Document, Entity, Place, Relation, Span

_PRECISION = {LEVEL_COUNTRY: "country", LEVEL_ADMIN1: "admin1", LEVEL_ADMIN2: "admin2", LEVEL_PLACE: "city"}
_LANDMARKS = re.compile(r"\b(?:" + "|".join(sorted((re.escape(k).replace(r"\ ", r"[\s-]+") for k in LANDMARK_GOVERNMENTS),
                                                   key=len, reverse=True)) + r")\b", re.I)


def geoparse(doc: Document, gazetteer: Optional[Gazetteer]) -> Document:
    """Find, resolve and link every place of `doc`; mark metonyms; add relative locations."""
    if gazetteer is None:
        doc.warn("geo", "no gazetteer loaded: places were not resolved")
        return doc
    toponyms = [t for t in detect_toponyms(doc, gazetteer) if landmark_country(doc, t.start, t.end) is None]
    focus = document_focus(doc, toponyms, gazetteer)
    resolutions = resolve_toponyms(toponyms, gazetteer, focus)
    builder = _Builder(doc)
    for topo, res in zip(toponyms, resolutions):
        if not topo.dateline and is_actor_mention(doc, topo, res.candidate):
            builder.metonym(topo.start, topo.end, government_name(gazetteer, res.candidate.country), "GPE")
        elif res.candidate is not None:
            builder.place(topo, res)
        elif res.anchor is not None:
            builder.anchored(topo, res)
        elif topo.label in ("GPE", "LOC") and topo.text[:1].isupper() and _place_context(doc, topo):
            builder.unresolved(topo)
    for m in _LANDMARKS.finditer(doc.text):
        iso = m.group(0)[:1].isupper() and landmark_country(doc, m.start(), m.end())
        if iso:
            builder.metonym(m.start(), m.end(), government_name(gazetteer, iso), "ORG")
    for topo in toponyms:
        builder.relation(topo)
    builder.finish()
    doc.focus = record_focus(focus, doc.places)
    return doc


def _place_context(doc: Document, topo: Toponym) -> bool:
    """An unresolved name is kept only where the text treats it as a place: after a preposition of
    place or in a list, with a region word or a stated container ('The Indymedia group': no)."""
    if topo.kind_hint or topo.anchor is not None or len(topo.tokens) > 1:
        return True
    if any(m.source not in ("ner", "rule") and m.start == topo.start for m in doc.mentions):
        return True       # a mention given by the caller (gold annotation), not found by NER
    i = topo.tokens[0].i - 1
    while i >= 0 and doc.tokens[i].text.lower() in ("the", "a", "an"):
        i -= 1
    return i >= 0 and doc.tokens[i].text.lower() in LOCATIVE_PREPS | {",", "and", "or"}


class _Builder:
    """Collects places (keyed by geonameid or name), entity links and metonyms, then numbers them."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.places: dict[object, Place] = {}
        self.by_span: dict[tuple[int, int], Place] = {}   # toponym (start, end) -> place
        self.links: list[tuple[int, int, Optional[Place], Optional[str], str]] = []
        self.pending: list[tuple[Place, int]] = []     # anchored places waiting for their anchor's id

    def place(self, topo: Toponym, res: Resolution) -> None:
        c = res.candidate
        place = self.places.get(c.id)
        if place is None:
            place = Place(id=f"tmp{len(self.places)}", name=c.name, geonameid=c.id, lat=round(c.lat, 5),
                          lon=round(c.lon, 5), country=c.country or None,
                          admin1=(c.name if c.level == LEVEL_ADMIN1 else c.admin1) or None,
                          feature_code=c.fcode, precision=_PRECISION.get(c.level, "region"))
            self.places[c.id] = place
        place.confidence = max(place.confidence, res.confidence)
        place.dateline = place.dateline or topo.dateline
        self._add_span(place, topo)

    def anchored(self, topo: Toponym, res: Resolution) -> None:
        """A name the gazetteer lacks inside a stated container: the container's point and precision."""
        a = res.anchor
        key = ("anchored", topo.key)
        place = self.places.get(key)
        if place is None:
            near = topo.anchor is not None and topo.anchor.part_of and a.level == LEVEL_PLACE
            place = Place(id=f"tmp{len(self.places)}", name=topo.text, lat=round(a.lat, 5), lon=round(a.lon, 5),
                          country=a.country or None, admin1=(a.name if a.level == LEVEL_ADMIN1 else a.admin1) or None,
                          precision="admin2" if near or topo.anchor is not None and topo.anchor.unit
                          and a.level == LEVEL_PLACE else _PRECISION.get(a.level, "region"),
                          confidence=res.confidence)
            self.places[key] = place
            if near:
                self.pending.append((place, a.id))
        self._add_span(place, topo)

    def unresolved(self, topo: Toponym) -> None:
        key = ("unresolved", topo.key)
        place = self.places.get(key)
        if place is None:
            place = Place(id=f"tmp{len(self.places)}", name=topo.text, confidence=0.0)
            self.places[key] = place
            self.doc.warn("geo", f"toponym {topo.text!r} not found in the gazetteer; kept without coordinates",
                          self.doc.span(topo.start, topo.end))
        self._add_span(place, topo)

    def _add_span(self, place: Place, topo: Toponym) -> None:
        place.spans.append(self.doc.span(topo.start, topo.span_end))
        self.by_span[(topo.start, topo.end)] = place
        self.links.append((topo.start, topo.end, place, None, "GPE"))

    def metonym(self, start: int, end: int, refers_to: Optional[str], etype: str) -> None:
        self.links.append((start, end, None, refers_to, etype))

    def relation(self, topo: Toponym) -> None:
        anchor = self.by_span.get((topo.start, topo.end))
        phrase = find_relation(self.doc.text, topo.start) if anchor is not None else None
        if phrase is None or anchor.lat is None:
            return
        if phrase.apposition_end is not None:
            target = next((p for (s, e), p in self.by_span.items() if e == phrase.apposition_end), None)
            if target is not None and target is not anchor:
                target.relation = Relation(phrase.type, phrase.distance_km, anchor.id)
            return
        named = self._named_right_before(phrase.start)      # 'Vodiane near Avdiivka': Vodiane is near it
        if named is not None and named is not anchor:
            named.relation = named.relation or Relation(phrase.type, phrase.distance_km, anchor.id)
        elif phrase.distance_km and phrase.type in BEARINGS:
            self._derived_place(topo, anchor, phrase)      # '10 km south of Bakhmut': a point of its own
        elif anchor.relation is None:
            # 'near X', 'the outskirts of X', 'north of X': one place, X, with the relation (to itself)
            anchor.relation = Relation(phrase.type, phrase.distance_km, anchor.id)

    def _named_right_before(self, start: int) -> Optional[Place]:
        before = self.doc.text[:start]
        end = len(before.rstrip())
        return next((p for (s, e), p in self.by_span.items() if e == end and end < start), None)

    def _derived_place(self, topo: Toponym, anchor: Place, phrase) -> None:
        span = self.doc.span(phrase.start, topo.end)
        lat, lon, precision = anchor.lat, anchor.lon, "admin2" if phrase.type == "near" else "city"
        if phrase.distance_km and phrase.type in BEARINGS:
            lat, lon = offset_point(anchor.lat, anchor.lon, BEARINGS[phrase.type], phrase.distance_km)
            precision = "point"
        place = Place(id=f"tmp{len(self.places)}", name=f"{span.text[:1].lower()}{span.text[1:]}"
                      .replace(topo.text, anchor.name), lat=lat, lon=lon, country=anchor.country,
                      admin1=anchor.admin1, precision=precision, confidence=round(anchor.confidence * 0.8, 3),
                      spans=[span], relation=Relation(phrase.type, phrase.distance_km, anchor.id))
        self.places[("relative", phrase.start, topo.end)] = place

    def finish(self) -> None:
        """Number places P1.. by first mention, fix anchors, link or create entities."""
        for place, anchor_id in self.pending:
            anchor = self.places.get(anchor_id)
            if anchor is not None:
                place.relation = Relation("near", None, anchor.id)
        ordered = sorted(self.places.values(), key=lambda p: min(s.start for s in p.spans))
        ids = {p.id: f"P{i}" for i, p in enumerate(ordered, 1)}
        for p in ordered:
            p.id = ids[p.id]
            if p.relation is not None:
                p.relation.anchor = ids.get(p.relation.anchor, p.relation.anchor)
            p.spans.sort(key=lambda s: s.start)
        self.doc.places = ordered
        _link_entities(self.doc, self.links)


def _link_entities(doc: Document, links: list) -> None:
    """Point entities at places; move metonymic mentions to entities that refer to a government."""
    new: dict[str, Entity] = {}
    metonymic: dict[str, tuple[Entity, str, list[Span]]] = {}
    for start, end, place, refers_to, etype in sorted(links, key=lambda x: x[0]):
        ent = next((e for e in doc.entities if any(s.start < end and start < s.end for s in e.spans)), None)
        if ent is not None and not _same_extent(doc, ent, start, end):
            continue       # a place inside a larger name ('Armed Forces of Ukraine'): no entity of its own
        if place is not None:
            if ent is None:
                ent = new.get(place.id) or _new_entity(doc, new, place.id, place.name, "GPE")
                ent.spans.append(doc.span(start, end))
            elif ent.type not in ("GPE", "LOC", "FAC"):
                ent.type = "GPE"
            ent.place_id = ent.place_id or place.id
            _add_alias(ent, doc.text[start:end])
        elif refers_to and ent is not None:
            inside = [s for s in ent.spans if s.start < end and start < s.end]
            metonymic.setdefault(ent.id, (ent, refers_to, []))[2].extend(inside)
        elif refers_to:
            key = f"metonym:{refers_to}:{name_key(doc.text[start:end])}"
            ent = new.get(key) or _new_entity(doc, new, key, doc.text[start:end].removeprefix("the "), etype)
            ent.refers_to = refers_to
            ent.spans.append(doc.span(start, end))
    for ent, refers_to, spans in metonymic.values():
        _split_metonyms(doc, ent, refers_to, spans)


def _same_extent(doc: Document, ent: Entity, start: int, end: int) -> bool:
    """The entity mention overlapping [start, end) is that name, give or take 'the', a possessive
    or a region word; not a longer name that contains it ('Air France')."""
    span = next(s for s in ent.spans if s.start < end and start < s.end)
    return same_extent(doc, span, start, end) or (start <= span.start and span.end <= end)


def _split_metonyms(doc: Document, ent: Entity, refers_to: str, spans: list[Span]) -> None:
    """All mentions metonymic: the entity refers to the government; else the metonyms get a twin entity."""
    others = [s for s in ent.spans if s not in spans]
    if not others:
        ent.refers_to, ent.place_id = refers_to, None
        return
    ent.spans = others
    twin = Entity(id=_next_entity_id(doc), type=ent.type, name=ent.name, spans=sorted(spans, key=lambda s: s.start),
                  refers_to=refers_to)
    doc.entities.append(twin)


def _new_entity(doc: Document, new: dict, key: str, name: str, etype: str) -> Entity:
    ent = Entity(id=_next_entity_id(doc), type=etype, name=name)
    doc.entities.append(ent)
    new[key] = ent
    return ent


def _add_alias(ent: Entity, text: str) -> None:
    if text != ent.name and text not in ent.aliases:
        ent.aliases.append(text)


def _next_entity_id(doc: Document) -> str:
    nums = [int(e.id[1:]) for e in doc.entities if e.id[1:].isdigit()]
    return f"E{max(nums, default=0) + 1}"
