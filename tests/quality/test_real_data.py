"""The rules on real PTV records from public sources: what docs/quality.md reports is what they find."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest

from tarjotin.quality.models import Finding
from tarjotin.quality.services import quality_run
from tarjotin.sources.registry import adapter_get
from tarjotin.sources.sync import sync_run

from ..conftest import shared

CHECKED = datetime(2026, 11, 28, 12, tzinfo=UTC)


def _check(folder: str, tmp_path) -> list[tuple[str, str, str]]:
    for number, path in enumerate(sorted(shared(folder).rglob("*.json"))):
        shutil.copyfile(path, tmp_path / f"{number:04d}-{path.name}")
    imported = sync_run(adapter_get("ptv"), mode="files", params={"path": str(tmp_path)})
    assert imported.status == "succeeded", imported.error
    run = quality_run(now=CHECKED, import_run=imported)
    return [(f.rule, f.item_name.get("fi", ""), f.detail) for f in Finding.objects.filter(run=run)]


def _on(found, rule: str, name: str) -> list[str]:
    return [detail for r, n, detail in found if (r, n) == (rule, name)]


@pytest.mark.django_db
def test_municipal_records_of_2017_2018(tmp_path):
    found = _check("kunta-api-server/ptv-out-2017-2019", tmp_path)
    assert _on(found, "swedish_missing", "Savilahden yhtenäiskoulu")  # a school in bilingual Vaasa
    assert _on(found, "coordinates_missing", "Naantalin lukio") == ["NotReceived"]
    assert _on(found, "channels_missing", "Nimipalvelu") == ["0"]
    rules = [rule for rule, _, _ in found]
    assert rules.count("not_updated") == 72 and rules.count("swedish_missing") == 11
    assert rules.count("channel_area_missing") == 16


@pytest.mark.django_db
def test_service_map_sample_records(tmp_path):
    found = _check("smbackend/ptv-v11-list-responses", tmp_path)
    assert _on(found, "phone_malformed", "Puhelinpalvelu") == ["+358 000000000"]
    assert _on(found, "service_class_missing", "Perusopetus") and _on(found, "summary_is_name", "Perusopetus")


@pytest.mark.django_db
def test_auroraai_records(tmp_path):
    found = _check("auroraai/ptv-v11-records", tmp_path)
    assert _on(found, "swedish_missing", "Nettilukio aikuisille")  # nationwide, so Swedish is due
    assert _on(found, "channels_missing", "Yksilöllistetty oppimäärä")
    assert not any(rule == "coordinates_missing" for rule, _, _ in found)  # Otava's point is good
