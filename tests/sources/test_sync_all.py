"""`manage.py sync_all`: every tray's sources once, one failing source never stops the rest, a lock."""

from __future__ import annotations

import json
import re
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from werkzeug import Response

from tarjotin.catalogue.models import Service
from tarjotin.sources.models import ImportRun
from tarjotin.sources.schedule import LOCK_FILE, sync_lock
from tarjotin.sources.signals import catalogue_changed
from tarjotin.trays.cache import trays_cache_clear
from tarjotin.trays.models import Tray

from ..lipas import records as lipas

pytestmark = pytest.mark.django_db


def _sync(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("sync_all", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def _sync_failing(*args: str) -> tuple[CommandError, str]:
    out = StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("sync_all", *args, stdout=out, stderr=StringIO())
    return raised.value, out.getvalue()


@pytest.fixture
def signals():
    sent = []

    def receive(sender, **kwargs):
        sent.append(kwargs)

    catalogue_changed.connect(receive, dispatch_uid="tests.sources.signals")
    yield sent
    catalogue_changed.disconnect(dispatch_uid="tests.sources.signals")


def test_ptv_down_lipas_up_keeps_the_catalogue_runs_the_rest_and_exits_non_zero(
        httpserver, settings, demo_catalogue, tray_sources, signals):
    """The real adapters against a local server: PTV answers 500, LIPAS serves each municipality's pools."""
    settings.TARJOTIN = {**settings.TARJOTIN, "PTV_BASE_URL": httpserver.url_for("/api/v11/"),
                         "LIPAS_BASE_URL": httpserver.url_for("/v2/"), "HTTP_RETRIES": 0}
    Tray.objects.filter(slug="pohjanmaa").update(sources={k: v for k, v in Tray.objects.get(
        slug="pohjanmaa").sources.items() if k != "linkedevents"})  # two sources are enough here
    trays_cache_clear()
    asked = []

    def lipas_sites(request):
        asked.append(dict(request.args))
        city = int(request.args["city-codes"])
        body = lipas.page([lipas.site(city * 10, f"Uimahalli {city}", city=city)])
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request(re.compile(r"^/api/v11/.*")).respond_with_data("down", status=500)
    httpserver.expect_request("/v2/sports-sites").respond_with_handler(lipas_sites)
    ptv_before = sorted(Service.objects.filter(source="ptv").values_list("origin_id", "content_hash"))

    error, out = _sync_failing()

    assert error.returncode == 1
    assert str(error) == "1 of 2 sources failed: ptv; the last good catalogue stays for them"
    lines = out.splitlines()
    assert len(lines) == 2
    assert re.fullmatch(r"ptv full: FAILED after [\d.]+ s: GET http://\S+ failed after 1 attempts: HTTP 500",
                        lines[1]), lines
    assert re.fullmatch(r"lipas full: succeeded in [\d.]+ s: 4 new, 0 updated, 0 deleted, 0 unchanged", lines[0])
    ptv_run = ImportRun.objects.get(source="ptv", mode="full")
    assert ptv_run.status == "failed" and "HTTP 500" in ptv_run.error
    assert ptv_run.parameters["areas"] == [["WellbeingServiceCounties", "15"], ["WellbeingServiceCounties", "17"]]
    assert sorted(Service.objects.filter(source="ptv").values_list("origin_id", "content_hash")) == ptv_before
    assert sorted(Service.objects.filter(source="lipas").values_list("origin_id", flat=True)) == ["1790", "9050"]
    # one request per municipality, with both trays' types: LIPAS is fetched once for both trays
    assert sorted(a["city-codes"] for a in asked) == ["179", "905"]
    assert {a["type-codes"] for a in asked} == {"1120,3110"}
    # the index is rebuilt once, after every source, because LIPAS changed something
    assert [s["run"].source for s in signals] == ["lipas"]


def test_incremental_after_a_success_and_full_when_asked(tray_sources, fake_sources, signals):
    out, _ = _sync()
    first = {r.source: r for r in ImportRun.objects.all()}
    assert [(s, m) for s, m, _ in fake_sources.CALLS] == [("linkedevents", "full"), ("lipas", "full"),
                                                          ("ptv", "full")]
    assert out.count("\n") == 3 and "ptv full: succeeded" in out
    assert signals == []  # nothing changed: no rebuild

    fake_sources.CALLS.clear()
    _sync()
    calls = {s: (m, p) for s, m, p in fake_sources.CALLS}
    assert calls["ptv"] == ("incremental", {"areas": [["WellbeingServiceCounties", "15"],
                                                      ["WellbeingServiceCounties", "17"]],
                                            "whole_country": False, "since": first["ptv"].started_at})
    assert calls["linkedevents"][0] == "incremental"
    assert calls["linkedevents"][1]["last_modified_since"] == first["linkedevents"].started_at
    assert calls["lipas"][0] == "full"  # LIPAS cannot read only the changes

    fake_sources.CALLS.clear()
    _sync("--full", "--source", "ptv")
    assert [(s, m) for s, m, _ in fake_sources.CALLS] == [("ptv", "full")]


def test_a_tray_area_change_makes_the_next_run_full(tray_sources, fake_sources):
    _sync("--source", "ptv")
    Tray.objects.get(slug="keski-suomi").delete()  # a save or delete clears the tray cache itself
    fake_sources.CALLS.clear()
    out, _ = _sync("--source", "ptv", "--dry-run")
    assert out == ("ptv: would run full (the trays' areas or filters changed since the last success); "
                   "areas WellbeingServiceCounties:17; for trays pohjanmaa\n")
    assert fake_sources.CALLS == []


def test_one_failing_source_is_recorded_and_the_others_still_run(tray_sources, fake_sources):
    fake_sources.FAILING.add("lipas")
    error, out = _sync_failing()
    assert error.returncode == 1 and "lipas" in str(error)
    assert {r.source: r.status for r in ImportRun.objects.all()} == {
        "linkedevents": "succeeded", "lipas": "failed", "ptv": "succeeded"}
    assert "lipas full: FAILED after" in out and "HTTP 503" in out


def test_a_configuration_the_adapter_cannot_take_is_a_failed_run(tray_sources, fake_sources):
    Tray.objects.filter(slug="keski-suomi").update(
        sources={"lipas": {"areas": ["Municipality:179"], "types": ["uimahalli"]}})
    trays_cache_clear()
    error, _ = _sync_failing("--source", "lipas")
    run = ImportRun.objects.get()
    assert error.returncode == 1 and run.status == "failed" and "uimahalli" in run.error
    assert fake_sources.CALLS == []  # nothing was fetched


def test_a_second_sync_all_while_one_runs_does_nothing(tray_sources, fake_sources):
    with sync_lock(settings.VAR_DIR / LOCK_FILE):
        error, _ = _sync_failing()
    assert error.returncode == 75 and "another sync_all is running" in str(error)
    assert not ImportRun.objects.exists() and fake_sources.CALLS == []
    _sync()  # the lock went with its holder
    assert ImportRun.objects.count() == 3


def test_dry_run_fetches_and_records_nothing(tray_sources, fake_sources):
    out, _ = _sync("--dry-run")
    assert "lipas: would run full (the source has no incremental reads); areas Municipality:179, " \
           "Municipality:905; types [1120, 3110]; for trays keski-suomi, pohjanmaa" in out
    assert not ImportRun.objects.exists() and fake_sources.CALLS == []


def test_no_sources_configured_is_nothing_to_do(db, fake_sources):
    Tray.objects.update(sources={})
    trays_cache_clear()
    out, _ = _sync()
    assert out == "no active tray asks for any of these sources; nothing to do\n"
