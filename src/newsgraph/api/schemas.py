"""Request and response shapes of the HTTP API (they make the OpenAPI schema).

A document is the record dataclass newsgraph.model.Document (so the schema and the newsgraph/1
JSON cannot drift apart); document summaries and events are the dicts of the store's read API.
"""
from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

MAX_URL_CHARS = 2048


class ExtractRequest(BaseModel):
    """An article to extract: plain text or an HTML page, with optional metadata."""
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article: plain text or a whole HTML page.")
    format: Literal["auto", "text", "html"] = Field(
        "auto", description="How to read `text`; auto treats it as HTML when it looks like a page.")
    published: Optional[str] = Field(
        None, max_length=64, description="Publication date (YYYY-MM-DD) relative dates are resolved against.")
    url: Optional[str] = Field(None, max_length=MAX_URL_CHARS)
    title: Optional[str] = Field(None, max_length=1000)
    save: bool = Field(True, description="Also store the document so GET /documents lists it.")


class DocumentSummary(BaseModel):
    id: str
    url: Optional[str]
    title: Optional[str]
    source: Optional[str]
    published: Optional[str]
    language: Optional[str]
    n_chars: int
    n_events: int


class DocumentList(BaseModel):
    documents: list[DocumentSummary]
    total: int
    limit: int
    offset: int


class EventDocument(BaseModel):
    id: str
    url: Optional[str]
    title: Optional[str]
    source: Optional[str]
    published: Optional[str]


class StoredEvent(BaseModel):
    """An event as the store reads it back: places and actors resolved, with its article."""
    doc_id: str
    id: str
    type: str
    mode: Optional[str]
    status: str
    time: Optional[dict[str, Any]]
    date_start: Optional[str] = Field(description="First day of the event's date (its time, else report date, "
                                                  "else publication; see date_source)")
    date_end: Optional[str]
    date_source: Optional[str]
    report_date: Optional[str]
    reported_by: Optional[dict[str, Any]]
    channel: Optional[str]
    acled: Optional[dict[str, Any]]
    cameo_root: Optional[str]
    confidence: Optional[float]
    trigger: Optional[dict[str, Any]]
    sentence: Optional[dict[str, Any]]
    evidence: Optional[str]
    quotes: list[str]
    assertions: list[Any]
    main: bool = Field(False, description="One of the document's main incidents")
    places: list[dict[str, Any]]
    actors: list[dict[str, Any]]
    counts: list[dict[str, Any]]
    document: EventDocument
    incident_id: Optional[str]


class EventList(BaseModel):
    events: list[StoredEvent]
    total: int = Field(description="Events matching the filters, before limit and offset.")
    limit: int
    offset: int


class Feature(BaseModel):
    type: Literal["Feature"]
    geometry: dict[str, Any]
    properties: dict[str, Any]


class FeatureCollection(BaseModel):
    type: Literal["FeatureCollection"]
    features: list[Feature]


class GazetteerSource(BaseModel):
    name: str
    rows: Optional[int] = None
    attribution: Optional[str] = None
    licence: Optional[str] = None


class GazetteerInfo(BaseModel):
    sources: list[GazetteerSource]
    attribution: list[str] = Field(description="Credits to show on the map: those of the added extracts "
                                               "(`newsgraph gazetteer add`), e.g. 'GeoNames, geonames.org'")


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    store: str = Field(description="The name of the DuckDB file served (not its path), or ':memory:'")
    documents: int


# --- the desk: reviews, search, incidents -------------------------------------------------

class ReviewChanges(BaseModel):
    """What a correction changes; omitted fields keep their (machine or earlier reviewed) value."""
    model_config = ConfigDict(extra="forbid")

    type: Optional[str] = Field(None, max_length=40, description="PLOVER type, e.g. PROTEST")
    place: Optional[dict[str, Any]] = Field(
        None, description="{place_id} of the document, or {name, lat, lon, geonameid?, country?, admin1?} "
                          "(a gazetteer candidate or a point clicked on the map)")
    date_start: Optional[str] = Field(None, max_length=10, description="YYYY-MM-DD")
    date_end: Optional[str] = Field(None, max_length=10, description="YYYY-MM-DD (default: date_start)")
    counts: Optional[list[dict[str, Any]]] = Field(None, description="[{kind, value, qualifier?, of?}]")
    actors: Optional[list[dict[str, Any]]] = Field(None, description="[{role: source|target, name}]")


class ReviewRequest(BaseModel):
    """One analyst's decision on one stored event."""
    model_config = ConfigDict(extra="forbid")

    doc_id: str = Field(min_length=1, max_length=200)
    event_id: str = Field(min_length=1, max_length=40)
    action: Literal["confirm", "reject", "correct"]
    changes: Optional[ReviewChanges] = None
    note: Optional[str] = Field(None, max_length=4000)
    reviewer: Optional[str] = Field(None, max_length=200, description="Who decides (free text)")


class Review(BaseModel):
    """A row of the audit trail: who, when, what, and the event's reviewed fields before and after."""
    id: int
    doc_id: str
    event_id: Optional[str]
    event_type: str
    trigger_start: Optional[int]
    trigger_end: Optional[int]
    action: str
    changes: Optional[dict[str, Any]]
    before: Optional[dict[str, Any]]
    after: Optional[dict[str, Any]]
    note: Optional[str]
    reviewer: Optional[str]
    created_at: str
    matched: bool = Field(description="The reviewed event is still in the store (false: it disappeared "
                                      "when the document was re-extracted)")
    current_event_id: Optional[str]


class ReviewList(BaseModel):
    reviews: list[Review]
    total: int
    unmatched: int = Field(description="Reviews whose event is no longer in the store")


class ReviewResult(BaseModel):
    review: Review
    event: StoredEvent


class TextPart(BaseModel):
    text: str
    match: bool


class SearchHit(BaseModel):
    id: str
    url: Optional[str]
    title: Optional[str]
    source: Optional[str]
    published: Optional[str]
    n_events: Optional[int]
    score: float
    title_parts: list[TextPart]
    snippet: list[TextPart] = Field(description="Text around the matches; `match` parts are the matched words")


class SearchResults(BaseModel):
    query: str
    results: list[SearchHit]
    total: int
    limit: int
    offset: int


class Incident(BaseModel):
    """Events of several reports linked together; fields added by later linking rules pass through."""
    model_config = ConfigDict(extra="allow")

    incident_id: str
    type: Optional[str]
    date_start: Optional[str]
    date_end: Optional[str]
    n_sources: int = Field(description="Distinct documents reporting it (corroboration)")
    n_events: int
    lat: Optional[float]
    lon: Optional[float]
    places: Optional[list[Any]]
    counts: Optional[list[dict[str, Any]]] = Field(description="Each figure's lowest and highest reported value")
    conflicting_counts: bool
    sources: list[dict[str, Any]]


class IncidentList(BaseModel):
    incidents: list[Incident]
    total: int
    limit: int
    offset: int


class PlaceCandidate(BaseModel):
    geonameid: int
    name: str
    lat: Optional[float]
    lon: Optional[float]
    country: Optional[str]
    admin1: Optional[str]
    feature_code: Optional[str]
    population: Optional[int]


class CandidateList(BaseModel):
    name: str
    candidates: list[PlaceCandidate]
