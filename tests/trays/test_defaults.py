"""The default trays: 23 of them, created once, never overwriting an admin's edits; the roles."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from tarjotin.geo.models import County
from tarjotin.trays import roles
from tarjotin.trays.contrast import MIN_CONTRAST, contrast_ratio
from tarjotin.trays.models import Tray
from tarjotin.trays.services import trays_defaults_load

pytestmark = pytest.mark.django_db


def test_national_tray_and_one_per_county(trays):
    assert County.objects.count() == 22
    assert len(trays) == 23
    national = trays["suomi"]
    assert national.is_national and national.county is None and national.sources == {}
    counties = set(County.objects.values_list("code", flat=True))
    assert {t.county_id for t in trays.values() if not t.is_national} == counties


def test_slugs_are_ascii_finnish_county_names(trays):
    for slug in ("pohjanmaa", "keski-suomi", "helsinki", "ita-uusimaa", "paijat-hame", "lappi", "vantaa-kerava"):
        assert slug in trays
    assert all(t.slug.isascii() and t.path_prefix == t.slug for t in trays.values())


def test_names_and_sources_come_from_the_county(trays):
    pohjanmaa = trays["pohjanmaa"]
    assert pohjanmaa.county_id == "17"
    assert pohjanmaa.name == {"fi": "Pohjanmaan hyvinvointialue", "sv": "Österbottens välfärdsområde",
                              "en": "Ostrobothnia wellbeing services county"}
    assert pohjanmaa.sources == {"ptv": {"areas": ["WellbeingServiceCounties:17"]}}
    assert trays["ita-uusimaa"].sources == {"ptv": {"areas": ["WellbeingServiceCounties:01"]}}
    assert trays["helsinki"].sources == {"ptv": {"areas": ["Municipality:091"]}}
    assert trays["helsinki"].municipality_codes == ("091",)


def test_two_demo_trays_differ_in_area_and_look(trays):
    pohjanmaa, keski_suomi = trays["pohjanmaa"], trays["keski-suomi"]
    assert pohjanmaa.primary_color != keski_suomi.primary_color
    assert set(pohjanmaa.municipality_codes).isdisjoint(keski_suomi.municipality_codes)
    assert "179" in keski_suomi.municipality_codes  # Jyväskylä
    assert "905" in pohjanmaa.municipality_codes  # Vaasa


def test_every_default_passes_its_own_validation(trays):
    for tray in trays.values():
        tray.full_clean()
        assert contrast_ratio(tray.text_color, tray.primary_color) >= MIN_CONTRAST
        assert contrast_ratio(tray.primary_color, "#ffffff") >= MIN_CONTRAST


def test_national_area_is_every_municipality(trays):
    from tarjotin.geo.models import Municipality

    assert len(trays["suomi"].municipality_codes) == Municipality.objects.count()


def test_loading_again_changes_nothing_and_keeps_edits(trays):
    edited = trays["pohjanmaa"]
    edited.name = {"fi": "Oma nimi"}
    edited.primary_color = "#1e6b3a"
    edited.slug = "pohjanmaa-uusi"  # a renamed slug still counts as the county's tray
    edited.save()
    Tray.objects.filter(slug="suomi").update(sources={"ptv": {"areas": ["Municipality:091"]}})

    result = trays_defaults_load()

    assert result.created == [] and len(result.kept) == 23
    assert Tray.objects.count() == 23
    edited.refresh_from_db()
    assert edited.name == {"fi": "Oma nimi"} and edited.primary_color == "#1e6b3a"
    assert Tray.objects.get(slug="suomi").sources == {"ptv": {"areas": ["Municipality:091"]}}


def test_a_deleted_tray_comes_back_and_the_others_stay(trays):
    Tray.objects.filter(slug="lappi").delete()
    result = trays_defaults_load()
    assert result.created == ["lappi"]
    assert Tray.objects.count() == 23


def test_command_creates_trays_and_roles(db, capsys):
    Tray.objects.all().delete()  # the test database starts with the defaults loaded
    call_command("trays_load")
    call_command("trays_load")
    out = capsys.readouterr().out
    assert "23 trays created" in out and "0 trays created, 23 kept" in out
    for name in (roles.NATIONAL_ADMIN, roles.TRAY_ADMIN, roles.CONTENT_VIEWER):
        group = Group.objects.get(name=name)
        assert group.permissions.count() == len(roles.ROLE_PERMISSIONS[name])


def test_roles_exist_after_migrate(db):
    """post_migrate creates them, so a fresh database has them before trays_load runs."""
    assert Group.objects.filter(name__in=list(roles.ROLE_PERMISSIONS)).count() == 3
    viewer = Group.objects.get(name=roles.CONTENT_VIEWER)
    assert all(p.codename.startswith("view_") for p in viewer.permissions.all())
