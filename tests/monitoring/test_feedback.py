"""The feedback survey on every page: stored per tray and date, no cookie, only from the tray's own pages."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone

from tarjotin.monitoring.models import FeedbackAnswer
from tarjotin.monitoring.services import campaign_create

from .conftest import ORIGIN

ANSWER = {"respondent": "resident", "usefulness": "very", "next": "/fi/haku/?q=uimahalli"}


@pytest.mark.parametrize("lang, legend, usefulness", [
    ("fi", "Onko vastaaja", "Kuinka hyödyllistä palvelutarjottimelta löytyvä tieto oli mielestäsi?"),
    ("sv", "Respondenten är", "Hur nyttig tyckte du att informationen på servicebrickan var?"),
    ("en", "The respondent is", "How useful did you find the information on the service tray?"),
])
def test_every_page_has_the_survey_folded_away_in_the_pages_language(client, trays, lang, legend, usefulness):
    for path in (f"/{lang}/", f"/{lang}/saavutettavuus/"):
        page = client.get(path).content.decode()
        assert f"<legend>{legend}</legend>" in page and f"<legend>{usefulness}</legend>" in page
        assert re.search(r'<details class="filters">\s*<summary id="feedback-title">', page)
        assert page.count('type="radio" name="respondent"') == 5 and page.count('type="radio" name="usefulness"') == 5
        assert "csrfmiddlewaretoken" not in page


def test_the_finnish_answers_are_word_for_word(client, trays):
    page = client.get("/fi/").content.decode()
    for text in ("Asukas", "Hyvinvointialueen työntekijä", "Järjestön tai yhdistyksen edustaja", "Kunnan työntekijä",
                 "Muu", "Erittäin hyödyllistä", "Hyödyllistä", "En osaa sanoa", "Ei kovin hyödyllistä",
                 "Ei lainkaan hyödyllistä"):
        assert f">{text}</label>" in page


def test_an_answer_is_stored_for_the_tray_and_date_and_sets_no_cookie(client, trays):
    response = client.post("/t/keski-suomi/fi/raportit/palaute/", ANSWER, HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 303 and not response.cookies and not client.cookies
    answer = FeedbackAnswer.objects.get()
    assert (answer.tray.slug, answer.day, answer.respondent, answer.usefulness, answer.during_campaign) == (
        "keski-suomi", timezone.localdate(), "resident", "very", False)
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200 and not thanks.cookies
    assert 'href="/fi/haku/?q=uimahalli"' in thanks.content.decode()


def test_a_referer_from_the_same_site_is_enough_without_origin(client, trays):
    response = client.post("/fi/raportit/palaute/", ANSWER, HTTP_REFERER=f"{ORIGIN}/fi/")
    assert response.status_code == 303 and FeedbackAnswer.objects.count() == 1


@pytest.mark.parametrize("headers", [{}, {"HTTP_ORIGIN": "https://evil.example"}, {"HTTP_ORIGIN": "null"},
                                     {"HTTP_REFERER": "https://evil.example/form"},
                                     {"HTTP_ORIGIN": "https://testserver"}])
def test_answers_posted_from_elsewhere_are_refused(client, trays, headers):
    response = client.post("/fi/raportit/palaute/", ANSWER, **headers)
    assert response.status_code == 403 and not FeedbackAnswer.objects.exists()


@pytest.mark.parametrize("lang, message", [("fi", "Valitse, kenenä vastaat."), ("sv", "Välj i vilken roll du svarar."),
                                           ("en", "Choose who you are answering as.")])
def test_a_missing_or_made_up_answer_is_explained_not_stored(client, trays, lang, message):
    for data in ({"usefulness": "very"}, {"respondent": "hacker", "usefulness": "very"}):
        response = client.post(f"/{lang}/raportit/palaute/", data, HTTP_ORIGIN=ORIGIN)
        assert response.status_code == 400
        page = response.content.decode()
        assert (message in page) == ("respondent" not in data) and "<details class=\"filters\" open>" in page
    assert not FeedbackAnswer.objects.exists()


def test_the_way_back_never_leaves_the_site(client, trays):
    for next_url in ("https://evil.example/", "//evil.example/", "javascript:alert(1)"):
        response = client.post("/fi/raportit/palaute/", {**ANSWER, "next": next_url}, HTTP_ORIGIN=ORIGIN)
        thanks = client.get(response["Location"]).content.decode()
        assert "evil.example" not in thanks and "javascript:" not in thanks and 'href="/fi/"' in thanks


def test_during_a_campaign_the_survey_is_open_and_answers_are_marked(client, trays, national_admin):
    today = timezone.localdate()
    campaign_create(user=national_admin, tray=trays["pohjanmaa"], starts_on=today, ends_on=today + dt.timedelta(days=7))
    assert '<details class="filters" open>' in client.get("/fi/").content.decode()
    assert '<details class="filters">' in client.get("/t/lappi/fi/").content.decode()
    client.post("/fi/raportit/palaute/", ANSWER, HTTP_ORIGIN=ORIGIN)
    assert FeedbackAnswer.objects.get().during_campaign


def test_a_past_campaign_does_not_open_the_survey(client, trays, national_admin):
    today = timezone.localdate()
    campaign_create(user=national_admin, tray=trays["pohjanmaa"], starts_on=today - dt.timedelta(days=9),
                    ends_on=today - dt.timedelta(days=2))
    assert '<details class="filters">' in client.get("/fi/").content.decode()
