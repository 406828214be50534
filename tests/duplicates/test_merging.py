"""Stored merges: the demo's deliberate duplicate, and a LIPAS place listed once in search."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.utils import timezone

from tarjotin.catalogue.merging import duplicates_refresh
from tarjotin.catalogue.models import Address, ChannelKind, Connection, Service, ServiceChannel
from tarjotin.search.selectors import SearchFilters, search_query
from tarjotin.search.services import index_rebuild


def test_the_demo_duplicate_library_is_merged_by_the_import(demo_catalogue, capsys):
    # The import ran duplicates_refresh already; the deliberate duplicate points at the library.
    dupes = ServiceChannel.objects.filter(duplicate_of__isnull=False)
    names = {(d.name["fi"], d.duplicate_of.name["fi"]) for d in dupes}
    assert ("Vaasan pääkirjasto", "Vaasan pääkirjasto") in names
    call_command("duplicates_report")
    out = capsys.readouterr().out
    assert "Vaasan pääkirjasto" in out and "groups" in out
    assert duplicates_refresh().changed == 0  # idempotent


def _place(source: str, origin: str, name: str, *, lat: float) -> Service:
    now = timezone.now()
    service = Service.objects.create(source=source, origin_id=origin, last_seen=now, content_hash="x",
                                     name={"fi": name})
    channel = ServiceChannel.objects.create(source=source, origin_id=f"c{origin}", last_seen=now,
                                            content_hash="x", kind=ChannelKind.LOCATION, name={"fi": name})
    Address.objects.create(channel=channel, kind="visiting", street={"fi": "Hallikatu"}, street_number="5",
                           latitude=lat, longitude=21.6160)
    Connection.objects.create(service=service, channel=channel)
    return service


@pytest.mark.django_db
def test_a_lipas_place_duplicating_a_ptv_location_is_listed_once(client):
    ptv = _place("ptv", "p1", "Ankkurilan uimahalli", lat=63.0960)
    lipas = _place("lipas", "l1", "Ankkurilan uimahalli", lat=63.09605)  # about 6 m north
    report = duplicates_refresh()
    assert (report.groups, report.duplicates) == (1, 1)
    index_rebuild()
    found = search_query(text="Ankkurilan uimahalli", lang="fi", filters=SearchFilters(), limit=50).ids
    assert found == [ptv.pk]
    lipas_page = client.get(f"/fi/palvelut/{lipas.pk}/").content.decode()
    assert f'href="/fi/palvelut/{ptv.pk}/"' in lipas_page
    ptv_page = client.get(f"/fi/palvelut/{ptv.pk}/").content.decode()
    assert "LIPAS" in ptv_page
