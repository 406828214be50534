"""The Linked Events importer: the real sample from files, the API against a local server, failures, expiry."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from tarjotin.catalogue.models import Event, Service
from tarjotin.sources.http import HttpClient
from tarjotin.sources.linkedevents.adapter import LinkedEventsAdapter, divisions
from tarjotin.sources.models import ImportRun
from tarjotin.sources.registry import adapter_get
from tarjotin.sources.sync import sync_run

from ..conftest import shared
from . import records as r

pytestmark = pytest.mark.django_db
SAMPLE = ("linkedevents", "kunta-api-mantyharju-events")
BEFORE_SAMPLE = "2017-05-01T00:00:00+03:00"  # the sample's events (May–August 2017) are all to come
AFTER_SAMPLE = "2018-01-01T00:00:00+02:00"  # … and all over
NOW = "2026-12-01T09:00:00+02:00"
WINDOW = {"start": "2026-12-01", "end": "2027-01-30", "page_size": "100",
          "include": "location,keywords,audience,in_language"}


def _adapter(server, timeout: float = 2.0) -> LinkedEventsAdapter:
    return LinkedEventsAdapter(http=HttpClient(server.url_for("/v1/"), timeout=timeout, retries=2,
                                               sleep=lambda s: None))


def _catalogue() -> list:
    return sorted(Event.objects.values_list("origin_id", "name", "start", "end", "content_hash"))


def _serve(server, pages: list[list[dict]], query: dict = WINDOW) -> None:
    """Pages chained by `meta.next`; the next links name another host, as a proxied API does."""
    for number, items in enumerate(pages, start=1):
        following = None
        if number < len(pages):
            following = ("https://api.hel.fi/linkedevents/v1/event/?" + "&".join(
                f"{k}={v}" for k, v in {**query, "page": number + 1}.items()))
        server.expect_request("/v1/event/", query_string={**query, "page": str(number)}).respond_with_json(
            r.page(items, count=sum(len(p) for p in pages), following=following))


def _files(now: str) -> ImportRun:
    return sync_run(adapter_get("linkedevents"), mode="files",
                    params={"path": str(shared(*SAMPLE)), "now": now})


def test_real_sample_imports_and_a_second_run_changes_nothing():
    run = _files(BEFORE_SAMPLE)

    assert run.status == "succeeded", run.error
    assert run.counts["event"] == {"created": 3, "updated": 0, "unchanged": 0, "deleted": 0}
    # The only note: one event is in two files (with different images); the later file wins.
    assert run.skipped == [{"kind": "event", "id": "mantyharju:pm-maastojuoksukilpailut-la-27",
                            "reason": "mantyharju_pm-maastojuoksukilpailut-la-27_image3.json: repeated; "
                                      "the later copy is kept"}]
    dance = Event.objects.get(source="linkedevents", origin_id="mantyharju:tanssit-la-872017-klo-2000")
    assert dance.name == {"fi": "Tanssit La 8.7.2017 klo 20.00"} and dance.all_day and not dance.end_given
    assert dance.start.isoformat() == "2017-07-07T21:00:00+00:00"
    assert dance.end.isoformat() == "2017-07-08T21:00:00+00:00"
    race = Event.objects.get(origin_id="mantyharju:pm-maastojuoksukilpailut-la-27")
    assert race.images[0]["url"].endswith("test-image-667-1000.jpg")
    assert Service.objects.count() == 0  # events are events, not services

    before = _catalogue()
    again = _files(BEFORE_SAMPLE)
    assert again.status == "succeeded", again.error
    assert again.counts["event"] == {"created": 0, "updated": 0, "unchanged": 3, "deleted": 0}
    assert _catalogue() == before


def test_past_events_drop_out():
    assert _files(BEFORE_SAMPLE).counts["event"]["created"] == 3

    later = _files(AFTER_SAMPLE)

    # All three ended: removed without --force, since time, not the source, removed them.
    assert later.status == "succeeded", later.error
    assert later.counts["event"] == {"created": 0, "updated": 0, "unchanged": 0, "deleted": 3}
    assert Event.objects.count() == 0
    assert {s["reason"][:25] for s in later.skipped} == {"ended before the run (201"}
    assert len(later.skipped) == 4


def test_full_run_follows_meta_next_and_maps_the_place(httpserver):
    first = [r.event(f"helsinki:e{i}", f"Tapahtuma {i}") for i in range(3)]
    _serve(httpserver, [first, [r.event("helsinki:e3", "Tapahtuma 3", audience=[r.keyword("yso:p2433", "ikääntyneet")],
                                        keywords=[])]])

    run = sync_run(_adapter(httpserver), mode="full", params={"now": NOW})

    assert run.status == "succeeded", run.error
    assert run.counts["event"]["created"] == 4 and run.skipped == []
    event = Event.objects.get(origin_id="helsinki:e0")
    assert event.municipality_id == "091" and event.target_groups == ["KR1.2"]
    assert event.location_name["fi"] == "Vuosaaren kirjasto" and (event.latitude, event.longitude) == (60.209, 25.144)
    assert event.offers[0]["price"] == {"fi": "5 €", "en": "5 €"} and event.is_free is False
    assert event.description["fi"].startswith("Tervetuloa satutuntiin!\n\n")
    assert Event.objects.get(origin_id="helsinki:e3").target_groups == ["KR1.1"]


def test_filters_areas_and_base_url_are_per_call(httpserver, settings):
    settings.TARJOTIN = {**settings.TARJOTIN, "HTTP_RETRIES": 0}
    query = {**WINDOW, "start": "2026-12-10", "end": "2026-12-20", "division": "kunta:helsinki",
             "keyword": "yso:p916"}
    _serve(httpserver, [[r.event("helsinki:sport", "Liikuntatapahtuma")]], query=query)

    run = sync_run(adapter_get("linkedevents"), mode="full", params={
        "now": NOW, "base_url": httpserver.url_for("/v1/"), "start": "2026-12-10", "end": "2026-12-20",
        "areas": [["Municipality", "91"]], "filters": {"keyword": "yso:p916"}})

    assert run.status == "succeeded", run.error
    assert list(Event.objects.values_list("origin_id", flat=True)) == ["helsinki:sport"]


def test_full_run_deletes_what_the_source_no_longer_lists(httpserver):
    _serve(httpserver, [[r.event(f"helsinki:e{i}", f"Tapahtuma {i}") for i in range(10)]])
    sync_run(_adapter(httpserver), mode="full", params={"now": NOW})
    httpserver.clear()
    _serve(httpserver, [[r.event(f"helsinki:e{i}", f"Tapahtuma {i}") for i in range(1, 10)]])

    run = sync_run(_adapter(httpserver), mode="full", params={"now": NOW})

    assert run.status == "succeeded", run.error
    assert run.counts["event"] == {"created": 0, "updated": 0, "unchanged": 9, "deleted": 1}
    assert not Event.objects.filter(origin_id="helsinki:e0").exists()


def test_incremental_run_applies_changes_and_deletions_only(httpserver):
    _serve(httpserver, [[r.event(f"helsinki:e{i}", f"Tapahtuma {i}") for i in range(5)]])
    sync_run(_adapter(httpserver), mode="full", params={"now": NOW})
    httpserver.clear()
    changes = {**WINDOW, "last_modified_since": "2026-12-01T08:50:00+02:00", "show_deleted": "true"}
    _serve(httpserver, [[r.event("helsinki:e1", "Uusi nimi"), r.event("helsinki:e2", "POISTETTU", deleted=True)]],
           query=changes)

    run = sync_run(_adapter(httpserver), mode="incremental", params={"now": NOW, "last_modified_since": NOW})

    assert run.status == "succeeded", run.error
    assert run.counts["event"] == {"created": 0, "updated": 1, "unchanged": 0, "deleted": 1}
    assert Event.objects.get(origin_id="helsinki:e1").name["fi"] == "Uusi nimi"
    assert Event.objects.count() == 4


def test_server_error_fails_the_run_and_keeps_the_catalogue(httpserver):
    _serve(httpserver, [[r.event("helsinki:e1", "Tapahtuma")]])
    sync_run(_adapter(httpserver), mode="full", params={"now": NOW})
    before = _catalogue()
    httpserver.clear()
    httpserver.expect_request("/v1/event/").respond_with_data("oops", status=500)

    run = sync_run(_adapter(httpserver), mode="full", params={"now": NOW})

    assert run.status == ImportRun.Status.FAILED and "HTTP 500" in run.error
    assert _catalogue() == before


def test_error_on_a_later_page_keeps_the_catalogue(httpserver):
    _serve(httpserver, [[r.event("helsinki:e1", "Tapahtuma")]])
    sync_run(_adapter(httpserver), mode="full", params={"now": NOW})
    before = _catalogue()
    httpserver.clear()
    httpserver.expect_request("/v1/event/", query_string={**WINDOW, "page": "1"}).respond_with_json(
        r.page([r.event("helsinki:e2", "Toinen")], following="https://x/v1/event/?page=2"))
    httpserver.expect_request("/v1/event/", query_string={"page": "2"}).respond_with_data("oops", status=503)

    run = sync_run(_adapter(httpserver), mode="full", params={"now": NOW})

    assert run.status == ImportRun.Status.FAILED and "503" in run.error
    assert _catalogue() == before


def test_malformed_json_fails_the_run(httpserver):
    httpserver.expect_request("/v1/event/").respond_with_data("{\"meta\": {", content_type="application/json")

    run = sync_run(_adapter(httpserver), mode="full", params={"now": NOW})

    assert run.status == ImportRun.Status.FAILED and "malformed JSON" in run.error
    assert Event.objects.count() == 0


def test_a_page_that_is_not_a_page_fails_the_run(httpserver):
    httpserver.expect_request("/v1/event/").respond_with_json({"results": []})

    run = sync_run(_adapter(httpserver), mode="full", params={"now": NOW})

    assert run.status == ImportRun.Status.FAILED and "not a Linked Events page" in run.error


def test_malformed_records_are_skipped_and_reported(httpserver):
    _serve(httpserver, [[r.event("helsinki:ok", "Hyvä"), r.event("helsinki:bad", "Huono", start="huomenna"),
                         r.event("helsinki:nostart", "Ei alkua", start=None), "not an object",
                         {"name": {"fi": "Ei tunnistetta"}}]])

    run = sync_run(_adapter(httpserver), mode="full", params={"now": NOW})

    assert run.status == "succeeded", run.error
    assert run.counts["event"]["created"] == 1
    assert run.skipped == [
        {"kind": "event", "id": "helsinki:bad", "reason": "unreadable start_time 'huomenna'"},
        {"kind": "event", "id": "helsinki:nostart", "reason": "no start time"},
        {"kind": "event", "id": "", "reason": "page 1: not a JSON object"},
        {"kind": "event", "id": "", "reason": "page 1: no id"},
    ]


def test_areas_become_divisions():
    assert divisions({"areas": [("WellbeingServiceCounties", "90")]}) == "kunta:helsinki"
    assert divisions({"areas": [["Municipality", "507"], ["Municipality", "91"]]}) == "kunta:mäntyharju,kunta:helsinki"
    assert divisions({}) == ""


def test_the_sync_command_reads_the_sample_and_today_drops_it():
    out = StringIO()
    call_command("source_sync", "linkedevents", "--files", str(shared(*SAMPLE)), stdout=out)
    assert "event: 0 new" in out.getvalue() and "ended before the run" in out.getvalue()
    assert Event.objects.count() == 0
