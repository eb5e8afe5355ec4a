"""Cross-article incidents: events of different documents that describe the same happening.

First, each document's events of one type are folded into the document's incidents
(store/grouping.py): events whose places agree form one, and events with no place of their own
(a toll in the next sentence, "the strike") join the document's main one; so a document counts once.
Then two document incidents are linked when they have the same PLOVER type, a place of one lies
within the type's distance of a place of the other (or both name the same GeoNames id), their date
intervals are at most the type's window apart (and neither is vaguer than `max_span_days`), and every
figure both report (killed, injured, ...) is compatible: equal within `count_tolerance` (5 and 7 killed
are compatible: two sources, one conflicting figure; 5 and 50 are not), or grown as tolls grow: a higher
toll in a later report, or in a report of the same day that gives it as an update ("the death toll has
risen to 40"). Groups form by merging the best pairs first (see `link_events`); only groups spanning two
or more documents become incidents. Incident ids are a hash of their members, so a rebuild is deterministic.

Windows by type (`TYPE_WINDOWS`, chosen on tests/incidents_across, see the README there):
- ASSAULT (strikes, attacks, shelling): 25 km, text dates at most 1 day apart, and a report that dates the
  event only by its publication day covers the 2 days before it. On the set, 25 km is the smallest distance
  that keeps the Crocus reports together (Moscow and Krasnogorsk, ~20 km) and up to 50 km scores the same;
  at 250 km the Uman and Dnipro strikes of one night (200 km apart) merge. With text dates 1 day apart any
  lag of 1-4 days scores the same; with same-day text dates a lag of 2 or more is needed (reports of the
  Dnipro strike of 14 January 2023 ran to the 17th).
- FIGHT-like front-line events (MOBILIZE, RETREAT): 15 km, 1 day, lag 1: clashes move along a front
  every day, and one day's fighting near a town is not the next day's.
- PROTEST: 10 km (one city), same day, lag 1: a protest in two cities, or the next day's march, is
  another event.
- COERCE (arrests, raids): 25 km, 1 day, lag 2.
Other types use the defaults below. `IncidentRules(distance_km=..., window_days=...)` overrides every type.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from newsgraph.store.blocking import candidate_pairs

# Precisions whose coordinates say where something happened; an admin1 region matches only by
# identical GeoNames id; a country (or wider) is too coarse to tell two happenings apart and never links.
POINT_PRECISIONS = {"point", "city", "admin2", None}
COARSE_PRECISIONS = {"country", "region"}

# Types where who acts on whom defines the happening (Blinken's call with Kuleba is not his call with
# Cavusoglu the same day): when both events name actors in a role, they must share one. For
# ASSAULT, COERCE, PROTEST, MOBILIZE, RETREAT place, day and figures define it (actors are often
# unnamed or named differently: "Russian missiles", "Russia").
DYADIC_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "SANCTION"}


@dataclass(frozen=True)
class TypeWindow:
    distance_km: float               # places of the same incident lie within this distance
    window_days: int                 # gap allowed between the events' date intervals
    report_lag_days: int             # a report dated only by publication covers these days before it


DEFAULT_WINDOW = TypeWindow(25.0, 1, 2)
TYPE_WINDOWS = {
    "ASSAULT": TypeWindow(25.0, 1, 2),
    "MOBILIZE": TypeWindow(15.0, 1, 1),
    "RETREAT": TypeWindow(15.0, 1, 1),
    "PROTEST": TypeWindow(10.0, 0, 1),
    "COERCE": TypeWindow(25.0, 1, 2),
}
TOLL_KINDS = {"killed", "injured", "missing"}    # figures that grow as a happening is reported


@dataclass(frozen=True)
class IncidentRules:
    distance_km: Optional[float] = None   # None: the type's window (TYPE_WINDOWS); a number: every type
    window_days: Optional[int] = None
    max_span_days: int = 31          # events dated vaguer than this (a year, "since 2014") never link
    count_tolerance: float = 0.5     # figures a, b compatible when min/max >= this (or |a-b| <= slack)
    count_slack: float = 2.0
    max_reports: int = 200           # distinct reports in one incident: beyond, groups stop merging

    def window(self, type_: str) -> TypeWindow:
        base = TYPE_WINDOWS.get(type_, DEFAULT_WINDOW)
        return TypeWindow(base.distance_km if self.distance_km is None else self.distance_km,
                          base.window_days if self.window_days is None else self.window_days,
                          base.report_lag_days)

    def widest(self) -> TypeWindow:
        """The widest distance and window over every type (what the blocking index must reach)."""
        windows = [self.window(t) for t in list(TYPE_WINDOWS) + [""]]
        return TypeWindow(max(w.distance_km for w in windows), max(w.window_days for w in windows),
                          max(w.report_lag_days for w in windows))


@dataclass
class LinkableEvent:
    """What incident linking needs to know about one stored event."""
    doc_id: str
    event_id: str
    type: str
    start: date
    end: date
    places: list[tuple[Optional[int], Optional[float], Optional[float], Optional[str]]] = field(default_factory=list)
    counts: dict[str, list[tuple[float, str]]] = field(default_factory=dict)   # kind -> [(value, qualifier)]
    actors: dict[str, set[str]] = field(default_factory=dict)   # role -> casefolded names
    dated_by_text: bool = True       # False when the date is only the publication date
    published: Optional[date] = None  # the report's publication day
    updated: frozenset = frozenset()  # kinds whose figure the report gives as a toll update
    members: list[tuple[str, str]] = field(default_factory=list)   # events folded in (grouping.py)
    main: bool = False
    key: tuple[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.key = (self.doc_id, self.event_id)
        self.members = self.members or [self.key]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def places_match(a: LinkableEvent, b: LinkableEvent, rules: IncidentRules) -> bool:
    for gid1, lat1, lon1, prec1 in a.places:
        for gid2, lat2, lon2, prec2 in b.places:
            if gid1 is not None and gid1 == gid2 and prec1 not in COARSE_PRECISIONS:
                return True
            if (None not in (lat1, lon1, lat2, lon2) and prec1 in POINT_PRECISIONS and prec2 in POINT_PRECISIONS
                    and haversine_km(lat1, lon1, lat2, lon2) <= rules.window(a.type).distance_km):
                return True
    return False


def _bounds(value: float, qualifier: str) -> tuple[float, float]:
    if qualifier in ("more_than", "at_least"):
        return value, math.inf
    if qualifier in ("up_to", "less_than"):
        return 0.0, value
    return value, value


def counts_compatible(a: LinkableEvent, b: LinkableEvent, rules: IncidentRules) -> bool:
    """Every kind of figure both events report has a pair of compatible values."""
    for kind in a.counts.keys() & b.counts.keys():
        if not any(_figures_compatible(x, y, rules) for x in a.counts[kind] for y in b.counts[kind]) \
                and not toll_grew(a, b, kind):
            return False
    return True


def toll_grew(a: LinkableEvent, b: LinkableEvent, kind: str) -> bool:
    """Is the higher of two tolls a later figure of the same happening? It is when its report is of a
    later day, or of the same day and gives it as an update ("the death toll has risen to 40")."""
    if kind not in TOLL_KINDS or a.published is None or b.published is None:
        return False
    low, high = (a, b) if max(v for v, _ in a.counts[kind]) <= max(v for v, _ in b.counts[kind]) else (b, a)
    return high.published > low.published or (high.published == low.published and kind in high.updated)


def _figures_compatible(x: tuple[float, str], y: tuple[float, str], rules: IncidentRules) -> bool:
    lo1, hi1 = _bounds(*x)
    lo2, hi2 = _bounds(*y)
    if lo1 <= hi2 and lo2 <= hi1:        # the ranges overlap ("more than 5" and 7)
        return True
    low, high = (hi1, lo2) if hi1 < lo2 else (hi2, lo1)
    return high - low <= rules.count_slack or (high > 0 and low / high >= rules.count_tolerance)


def dates_match(a: LinkableEvent, b: LinkableEvent, rules: IncidentRules) -> bool:
    gap = max((b.start - a.end).days, (a.start - b.end).days, 0)
    return gap <= rules.window(a.type).window_days


def actors_match(a: LinkableEvent, b: LinkableEvent) -> bool:
    """For DYADIC_TYPES: in every role both events name actors for, they share one."""
    if a.type not in DYADIC_TYPES:
        return True
    return all(a.actors[r] & b.actors[r] for r in a.actors.keys() & b.actors.keys() if a.actors[r] and b.actors[r])


def compatible(a: LinkableEvent, b: LinkableEvent, rules: IncidentRules) -> bool:
    """Could `a` and `b` be reports of one happening (type, date, place, actors and figures agree)?

    An event dated only by its article's publication date needs more: a figure in common, or a toll it
    gives as an update, or a partner the text dates to that publication day or the day before (the same
    news cycle); two undated reports of the same city with nothing to compare stay apart.
    """
    if not (a.dated_by_text and b.dated_by_text) and not a.counts.keys() & b.counts.keys() \
            and not all(_same_news_cycle(x, y) for x, y in ((a, b), (b, a)) if not x.dated_by_text):
        return False
    return (a.type == b.type and dates_match(a, b, rules) and places_match(a, b, rules)
            and actors_match(a, b) and counts_compatible(a, b, rules))


def _same_news_cycle(undated: LinkableEvent, other: LinkableEvent) -> bool:
    if undated.updated:
        return True
    day = undated.published or undated.end
    return other.dated_by_text and other.start <= day and (day - other.end).days <= 1


def same_incident(a: LinkableEvent, b: LinkableEvent, rules: IncidentRules) -> bool:
    return a.doc_id != b.doc_id and compatible(a, b, rules)


def linkable_only(events: list[LinkableEvent], rules: IncidentRules) -> list[LinkableEvent]:
    """The events that can link at all: placed, and dated more precisely than `max_span_days`."""
    return [e for e in events if e.places and (e.end - e.start).days < rules.max_span_days]


def link_events(events: list[LinkableEvent], rules: Optional[IncidentRules] = None) -> list[list[LinkableEvent]]:
    """Groups of linked events spanning at least two documents, each sorted by (doc, event).

    Groups grow by merging candidate pairs, best first: pairs that agree on a reported figure
    (5 and 7 killed) before pairs with nothing to compare, nearer in time and space first, and a
    report with no figure joins the largest group it fits. Two groups merge only when every
    member of one is compatible with every member of the other, so a report of 5 killed and one
    of 50 killed never end up together through a third report that gives no figure.
    """
    rules = rules or IncidentRules()
    usable = sorted(linkable_only(events, rules), key=lambda e: (e.type, e.start, e.key))
    pairs = _candidate_pairs(usable, rules)
    clusters = {e.key: _Cluster(e) for e in usable}

    def merge(a: LinkableEvent, b: LinkableEvent) -> None:
        ca, cb = clusters[a.key], clusters[b.key]
        if ca is not cb and ca.accepts(cb, rules):
            big, small = (ca, cb) if len(ca.members) >= len(cb.members) else (cb, ca)
            big.absorb(small)
            for e in small.members:
                clusters[e.key] = big

    for _, a, b in sorted(p for p in pairs if p[0][0] < 0):          # pairs sharing a figure
        merge(a, b)
    size = {k: len(c.members) for k, c in clusters.items()}
    rest = [((-max(size[a.key], size[b.key]),) + score[1:], a, b) for score, a, b in pairs if score[0] == 0]
    for _, a, b in sorted(rest):
        merge(a, b)
    unique = {id(c): c for c in clusters.values()}.values()
    result = [sorted(c.members, key=lambda e: e.key) for c in unique if len({e.doc_id for e in c.members}) > 1]
    return sorted(result, key=lambda g: g[0].key)


class _Cluster:
    """A growing incident: its events, and one representative per distinct report (`signature`),
    so that the all-pairs check compares distinct reports, not every copy of a wire story."""

    def __init__(self, event: LinkableEvent):
        self.members = [event]
        self.reports = {_signature(event): event}
        self.latest_start, self.earliest_end = event.start, event.end
        self.rejected: set[int] = set()     # ids of clusters found incompatible (and so their supersets)

    def accepts(self, other: "_Cluster", rules: IncidentRules) -> bool:
        if id(other) in self.rejected or id(self) in other.rejected:
            return False
        gap = (max(self.latest_start, other.latest_start) - min(self.earliest_end, other.earliest_end)).days
        ok = (gap <= rules.window(self.members[0].type).window_days
              and len(self.reports) + len(other.reports) <= rules.max_reports
              and all(compatible(x, y, rules) for x in self.reports.values() for y in other.reports.values()))
        if not ok:
            self.rejected.add(id(other))
            other.rejected.add(id(self))
        return ok

    def absorb(self, other: "_Cluster") -> None:
        self.members.extend(other.members)
        for sig, e in other.reports.items():
            self.reports.setdefault(sig, e)
        self.latest_start = max(self.latest_start, other.latest_start)
        self.earliest_end = min(self.earliest_end, other.earliest_end)
        self.rejected |= other.rejected


def _signature(e: LinkableEvent) -> tuple:
    """Everything `compatible` looks at, without the document."""
    return (e.type, e.start, e.end, e.dated_by_text, e.published, e.updated, tuple(e.places),
            tuple(sorted((k, tuple(sorted(v))) for k, v in e.counts.items())),
            tuple(sorted((r, tuple(sorted(n))) for r, n in e.actors.items())))


def _candidate_pairs(usable: list[LinkableEvent], rules: IncidentRules) -> list[tuple]:
    """(score, a, b) for every pair of events of different documents that could be one happening,
    among the candidates that the (type, day, place) index gives (store.blocking)."""
    pairs = []
    for a, b in candidate_pairs(usable, rules, POINT_PRECISIONS, COARSE_PRECISIONS):
        if b.key < a.key:
            a, b = b, a
        if same_incident(a, b, rules):
            shared = len(a.counts.keys() & b.counts.keys())
            gap = max((b.start - a.end).days, (a.start - b.end).days, 0)
            pairs.append(((-shared, gap, round(_distance(a, b), 1), a.key, b.key), a, b))
    return pairs


def _distance(a: LinkableEvent, b: LinkableEvent) -> float:
    dists = [haversine_km(p[1], p[2], q[1], q[2]) for p in a.places for q in b.places
             if None not in (p[1], p[2], q[1], q[2])]
    return min(dists, default=0.0)


def incident_id(group: list[LinkableEvent]) -> str:
    """A stable id from the members' keys."""
    members = "|".join(f"{doc}/{event}" for e in group for doc, event in e.members)
    return "I" + hashlib.sha256(members.encode()).hexdigest()[:12]


# Every table is narrowed to the documents asked for before it is joined (`{only}`: a filter on doc_id, or
# nothing): the filter is pushed into each table's scan, so only those documents' rows are read and joined
# (correlated subqueries read and grouped every stored row first: their cost grew with the store).
LOAD_SQL = """
WITH e AS (SELECT doc_id, id, ord, type, date_start, date_end, date_source, {main} AS main FROM {events}
           WHERE date_start IS NOT NULL AND type IS NOT NULL {only}),
d AS (SELECT id FROM {documents} WHERE duplicate_of IS NULL {only_id}),      -- copies are not reports
pl AS (SELECT ep.doc_id, ep.event_id,
              list(struct_pack(g := p.geonameid, lat := p.lat, lon := p.lon, pr := p.precision)
                   ORDER BY ep.ord) AS places
       FROM (SELECT * FROM {event_places} WHERE true {only}) ep
       JOIN (SELECT doc_id, id, geonameid, lat, lon, precision FROM {places} WHERE true {only}) p
         ON p.doc_id = ep.doc_id AND p.id = ep.place_id
       GROUP BY ep.doc_id, ep.event_id),
co AS (SELECT doc_id, event_id, list(struct_pack(k := kind, v := value, q := qualifier) ORDER BY ord) AS counts
       FROM {counts} WHERE true {only} GROUP BY doc_id, event_id),
ac AS (SELECT a.doc_id, a.event_id,
              list(struct_pack(r := a.role, n := lower(coalesce(en.name, a.text))) ORDER BY a.ord) AS actors
       FROM (SELECT * FROM {event_actors} WHERE true {only}) a
       LEFT JOIN (SELECT doc_id, id, name FROM {entities} WHERE true {only}) en
         ON en.doc_id = a.doc_id AND en.id = a.entity_id
       GROUP BY a.doc_id, a.event_id)
SELECT e.doc_id, e.id, e.type, e.date_start, e.date_end, e.date_source, e.main, pl.places, co.counts, ac.actors
FROM e JOIN d ON d.id = e.doc_id
LEFT JOIN pl ON pl.doc_id = e.doc_id AND pl.event_id = e.id
LEFT JOIN co ON co.doc_id = e.doc_id AND co.event_id = e.id
LEFT JOIN ac ON ac.doc_id = e.doc_id AND ac.event_id = e.id
ORDER BY e.doc_id, e.ord
"""
# What folding needs of each document with events: publication day, text (toll updates), places.
DOCS_SQL = """
WITH d AS (SELECT id, published, text FROM {documents} WHERE duplicate_of IS NULL {only_id}),
ev AS (SELECT DISTINCT doc_id FROM {events} WHERE true {only}),
p AS (SELECT doc_id, list(struct_pack(g := geonameid, lat := lat, lon := lon, pr := precision) ORDER BY id) AS places
      FROM {places} WHERE true {only} GROUP BY doc_id)
SELECT d.id, d.published, d.text, p.places FROM d JOIN ev ON ev.doc_id = d.id LEFT JOIN p ON p.doc_id = d.id
"""


TABLE_NAMES = {t: t for t in ("documents", "entities", "places", "events", "event_places", "event_actors", "counts")}


def _query(template: str, doc_ids: Optional[list[str]], tables: Optional[dict], **extra: str) -> tuple[str, list]:
    """`template` filtered on the documents `doc_ids` (None: every document), reading `tables` (table name ->
    relation to read instead), and its parameters."""
    names = {**TABLE_NAMES, **(tables or {})}
    if doc_ids is None:
        return template.format(only="", only_id="", **names, **extra), []
    ids = "IN (SELECT unnest($1::VARCHAR[]))"
    return template.format(only=f"AND doc_id {ids}", only_id=f"AND id {ids}", **names, **extra), [doc_ids]


def load_linkable(cur, doc_ids: Optional[list[str]] = None, tables: Optional[dict] = None) -> list[LinkableEvent]:
    """Every stored event that has a type and a date (of `doc_ids` only, when given), in text order
    within each document; `tables` names relations to read instead of the tables (store.unlinked)."""
    columns = {r[0] for r in cur.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'").fetchall()}
    sql, params = _query(LOAD_SQL, doc_ids, tables, main="main" if "main" in columns else "false")
    events = []
    for doc_id, event_id, type_, start, end, source, main, places, counts, actors in \
            cur.execute(sql, params).fetchall():
        figures: dict[str, list[tuple[float, str]]] = {}
        for c in counts or []:
            figures.setdefault(c["k"], []).append((c["v"], c["q"]))
        names: dict[str, set[str]] = {}
        for a in actors or []:
            if a["n"]:
                names.setdefault(a["r"], set()).add(a["n"])
        events.append(LinkableEvent(doc_id, event_id, type_, start, end,
                                    [(p["g"], p["lat"], p["lon"], p["pr"]) for p in places or []], figures,
                                    names, source != "published", main=bool(main)))
    return events


def load_documents(cur, doc_ids: Optional[list[str]] = None, tables: Optional[dict] = None) -> dict:
    """Publication day, toll-update figures and places of every document, or of `doc_ids` (store.grouping);
    `tables` as in load_linkable."""
    from newsgraph.store.grouping import DocumentFacts, update_figures
    facts = {}
    for doc_id, pub, text, places in cur.execute(*_query(DOCS_SQL, doc_ids, tables)).fetchall():
        fine = [(p["g"], p["lat"], p["lon"], p["pr"]) for p in places or []
                if p["pr"] not in COARSE_PRECISIONS and p["g"] is not None]
        facts[doc_id] = DocumentFacts(_day(pub), update_figures(text), list(dict.fromkeys(fine)))
    return facts


def _day(value) -> Optional[date]:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
