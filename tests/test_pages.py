"""Every resident page type in fi, sv and en, with strange input, security headers and no cookies."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tarjotin.catalogue.models import Organization, Service

from .conftest import ROOT

LANGS = ("fi", "sv", "en")


@pytest.fixture
def tray(demo_catalogue):
    service = Service.objects.filter(connections__channel__kind="location").order_by("pk").first()
    return {"service": service, "organization": Organization.objects.filter(services__isnull=False).first()}


def _paths(tray) -> dict[str, str]:
    return {
        "front": "/", "search": "/haku/?q=liikunta", "theme": "/teemat/liikunta/",
        "service": f"/palvelut/{tray['service'].pk}/", "organization": f"/organisaatiot/{tray['organization'].pk}/",
    }


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_type_answers_in_its_language(client, tray, lang):
    for kind, path in _paths(tray).items():
        response = client.get(f"/{lang}{path}")
        assert response.status_code == 200, kind
        assert f'<html lang="{lang}">' in response.content.decode(), kind
        assert not response.cookies, f"{kind} set a cookie"


@pytest.mark.parametrize("lang", LANGS)
def test_unknown_page_is_a_404_in_the_right_language(client, db, lang):
    response = client.get(f"/{lang}/palvelut/999999/")
    assert response.status_code == 404
    assert f'<html lang="{lang}">' in response.content.decode()


def test_front_page_redirects_by_browser_language(client, db):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="sv-FI,sv;q=0.9").url == "/sv/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de").url == "/fi/"


def test_server_error_page_renders_without_the_database(rf):
    from tarjotin.web.views import server_error

    response = server_error(rf.get("/fi/"))
    assert response.status_code == 500 and b"<h1>" in response.content


def test_search_finds_inflected_and_compound_forms(client, demo_catalogue):
    page = client.get("/fi/haku/?q=liikunta").content.decode()
    assert "vesiliikunta" in page.lower()


def test_content_without_a_translation_falls_back_and_is_marked(client, demo_catalogue):
    finnish_only = next(s for s in Service.objects.order_by("pk") if set(s.name) == {"fi"})
    page = client.get(f"/sv/palvelut/{finnish_only.pk}/").content.decode()
    assert f'<h1><span lang="fi">{finnish_only.name["fi"]}</span></h1>' in page


@pytest.mark.parametrize("query", [
    "<script>alert(1)</script>", '"; DROP TABLE catalogue_service; --', "a" * 5000, "\x00\x01\u202e",
    "liikunta AND OR NOT (", "*", "🙂🙂", "q=1&theme=../../etc", "",
])
def test_strange_queries_return_a_page(client, demo_catalogue, query):
    response = client.get("/fi/haku/", {"q": query, "page": "x", "municipality": "999", "channel": "bogus"})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


@pytest.mark.parametrize("page", ["0", "-1", "99999", "1e9"])
def test_any_page_number_returns_a_page(client, demo_catalogue, page):
    assert client.get("/fi/haku/", {"q": "liikunta", "page": page}).status_code == 200


def _results(client, query: str):
    return client.get(f"/fi/haku/?{query}").context["results"]


def test_filters_narrow_the_results_and_show_counts(client, demo_catalogue):
    everything = _results(client, "q=")
    free = _results(client, "q=&free=on")
    in_vaasa = _results(client, "q=&municipality=905")
    assert 0 < free.total < everything.total and 0 < in_vaasa.total < everything.total
    assert everything.form.free_count == free.total
    vaasa_label = dict(everything.form.fields["municipality"].choices)["905"]
    assert vaasa_label == f"Vaasa ({in_vaasa.total})"


def test_open_now_keeps_only_services_open_at_this_moment(client, demo_catalogue):
    everything, open_now = _results(client, "q="), _results(client, "q=&open_now=on")
    assert open_now.total < everything.total


def test_misspelt_word_is_corrected(client, demo_catalogue):
    found = _results(client, "q=uimahali")
    assert found.corrected == "uimahalli" and found.total > 0
    assert "uimahalli" in found.services[0].name["fi"].lower()


def test_sorting_by_distance_from_a_postal_code(client, demo_catalogue):
    found = _results(client, "q=liikunta&postal_code=65100&sort=distance")
    shown = [found.distances[s.pk] for s in found.services if s.pk in found.distances]
    assert shown and shown == sorted(shown)
    page = client.get("/fi/haku/?q=liikunta&postal_code=65100&sort=distance").content.decode()
    assert "km päässä" in page


def _club(key: str, name: str, *, kind: str, area_type: str, municipality: str | None):
    from django.utils import timezone

    from tarjotin.catalogue.models import Connection, ServiceChannel

    base = {"source": "test", "origin_id": key, "last_seen": timezone.now(), "content_hash": key, "name": {"fi": name}}
    service = Service.objects.create(**base, area_type=area_type)
    channel = ServiceChannel.objects.create(**{**base, "origin_id": key + "-c"}, kind=kind)
    if municipality:
        service.municipalities.add(municipality)
    Connection.objects.create(service=service, channel=channel)


def test_nothing_found_offers_wider_area_and_themes(client, demo_catalogue):
    from tarjotin.search.services import index_rebuild

    _club("z1", "Zorblax-kerho", kind="location", area_type="limited", municipality="905")
    _club("z2", "Zorblax-neuvonta", kind="phone", area_type="nationwide", municipality=None)
    index_rebuild()
    narrow = _results(client, "q=zorblax&municipality=231&channel=location")
    assert narrow.total == 0
    assert [(kind, count) for kind, _query, count in narrow.wider] == [("county", 1), ("remote", 1)]
    page = client.get("/fi/haku/?q=zorblax&municipality=231&channel=location").content.decode()
    assert "/fi/teemat/liikunta/" in page and "Hae koko alueelta (1)" in page


def test_type_ahead_suggestions(client, demo_catalogue):
    found = client.get("/fi/haku/ehdotukset/?q=liik").json()["suggestions"]
    assert "Liikuntaneuvonta" in found and len(found) <= 8
    assert client.get("/fi/haku/ehdotukset/?q=").json() == {"suggestions": []}


def test_security_headers(client, db):
    response = client.get("/fi/")
    csp = response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_healthz(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_production_settings_pass_the_deploy_check():
    env = {**os.environ, "TARJOTIN_ENV": "production", "SECRET_KEY": "k" * 20 + "9f3a7c1e5b2d8f4a6c0e" * 3,
           "ALLOWED_HOSTS": "tarjotin.example", "DEBUG": "false"}
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = {**os.environ, "TARJOTIN_ENV": "production", "SECRET_KEY": ""}
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True,
                            text=True)
    assert result.returncode != 0 and "SECRET_KEY" in result.stderr


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_demo_service_page_renders(client, demo_catalogue, lang):
    """Whatever languages a service lists (Somali and Sámi are ones Django does not name)."""
    from tarjotin.catalogue.models import Service

    failed = [pk for pk in Service.objects.values_list("pk", flat=True)
              if client.get(f"/{lang}/palvelut/{pk}/").status_code != 200]
    assert failed == []
    somali = next(s for s in Service.objects.all() if "so" in s.languages)
    page = client.get(f"/{lang}/palvelut/{somali.pk}/").content.decode()
    assert {"fi": "somali", "sv": "somaliska", "en": "Somali"}[lang] in page
