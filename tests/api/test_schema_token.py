"""Schemathesis over every operation of a server that has a token: with the right bearer token
(every write goes through) and without it (writes get a documented 401); no 5xx either way, and
every response conforms to the schema. The store holds the desk's corpus (an incident, reviews)."""
from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks

from api import synthetic
from api.desk_corpus import make_store
from newsgraph.api import create_app

TOKEN = "schemathesis-token-0123456789"
CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
          checks.response_schema_conformance, checks.response_headers_conformance]

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(store=make_store(), token=TOKEN,
                                                                     process=synthetic.annotate))


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_with_the_token(case):
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=CHECKS)


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_without_the_token(case):
    response = case.call_and_validate(checks=CHECKS)
    if case.method.upper() == "POST":
        assert response.status_code in (401, 413), response.text
