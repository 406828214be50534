"""The self-assessment as a resident takes it without JavaScript: fi, sv and en, step by step, to results."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.utils import timezone

from tarjotin.survey.selectors import assessment_counts

from .conftest import HIGH, LOW, state_of

LANGS = ("fi", "sv", "en")
BASE = "/{lang}/hyvinvointikartoitus/"
REASON = {
    "fi": "Kerroit tapaavasi läheisiä ihmisiä harvoin tai et koskaan.",
    "sv": "Du berättade att du sällan eller aldrig träffar människor som står dig nära.",
    "en": "You said you rarely or never meet the people close to you.",
}
STEP_TEXT = {"fi": "Vaihe 2/6", "sv": "Steg 2 av 6", "en": "Step 2 of 6"}


def _today_counts() -> dict[str, int]:
    today = timezone.localdate()
    return assessment_counts(start=today, end=today)


@pytest.mark.parametrize("lang", LANGS)
def test_a_resident_completes_it_and_gets_suggestions_with_reasons(walk, demo_catalogue, lang):
    response = walk(lang, {**HIGH, "friends": "1", "move": "1", "age": "3", "area": "905"})
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in html
    assert REASON[lang] in html
    # Suggested services of the community and physical activity themes, linked to their pages.
    strengthen = html[html.index('id="strengthen-heading"'):html.index('id="strong-heading"')]
    assert len(re.findall(rf'href="/{lang}/palvelut/\d+/"', strengthen)) >= 4
    assert 'id="area-yhteisollisyys"' in strengthen and 'id="area-liikunta"' in strengthen
    assert 'id="strong-heading"' in html and 'id="area-luonto"' in html
    assert not response.cookies and response["Cache-Control"] == "no-store"


@pytest.mark.parametrize("lang", LANGS)
def test_each_step_shows_progress_as_text_and_progress_bar(client, db, lang):
    response = client.get(BASE.format(lang=lang) + "vaihe/2/?v=1&friends=2&lonely=2&belong=2")
    html = response.content.decode()
    assert STEP_TEXT[lang] in html
    assert '<progress max="6" value="2" aria-labelledby="progress-label">' in html
    assert 'name="go" value="next"' in html and 'name="go" value="back"' in html
    assert f'href="/{lang}/"' in html  # leaving is always possible
    assert 'value="v=1&amp;friends=2&amp;lonely=2&amp;belong=2"' in html  # the answers so far, in the form


def test_start_page_leads_to_the_first_step(client, db):
    html = client.get("/fi/hyvinvointikartoitus/").content.decode()
    assert 'href="/fi/hyvinvointikartoitus/vaihe/1/"' in html
    assert 'aria-current="page">Hyvinvointikartoitus</a>' in html


def test_back_keeps_what_was_answered_on_the_step(client, db):
    html = client.get("/en/hyvinvointikartoitus/vaihe/2/?v=1&friends=3").content.decode()
    back = client.post("/en/hyvinvointikartoitus/vaihe/2/", {"state": state_of(html), "go": "back", "move": "4"})
    assert back.status_code == 303
    assert back["Location"] == "/en/hyvinvointikartoitus/vaihe/1/?v=1&friends=3&move=4&nature=0&culture=0"
    step1 = client.get(back["Location"]).content.decode()
    assert 'id="friends-3" value="3" checked' in step1
    first = client.post("/en/hyvinvointikartoitus/vaihe/1/", {"state": state_of(step1), "go": "back"})
    assert first["Location"].startswith("/en/hyvinvointikartoitus/?v=1")


def test_counts_started_once_and_completed_once_per_assessment(walk, client, demo_catalogue):
    before = _today_counts()
    results = walk("fi", LOW, follow_results=False)
    assert _today_counts() == {"started": before["started"] + 1, "completed": before["completed"] + 1}
    # Re-opening the kept link, or changing answers and sending the steps again, counts nothing more.
    assert client.get(results["Location"]).status_code == 200
    html = client.get(results["Location"].replace("/tulos/", "/vaihe/1/")).content.decode()
    client.post("/fi/hyvinvointikartoitus/vaihe/1/", {"state": state_of(html), "go": "next", "friends": "4"})
    last = client.get(results["Location"].replace("/tulos/", "/vaihe/6/")).content.decode()
    client.post("/fi/hyvinvointikartoitus/vaihe/6/", {"state": state_of(last), "go": "next"})
    assert _today_counts() == {"started": before["started"] + 1, "completed": before["completed"] + 1}


def test_a_started_but_abandoned_assessment_counts_as_started_only(client, db):
    html = client.get("/sv/hyvinvointikartoitus/vaihe/1/").content.decode()
    client.post("/sv/hyvinvointikartoitus/vaihe/1/", {"state": state_of(html), "go": "next", "friends": "2"})
    assert _today_counts() == {"started": 1, "completed": 0}
    assert assessment_counts(start=date(2000, 1, 1), end=date(2000, 12, 31)) == {"started": 0, "completed": 0}


@pytest.mark.parametrize("lang, words", [
    ("fi", "Linkki ei toimi"), ("sv", "Länken fungerar inte"), ("en", "This link does not work"),
])
@pytest.mark.parametrize("query", [
    "v=1&friends=7", "v=1&friends=1&friends=2", "v=1&name=Matti", "v=1&area=091", "friends=1", "v=1&friends=%00",
    "v=1&friends=1%27%3B--", "",
])
def test_a_tampered_results_link_says_so_in_the_page_language(client, db, lang, words, query):
    response = client.get(f"/{lang}/hyvinvointikartoitus/tulos/?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert words in html and f'<html lang="{lang}">' in html
    assert f'href="/{lang}/hyvinvointikartoitus/"' in html


def test_an_outdated_version_is_explained(client, db):
    html = client.get("/en/hyvinvointikartoitus/tulos/?v=7&friends=1").content.decode()
    assert "earlier version of the self-assessment" in html


def test_tampered_form_state_and_values_are_refused_not_500(client, db):
    url = "/fi/hyvinvointikartoitus/vaihe/1/"
    assert client.post(url, {"state": "v=1&x=1", "go": "next"}).status_code == 400
    assert client.post(url, {"state": "v=1", "go": "next", "friends": "99"}).status_code == 400
    assert client.post(url, {"state": "v=1", "go": "next", "friends": "<script>"}).status_code == 400
    assert client.post("/fi/hyvinvointikartoitus/vaihe/6/", {"state": "v=1", "area": "091"}).status_code == 400
    assert client.get("/fi/hyvinvointikartoitus/vaihe/0/").status_code == 404
    assert client.get("/fi/hyvinvointikartoitus/vaihe/7/").status_code == 404
    assert client.put(url).status_code == 405


def test_only_municipalities_of_the_tray_are_offered(client, db):
    html = client.get("/fi/hyvinvointikartoitus/vaihe/6/").content.decode()
    assert '<option value="905">Vaasa</option>' in html and 'value="091"' not in html


def test_age_group_keeps_suggestions_for_other_ages_out(walk, demo_catalogue):
    from tarjotin.catalogue.models import Service

    young = walk("en", {**HIGH, "move": "1", "age": "2", "area": "905"}).content.decode()
    senior = walk("en", {**HIGH, "move": "1", "age": "4", "area": "905"}).content.decode()
    pks = lambda html: {int(p) for p in re.findall(r'href="/en/palvelut/(\d+)/"', html)}  # noqa: E731
    young_codes = {c for s in Service.objects.filter(pk__in=pks(young)) for c in
                   s.classifications.filter(kind="target_group").values_list("code", flat=True)}
    senior_codes = {c for s in Service.objects.filter(pk__in=pks(senior)) for c in
                    s.classifications.filter(kind="target_group").values_list("code", flat=True)}
    assert "KR1.1" not in young_codes
    assert "KR1.1" in senior_codes and "KR1.3" not in senior_codes
