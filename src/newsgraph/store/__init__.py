"""newsgraph.store: the DuckDB corpus database (SPEC.md section 5).

Read/write API (stable; the HTTP API and the exporters use only this):

    from newsgraph.store import open_store
    with open_store("corpus.duckdb", read_only=True) as store:
        store.list_documents(limit=50, offset=0)   # [{id, url, title, source, published, language,
                                                   #   n_chars, n_events}], ordered by id
        store.get_document(doc_id)                 # Document (newsgraph/1 records, no tokens) | None
        store.query_events(type="ASSAULT,COERCE",  # PLOVER types, str "A,B" or list
                           since="2022-09-01", until=None,    # date interval overlaps [since, until]
                           bbox="30,44,40,52",     # W,S,E,N (str or 4 numbers): a place of the event inside
                           status="reported",      # str "a,b" or list
                           doc_id=None, incident_id=None, limit=100, offset=0)
        store.count_events(...same filters...)     # int
        store.iter_events(make_filter(...))        # generator over every match, streamed
        store.list_incidents(limit=100, offset=0, conflicting_only=False)
                                                   # [{incident_id, type, date_start, date_end, n_sources,
                                                   #   n_events, lat, lon, places, counts (min/max per kind),
                                                   #   conflicting_counts, sources: [{doc_id, event_id, source,
                                                   #   url, title, published, reported_by, status, evidence}],
                                                   #   place: {name, geonameid, lat, lon, country, admin1,
                                                   #   precision, reports} | None (the most specific agreed),
                                                   #   tolls: {kind: {latest, highest, first, series: [{value,
                                                   #   kind, qualifier, report_date, source, outlet, url,
                                                   #   doc_id}], conflicting, text}}}]  (store.tolls)
        store.failures()                           # [{origin, doc_id, error}]
        store.duplicate_ids()                      # ids of near-duplicates (documents.duplicate_of set)
    store = open_store("corpus.duckdb")            # writable: creates or migrates the schema
    store.add_documents(docs, origins)             # -> AddResult(added, skipped, failed); one transaction
    store.link_incidents()                         # link what was stored since the last linking (copies left
                                                   #   out), through the stored blocking index (store.linking)
    store.rebuild_incidents()                      # relink incidents over the whole database (same result)
    store.write_parquet(directory)                 # every table as Parquet partitioned by doc id

An event dict (query_events / iter_events):
    {doc_id, id, type, mode, status, time: {value, precision} | None,
     date_start, date_end (ISO dates or None; from the event's time, else report date, else the
     document's publication date, see date_source: text|report|published), report_date,
     reported_by: {entity, text} | None, channel, acled: {event_type, sub_event_type} | None,
     cameo_root, confidence, trigger: {start, end, text} | None, sentence: {start, end} | None,
     evidence (the sentence text), quotes [ids], assertions [...],
     places: [{id, name, geonameid, lat, lon, country, admin1, feature_code, precision, confidence,
               relation, text}],
     actors: [{role, entity, text, name, entity_type}], counts: [{kind, value, qualifier, of}],
     document: {id, url, title, source, published}, incident_id | None}
Order: date_start (undated last), document id, order of the event in its document.

DuckDB allows one writing process or several reading ones per file: a read-only store cannot
be opened while `newsgraph ingest` writes that database. Within one process a Store may be
shared between threads (every call uses its own cursor).
"""
from newsgraph.store.db import AddResult, Store, open_store
from newsgraph.store.incidents import IncidentRules
from newsgraph.store.queries import EventFilter, make_filter
from newsgraph.store.schema import SCHEMA_VERSION

__all__ = ["AddResult", "EventFilter", "IncidentRules", "SCHEMA_VERSION", "Store", "make_filter", "open_store"]
