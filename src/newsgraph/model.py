"""The one record model of newsgraph (SPEC.md section 3), shared by every stage.

Every extracted item carries `spans` into `Document.text`. Linguistic annotations
(tokens, sentences, NER mentions) live on the Document too, as plain records
written by `nlp.py`; they are not part of the newsgraph/1 JSON unless asked for.
Serialisation to and from dicts happens here and nowhere else.
"""
from __future__ import annotations

import dataclasses
import json
import operator
import types
import typing
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, Literal, Optional, Union

SCHEMA = "newsgraph/1"

EntityType = Literal["PERSON", "ORG", "NORP", "MILITARY_UNIT", "GPE", "LOC", "FAC", "OTHER"]
Precision = Literal["point", "city", "admin2", "admin1", "country", "region"]
Status = Literal["reported", "claimed", "denied", "planned", "hypothetical"]
Qualifier = Literal["exact", "more_than", "at_least", "about", "up_to", "less_than"]
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass
class Span:
    """Character offsets into Document.text; `text == document.text[start:end]`."""
    start: int
    end: int
    text: str


# --- linguistic layer (written by nlp.py, read by every later stage) ---------------

@dataclass
class Token:
    i: int            # index in document
    start: int        # char offset
    end: int
    text: str
    lemma: str
    pos: str          # universal POS
    tag: str          # fine-grained tag
    dep: str
    head: int         # token index of the syntactic head (self for roots)
    sent: int         # sentence index
    ent_type: str = ""  # spaCy NER label or ""
    ent_iob: str = "O"


@dataclass
class Sentence:
    start: int        # char offsets
    end: int
    token_start: int  # token index range [token_start, token_end)
    token_end: int


@dataclass
class Mention:
    """A named-entity mention found by NER or a rule layer, before canonicalisation."""
    start: int
    end: int
    text: str
    label: str        # spaCy label (PERSON, ORG, GPE, ...) or MILITARY_UNIT etc. from rules
    source: str = "ner"   # ner | rule


# --- extracted records ----------------------------------------------------------

@dataclass
class Entity:
    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    refers_to: Optional[str] = None
    place_id: Optional[str] = None


@dataclass
class Relation:
    type: str                      # near | outskirts | north_of | south_of | ...
    distance_km: Optional[float] = None
    anchor: Optional[str] = None   # place id


@dataclass
class Place:
    id: str
    name: str
    geonameid: Optional[int] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    country: Optional[str] = None
    admin1: Optional[str] = None
    feature_code: Optional[str] = None
    precision: Optional[str] = None
    confidence: float = 0.0
    spans: list[Span] = field(default_factory=list)
    relation: Optional[Relation] = None
    # its first span is the story's dateline ('OUAGADOUGOU -'): where the story was filed, which by that
    # span is no event's place, actor or reporter
    dateline: bool = False


@dataclass
class Focus:
    """A country the document is about, with its share of the document's place evidence (0..1)."""
    country: str          # ISO 3166-1 alpha-2
    weight: float


@dataclass
class TimeExpr:
    id: str
    spans: list[Span]
    value: Optional[str]
    type: str = "DATE"             # DATE | DURATION | SET | TIME
    granularity: Optional[str] = None
    anchor: str = "none"           # published | text | none


@dataclass
class Quote:
    id: str
    text: str
    spans: list[Span]
    kind: str = "direct"           # direct | partial | indirect
    speaker: Optional[str] = None  # entity id
    speaker_spans: list[Span] = field(default_factory=list)
    channel: Optional[str] = None
    language: Optional[str] = None


@dataclass
class Actor:
    role: str                      # source | target | other
    entity: Optional[str]
    text: str


@dataclass
class Count:
    kind: str                      # killed | injured | arrested | displaced | area_km2 | buildings | ...
    value: Union[int, float]
    qualifier: str = "exact"
    of: Optional[str] = None
    spans: list[Span] = field(default_factory=list)


@dataclass
class Reporter:
    entity: Optional[str]
    text: str


@dataclass
class Assertion:
    by: Reporter
    stance: str                    # asserts | denies
    quote: Optional[str] = None


@dataclass
class EventTime:
    value: str
    precision: str                 # day | month | year | season | ...


@dataclass
class SentenceRef:
    start: int
    end: int


@dataclass
class AcledType:
    event_type: str
    sub_event_type: str


@dataclass
class Event:
    id: str
    type: str
    mode: Optional[str] = None
    actors: list[Actor] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    time: Optional[EventTime] = None
    report_date: Optional[str] = None
    counts: list[Count] = field(default_factory=list)
    reported_by: Optional[Reporter] = None
    channel: Optional[str] = None
    status: str = "reported"
    assertions: list[Assertion] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    acled: Optional[AcledType] = None
    cameo_root: Optional[str] = None
    confidence: float = 0.0
    spans: list[Span] = field(default_factory=list)
    sentence: Optional[SentenceRef] = None
    main: bool = False             # one of the document's main incidents (events/assemble.py)


@dataclass
class Warning_:
    stage: str
    message: str
    span: Optional[Span] = None


@dataclass
class Document:
    id: str
    text: str
    url: Optional[str] = None
    title: Optional[str] = None
    source: Optional[str] = None
    published: Optional[str] = None      # ISO date
    language: Optional[str] = None
    flags: list[str] = field(default_factory=list)   # e.g. "machine_translated"
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    # linguistic layer: internal, not in newsgraph/1 JSON unless include_nlp=True
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # the countries the story is about, largest share first (geo stage: dateline, country names,
    # demonyms, capitals, admin names, resolved places)
    focus: list[Focus] = field(default_factory=list)

    # -- helpers every stage may use -------------------------------------------
    def span(self, start: int, end: int) -> Span:
        """A Span over [start, end) of this document's text."""
        return Span(start, end, self.text[start:end])

    def warn(self, stage: str, message: str, span: Optional[Span] = None) -> None:
        self.warnings.append(Warning_(stage, message, span))

    def sentence_at(self, offset: int) -> Optional[Sentence]:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens inside [start, end) (tokens are in text order: a binary search, not a scan)."""
        tokens = self.tokens
        i = bisect_left(tokens, start, key=_token_start)
        found = []
        while i < len(tokens) and tokens[i].start <= end:
            if tokens[i].end <= end:
                found.append(tokens[i])
            i += 1
        return found

    def entity(self, entity_id: Optional[str]) -> Optional[Entity]:
        return next((e for e in self.entities if e.id == entity_id), None)

    def place(self, place_id: Optional[str]) -> Optional[Place]:
        return next((p for p in self.places if p.id == place_id), None)

    # -- serialisation ------------------------------------------------------------
    def to_dict(self, include_nlp: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {"schema": SCHEMA}
        for name in _field_names(Document):     # the NLP layer is left out before it is converted, not after
            if include_nlp or name not in _NLP_FIELDS:
                d[name] = to_dict(getattr(self, name))
        return d

    def to_json(self, include_nlp: bool = False, indent: Optional[int] = 2) -> str:
        return json.dumps(self.to_dict(include_nlp), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        data = {k: v for k, v in data.items() if k != "schema"}
        return from_dict(cls, data)

    @classmethod
    def from_json(cls, text: str) -> "Document":
        return cls.from_dict(json.loads(text))


_NLP_FIELDS = ("tokens", "sentences", "mentions")
_token_start = operator.attrgetter("start")


_PLAIN = None          # _FIELDS value of a type that is not a record
_FIELDS: dict[type, Optional[tuple[str, ...]]] = {}   # record type -> its field names (dataclasses.fields is slow)


def _field_names(cls: type) -> Optional[tuple[str, ...]]:
    if cls not in _FIELDS:
        is_record = dataclasses.is_dataclass(cls) and isinstance(cls, type)
        _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls)) if is_record else _PLAIN
    return _FIELDS[cls]


def to_dict(record: Any) -> Any:
    """Record (or list of records) -> plain JSON-able data."""
    if isinstance(record, list):
        return [to_dict(x) for x in record]
    names = _field_names(type(record))
    if names is _PLAIN:
        return record
    return {name: to_dict(getattr(record, name)) for name in names}


def from_dict(cls: type, data: Any) -> Any:
    """Plain data -> record of type `cls`, recursively, following the type hints."""
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _coerce(hints[f.name], data[f.name])
    return cls(**kwargs)


def _coerce(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _coerce(args[0], value) if len(args) == 1 else value
    if origin is list:
        (item,) = typing.get_args(hint)
        return [_coerce(item, v) for v in value]
    if dataclasses.is_dataclass(hint):
        return from_dict(hint, value)
    return value


def iter_spans(doc: Document):
    """Every Span carried by an extracted record of `doc` (for invariant checks)."""
    for e in doc.entities:
        yield from e.spans
    for p in doc.places:
        yield from p.spans
    for t in doc.times:
        yield from t.spans
    for q in doc.quotes:
        yield from q.spans
        yield from q.speaker_spans
    for v in doc.events:
        yield from v.spans
        for c in v.counts:
            yield from c.spans
