"""The FastAPI app: POST /extract, GET /documents, /documents/{id}, /events, /events.geojson, /health,
the desk's /search, /incidents and /reviews (api/desk.py), and the analyst's page at / (assets
built by `make web` into newsgraph/api/web/)."""
from __future__ import annotations

import threading
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Callable, Collection, Optional, Sequence

from fastapi import FastAPI, File, Form, Query, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.cors import CORSMiddleware

import newsgraph
from newsgraph.api import schemas
from newsgraph.api.auth import BearerAuth
from newsgraph.api.desk import add_desk_routes
from newsgraph.api.errors import BodySizeLimit, ErrorResponse, error_response, install_error_handlers
from newsgraph.api.queries import STATUSES, event_features, event_filter
from newsgraph.api.security import SecurityHeaders, TrustedHosts
from newsgraph.errors import InputError, NewsgraphError, UsageError
from newsgraph.ingest import document_from_html, documents_from_bytes, looks_like_html, make_document
from newsgraph.ingest.dates import parse_published
from newsgraph.model import Document
from newsgraph.store import Store, open_store
from newsgraph.store.reviews import ReviewBook
from newsgraph.store.search import SearchIndex

WEB_DIR = Path(__file__).parent / "web"
DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024     # a long article is ~100 kB; 2 MiB leaves room for HTML pages
ERRORS = {status: {"model": ErrorResponse} for status in (400, 401, 413, 422, 500, 503)}
# Errors of a route whose success is not application/json (FastAPI would document them as its type).
JSON_ERRORS = {status: {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}}
               for status in ERRORS}
NOT_BUILT = ("<!doctype html><meta charset=utf-8><title>newsgraph</title>"
             "<p>The page's assets are not built: run <code>make web</code> in the repository. "
             "The API works: see <a href=/openapi.json>/openapi.json</a>.</p>")


def _published(value: Optional[str]) -> Optional[str]:
    try:
        return parse_published(value) if value else None
    except UsageError as exc:
        raise InputError(str(exc)) from None


def document_from_upload(data: bytes, name: str, published: Optional[str], url: Optional[str]) -> Document:
    """The one article in an uploaded file; InputError when it holds none, several, or is unreadable."""
    items = list(documents_from_bytes(data, name, published))
    if len(items) != 1:
        raise InputError(f"{name} holds {len(items)} articles: upload one (newsgraph ingest takes many)")
    if items[0].error:
        raise InputError(items[0].error)
    doc = items[0].document
    doc.url = url or doc.url
    return doc


def _timed(doc: Document, started: float) -> JSONResponse:
    """The Document's JSON, with the time spent reading, extracting and storing it (Server-Timing)."""
    ms = (time.perf_counter() - started) * 1000
    return JSONResponse(doc.to_dict(), headers={"Server-Timing": f"extract;dur={ms:.1f}"})


class GeoJSONResponse(JSONResponse):
    media_type = "application/geo+json"


def _default_process(doc: Document) -> Document:
    from newsgraph.pipeline import process
    return process(doc)


def create_app(db_path: Optional[str] = None, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
               cors_origins: Sequence[str] = (), allowed_hosts: Optional[Collection[str]] = None,
               store: Optional[Store] = None,
               process: Callable[[Document], Document] = _default_process,
               token: Optional[str] = None, private: bool = False) -> FastAPI:
    """The app over the DuckDB store at `db_path` (created if missing; in memory when None).

    CORS only for `cors_origins`; requests for other hosts than `allowed_hosts` are refused
    (when given); with `token`, writes (and reads too when `private`) need it as a bearer token;
    `store` and `process` replace the defaults (for tests)."""
    owns_store = store is None
    store = store if store is not None else open_store(db_path or ":memory:")
    search = SearchIndex.for_store(store)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        if owns_store:
            search.close()
            store.close()

    app = FastAPI(title="newsgraph", version=newsgraph.__version__, docs_url=None, redoc_url=None,
                  lifespan=lifespan,
                  description="News articles to structured, geolocated, source-attributed event data.")
    install_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type", "Authorization"])
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    if token:
        app.add_middleware(BearerAuth, token=token, private=private)
    if allowed_hosts:
        app.add_middleware(TrustedHosts, hosts=allowed_hosts)
    relink = _relinker(store)
    _add_extract_routes(app, store, process, search)
    _add_document_routes(app, store)
    _add_event_routes(app, store, relink)
    add_desk_routes(app, store, search, ERRORS, relink)
    _add_gazetteer_route(app)
    _mount_page(app)
    return app


def _add_extract_routes(app: FastAPI, store: Store, process: Callable[[Document], Document],
                        search: SearchIndex) -> None:
    pipeline_lock = threading.Lock()     # the spaCy pipeline is shared: one article at a time

    def process_and_store(doc: Document, save: bool) -> Document:
        with pipeline_lock:
            doc = process(doc)
            if save:
                failed = store.add_documents([doc]).failed
                if failed:     # the records break a database constraint: a bug, logged, not shown
                    raise NewsgraphError(f"document {doc.id} not stored: {failed[0][1]}")
                search.sync(store)
        return doc

    def extract_document(req: schemas.ExtractRequest) -> Document:
        published = _published(req.published)
        if req.format == "html" or (req.format == "auto" and looks_like_html(req.text)):
            doc = document_from_html(req.text, published=published, url=req.url, origin="the HTML")
            doc.title = req.title or doc.title
        else:
            doc = make_document(req.text, published=published, url=req.url, title=req.title)
        return process_and_store(doc, req.save)

    @app.post("/extract", responses={200: {"model": Document}, **ERRORS}, response_model=None,
              summary="Extract every record from one article")
    async def extract(req: schemas.ExtractRequest) -> JSONResponse:
        started = time.perf_counter()
        doc = await run_in_threadpool(extract_document, req)
        return _timed(doc, started)

    @app.post("/extract/file", responses={200: {"model": Document}, **ERRORS}, response_model=None,
              summary="Extract every record from one uploaded file (text, HTML, one-line JSONL, gzip)")
    async def extract_file(file: UploadFile = File(description="The article file"),
                           published: Optional[str] = Form(None, max_length=64),
                           url: Optional[str] = Form(None, max_length=schemas.MAX_URL_CHARS),
                           save: bool = Form(True)) -> JSONResponse:
        data = await file.read()
        name = Path(file.filename or "upload.txt").name or "upload.txt"

        def run() -> Document:
            return process_and_store(document_from_upload(data, name, _published(published), url), save)
        started = time.perf_counter()
        return _timed(await run_in_threadpool(run), started)


def _add_document_routes(app: FastAPI, store: Store) -> None:
    @app.get("/documents", response_model=schemas.DocumentList, responses=ERRORS,
             summary="Documents in the store, by id")
    def list_documents(limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0, le=10**9)):
        return {"documents": store.list_documents(limit=limit, offset=offset), "total": store.count("documents"),
                "limit": limit, "offset": offset}

    @app.get("/documents/{doc_id}", responses={200: {"model": Document}, 404: {"model": ErrorResponse}, **ERRORS},
             response_model=None, summary="One document with every record (newsgraph/1 JSON)")
    def get_document(doc_id: str) -> JSONResponse:
        doc = store.get_document(doc_id)
        if doc is None:
            return error_response(404, f"no document with id {doc_id!r}")
        return JSONResponse(doc.to_dict())

    @app.get("/health", response_model=schemas.Health, summary="Liveness and store size")
    def health():
        return {"status": "ok", "version": newsgraph.__version__, "store": Path(store.path).name,
                "documents": store.count("documents")}


def _relinker(store: Store) -> Callable[[], None]:
    lock = threading.Lock()

    def relink_incidents() -> None:
        """Articles saved through POST /extract join incidents before events are read again."""
        if not store.read_only and store.incidents_stale():
            with lock:
                if store.incidents_stale():
                    store.link_incidents()
    return relink_incidents


def _add_gazetteer_route(app: FastAPI) -> None:
    @app.get("/gazetteer", response_model=schemas.GazetteerInfo,
             summary="The gazetteer's sources and the credits the map must show")
    def gazetteer_info():
        from newsgraph.geo.gazetteer import load_gazetteer
        sources = load_gazetteer().sources()
        added = [s for s in sources if s.get("name") != "bundled"]
        credits = list(dict.fromkeys(s["attribution"] for s in added if s.get("attribution")))
        return {"sources": [{k: s.get(k) for k in ("name", "rows", "attribution", "licence")} for s in sources],
                "attribution": credits}


def _add_event_routes(app: FastAPI, store: Store, relink_incidents: Callable[[], None]) -> None:
    type_q = Query(None, alias="type", description="PLOVER type(s), comma-separated, e.g. ASSAULT,COERCE")
    status_q = Query(None, description="Status(es), comma-separated: " + ", ".join(STATUSES))
    since_q = Query(None, description="Only events whose date ends on or after this day (YYYY-MM-DD)")
    until_q = Query(None, description="Only events whose date starts on or before this day (YYYY-MM-DD)")
    bbox_q = Query(None, description="Only events with a place inside W,S,E,N (degrees)")
    source_q = Query(None, max_length=1000, description="Only events of documents from these sources, comma-separated")
    machine_q = Query(False, description="The machine's records, without the analysts' reviews")
    main_q = Query(None, description="true: only each document's main incidents; false: only the others")

    @app.get("/events", response_model=schemas.EventList, responses=ERRORS, summary="Events matching filters")
    def list_events(type_: Optional[str] = type_q, status: Optional[str] = status_q,
                    since: Optional[str] = since_q, until: Optional[str] = until_q,
                    bbox: Optional[str] = bbox_q, source: Optional[str] = source_q,
                    limit: int = Query(100, ge=1, le=10000), offset: int = Query(0, ge=0, le=10**9),
                    machine: bool = machine_q, main: Optional[bool] = main_q):
        flt = event_filter(type_, status, since, until, bbox, source, main)
        relink_incidents()
        events = list(store.iter_events(flt, limit=limit, offset=offset))
        if not machine:
            events = list(ReviewBook.load(store).apply(events, keep_rejected=True))
        return JSONResponse({"events": events,
                             "total": store.count_events(type_, since, until, bbox, status, source=source, main=main),
                             "limit": limit, "offset": offset})

    @app.get("/events.geojson", response_model=schemas.FeatureCollection, responses=JSON_ERRORS,
             response_class=GeoJSONResponse, summary="Located events as GeoJSON points (one per event place)")
    def events_geojson(type_: Optional[str] = type_q, status: Optional[str] = status_q,
                       since: Optional[str] = since_q, until: Optional[str] = until_q,
                       bbox: Optional[str] = bbox_q, source: Optional[str] = source_q,
                       limit: int = Query(10000, ge=1, le=100000), machine: bool = machine_q,
                       main: Optional[bool] = main_q):
        flt = event_filter(type_, status, since, until, bbox, source, main)
        relink_incidents()
        events = store.iter_events(flt, limit=limit)
        if not machine:
            events = ReviewBook.load(store).apply(events, keep_rejected=True)
        return GeoJSONResponse({"type": "FeatureCollection",
                                "features": [f for e in events for f in event_features(e)]})


def _mount_page(app: FastAPI) -> None:
    index = WEB_DIR / "index.html"

    @app.get("/", include_in_schema=False)
    def page():
        return FileResponse(index) if index.is_file() else HTMLResponse(NOT_BUILT)

    if WEB_DIR.is_dir():
        app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
