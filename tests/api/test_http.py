"""HTTP behaviour of every API answer: conditional GET, CORS for reads, throttling, no cookies."""

from __future__ import annotations

import pytest
from django.utils import timezone
from django.utils.http import http_date

from tarjotin.sources.models import ImportRun

pytestmark = pytest.mark.django_db
URL = "/api/v1/themes/"


def test_etag_and_last_modified_give_304(api):
    first = api.get(URL)
    assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]
    again = api.get(URL, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == first["ETag"] and again["Access-Control-Allow-Origin"] == "*"
    assert api.get(URL, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert api.get(URL, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200
    # Another language is another body, so another ETag.
    assert api.get(URL + "?lang=sv")["ETag"] != first["ETag"]


def test_an_import_moves_last_modified_on(api):
    before = api.get(URL)
    later = timezone.now() + timezone.timedelta(hours=1)
    ImportRun.objects.create(source="ptv", mode="files", started_at=later, finished_at=later,
                             status=ImportRun.Status.SUCCEEDED)
    after = api.get(URL, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"])
    assert after.status_code == 200
    assert after["Last-Modified"] == http_date(later.replace(microsecond=0).timestamp())


def test_cors_for_reads_without_credentials(api):
    response = api.get(URL, HTTP_ORIGIN="https://www.vaasa.fi")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = api.options(URL, HTTP_ORIGIN="https://www.vaasa.fi", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]
    assert api.get("/api/v1/services/0/")["Access-Control-Allow-Origin"] == "*"


def test_head_is_a_get_without_body(api):
    response = api.head(URL)
    assert response.status_code == 200 and response.content == b"" and response["ETag"]


def test_no_cookie_is_ever_set(api):
    for url in (URL, "/api/v1/search/?q=uinti", "/api/hsds/services", "/api/fi/"):
        assert not api.get(url).cookies


def test_throttle_answers_429_with_retry_after(api, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"client": "3/minute"}}
    statuses = [api.get(URL, REMOTE_ADDR="192.0.2.10").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = api.get(URL, REMOTE_ADDR="192.0.2.10", HTTP_ACCEPT_LANGUAGE="fi")
    assert refused.status_code == 429 and 0 < int(refused["Retry-After"]) <= 60
    assert refused.json()["detail"]
    # Another client has its own count.
    assert api.get(URL, REMOTE_ADDR="192.0.2.11").status_code == 200


def test_throttle_keeps_no_address(api, settings):
    from django.core.cache import cache

    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"client": "3/minute"}}
    api.get(URL, REMOTE_ADDR="198.51.100.77")
    keys = list(cache._cache.keys())  # LocMemCache: the keys are all it holds besides the timestamps
    assert keys and not any("198.51.100.77" in k for k in keys)


def test_forwarded_for_is_ignored_outside_production(api, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"client": "2/minute"}}
    codes = [api.get(URL, REMOTE_ADDR="192.0.2.20", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code
             for n in range(3)]
    assert codes[-1] == 429
