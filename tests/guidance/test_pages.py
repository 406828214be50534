"""The professional pages and the client's page, through the test client: access, the basket contract, the flow."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from tarjotin.guidance.models import GuidanceEvent, Referral
from tarjotin.trays.models import AuditEvent

BASE = "/fi/ammattilaiset/"


def _issue(client, services, note="Kysy ohjaajalta vertaisryhmästä.", **extra):
    client.post(BASE + "lahete/lisaa/", {"item": [f"service:{s.pk}" for s in services]})
    return client.post(BASE + "lahete/", {"note": note, "language": "fi", "codes": ["OAB63"], "action": "issue",
                                          **extra})


def test_the_urls_keep_their_contract_names():
    with translation.override("fi"):
        assert reverse("web:guidance:basket-add") == "/fi/ammattilaiset/lahete/lisaa/"
        assert reverse("web:guidance:login") == "/fi/ammattilaiset/kirjaudu/"


@pytest.mark.parametrize("path", ["", "haku/", "lahete/", "kirjaus/", "tilastot/", "tilastot/ohjaukset.csv",
                                  "lahetteet/1/", "lahetteet/1/lahete.pdf"])
def test_anonymous_users_go_to_the_login(client, db, path):
    response = client.get(BASE + path)
    assert response.status_code == 302 and response["Location"].startswith(BASE + "kirjaudu/?next=")


def test_basket_add_needs_a_login_and_a_post(client, pro_client, some_services):
    client.logout()
    assert client.post(BASE + "lahete/lisaa/", {"item": "service:1"}).status_code == 302
    assert not Referral.objects.exists()
    assert pro_client.get(BASE + "lahete/lisaa/").status_code == 405


def test_a_user_who_is_not_a_professional_of_this_tray_is_refused(client, tray, some_services):
    from django.contrib.auth.models import User

    from tarjotin.trays.models import Tray

    from .conftest import make_professional

    client.force_login(User.objects.create_user("ulkopuolinen", password="x-Salasana-123"))
    assert client.get(BASE).status_code == 403
    client.force_login(make_professional("keski.suomi", Tray.objects.get(slug="keski-suomi")))
    response = client.get(BASE + "haku/")
    assert response.status_code == 403 and "Keski-Suomen hyvinvointialue" in response.content.decode()


def test_basket_add_takes_repeated_items_and_a_same_site_next(pro_client, some_services):
    items = [f"service:{s.pk}" for s in some_services] + ["event:999999", "nonsense"]
    response = pro_client.post(BASE + "lahete/lisaa/", {"item": items, "next": "/fi/hyvinvointikartoitus/tulos/?a=1"})
    assert response.status_code == 302 and response["Location"] == "/fi/hyvinvointikartoitus/tulos/?a=1"
    assert Referral.objects.get().items.count() == 3
    for bad in ("https://evil.example/", "//evil.example/", "http:/evil", ""):
        response = pro_client.post(BASE + "lahete/lisaa/", {"item": items[:1], "next": bad})
        assert response["Location"] == BASE + "lahete/"


def test_search_shows_professional_extras_and_add_buttons(pro_client, some_services):
    response = pro_client.get(BASE + "haku/", {"q": "", "municipality": "905"})
    html = response.content.decode()
    assert response.status_code == 200
    for text in ("Lisää lähetteeseen", "Järjestäjä", "Asiakkaan kunnassa", "Hinta"):
        assert text in html
    assert 'name="item" value="service:' in html and "csrfmiddlewaretoken" in html
    assert AuditEvent.objects.filter(object_type="catalogue.search", action="view").exists()


def test_a_personal_identity_code_in_the_note_is_caught_on_the_page(pro_client, some_services):
    response = _issue(pro_client, some_services, note="Asiakas 131052-308T tarvitsee seuraa.")
    assert response.status_code == 200
    assert "henkilötunnuksen" in response.content.decode()
    assert not Referral.objects.filter(status="issued").exists() and not GuidanceEvent.objects.exists()


def test_the_whole_flow(pro_client, some_services, settings):
    """Search, three items with a note, print, the link and the PDF, OAB63, and the statistics change."""
    assert pro_client.get(BASE + "haku/", {"q": "liikunta"}).status_code == 200
    before = pro_client.get(BASE + "tilastot/ohjaukset.csv").content.decode()
    response = _issue(pro_client, some_services)
    referral = Referral.objects.get(status="issued")
    assert response.status_code == 302 and response["Location"] == f"{BASE}lahetteet/{referral.pk}/"
    page = pro_client.get(response["Location"]).content.decode()
    assert referral.token in page and "qr.svg" in page
    printed = pro_client.get(f"{BASE}lahetteet/{referral.pk}/tuloste/")
    assert printed.status_code == 200 and "Kysy ohjaajalta vertaisryhmästä." in printed.content.decode()
    pdf = pro_client.get(f"{BASE}lahetteet/{referral.pk}/lahete.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert pro_client.get(f"{BASE}lahetteet/{referral.pk}/qr.svg")["Content-Type"] == "image/svg+xml"
    export = pro_client.get(f"{BASE}lahetteet/{referral.pk}/lahete.json").json()
    assert export["codes"][0]["code"] == "OAB63" and len(export["items"]) == 3
    stats = pro_client.get(BASE + "tilastot/").content.decode()
    assert "OAB63" in stats and GuidanceEvent.objects.filter(code="OAB63").count() == 1
    after = pro_client.get(BASE + "tilastot/ohjaukset.csv").content.decode()
    assert before != after and ["total", "all", "all", "<5"] in list(csv.reader(io.StringIO(after.lstrip("\ufeff"))))


def test_the_client_page_needs_no_login_and_sets_no_cookie(client, pro_client, some_services):
    _issue(pro_client, some_services)
    referral = Referral.objects.get(status="issued")
    client.logout()
    client.cookies.clear()
    response = client.get(f"/sv/ammattilaiset/l/{referral.token}/")
    html = response.content.decode()
    assert response.status_code == 200 and '<html lang="sv">' in html
    assert "Välfärdsremiss" in html and "Kysy ohjaajalta vertaisryhmästä." in html
    assert not response.cookies and response["Cache-Control"] == "private, no-store"
    assert "noindex" in response["X-Robots-Tag"]
    assert client.get(f"/fi/ammattilaiset/l/{referral.token}/lahete.pdf").content.startswith(b"%PDF")


def test_the_client_page_says_plainly_what_changed(client, pro_client, some_services):
    _issue(pro_client, some_services)
    referral = Referral.objects.get(status="issued")
    some_services[0].delete()
    html = client.get(f"/fi/ammattilaiset/l/{referral.token}/").content.decode()
    assert "ei ole enää palvelutarjottimella" in html


def test_expired_and_unknown_links_give_a_clear_page(client, pro_client, some_services):
    _issue(pro_client, some_services)
    referral = Referral.objects.get(status="issued")
    Referral.objects.filter(pk=referral.pk).update(expires_at=referral.issued_at - timedelta(seconds=1))
    expired = client.get(f"/fi/ammattilaiset/l/{referral.token}/")
    assert expired.status_code == 410 and "vanhentunut" in expired.content.decode()
    unknown = client.get("/en/ammattilaiset/l/not-a-token/")
    assert unknown.status_code == 404 and "Referral not found" in unknown.content.decode()
    assert client.get("/fi/ammattilaiset/l/" + "x" * 200 + "/").status_code == 404


def test_another_professionals_referral_is_not_found(client, pro_client, tray, unit, some_services):
    from .conftest import make_professional

    _issue(pro_client, some_services)
    referral = Referral.objects.get(status="issued")
    client.force_login(make_professional("toinen", tray, unit))
    assert client.get(f"{BASE}lahetteet/{referral.pk}/").status_code == 404
    assert client.get(f"{BASE}lahetteet/{referral.pk}/lahete.pdf").status_code == 404


def test_the_print_page_is_in_the_referrals_language(pro_client, some_services):
    _issue(pro_client, some_services, language="en")
    referral = Referral.objects.get(status="issued")
    html = pro_client.get(f"{BASE}lahetteet/{referral.pk}/tuloste/").content.decode()
    assert '<html lang="en">' in html and "Wellbeing referral" in html


def test_e_mail_is_sent_once_and_the_address_kept_nowhere(pro_client, some_services, settings):
    settings.TARJOTIN_GUIDANCE = {**settings.TARJOTIN_GUIDANCE, "EMAIL_ENABLED": True}
    _issue(pro_client, some_services)
    referral = Referral.objects.get(status="issued")
    address = "asiakas.testi@example.fi"
    response = pro_client.post(f"{BASE}lahetteet/{referral.pk}/sahkoposti/", {"address": address})
    assert response.status_code == 302 and len(mail.outbox) == 1 and mail.outbox[0].to == [address]
    assert referral.token in mail.outbox[0].body
    assert not AuditEvent.objects.filter(changes__icontains=address).exists()
    assert not AuditEvent.objects.filter(object_repr__icontains=address).exists()


def test_recording_without_a_referral(pro_client, tray):
    from django.utils import timezone

    today = timezone.localdate()
    response = pro_client.post(BASE + "kirjaus/", {"codes": ["OAB61", "OAB62"], "day": today.isoformat(),
                                                   "themes": ["liikunta"]})
    assert response.status_code == 302
    assert sorted(GuidanceEvent.objects.values_list("code", flat=True)) == ["OAB61", "OAB62"]
    future = pro_client.post(BASE + "kirjaus/", {"codes": ["OAB61"], "day": (today + timedelta(days=2)).isoformat()})
    assert future.status_code == 200 and GuidanceEvent.objects.count() == 2
    assert pro_client.post(BASE + "kirjaus/", {"codes": ["OAB99"], "day": "ei-päivä"}).status_code == 200


def test_statistics_take_bad_dates_without_an_error(pro_client):
    response = pro_client.get(BASE + "tilastot/", {"start": "2025-13-45", "end": "x", "scope": "national"})
    assert response.status_code == 200 and "Kaikki tarjottimet" not in response.content.decode()


def test_the_schema_is_public(client, db):
    response = client.get(BASE + "lahetemuoto.schema.json")
    assert response.status_code == 200 and response.json()["title"].startswith("Wellbeing referral")
