"""Request and response shapes of the HTTP API (they make the OpenAPI schema).

Documents, events and places are the record dataclasses of newsgraph.model, so the schema
and the newsgraph/1 JSON cannot drift apart.
"""
from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from newsgraph.model import Event, Place

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


class Counts(BaseModel):
    entities: int
    places: int
    times: int
    quotes: int
    events: int


class DocumentSummary(BaseModel):
    id: str
    title: Optional[str]
    url: Optional[str]
    source: Optional[str]
    published: Optional[str]
    language: Optional[str]
    snippet: str
    counts: Counts


class DocumentList(BaseModel):
    documents: list[DocumentSummary]
    total: int
    limit: int
    offset: int


class DocumentRef(BaseModel):
    id: str
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]


class EventRow(BaseModel):
    document: DocumentRef
    date: Optional[str] = Field(description="The event's date, else its report date, else publication.")
    event: Event
    places: list[Place]


class EventList(BaseModel):
    events: list[EventRow]
    total: int = Field(description="Events matching the filters, before `limit`.")


class Feature(BaseModel):
    type: Literal["Feature"]
    geometry: dict[str, Any]
    properties: dict[str, Any]


class FeatureCollection(BaseModel):
    type: Literal["FeatureCollection"]
    features: list[Feature]


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    store: Literal["duckdb", "memory"]
    documents: int
