"""request.tray by host name, by /t/<prefix>/ (with reverse() inside the prefix), else the default."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import get_script_prefix, reverse

from tarjotin.trays.middleware import TrayMiddleware
from tarjotin.trays.models import Tray

pytestmark = pytest.mark.django_db


def _seen(path: str, **headers) -> tuple[object, dict]:
    """Runs the middleware around a view that records what it saw."""
    seen: dict = {}

    def view(request):
        seen.update(tray=request.tray, via=request.tray_via, path_info=request.path_info, path=request.path,
                    home=reverse("web:home"), search=reverse("web:search"), prefix=get_script_prefix())
        return HttpResponse("ok")

    response = TrayMiddleware(view)(RequestFactory().get(path, **headers))
    return response, seen


@pytest.fixture
def hosted(trays, with_middleware):
    with_middleware.TARJOTIN = {**with_middleware.TARJOTIN, "DEFAULT_TRAY": "pohjanmaa"}
    Tray.objects.filter(slug="keski-suomi").update(hostnames=["hyvinvointi.example.fi"])
    return trays


def test_by_host_port_ignored(hosted):
    _response, seen = _seen("/fi/", HTTP_HOST="hyvinvointi.example.fi:8443")
    assert seen["tray"].slug == "keski-suomi" and seen["via"] == "host"
    assert seen["path_info"] == "/fi/" and seen["home"] == "/fi/"


def test_by_prefix_strips_it_and_reverse_puts_it_back(hosted):
    _response, seen = _seen("/t/helsinki/fi/haku/?q=uinti")
    assert seen["tray"].slug == "helsinki" and seen["via"] == "prefix"
    assert seen["path_info"] == "/fi/haku/"
    assert seen["path"] == "/t/helsinki/fi/haku/"
    assert seen["home"] == "/t/helsinki/fi/" and seen["search"] == "/t/helsinki/fi/haku/"
    assert get_script_prefix() == "/"  # restored once the request is done


def test_host_wins_over_prefix(hosted):
    _response, seen = _seen("/t/helsinki/fi/", HTTP_HOST="hyvinvointi.example.fi")
    assert seen["tray"].slug == "keski-suomi" and seen["path_info"] == "/t/helsinki/fi/"


def test_else_the_default_tray(hosted):
    _response, seen = _seen("/fi/")
    assert seen["tray"].slug == "pohjanmaa" and seen["via"] == "default" and seen["home"] == "/fi/"


def test_unknown_prefix_is_the_default_tray_and_not_stripped(hosted):
    _response, seen = _seen("/t/atlantis/fi/")
    assert seen["tray"].slug == "pohjanmaa" and seen["path_info"] == "/t/atlantis/fi/"


def test_inactive_tray_is_not_served(hosted):
    Tray.objects.filter(slug="helsinki").update(active=False)
    _response, seen = _seen("/t/helsinki/fi/")
    assert seen["tray"].slug == "pohjanmaa"


def test_without_the_setting_the_first_active_regional_tray(trays, settings):
    settings.TARJOTIN = {k: v for k, v in settings.TARJOTIN.items() if k not in ("DEFAULT_TRAY", "TRAY_COUNTY")}
    _response, seen = _seen("/fi/")
    assert seen["tray"].slug == "ita-uusimaa"  # county 01


def test_the_older_tray_county_setting_still_chooses(trays, settings):
    settings.TARJOTIN = {**{k: v for k, v in settings.TARJOTIN.items() if k != "DEFAULT_TRAY"}, "TRAY_COUNTY": "15"}
    _response, seen = _seen("/fi/")
    assert seen["tray"].slug == "keski-suomi"


def test_no_trays_at_all_gives_none(db):
    Tray.objects.all().delete()
    _response, seen = _seen("/fi/")
    assert seen["tray"] is None


def test_prefix_without_slash_redirects_inside_it(hosted):
    response, _seen_nothing = _seen("/t/helsinki?x=1")
    assert response.status_code == 301 and response["Location"] == "/t/helsinki/?x=1"


def test_no_query_once_warm(hosted):
    _seen("/t/helsinki/fi/")
    with CaptureQueriesContext(connection) as queries:
        _response, seen = _seen("/t/helsinki/fi/")
        assert seen["tray"].municipality_codes == ("091",)
        assert seen["tray"].county.name["fi"] == "Helsingin kaupunki"
    assert len(queries) == 0


def test_a_save_is_seen_at_once(hosted):
    _seen("/t/helsinki/fi/")
    tray = Tray.objects.get(slug="helsinki")
    tray.path_prefix = "stadi"
    tray.save()
    assert _seen("/t/stadi/fi/")[1]["tray"].slug == "helsinki"
    assert _seen("/t/helsinki/fi/")[1]["tray"].slug == "pohjanmaa"


def test_pages_under_a_prefix_link_inside_it(hosted, client):
    response = client.get("/t/keski-suomi/fi/")
    assert response.status_code == 200
    assert response.wsgi_request.tray.slug == "keski-suomi"
    links = re.findall(r'(?:href|action)="(/[^"]*)"', response.content.decode())
    own = [link for link in links if not link.startswith("/static/")]
    assert own and all(link.startswith("/t/keski-suomi/") for link in own), own


def test_language_redirect_keeps_the_prefix(hosted, client):
    response = client.get("/t/keski-suomi/haku/", HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 302 and response["Location"] == "/t/keski-suomi/sv/haku/"


def test_unknown_prefix_page_is_not_found(hosted, client):
    assert client.get("/t/atlantis/fi/").status_code == 404
