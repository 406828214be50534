"""The pages of different trays: each shows its own area, look, themes and statements."""

from __future__ import annotations

import pytest

from tarjotin.trays.models import Tray


def _results(client, url: str):
    return client.get(url).context["results"]


def test_each_tray_shows_its_own_area(client, demo_catalogue):
    pohjanmaa = _results(client, "/t/pohjanmaa/fi/haku/?q=")
    keski_suomi = _results(client, "/t/keski-suomi/fi/haku/?q=")
    national = _results(client, "/t/suomi/fi/haku/?q=")
    # The demo region is Ostrobothnia: Central Finland's tray shows only the nationwide services.
    assert keski_suomi.total < pohjanmaa.total <= national.total
    assert all(s.area_type.startswith("nationwide") for s in keski_suomi.services)
    choices = dict(keski_suomi.form.fields["municipality"].choices)
    assert any(label.startswith("Jyväskylä") for label in choices.values()) and "905" not in choices


def test_links_and_language_switch_stay_inside_the_trays_prefix(client, demo_catalogue):
    page = client.get("/t/keski-suomi/fi/").content.decode()
    assert 'href="/t/keski-suomi/sv/"' in page and 'href="/t/keski-suomi/fi/haku/"' in page
    assert "Keski-Suomen hyvinvointialue" in page


def test_tray_colours_come_from_a_stylesheet_of_its_own(client, db):
    tray = Tray.objects.get(slug="keski-suomi")
    css = client.get("/t/keski-suomi/tray.css")
    assert css["Content-Type"].startswith("text/css") and tray.primary_color in css.content.decode()
    assert 'href="/t/keski-suomi/tray.css"' in client.get("/t/keski-suomi/fi/").content.decode()


@pytest.mark.parametrize("path, heading", [("/fi/saavutettavuus/", "Saavutettavuusseloste"),
                                           ("/sv/tietosuoja/", "Dataskyddsbeskrivning")])
def test_statement_pages_show_what_the_tray_admin_wrote(client, db, path, heading):
    Tray.objects.filter(slug="pohjanmaa").update(
        accessibility_statement={"fi": "Palvelu täyttää WCAG 2.1 AA -vaatimukset.\n\nPalaute: palaute@kunta.example"},
        privacy_notice={"sv": "Brickan sparar inga personuppgifter om besökarna."})
    from tarjotin.trays.cache import trays_cache_clear

    trays_cache_clear()
    page = client.get(path).content.decode()
    assert f"<h1>{heading}</h1>" in page
    assert "WCAG 2.1 AA" in page or "inga personuppgifter" in page


def test_logo_host_is_allowed_by_the_content_security_policy(client, db):
    Tray.objects.filter(slug="pohjanmaa").update(logo_url="https://cdn.kunta.example/logo.svg")
    from tarjotin.trays.cache import trays_cache_clear

    trays_cache_clear()
    csp = client.get("/fi/")["Content-Security-Policy"]
    assert "img-src 'self' data: https://cdn.kunta.example" in csp


def test_a_tray_can_leave_out_nationwide_services(client, demo_catalogue):
    from tarjotin.trays.cache import trays_cache_clear

    with_them = _results(client, "/fi/haku/?q=")
    Tray.objects.filter(slug="pohjanmaa").update(include_nationwide=False)
    trays_cache_clear()
    without = _results(client, "/fi/haku/?q=")
    assert without.total < with_them.total
    assert not any(s.area_type.startswith("nationwide") for s in without.services)
