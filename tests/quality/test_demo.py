"""The demo region's deliberate problems (tarjotin/demo/README.md) are all found, on the right items."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

import pytest

from tarjotin.quality.models import Finding
from tarjotin.quality.services import quality_run

from ..conftest import ROOT

REFERENCE = datetime(2026, 11, 20, 9, tzinfo=UTC)  # the generator's reference date
EXPECTED = {
    "sv_missing": "swedish_missing", "sv_copy": "translation_copy", "summary_missing": "summary_missing",
    "summary_too_long": "summary_too_long", "summary_is_name": "summary_is_name",
    "description_short": "description_short", "contact_in_text": "contact_in_description",
    "no_service_class": "service_class_missing", "no_target_group": "target_group_missing",
    "charge_null": "charge_missing", "coords_missing": "coordinates_missing", "no_hours": "hours_missing",
    "old_modified": "not_updated", "municipal_nationwide": "area_wider_than_organisation",
    "no_channels": "channels_missing", "channels_null": "channels_missing", "bad_url": "web_address_malformed",
    "bad_phone": "phone_malformed", "duplicate_location": "duplicate_location", "area_null": "channel_area_missing",
    "sami_name": "language_version_incomplete",
}
# Shapes the importer reads leniently and leaves no trace of in the catalogue: a fax row without a number is
# dropped, and a service class is matched by its code whatever generation of URI it comes with.
IMPORTER_ONLY = {"fax_null", "uri_urn", "uri_ptvserclass"}


@pytest.fixture(scope="module")
def problems():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from demo_region.build import build
    finally:
        sys.path.remove(str(ROOT / "tools"))
    region = build()
    items = {"Service": region.services, "ServiceChannel": region.channels}
    return [(p.code, items[p.entity][p.key]["id"], p.name) for p in region.problems]


@pytest.fixture
def findings(demo_catalogue):
    run = quality_run(now=REFERENCE, import_run=demo_catalogue)
    return run, {(f.origin_id, f.rule) for f in Finding.objects.filter(run=run)}


def test_every_kind_of_deliberate_problem_has_a_rule(problems):
    codes = {code for code, _, _ in problems}
    assert len(problems) == 65 and len(codes) == 24
    assert codes == set(EXPECTED) | IMPORTER_ONLY


def test_every_deliberate_problem_is_found_on_its_item(problems, findings):
    _, found = findings
    missing = [(code, name) for code, origin, name in problems
               if code in EXPECTED and (origin, EXPECTED[code]) not in found]
    assert missing == []


def test_errors_and_warnings_fall_only_on_items_with_a_deliberate_problem(problems, findings):
    run, _ = findings
    flawed = {origin for _, origin, _ in problems}
    serious = Finding.objects.filter(run=run, severity__in=["error", "warning"])
    assert serious.count() >= 45
    unexpected = sorted({(f.item_name.get("fi"), f.rule) for f in serious if f.origin_id not in flawed})
    # Both owners of a place described twice hear of it: the city's own library names the NGO's copy.
    assert unexpected == [("Vaasan pääkirjasto", "duplicate_location")]


def test_run_is_linked_to_the_import_and_scores_the_demo(findings, demo_catalogue):
    run, _ = findings
    assert run.import_run == demo_catalogue and run.items == 435
    assert 90 < run.score < 100
    assert run.rule_counts["not_updated"] == 12 and run.rule_counts["duplicate_location"] == 2
    assert run.errors + run.warnings + run.notices == sum(run.rule_counts.values())
