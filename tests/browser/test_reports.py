"""Report pages and the feedback survey in fi, sv and en: no axe-core violation, `<html lang>` right, no JS needed."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from ..conftest import ROOT

pytestmark = pytest.mark.browser
LANGS = ("fi", "sv", "en")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
STAFF = "thl-raportit"
PASSWORD = "Raportti-salasana-2026"  # a test server's throwaway account

REPORT_PATHS = {
    "overview": "raportit/", "overview-tray": "raportit/?tray=pohjanmaa&preset=this-year",
    "overview-bad-period": "raportit/?start=2025-05-10&end=2025-05-01",
    "demand": "raportit/haut/", "criteria": "raportit/kriteerit/",
    "criteria-tray": "raportit/kriteerit/?tray=pohjanmaa",
    "criteria-form": "raportit/kriteerit/pohjanmaa/", "campaigns": "raportit/kampanjat/",
    "feedback-thanks": "raportit/palaute/kiitos/?next=/fi/",
}

# Run in the live server's own environment: a national admin, and this month's figures in every table.
SETUP = f"""
import datetime as dt
import django
django.setup()
from django.contrib.auth.models import Group, User
from django.utils import timezone
from tarjotin.monitoring.models import DailyVisits, FeedbackAnswer
from tarjotin.monitoring.services import campaign_create, criteria_answers_save, search_recorded
from tarjotin.trays.models import Tray

admin = User.objects.create_user({STAFF!r}, password={PASSWORD!r}, is_staff=True)
admin.groups.add(Group.objects.get(name="national admin"))
trays = {{t.slug: t for t in Tray.objects.filter(slug__in=["suomi", "pohjanmaa", "lappi"])}}
today = timezone.localdate()
for slug, n in (("suomi", 7), ("pohjanmaa", 12), ("lappi", 3)):
    FeedbackAnswer.objects.bulk_create([FeedbackAnswer(tray=trays[slug], day=today, respondent=r, usefulness=u)
                                        for r, u in [("resident", "very"), ("county", "useful")] * n])
    DailyVisits.objects.create(tray=trays[slug], day=today - dt.timedelta(days=1), front_page=n * 3, page_loads=n * 9)
for query, lang, results in (("uimahalli", "fi", 4), ("vertaistuki", "fi", 0), ("simhall", "sv", 2)):
    search_recorded(tray=trays["pohjanmaa"], query=query, language=lang, result_count=results)
criteria_answers_save(user=admin, tray=trays["pohjanmaa"], year=today.year,
                      answers={{"no-login": ("met", ""), "languages": ("partly", "Ruotsi puuttuu osin.")}})
campaign_create(user=admin, tray=trays["lappi"], starts_on=today, ends_on=today + dt.timedelta(days=7))
"""


def _violations(page, axe_source: str) -> list[str]:
    page.evaluate(axe_source)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]]


@pytest.fixture(scope="module")
def staff_context(live_tray, chromium, tmp_path_factory):
    """A browser logged in through the admin's login page as a national admin of the live server, whose
    database (a SQLite file in the server's own var directory) gets the user and the figures first."""
    found = [p for p in tmp_path_factory.getbasetemp().glob("tray-var*/tarjotin.sqlite3") if not p.parent.is_symlink()]
    assert len(found) == 1, found
    env = {**os.environ, "TARJOTIN_VAR_DIR": str(found[0].parent), "DATABASE_URL": "",
           "DJANGO_SETTINGS_MODULE": "tarjotin.settings"}
    subprocess.run([sys.executable, "-c", SETUP], cwd=ROOT, env=env, check=True, capture_output=True)
    context = chromium.new_context(bypass_csp=True)  # lets the test inject axe-core
    page = context.new_page()
    page.goto(f"{live_tray}/admin/login/?next=/fi/raportit/")
    page.fill("#id_username", STAFF)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    assert page.url.endswith("/fi/raportit/"), page.url
    page.close()
    yield context
    context.close()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", list(REPORT_PATHS))
def test_report_pages_have_no_axe_violations(staff_context, live_tray, axe_source, kind, lang):
    page = staff_context.new_page()
    response = page.goto(f"{live_tray}/{lang}/{REPORT_PATHS[kind]}")
    assert response.status == 200
    assert page.get_attribute("html", "lang") == lang
    assert _violations(page, axe_source) == []
    page.close()


def test_reports_show_the_figures_with_charts(staff_context, live_tray):
    page = staff_context.new_page()
    page.goto(f"{live_tray}/en/raportit/?tray=pohjanmaa")
    assert page.locator("table").count() >= 4 and page.locator("svg[role=img]").count() >= 2
    assert page.locator("#caption-respondent-regional").inner_text() == "Respondents, regional trays"
    with page.expect_download() as download:
        page.click("a[href*='/csv/overview/respondent-regional/']")
    assert download.value.suggested_filename.startswith("respondent-regional-pohjanmaa-")
    page.close()


@pytest.mark.parametrize("lang", LANGS)
def test_feedback_survey_open_has_no_axe_violations(page, live_tray, axe_source, lang):
    page.goto(f"{live_tray}/{lang}/")
    page.click("#feedback-title")
    assert page.is_visible("#fb-usefulness-very")
    assert page.get_attribute("html", "lang") == lang
    assert _violations(page, axe_source) == []


@pytest.mark.parametrize("lang", LANGS)
def test_feedback_error_page_has_no_axe_violations(page, live_tray, axe_source, lang):
    page.goto(f"{live_tray}/{lang}/tapahtumat/")
    page.click("#feedback-title")
    page.evaluate("document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))")
    page.check("#fb-usefulness-useful")
    with page.expect_navigation():
        page.click("form[action$='/palaute/'] button[type=submit]")
    assert page.get_attribute("html", "lang") == lang
    assert page.is_visible("#fb-respondent-resident") and page.is_checked("#fb-usefulness-useful")
    assert page.get_attribute("input[name=next]", "value") == f"/{lang}/tapahtumat/"
    assert _violations(page, axe_source) == []


def test_feedback_is_sent_without_javascript_and_without_cookies(chromium, live_tray):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_tray}/sv/haku/?q=simhall")
    page.click("#feedback-title")
    page.check("#fb-respondent-municipality")
    page.check("#fb-usefulness-cannot-say")
    page.click("form[action$='/palaute/'] button[type=submit]")
    assert "/sv/raportit/palaute/kiitos/" in page.url
    assert page.inner_text("h1") == "Tack för din respons"
    page.click("main a[href*='/sv/haku/']")
    assert "/sv/haku/?q=simhall" in page.url
    assert context.cookies() == []
    context.close()


def test_a_form_posted_from_another_site_is_refused(live_tray):
    response = httpx.post(f"{live_tray}/fi/raportit/palaute/", data={"respondent": "other", "usefulness": "very"},
                          headers={"Origin": "https://evil.example"})
    assert response.status_code == 403 and "set-cookie" not in response.headers
