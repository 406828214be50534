"""The LIPAS importer: the real sample from files, the v2 API against a local server, failures, search."""

from __future__ import annotations

import json

import pytest
from werkzeug import Response

from tarjotin.catalogue.models import Address, Connection, Service, ServiceChannel
from tarjotin.sources.http import HttpClient
from tarjotin.sources.lipas.adapter import LipasAdapter, city_codes
from tarjotin.sources.models import ImportRun
from tarjotin.sources.registry import adapter_get
from tarjotin.sources.sync import sync_run

from ..conftest import shared
from . import records as r

pytestmark = pytest.mark.django_db
HELSINKI = {"city-codes": "91", "statuses": "active", "page-size": "100"}


@pytest.fixture
def sample_dir(tmp_path):
    """The real sample linked into a directory of its own (the fixtures folder also holds type lists)."""
    (tmp_path / "places.json").symlink_to(shared("lipas", "legacy-api-v1-fixtures", "sports-places-1000.json"))
    return tmp_path


def _adapter(server, timeout: float = 2.0) -> LipasAdapter:
    return LipasAdapter(http=HttpClient(server.url_for("/v2/"), timeout=timeout, retries=2, sleep=lambda s: None))


def _catalogue() -> list:
    return [
        sorted(Service.objects.filter(source="lipas").values_list("origin_id", "name", "content_hash")),
        sorted(ServiceChannel.objects.filter(source="lipas").values_list("origin_id", "name", "content_hash")),
        sorted(Connection.objects.filter(service__source="lipas").values_list(
            "service__origin_id", "channel__origin_id")),
    ]


def _serve(server, pages: list[list[dict]], query: dict = HELSINKI) -> None:
    for number, items in enumerate(pages, start=1):
        server.expect_request("/v2/sports-sites", query_string={**query, "page": str(number)}).respond_with_json(
            r.page(items, number, len(pages)))


def test_real_sample_imports_and_a_second_run_changes_nothing(sample_dir):
    run = sync_run(adapter_get("lipas"), mode="files", params={"path": str(sample_dir)})

    assert run.status == "succeeded", run.error
    assert run.counts["service"]["created"] == run.counts["channel"]["created"] == 999
    assert run.skipped == [{"kind": "service", "id": "73467",
                            "reason": "type 7000 (Huoltorakennus) is a service building, not for residents"}]
    service = Service.objects.get(source="lipas", origin_id="72269")
    assert service.connections.get().channel.origin_id == "place-72269"
    assert list(service.municipalities.values_list("code", flat=True)) == ["249"]
    assert service.classifications.filter(kind="service_class", code="P27.2").exists()
    assert Connection.objects.filter(service__source="lipas").count() == 999
    assert Address.objects.filter(channel__source="lipas", latitude__isnull=False).count() == 999

    before = _catalogue()
    again = sync_run(adapter_get("lipas"), mode="files", params={"path": str(sample_dir)})
    assert again.status == "succeeded"
    assert all(c["created"] == c["updated"] == c["deleted"] == 0 for c in again.counts.values())
    assert _catalogue() == before


def test_v2_pages_through_each_municipality(httpserver):
    _serve(httpserver, [[r.site(1, "Uimahalli A"), r.site(2, "Uimahalli B")], [r.site(3, "Uimahalli C")]])
    _serve(httpserver, [[r.site(4, "Espoon halli", city=49)]], {**HELSINKI, "city-codes": "49"})

    run = sync_run(_adapter(httpserver), mode="full", params={"cities": ["091", "049"]})

    assert run.status == "succeeded", run.error
    assert run.counts["service"]["created"] == 4 and run.counts["channel"]["created"] == 4
    assert Service.objects.get(origin_id="4").municipalities.get().code == "049"
    assert Service.objects.get(origin_id="3").connections.get().channel.addresses.get().postal_code == "00900"


def test_v2_filters_by_type_and_reads_the_sync_commands_areas(httpserver):
    _serve(httpserver, [[r.site(1, "Uimahalli A")]], {**HELSINKI, "type-codes": "3110,3130"})
    run = sync_run(_adapter(httpserver), mode="full", params={"areas": [("Municipality", "091")],
                                                              "whole_country": False, "types": [3110, 3130]})
    assert run.status == "succeeded", run.error
    assert Service.objects.filter(source="lipas").count() == 1


def _fail_page_two(server, respond) -> None:
    server.expect_request("/v2/sports-sites", query_string={**HELSINKI, "page": "2"}).respond_with_handler(respond)
    _serve(server, [[r.site(1, "Uusi nimi")], []])


@pytest.mark.parametrize("respond, reason", [
    (lambda request: Response("upstream down", status=500), "HTTP 500"),
    (lambda request: Response('{"items": [', status=200, content_type="application/json"), "malformed JSON"),
    (lambda request: Response('{"items": "none"}', status=200, content_type="application/json"),
     "not a LIPAS page"),
])
def test_upstream_failure_keeps_the_last_good_catalogue(httpserver, respond, reason):
    _serve(httpserver, [[r.site(1, "Uimahalli A"), r.site(2, "Uimahalli B")]])
    assert sync_run(_adapter(httpserver), mode="full", params={"cities": ["091"]}).status == "succeeded"
    before = _catalogue()
    httpserver.clear()
    _fail_page_two(httpserver, respond)

    run = sync_run(_adapter(httpserver), mode="full", params={"cities": ["091"]})

    assert run.status == ImportRun.Status.FAILED
    assert reason in run.error
    assert _catalogue() == before


def test_malformed_record_is_skipped_and_reported(httpserver):
    nameless = r.site(2, "", **{"name-localized": {}})
    _serve(httpserver, [[r.site(1, "Uimahalli A"), nameless, r.site(3, "Halli", type_code=9999),
                         {"lipas-id": "x1", "name": "?"}, "not an object"]])
    run = sync_run(_adapter(httpserver), mode="full", params={"cities": ["091"]})
    assert run.status == "succeeded", run.error
    assert Service.objects.filter(source="lipas").count() == 1
    reasons = {s["id"]: s["reason"] for s in run.skipped}
    assert reasons["2"] == "no name in any language"
    assert reasons["3"] == "unknown type code 9999"
    assert "malformed id" in reasons["x1"]
    assert reasons[""] == "city 091 page 1: not a LIPAS sports place"


def test_a_place_taken_out_of_use_is_removed(tmp_path):
    (tmp_path / "page.json").write_text(json.dumps(r.page([r.site(i, f"Halli {i}") for i in range(1, 11)])))
    sync_run(adapter_get("lipas"), mode="files", params={"path": str(tmp_path)})
    closed = r.page([r.site(i, f"Halli {i}", status="out-of-service-permanently" if i == 1 else "active")
                     for i in range(1, 11)])
    (tmp_path / "page.json").write_text(json.dumps(closed))
    run = sync_run(adapter_get("lipas"), mode="files", params={"path": str(tmp_path)})
    assert run.status == "succeeded", run.error
    assert run.counts["service"]["deleted"] == run.counts["channel"]["deleted"] == 1
    assert not Service.objects.filter(source="lipas", origin_id="1").exists()


def test_unsupported_mode_and_area_fail_the_run(httpserver):
    assert "not 'incremental'" in sync_run(_adapter(httpserver), mode="incremental", params={}).error
    run = sync_run(_adapter(httpserver), mode="full", params={"areas": [("Region", "01")]})
    assert run.status == "failed" and "not by 'Region'" in run.error


def test_type_names_find_the_place_in_three_languages(tmp_path):
    from tarjotin.search.ranking import query_cache_clear
    from tarjotin.search.selectors import SearchFilters, search_query
    from tarjotin.search.services import index_rebuild
    from tarjotin.search.synonyms import synonyms_reset

    synonyms_reset()
    query_cache_clear()
    (tmp_path / "page.json").write_text(json.dumps(r.page([r.site(1, "Kivikon liikuntakeskus"),
                                                            r.site(2, "Kivikon laavu", type_code=301)])))
    assert sync_run(adapter_get("lipas"), mode="files", params={"path": str(tmp_path)}).status == "succeeded"
    index_rebuild()
    hall = Service.objects.get(source="lipas", origin_id="1").pk
    for text, lang in (("uimahalli", "fi"), ("simhall", "sv"), ("swimming hall", "en")):
        found = search_query(text=text, lang=lang, filters=SearchFilters(), limit=10).ids
        assert found and found[0] == hall, text
    synonyms_reset()
    query_cache_clear()


def test_type_lists_next_to_the_places_are_one_line_each(tmp_path):
    (tmp_path / "places.json").write_text(json.dumps([r.site(1, "Halli")]))
    (tmp_path / "types.json").write_text(json.dumps([{"typeCode": 3110, "name": "Uimahalli"}] * 3))
    run = sync_run(adapter_get("lipas"), mode="files", params={"path": str(tmp_path)})
    assert run.status == "succeeded", run.error
    assert run.skipped == [{"kind": "service", "id": "", "reason": "types.json: no LIPAS sports places in it"}]


def test_a_county_area_becomes_its_municipalities():
    codes = city_codes({"areas": [("WellbeingServiceCounties", "17"), ("Municipality", "91")]})
    assert "905" in codes and codes[-1] == "091" and len(codes) == len(set(codes))
