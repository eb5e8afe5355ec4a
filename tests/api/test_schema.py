"""Schemathesis against the OpenAPI schema, real pipeline behind /extract: no server error, and
every response (errors included) conforms to the schema in status, content type, body and headers."""
from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks

from api import synthetic
from newsgraph.api import create_app
from newsgraph.ingest import make_document
from newsgraph.store import open_store


def _app():
    store = open_store(":memory:")     # holds one article so that /events and /documents return records
    store.add_documents([synthetic.annotate(make_document(synthetic.TEXT, published=synthetic.PUBLISHED))])
    return create_app(store=store)


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())
CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
          checks.response_schema_conformance, checks.response_headers_conformance]


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case):
    case.call_and_validate(checks=CHECKS)
