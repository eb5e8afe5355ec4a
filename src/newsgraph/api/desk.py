"""The analyst's desk: GET /search, GET /incidents, GET and POST /reviews, GET /places/candidates.

Reviews are stored beside the machine's records (newsgraph.store.reviews), search runs over the
SQLite FTS5 index beside the store (newsgraph.store.search), incidents are the store's
(Store.list_incidents), filtered here; fields added to incidents by later linking rules pass through.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any, Callable, Optional

from fastapi import FastAPI, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from newsgraph.api import schemas
from newsgraph.api.errors import ErrorResponse, error_response
from newsgraph.api.queries import event_filter
from newsgraph.store import Store, make_filter
from newsgraph.store.reviews import ReviewBook, add_review, list_reviews
from newsgraph.store.search import SearchIndex, document_summaries, filtered_doc_ids

MAX_INCIDENTS = 100_000


def jsonable(value: Any) -> Any:
    """Dates to ISO strings, tuples to lists, all the way down (DuckDB structs are dicts)."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def incident_matches(incident: dict[str, Any], types: list[str], since: Optional[date], until: Optional[date],
                     bbox: Optional[tuple], min_sources: int, conflicting: Optional[bool]) -> bool:
    """Does the incident pass the filters (date window overlap, centre inside the box)?"""
    if types and incident.get("type") not in types:
        return False
    start, end = _day(incident.get("date_start")), _day(incident.get("date_end") or incident.get("date_start"))
    if since and (end is None or end < since):
        return False
    if until and (start is None or start > until):
        return False
    if bbox:
        lat, lon = incident.get("lat"), incident.get("lon")
        w, s, e, n = bbox
        if lat is None or lon is None or not s <= lat <= n:
            return False
        if not (w <= lon <= e if w <= e else lon >= w or lon <= e):
            return False
    if (incident.get("n_sources") or 0) < min_sources:
        return False
    return conflicting is None or bool(incident.get("conflicting_counts")) == conflicting


def _day(value: Any) -> Optional[date]:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def add_desk_routes(app: FastAPI, store: Store, search: SearchIndex, errors: dict,
                    relink: Callable[[], None]) -> None:
    _add_search_route(app, store, search, errors)
    _add_incident_route(app, store, errors, relink)
    _add_review_routes(app, store, errors)


def _add_search_route(app: FastAPI, store: Store, search: SearchIndex, errors: dict) -> None:
    @app.get("/search", response_model=schemas.SearchResults, responses=errors,
             summary="Full-text search over stored documents, with the event filters")
    def search_documents(q: str = Query(min_length=1, max_length=500, description="Words; \"a phrase\"; pre*"),
                         type_: Optional[str] = Query(None, alias="type", description="PLOVER type(s) of an event"),
                         status: Optional[str] = Query(None, description="Status(es) of an event"),
                         since: Optional[str] = Query(None, description="An event on or after (YYYY-MM-DD)"),
                         until: Optional[str] = Query(None, description="An event on or before (YYYY-MM-DD)"),
                         bbox: Optional[str] = Query(None, description="An event place inside W,S,E,N"),
                         source: Optional[str] = Query(None, max_length=1000, description="Document sources"),
                         limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0, le=10**6)):
        flt = event_filter(type_, status, since, until, bbox, source)
        search.sync(store)
        allowed = filtered_doc_ids(store, flt) if flt.where()[0] else None
        total, hits = search.search(q, limit=limit, offset=offset, doc_ids=allowed)
        docs = document_summaries(store, [h.doc_id for h in hits])
        results = [{**_summary(docs.get(h.doc_id), h.doc_id), "score": h.score, "title_parts": h.title,
                    "snippet": h.snippet} for h in hits]
        return {"query": q, "results": results, "total": total, "limit": limit, "offset": offset}


def _summary(doc: Optional[dict[str, Any]], doc_id: str) -> dict[str, Any]:
    doc = doc or {"id": doc_id}
    return {k: doc.get(k) for k in ("id", "url", "title", "source", "published", "n_events")}


def _add_incident_route(app: FastAPI, store: Store, errors: dict, relink: Callable[[], None]) -> None:
    @app.get("/incidents", response_model=schemas.IncidentList, responses=errors,
             summary="Incidents: events of several reports linked, with their sources and figures")
    def list_incidents(type_: Optional[str] = Query(None, alias="type", description="PLOVER type(s)"),
                       since: Optional[str] = Query(None, description="Ending on or after (YYYY-MM-DD)"),
                       until: Optional[str] = Query(None, description="Starting on or before (YYYY-MM-DD)"),
                       bbox: Optional[str] = Query(None, description="Centre inside W,S,E,N"),
                       min_sources: int = Query(1, ge=1, le=1000, description="At least this many reports"),
                       conflicting: Optional[bool] = Query(None, description="Only (or no) conflicting figures"),
                       limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0, le=10**6)):
        flt = make_filter(type=type_, since=since, until=until, bbox=bbox)
        relink()
        found = [i for i in store.list_incidents(limit=MAX_INCIDENTS)
                 if incident_matches(i, flt.types, flt.since, flt.until, flt.bbox, min_sources, conflicting)]
        return JSONResponse({"incidents": jsonable(found[offset:offset + limit]), "total": len(found),
                             "limit": limit, "offset": offset})


def _add_review_routes(app: FastAPI, store: Store, errors: dict) -> None:
    not_found = {404: {"model": ErrorResponse}}

    @app.post("/reviews", status_code=201, response_model=schemas.ReviewResult,
              responses={**not_found, **errors}, summary="Confirm, reject or correct a stored event")
    async def post_review(req: schemas.ReviewRequest) -> JSONResponse:
        def run():
            event = next((e for e in store.query_events(doc_id=req.doc_id, limit=None) if e["id"] == req.event_id),
                         None)
            if event is None:
                return None
            changes = req.changes.model_dump(exclude_unset=True) if req.changes else None
            review = add_review(store, event, req.action, changes, note=req.note, reviewer=req.reviewer)
            return review, ReviewBook.load(store, req.doc_id).reviewed(event)
        done = await run_in_threadpool(run)
        if done is None:
            return error_response(404, f"no event {req.event_id!r} in document {req.doc_id!r}")
        return JSONResponse(jsonable({"review": done[0], "event": done[1]}), status_code=201)

    @app.get("/reviews", response_model=schemas.ReviewList, responses=errors,
             summary="The audit trail of reviews, oldest first")
    def get_reviews(doc_id: Optional[str] = Query(None, max_length=200),
                    unmatched: bool = Query(False, description="Only reviews whose event disappeared"),
                    limit: int = Query(500, ge=1, le=10000), offset: int = Query(0, ge=0, le=10**6)):
        every = list_reviews(store, doc_id=doc_id, unmatched_only=unmatched)
        return JSONResponse(jsonable({"reviews": every[offset:offset + limit], "total": len(every),
                                      "unmatched": sum(1 for r in every if not r["matched"])}))

    @app.get("/places/candidates", response_model=schemas.CandidateList, responses=errors,
             summary="Gazetteer entries a place name may refer to (to correct an event's place)")
    def candidates(name: str = Query(min_length=1, max_length=200), limit: int = Query(20, ge=1, le=60)):
        from newsgraph.geo.gazetteer import load_gazetteer
        found = load_gazetteer().lookup(name)[:limit]
        return {"name": name, "candidates": [
            {"geonameid": c.id, "name": c.name, "lat": c.lat, "lon": c.lon, "country": c.country,
             "admin1": c.admin1, "feature_code": c.fcode, "population": c.population} for c in found]}
