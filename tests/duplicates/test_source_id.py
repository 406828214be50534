"""A PTV location that LIPAS wrote (sourceId "lipas-…") and the LIPAS place itself: one place, both sources."""

from __future__ import annotations

import json
import shutil

import pytest
from django.core.management import call_command

from tarjotin.catalogue.models import Connection, Service, ServiceChannel
from tarjotin.search.selectors import SearchFilters, search_query
from tarjotin.search.services import index_rebuild
from tarjotin.sources.registry import adapter_get
from tarjotin.sources.sync import sync_run

from ..conftest import DEMO
from ..lipas import records as lipas

pytestmark = pytest.mark.django_db
CHANNEL = "1dd842ef-c017-536b-9894-e6a7d873c43b"  # the demo's "Mustasaaren uimahalli", Urheilutie 10
LIPAS_ID = 89913
SOURCE_ID = f"lipas-7b83257d-06ad-4e3b-985d-16a5c9d3fced-{LIPAS_ID}-2024-01-01"


def _ptv_with_source_id(tmp_path, source_id: str):
    """The demo region with one swimming hall's channel marked as written from a LIPAS place."""
    folder = tmp_path / "ptv"
    shutil.copytree(DEMO, folder)
    path = folder / "ServiceChannel-1.json"
    page = json.loads(path.read_text(encoding="utf-8"))
    [channel] = [c for c in page["itemList"] if c["id"] == CHANNEL]
    channel["sourceId"] = source_id
    path.write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    run = sync_run(adapter_get("ptv"), mode="files", params={"path": str(folder)})
    assert run.status == "succeeded", run.error


def _lipas_place(tmp_path) -> Service:
    """LIPAS names the hall otherwise and puts its point some 300 m from PTV's: no heuristic would match."""
    site = lipas.site(LIPAS_ID, "Sepänkylän uimahalli", city=499, location={
        "city": {"city-code": 499}, "address": "Hallitie 2", "postal-code": "65610", "postal-office": "Mustasaari",
        "geometries": lipas.point(21.6800, 63.1200)})
    folder = tmp_path / "lipas"
    folder.mkdir()
    (folder / "page.json").write_text(json.dumps(lipas.page([site]), ensure_ascii=False), encoding="utf-8")
    run = sync_run(adapter_get("lipas"), mode="files", params={"path": str(folder)})
    assert run.status == "succeeded", run.error
    return Service.objects.get(source="lipas", origin_id=str(LIPAS_ID))


def _found(text: str) -> list[int]:
    index_rebuild()
    return search_query(text=text, lang="fi", filters=SearchFilters(municipalities=("499",)), limit=100).ids


def test_a_lipas_place_pushed_into_ptv_is_one_place_with_both_sources(tmp_path, client, capsys):
    _ptv_with_source_id(tmp_path, SOURCE_ID)
    place = _lipas_place(tmp_path)
    ptv_channel = ServiceChannel.objects.get(source="ptv", origin_id=CHANNEL)
    assert ptv_channel.source_id == SOURCE_ID
    lipas_channel = ServiceChannel.objects.get(source="lipas", origin_id=f"place-{LIPAS_ID}")
    assert lipas_channel.duplicate_of_id == ptv_channel.pk  # the sync ran the matching
    # One item shown: searching the LIPAS name finds the PTV hall's service, never the LIPAS copy.
    ptv_services = set(Connection.objects.filter(channel=ptv_channel).values_list("service_id", flat=True))
    found = _found("uimahalli")
    assert place.pk not in found and ptv_services & set(found)
    # Both sources listed: the PTV service's page names LIPAS; the LIPAS page points at the PTV one.
    ptv_page = client.get(f"/fi/palvelut/{min(ptv_services)}/").content.decode()
    assert "LIPAS" in ptv_page
    lipas_page = client.get(f"/fi/palvelut/{place.pk}/").content.decode()
    assert any(f'href="/fi/palvelut/{pk}/"' in lipas_page for pk in ptv_services)
    # The merge reported, with the reason.
    call_command("duplicates_report")
    out = capsys.readouterr().out
    assert "Mustasaaren uimahalli – also in: lipas, ptv – matched by: PTV sourceId names the LIPAS place" in out
    assert f"sourceId {SOURCE_ID}" in out and "Sepänkylän uimahalli" in out


def test_without_the_source_id_the_two_stay_apart(tmp_path):
    _ptv_with_source_id(tmp_path, "")
    place = _lipas_place(tmp_path)
    assert not ServiceChannel.objects.filter(duplicate_of__isnull=False, source="lipas").exists()
    assert place.pk in _found("Sepänkylän uimahalli")
