"""The DuckDB schema of a newsgraph corpus database (SPEC.md section 5), with its version.

`documents.duplicate_of` names the original of a near-duplicate (store.neardup; NULL for an
original), `documents.n_warnings` counts the document's warnings. Every extracted record of a
Document has a table keyed by (doc_id, record id) (KEYS and REFERENCES below: kept by the Store and
checked by store.integrity, not DuckDB constraints); ids such as "V1" are only unique within a document.
Dates of events are stored twice: as the TIMEX value the text gave (`time_value`, `time_precision`) and
as a DATE interval (`date_start`, `date_end`) that filters and incident linking use.

`ensure_schema` creates a fresh database or migrates an older one: `MIGRATIONS[n]` holds the
statements that take a version-n database to version n+1.
"""
from __future__ import annotations

from newsgraph.errors import ResourceError

SCHEMA_VERSION = 4

TABLES = [
    """CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE documents (
        id VARCHAR PRIMARY KEY, origin VARCHAR, url VARCHAR, title VARCHAR, source VARCHAR,
        published VARCHAR, language VARCHAR, flags VARCHAR[], n_chars INTEGER,
        n_events INTEGER, text VARCHAR, json VARCHAR,
        n_warnings INTEGER, duplicate_of VARCHAR, minhash BLOB)""",
    """CREATE TABLE entities (
        doc_id VARCHAR, id VARCHAR, type VARCHAR, name VARCHAR,
        aliases VARCHAR[], refers_to VARCHAR, place_id VARCHAR)""",
    """CREATE TABLE mentions (
        doc_id VARCHAR, entity_id VARCHAR, ord INTEGER, start INTEGER, "end" INTEGER, text VARCHAR)""",
    """CREATE TABLE places (
        doc_id VARCHAR, id VARCHAR, name VARCHAR, geonameid BIGINT,
        lat DOUBLE, lon DOUBLE, country VARCHAR, admin1 VARCHAR, feature_code VARCHAR,
        precision VARCHAR, confidence DOUBLE, relation_type VARCHAR, relation_distance_km DOUBLE,
        relation_anchor VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR)""",
    """CREATE TABLE times (
        doc_id VARCHAR, id VARCHAR, value VARCHAR, type VARCHAR,
        granularity VARCHAR, anchor VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR)""",
    """CREATE TABLE quotes (
        doc_id VARCHAR, id VARCHAR, text VARCHAR, kind VARCHAR,
        speaker VARCHAR, channel VARCHAR, language VARCHAR, start INTEGER, "end" INTEGER)""",
    """CREATE TABLE events (
        doc_id VARCHAR, id VARCHAR, ord INTEGER, type VARCHAR, mode VARCHAR,
        time_value VARCHAR, time_precision VARCHAR, date_start DATE, date_end DATE, date_source VARCHAR,
        report_date VARCHAR, reported_by_entity VARCHAR, reported_by_text VARCHAR, channel VARCHAR,
        status VARCHAR, acled_event_type VARCHAR, acled_sub_event_type VARCHAR, cameo_root VARCHAR,
        confidence DOUBLE, trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
        sentence_start INTEGER, sentence_end INTEGER, evidence VARCHAR, quotes VARCHAR[],
        assertions JSON, main BOOLEAN)""",
    """CREATE TABLE event_places (
        doc_id VARCHAR, event_id VARCHAR, ord INTEGER, place_id VARCHAR)""",
    """CREATE TABLE event_actors (
        doc_id VARCHAR, event_id VARCHAR, ord INTEGER, role VARCHAR, entity_id VARCHAR, text VARCHAR)""",
    """CREATE TABLE counts (
        doc_id VARCHAR, event_id VARCHAR, ord INTEGER, kind VARCHAR, value DOUBLE, qualifier VARCHAR,
        "of" VARCHAR)""",
    """CREATE TABLE doc_bands (band_key BIGINT, doc_id VARCHAR)""",
    """CREATE TABLE failures (origin VARCHAR PRIMARY KEY, doc_id VARCHAR, error VARCHAR)""",
    """CREATE TABLE incident_events (
        incident_id VARCHAR, doc_id VARCHAR, event_id VARCHAR)""",
]

# The keys and references of the record tables. They are not DuckDB constraints: DuckDB keeps an ART index for
# every PRIMARY KEY and FOREIGN KEY, updated on each insert (a random key touches nodes all over the index,
# read back from disk as the store grows) and written out at each checkpoint, and these indexes cost storing
# 2.5x more per article at a million events than at 10k, and a third of the file. The Store writes rows that
# hold them (store.integrity checks each document's rows before its transaction), and
# `store.integrity.problems` checks a whole database against them by query (`newsgraph check`).
KEYS = {
    "entities": ("doc_id", "id"), "mentions": ("doc_id", "entity_id", "ord"), "places": ("doc_id", "id"),
    "times": ("doc_id", "id"), "quotes": ("doc_id", "id"), "events": ("doc_id", "id"),
    "event_places": ("doc_id", "event_id", "ord"), "event_actors": ("doc_id", "event_id", "ord"),
    "counts": ("doc_id", "event_id", "ord"), "incident_events": ("doc_id", "event_id"),
}
# (table, columns) -> (referenced table, its key columns); a NULL column refers to nothing
REFERENCES = [
    ("entities", ("doc_id",), "documents", ("id",)),
    ("mentions", ("doc_id", "entity_id"), "entities", ("doc_id", "id")),
    ("places", ("doc_id",), "documents", ("id",)),
    ("times", ("doc_id",), "documents", ("id",)),
    ("quotes", ("doc_id",), "documents", ("id",)),
    ("events", ("doc_id",), "documents", ("id",)),
    ("event_places", ("doc_id", "event_id"), "events", ("doc_id", "id")),
    ("event_places", ("doc_id", "place_id"), "places", ("doc_id", "id")),
    ("event_actors", ("doc_id", "event_id"), "events", ("doc_id", "id")),
    ("counts", ("doc_id", "event_id"), "events", ("doc_id", "id")),
    ("incident_events", ("doc_id", "event_id"), "events", ("doc_id", "id")),
]

# Secondary indexes: only where a query looks rows up by one value. DuckDB filters by type, date range and
# place through zonemaps, not ART indexes; an ART index is updated on every insert and rewritten whole at each
# checkpoint, a cost that grew with the store, so the ones on events(type), events(date_start) and
# places(geonameid) are gone (DROPPED_INDEXES drops them from older databases).
INDEXES = [
    "CREATE INDEX incident_events_incident ON incident_events(incident_id)",
]
DROPPED_INDEXES = ["events_type", "events_date", "places_geonameid"]

# Incidents: one row per group of linked events, with the corroborating sources and the range of
# every figure they report (a conflict when the lowest and highest differ).
VIEWS = [
    """CREATE VIEW incident_counts AS
        SELECT ie.incident_id, c.kind, min(c.value) AS min_value, max(c.value) AS max_value,
               count(*) AS n_reports, min(c.value) <> max(c.value) AS conflicting
        FROM incident_events ie JOIN counts c ON c.doc_id = ie.doc_id AND c.event_id = ie.event_id
        GROUP BY ie.incident_id, c.kind""",
    """CREATE VIEW incidents AS
        WITH pts AS (
            SELECT ie.incident_id, avg(p.lat) AS lat, avg(p.lon) AS lon,
                   list(DISTINCT p.name ORDER BY p.name) AS places
            FROM incident_events ie
            JOIN event_places ep ON ep.doc_id = ie.doc_id AND ep.event_id = ie.event_id
            JOIN places p ON p.doc_id = ep.doc_id AND p.id = ep.place_id
            GROUP BY ie.incident_id),
        cnt AS (
            SELECT incident_id, list(struct_pack(kind := kind, min_value := min_value, max_value := max_value,
                   n_reports := n_reports, conflicting := conflicting) ORDER BY kind) AS counts,
                   bool_or(conflicting) AS conflicting
            FROM incident_counts GROUP BY incident_id)
        SELECT ie.incident_id, min(e.type) AS type, min(e.date_start) AS date_start,
               max(e.date_end) AS date_end, count(DISTINCT e.doc_id) AS n_sources, count(*) AS n_events,
               any_value(pts.lat) AS lat, any_value(pts.lon) AS lon, any_value(pts.places) AS places,
               any_value(cnt.counts) AS counts, coalesce(any_value(cnt.conflicting), false) AS conflicting_counts,
               list(struct_pack(doc_id := e.doc_id, event_id := e.id, source := d.source, url := d.url,
                    title := d.title, published := d.published, reported_by := e.reported_by_text,
                    status := e.status, evidence := e.evidence) ORDER BY e.doc_id, e.ord) AS sources
        FROM incident_events ie
        JOIN events e ON e.doc_id = ie.doc_id AND e.id = ie.event_id
        JOIN documents d ON d.id = e.doc_id
        LEFT JOIN pts ON pts.incident_id = ie.incident_id
        LEFT JOIN cnt ON cnt.incident_id = ie.incident_id
        GROUP BY ie.incident_id""",
]

# Tables added without a version bump: created when missing, whatever the version (additive only).
# reviews: the analyst's decisions on events, an audit trail never written over (store/reviews.py);
# an event is found again by (doc_id, event_type, trigger span), so reviews outlive re-extraction.
ADDITIVE = [
    "CREATE SEQUENCE IF NOT EXISTS review_ids",
    """CREATE TABLE IF NOT EXISTS reviews (
        id BIGINT PRIMARY KEY DEFAULT nextval('review_ids'), doc_id VARCHAR NOT NULL, event_id VARCHAR,
        event_type VARCHAR NOT NULL, trigger_start INTEGER, trigger_end INTEGER, action VARCHAR NOT NULL,
        changes JSON, before JSON, after JSON, note VARCHAR, reviewer VARCHAR, created_at TIMESTAMP NOT NULL)""",
    # the stored blocking index of incident linking (store/linking.py): each document's folded incidents
    # ("units"), the (type x day x place) keys they are filed under, and the documents already folded
    """CREATE TABLE IF NOT EXISTS incident_units (
        doc_id VARCHAR, event_id VARCHAR, type VARCHAR, date_start DATE, date_end DATE, unit VARCHAR)""",
    "CREATE TABLE IF NOT EXISTS incident_keys (key BIGINT, doc_id VARCHAR, event_id VARCHAR)",
    "CREATE TABLE IF NOT EXISTS linked_documents (doc_id VARCHAR PRIMARY KEY)",
]

# The tables that lost their constraints in version 4, the referencing ones first (the order they are dropped in).
_UNCONSTRAINED = ("incident_events", "counts", "event_actors", "event_places", "mentions", "events", "quotes",
                  "times", "places", "entities")

# MIGRATIONS[n]: statements taking a version-n database to version n+1.
# 1 -> 2: warnings count, near-duplicates (documents stored before have no signature and are
# not compared with new ones).
MIGRATIONS: dict[int, list[str]] = {
    1: ["ALTER TABLE documents ADD COLUMN n_warnings INTEGER",
        "ALTER TABLE documents ADD COLUMN duplicate_of VARCHAR",
        "ALTER TABLE documents ADD COLUMN minhash BLOB",
        "CREATE TABLE doc_bands (band_key BIGINT, doc_id VARCHAR)"],
    # 2 -> 3: an event's `main` flag (the document's main incidents; events stored before are not main)
    2: ["ALTER TABLE events ADD COLUMN main BOOLEAN"],
    # 3 -> 4: the record tables without PRIMARY KEY / FOREIGN KEY constraints (see KEYS): each is copied,
    # the old ones dropped (referencing tables first), the copies renamed; the rows are unchanged
    3: [*(f"CREATE TABLE {t}__v4 AS SELECT * FROM {t}" for t in _UNCONSTRAINED),
        *(f"DROP TABLE {t}" for t in _UNCONSTRAINED),
        *(f"ALTER TABLE {t}__v4 RENAME TO {t}" for t in _UNCONSTRAINED),
        "CREATE INDEX IF NOT EXISTS incident_events_incident ON incident_events(incident_id)"],
}


def schema_version(con) -> int | None:
    """The schema version recorded in the database, or None for an empty database."""
    has_meta = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'").fetchone()[0]
    if not has_meta:
        return None
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def ensure_schema(con) -> None:
    """Create the schema in an empty database, or migrate an older one to SCHEMA_VERSION."""
    version = schema_version(con)
    if version is None:
        con.execute("BEGIN TRANSACTION")
        for stmt in TABLES + INDEXES + VIEWS:
            con.execute(stmt)
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        con.execute("COMMIT")
        _ensure_additive(con)
        return
    if version > SCHEMA_VERSION:
        raise ResourceError(f"the database has schema version {version}, newer than this newsgraph "
                            f"({SCHEMA_VERSION}): upgrade newsgraph")
    while version < SCHEMA_VERSION:
        con.execute("BEGIN TRANSACTION")
        for stmt in MIGRATIONS[version]:
            con.execute(stmt)
        version += 1
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
        con.execute("COMMIT")
    _ensure_additive(con)


def _ensure_additive(con) -> None:
    for stmt in ADDITIVE + [f"DROP INDEX IF EXISTS {name}" for name in DROPPED_INDEXES]:
        con.execute(stmt)
