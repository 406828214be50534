"""The PTV importer against a local HTTP server: paging, failures, idempotence, deletions, incremental."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime

import pytest
from werkzeug import Response

from tarjotin.catalogue.models import Connection, Organization, Service, ServiceChannel
from tarjotin.sources.http import HttpClient
from tarjotin.sources.models import ImportRun
from tarjotin.sources.ptv.adapter import PtvAdapter
from tarjotin.sources.sync import sync_run

from . import ptv_records as r

pytestmark = pytest.mark.django_db
AREA = "area/WellbeingServiceCounties/code/17"
FULL = {"areas": [("WellbeingServiceCounties", "17")], "whole_country": False}


def _adapter(server, timeout: float = 2.0) -> PtvAdapter:
    return PtvAdapter(http=HttpClient(server.url_for("/api/v11/"), timeout=timeout, retries=2, sleep=lambda s: None))


def _serve_area(server, services: list[dict], channels: list[dict], orgs: list[dict], per_page: int = 2) -> None:
    pages = [services[i:i + per_page] for i in range(0, len(services), per_page)] or [[]]
    for number, items in enumerate(pages, start=1):
        server.expect_request(f"/api/v11/Service/list/{AREA}", query_string={
            "includeWholeCountry": "false", "page": str(number)}).respond_with_json(
            r.page(items, number, len(pages)))
    server.expect_request(f"/api/v11/ServiceChannel/list/{AREA}").respond_with_json(r.page(channels))
    server.expect_request(f"/api/v11/Organization/list/{AREA}").respond_with_json(r.page(orgs))


def _catalogue() -> list:
    """Every stored value that matters, to compare the catalogue before and after a run."""
    return [
        sorted(Organization.objects.values_list("origin_id", "name", "content_hash")),
        sorted(Service.objects.values_list("origin_id", "name", "summary", "content_hash")),
        sorted(ServiceChannel.objects.values_list("origin_id", "name", "content_hash")),
        sorted(Connection.objects.values_list("service__origin_id", "channel__origin_id")),
    ]


def _base_area(n_services: int = 5):
    services = [r.service(f"s{i}", f"Palvelu {i}", channels=("c1",)) for i in range(n_services)]
    return services, [r.channel("c1", "Neuvontapuhelin", services=("s0",))], [r.organization("org", "Vaasan kaupunki")]


def test_full_sync_pages_through_and_follows_connections(httpserver):
    services, channels, orgs = _base_area(5)
    services[0]["serviceChannels"].append({"serviceChannel": {"id": r.gid("elsewhere"), "name": "x"}})
    _serve_area(httpserver, services, channels, orgs)
    httpserver.expect_request("/api/v11/ServiceChannel/list", query_string={"guids": r.gid("elsewhere")}) \
        .respond_with_json([r.channel("elsewhere", "Valtakunnallinen verkkopalvelu", org="other")])
    httpserver.expect_request("/api/v11/Organization/list").respond_with_json(None, status=404)

    run = sync_run(_adapter(httpserver), mode="full", params=FULL)

    assert run.status == "succeeded", run.error
    assert run.counts["service"]["created"] == 5
    assert Service.objects.count() == 5 and ServiceChannel.objects.count() == 2
    first = Service.objects.get(origin_id=r.gid("s0"))
    assert first.organization.name == {"fi": "Vaasan kaupunki"}
    assert {c.channel.name["fi"] for c in first.connections.all()} == {"Neuvontapuhelin",
                                                                       "Valtakunnallinen verkkopalvelu"}
    assert list(first.municipalities.values_list("code", flat=True)) == ["905"]


def test_second_identical_run_changes_nothing(httpserver):
    _serve_area(httpserver, *_base_area(5))
    sync_run(_adapter(httpserver), mode="full", params=FULL)
    before = _catalogue()
    run = sync_run(_adapter(httpserver), mode="full", params=FULL)
    assert run.status == "succeeded"
    assert all(c["created"] == c["updated"] == c["deleted"] == 0 for c in run.counts.values())
    assert _catalogue() == before


def _fail_page_two(server, respond) -> None:
    services, channels, orgs = _base_area(4)
    server.expect_request(f"/api/v11/Service/list/{AREA}", query_string={
        "includeWholeCountry": "false", "page": "2"}).respond_with_handler(respond)
    _serve_area(server, services[:2] + [r.service("new", "Uusi palvelu")], channels, orgs)


@pytest.mark.parametrize("respond, reason", [
    (lambda request: Response("upstream down", status=500), "HTTP 500"),
    (lambda request: Response("{\"pageNumber\": 2, \"itemList\": [", status=200,
                              content_type="application/json"), "malformed JSON"),
    (lambda request: (time.sleep(1.5), Response("{}"))[1], "ReadTimeout"),
])
def test_upstream_failure_keeps_the_last_good_catalogue(httpserver, respond, reason):
    _serve_area(httpserver, *_base_area(3))
    sync_run(_adapter(httpserver), mode="full", params=FULL)
    before = _catalogue()
    httpserver.clear()
    _fail_page_two(httpserver, respond)

    run = sync_run(_adapter(httpserver, timeout=0.5), mode="full", params=FULL)

    assert run.status == ImportRun.Status.FAILED
    assert reason in run.error
    assert _catalogue() == before


def test_transient_error_is_retried(httpserver):
    services, channels, orgs = _base_area(2)
    calls = []

    def flaky(request):
        calls.append(1)
        return Response("busy", status=503) if len(calls) == 1 else Response(
            json.dumps(r.page(services)), content_type="application/json")

    httpserver.expect_request(f"/api/v11/Service/list/{AREA}").respond_with_handler(flaky)
    _serve_area(httpserver, [], channels, orgs)
    run = sync_run(_adapter(httpserver), mode="full", params=FULL)
    assert run.status == "succeeded", run.error
    assert len(calls) == 2 and Service.objects.count() == 2


def test_malformed_record_is_skipped_and_reported(httpserver):
    services, channels, orgs = _base_area(3)
    services[1]["serviceNames"] = [{"language": "fi", "value": None, "type": "Name"}]
    services.append({"id": "not-a-guid", "serviceNames": []})
    _serve_area(httpserver, services, channels, orgs)
    run = sync_run(_adapter(httpserver), mode="full", params=FULL)
    assert run.status == "succeeded"
    assert Service.objects.count() == 2
    reasons = {s["id"]: s["reason"] for s in run.skipped}
    assert reasons[r.gid("s1")] == "no name in any language"
    assert "malformed id" in reasons["not-a-guid"]


def test_control_characters_in_texts_are_dropped(httpserver):
    services, channels, orgs = _base_area(1)
    services[0]["serviceNames"][0]["value"] = "Kuntosali\u0000 ja\u0007 sauna"
    services[0]["serviceDescriptions"].append({"language": "fi", "value": "Rivi\ntoinen\x00", "type": "Description"})
    _serve_area(httpserver, services, channels, orgs)
    run = sync_run(_adapter(httpserver), mode="full", params=FULL)
    assert run.status == "succeeded", run.error
    service = Service.objects.get()
    assert service.name == {"fi": "Kuntosali ja sauna"} and service.description == {"fi": "Rivi\ntoinen"}


def test_mass_deletion_is_refused_unless_forced(httpserver):
    _serve_area(httpserver, *_base_area(10))
    sync_run(_adapter(httpserver), mode="full", params=FULL)
    before = _catalogue()
    httpserver.clear()
    services, channels, orgs = _base_area(10)
    _serve_area(httpserver, services[:7], channels, orgs)

    refused = sync_run(_adapter(httpserver), mode="full", params=FULL)
    assert refused.status == "failed" and "would delete 3 of 10 service rows" in refused.error
    assert _catalogue() == before

    forced = sync_run(_adapter(httpserver), mode="full", params=FULL, force=True)
    assert forced.status == "succeeded" and forced.counts["service"]["deleted"] == 3
    assert Service.objects.count() == 7


def test_incremental_sync_updates_changed_and_removes_archived(httpserver):
    _serve_area(httpserver, *_base_area(10))
    sync_run(_adapter(httpserver), mode="full", params=FULL)
    httpserver.clear()
    changed = r.service("s2", "Palvelu 2 uudella nimellä", channels=("c1",), modified="2026-11-20T10:00:00")
    guid_page = {"pageNumber": 1, "pageSize": 1000, "pageCount": 1}
    httpserver.expect_request(f"/api/v11/Service/{AREA}").respond_with_json(
        {**guid_page, "itemList": [{"id": r.gid("s2"), "name": "Palvelu 2"}]})
    httpserver.expect_request("/api/v11/Service", query_string={"date": "2026-11-19T23:50:00",
                                                               "status": "Archived", "page": "1"}) \
        .respond_with_json({**guid_page, "itemList": [{"id": r.gid("s9"), "name": "Palvelu 9"}]})
    httpserver.expect_request("/api/v11/Service/list", query_string={"guids": r.gid("s2")}) \
        .respond_with_json([changed])
    for kind in ("ServiceChannel", "Organization"):
        httpserver.expect_request(f"/api/v11/{kind}/{AREA}").respond_with_json({**guid_page, "itemList": []})
    for kind in ("Service", "ServiceChannel", "Organization"):
        httpserver.expect_request(f"/api/v11/{kind}").respond_with_json({**guid_page, "itemList": []})

    params = {"areas": FULL["areas"], "since": datetime(2026, 11, 20, tzinfo=UTC)}
    run = sync_run(_adapter(httpserver), mode="incremental", params=params)

    assert run.status == "succeeded", run.error
    assert run.counts["service"] == {"created": 0, "updated": 1, "unchanged": 0, "deleted": 1}
    assert Service.objects.get(origin_id=r.gid("s2")).name["fi"] == "Palvelu 2 uudella nimellä"
    assert not Service.objects.filter(origin_id=r.gid("s9")).exists()
    assert Service.objects.count() == 9
