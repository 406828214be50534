"""The OpenAPI document: generated from the code, valid, and what the API really answers (schemathesis)."""

from __future__ import annotations

import io

import pytest
import schemathesis
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings

pytestmark = pytest.mark.django_db


def test_schema_validates_without_warnings():
    out = io.StringIO()
    call_command("spectacular", "--validate", "--fail-on-warn", "--format", "openapi-json", stdout=out)
    assert '"/api/v1/search/"' in out.getvalue()


def test_schema_is_served_with_cors(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == "*"
    document = response.json()
    assert document["openapi"].startswith("3.")
    assert all(path.startswith("/api/v1/") for path in document["paths"])
    assert client.get("/api/v1/openapi.yaml").status_code == 200


@pytest.fixture
def connections_kept_open():
    """The WSGI handler closes the database connection after each request, as a server should; inside a
    test that connection holds the test's transaction (PostgreSQL), so keep it open as Django's test client
    does."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_api_answers_as_documented(demo_catalogue, connections_kept_open):
    """No 5xx, and every answer's status, headers and body as the document says, for generated requests to
    every operation (a smaller run than `make api-fuzz`, which sends thousands to a live server)."""
    from django.core.wsgi import get_wsgi_application

    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
    calls = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            calls.append(case.call_and_validate().status_code)

        check()
    assert len(calls) >= 16 * 5 and not any(code >= 500 for code in calls)
