"""The API's documentation page and the widget pages: languages, headers that let any site frame a widget."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_documentation_page_in_each_language(client, lang):
    response = client.get(f"/api/{lang}/")
    assert response.status_code == 200 and response["Content-Language"] == lang
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    for other in ("fi", "sv", "en"):
        assert f'href="/api/{other}/"' in html  # the language menu leads to the same page in each language
    assert "/api/v1/openapi.json" in html and "/api/hsds/" in html and "data-tarjotin-widget" in html
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_api_root_redirects_to_the_browser_language(client):
    response = client.get("/api/", HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 302 and response["Location"] == "/api/sv/"


def test_widget_may_be_framed_by_any_site(client, demo_catalogue):
    for url in ("/fi/upotus/", "/sv/upotus/haku/?theme=liikunta", "/en/upotus/haku/?q=uinti"):
        response = client.get(url)
        assert response.status_code == 200
        assert "X-Frame-Options" not in response
        csp = response["Content-Security-Policy"]
        assert "frame-ancestors *" in csp and "script-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert client.get("/fi/")["X-Frame-Options"] == "DENY"  # the rest of the site still may not be framed


def test_widget_lists_the_trays_themes_and_results(client, demo_catalogue):
    themes = client.get("/t/keski-suomi/fi/upotus/").content.decode()
    assert 'href="/t/keski-suomi/fi/upotus/haku/?theme=liikunta"' in themes
    assert "widget-frame.js" in themes and "<script>" not in themes
    results = client.get("/fi/upotus/haku/?theme=liikunta").content.decode()
    assert 'target="_blank" rel="noopener"' in results and 'href="/fi/palvelut/' in results


def test_widget_survives_bad_input(client, demo_catalogue):
    for query in ("page=-1", "page=abc", "theme=%00", "q=" + "å" * 5000, "municipality=x&free=maybe"):
        assert client.get(f"/fi/upotus/haku/?{query}").status_code == 200
