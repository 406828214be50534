"""The shipped demo region imports through the real importer, covers the themes, and re-imports as a no-op."""

from __future__ import annotations

import shutil

import pytest

from tarjotin.catalogue import selectors
from tarjotin.catalogue.models import Classification, Connection, Service, ServiceChannel
from tarjotin.sources.registry import adapter_get
from tarjotin.sources.sync import sync_run

from .conftest import DEMO

pytestmark = pytest.mark.django_db


def _state() -> list:
    return [sorted(Service.objects.values_list("origin_id", "content_hash", "last_seen")),
            sorted(ServiceChannel.objects.values_list("origin_id", "content_hash", "last_seen")),
            Connection.objects.count()]


def test_demo_region_is_county_sized_and_covers_every_theme(demo_catalogue):
    assert Service.objects.count() >= 150
    assert ServiceChannel.objects.count() >= 250
    assert {k for k, in ServiceChannel.objects.values_list("kind").distinct()} == {
        "location", "phone", "webpage", "echannel", "form"}
    themes = selectors.themes_visible()
    covered = set()
    for service in Service.objects.prefetch_related("classifications"):
        covered |= set(selectors.theme_slugs_for(codes=[c.code for c in service.classifications.all()],
                                                 themes=themes))
    assert covered == {t.slug for t in themes}
    used_groups = set(Classification.objects.filter(kind="target_group", services__isnull=False)
                      .values_list("code", flat=True))
    assert {"KR1.1", "KR1.2", "KR1.3", "KR1.4", "KR1.5", "KR1.6"} <= used_groups
    assert Service.objects.filter(name__has_key="sv").count() > 50
    assert demo_catalogue.skipped == [] or all(s["reason"] for s in demo_catalogue.skipped)


def test_importing_the_demo_twice_changes_nothing(demo_catalogue):
    before = _state()
    again = sync_run(adapter_get("ptv"), mode="files", params={"path": str(DEMO)})
    assert again.status == "succeeded"
    assert all(c["created"] == c["updated"] == c["deleted"] == 0 for c in again.counts.values()), again.counts
    assert _state() == before


def test_a_broken_file_keeps_the_last_good_catalogue(demo_catalogue, tmp_path):
    before = _state()
    broken = tmp_path / "ptv"
    shutil.copytree(DEMO, broken)
    last = sorted(broken.glob("Service-*.json"))[-1]
    last.write_text(last.read_text(encoding="utf-8")[:5000], encoding="utf-8")  # truncated mid-way
    run = sync_run(adapter_get("ptv"), mode="files", params={"path": str(broken)})
    assert run.status == "failed" and "malformed JSON" in run.error and last.name in run.error
    assert _state() == before
