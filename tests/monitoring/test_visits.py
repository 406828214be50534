"""Visits are counted on the server per tray and day: no cookie, no IP address, no user agent is kept."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.core import serializers
from django.utils import timezone

from tarjotin.monitoring.middleware import is_bot
from tarjotin.monitoring.models import DailyVisits

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 marker-7f3a"
IP = "203.0.113.77"


def _get(client, path: str, agent: str = BROWSER):
    return client.get(path, HTTP_USER_AGENT=agent, REMOTE_ADDR=IP)


def _counts(slug: str = "pohjanmaa") -> tuple[int, int]:
    row = DailyVisits.objects.filter(tray__slug=slug, day=timezone.localdate()).first()
    return (row.front_page, row.page_loads) if row else (0, 0)


def test_front_page_and_other_pages_are_counted_without_setting_a_cookie(client, demo_catalogue):
    responses = [_get(client, "/fi/"), _get(client, "/sv/"), _get(client, "/fi/haku/?q=liikunta"),
                 _get(client, "/en/tapahtumat/")]
    assert all(r.status_code == 200 for r in responses)
    assert all(not r.cookies for r in responses) and not client.cookies
    assert _counts() == (2, 4)


def test_a_trays_path_prefix_counts_for_that_tray(client, trays):
    _get(client, "/t/keski-suomi/fi/")
    assert _counts("keski-suomi") == (1, 1) and _counts() == (0, 0)


def test_nothing_stored_identifies_the_visitor(client, demo_catalogue):
    _get(client, "/fi/")
    _get(client, "/fi/haku/?q=uimahalli")
    models = apps.get_app_config("monitoring").get_models()
    names = {f.name.lower() for model in models for f in model._meta.get_fields()}
    assert not {n for n in names if any(w in n for w in ("ip", "agent", "session", "cookie", "address", "time"))}
    dumped = serializers.serialize("json", [o for model in models for o in model.objects.all()])
    assert DailyVisits.objects.exists()
    assert IP not in dumped and "marker-7f3a" not in dumped and "Firefox" not in dumped


@pytest.mark.parametrize("agent", [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36",
    "curl/8.5.0", "python-requests/2.31", "facebookexternalhit/1.1", "", "   ",
])
def test_bots_are_not_counted(client, trays, agent):
    assert is_bot(agent)
    _get(client, "/fi/", agent)
    assert _counts() == (0, 0)


def test_browsers_are_not_taken_for_bots():
    for agent in (BROWSER, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
                           "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"):
        assert not is_bot(agent)


@pytest.mark.parametrize("path", ["/static/web/tray.css", "/healthz", "/admin/login/", "/api/", "/tray.css",
                                  "/fi/ei-ole-tallaista/", "/fi/haku/ehdotukset/?q=ui", "/fi/raportit/"])
def test_static_files_health_admin_api_errors_and_reports_are_not_counted(client, trays, path):
    _get(client, path)
    assert _counts() == (0, 0)


def test_only_get_is_counted(client, trays):
    client.post("/fi/", {}, HTTP_USER_AGENT=BROWSER)
    client.head("/fi/", HTTP_USER_AGENT=BROWSER)
    client.get("/fi/", HTTP_USER_AGENT=BROWSER, HTTP_SEC_PURPOSE="prefetch")
    assert _counts() == (0, 0)


def test_page_loads_are_gathered_and_written_as_one_update(client, trays, settings, django_assert_num_queries,
                                                           django_assert_max_num_queries):
    from tarjotin.monitoring.buffer import counts_flush
    from tarjotin.monitoring.services import visit_recorded

    visit_recorded(tray=trays["pohjanmaa"], front_page=True)
    settings.TARJOTIN = {**settings.TARJOTIN, "MONITORING_FLUSH_SECONDS": 3600}
    with django_assert_num_queries(0):  # a page load costs no write of its own
        for front_page in (False, True, False):
            visit_recorded(tray=trays["pohjanmaa"], front_page=front_page)
    assert _counts() == (1, 1)
    with django_assert_max_num_queries(3):  # the update, inside a savepoint of its own
        counts_flush()
    assert _counts() == (2, 4)
