"""Quality runs: scores per item, organisation and area, the trend over runs, the import hook, the command."""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import UTC, datetime

import pytest
from django.core.management import CommandError, call_command

from tarjotin.catalogue.models import Service
from tarjotin.quality import selectors, services
from tarjotin.quality.models import AreaScore, Finding, OrganizationScore, QualityRun
from tarjotin.quality.registry import item_score
from tarjotin.quality.snapshot import context_load, items_load
from tarjotin.sources.signals import catalogue_changed

REFERENCE = datetime(2026, 11, 20, 9, tzinfo=UTC)


def _item_scores(run: QualityRun) -> dict[tuple[str, int], int]:
    severities = defaultdict(list)
    for f in Finding.objects.filter(run=run):
        severities[(f.item_kind, f.item_id)].append(f.severity)
    return {key: item_score(found) for key, found in severities.items()}


def test_scores_are_averages_of_item_scores(demo_catalogue):
    run = services.quality_run(now=REFERENCE)
    items = items_load()
    scores = _item_scores(run)
    every = [scores.get((i.kind, i.pk), 100) for i in items]
    assert run.items == len(items) == 435
    assert run.score == round(sum(every) / len(every), 1)
    by_org = defaultdict(list)
    for i in items:
        by_org[i.organization_origin_id].append(scores.get((i.kind, i.pk), 100))
    stored = {o.origin_id: o for o in OrganizationScore.objects.filter(run=run)}
    assert set(stored) == set(by_org)
    for origin, values in by_org.items():
        assert stored[origin].items == len(values)
        assert stored[origin].score == round(sum(values) / len(values), 1)
    worst = min(stored.values(), key=lambda o: o.score)
    assert worst.score < 100 and worst.errors + worst.warnings + worst.notices > 0


def test_county_figures_leave_nationwide_items_to_the_national_ones(demo_catalogue):
    run = services.quality_run(now=REFERENCE)
    ctx = context_load(REFERENCE)
    items = items_load()
    in_county = [i for i in items if not i.nationwide and any(ctx.county_of.get(m) == "17" for m in i.area_codes)]
    ostrobothnia = AreaScore.objects.get(run=run, county="17")
    assert ostrobothnia.items == len(in_county)
    assert 0 < len(in_county) < len(items)
    assert list(AreaScore.objects.filter(run=run).values_list("county", flat=True)) == ["", "17"]
    # A county's tray lists the organisations with items in its area; those whose every item is nationwide
    # (three national NGOs in the demo) are listed in the national tray only.
    regional = {o.origin_id for o in selectors.organizations_in_area(run, "17")}
    national = {o.origin_id for o in selectors.organizations_in_area(run, "")}
    assert len(regional) == 33 and len(national) == 36 and regional < national
    assert selectors.organizations_in_area(run, "06") == []


def test_trend_over_two_runs_shows_a_fix(demo_catalogue):
    first = services.quality_run(now=REFERENCE)
    village = Service.objects.get(name__fi="Kylätalon avoimet ovet")
    assert Finding.objects.filter(run=first, item_id=village.pk, rule="summary_missing").exists()
    village.summary = {"fi": "Kylätalo on avoinna kaikille kyläläisille keskiviikkoisin: kahvia ja seuraa.",
                       "sv": "Bystugan är öppen för alla bybor på onsdagar: kaffe och sällskap."}
    village.save()
    second = services.quality_run(now=REFERENCE)
    assert not Finding.objects.filter(run=second, item_id=village.pk, rule="summary_missing").exists()
    assert second.errors == first.errors - 1 and second.score > first.score
    trend = selectors.area_trend("")
    assert [t.run for t in trend] == [second, first]
    org_trend = selectors.organization_trend(village.organization_origin_id)
    assert [t.run for t in org_trend] == [second, first] and org_trend[0].score > org_trend[1].score
    assert selectors.run_latest() == second


def test_an_import_that_changed_the_catalogue_starts_a_check(demo_catalogue):
    assert not QualityRun.objects.exists()
    catalogue_changed.send(sender=None, run=demo_catalogue)
    run = QualityRun.objects.get()
    assert run.import_run == demo_catalogue and run.items == 435


def test_a_failing_check_does_not_fail_the_import(demo_catalogue, monkeypatch, caplog):
    def broken(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "quality_run", broken)
    catalogue_changed.send(sender=None, run=demo_catalogue)
    assert "quality check after a catalogue change failed" in caplog.text
    assert not QualityRun.objects.exists()


def test_old_runs_keep_their_scores_but_not_their_findings(demo_catalogue, monkeypatch):
    monkeypatch.setattr(services, "KEEP_FINDINGS", 2)
    runs = [services.quality_run(now=REFERENCE) for _ in range(3)]
    assert not Finding.objects.filter(run=runs[0]).exists()
    assert Finding.objects.filter(run=runs[2]).count() == Finding.objects.filter(run=runs[1]).count() > 0
    assert OrganizationScore.objects.filter(run=runs[0]).count() == 36
    assert len(selectors.area_trend("")) == 3


def test_the_check_takes_a_fixed_number_of_queries(demo_catalogue, django_assert_max_num_queries):
    with django_assert_max_num_queries(30):
        services.quality_run(now=REFERENCE)


def test_command_prints_counts_by_rule_and_links_the_latest_import(demo_catalogue):
    out = io.StringIO()
    call_command("quality_check", "--now", "2026-11-20", stdout=out)
    run = QualityRun.objects.get()
    assert run.import_run == demo_catalogue and run.checked_at.date().isoformat() == "2026-11-20"
    assert f"quality run {run.pk}: 435 items" in out.getvalue()
    assert "    12  not_updated (warning)" in out.getvalue()


@pytest.mark.parametrize("args", [("--now", "eilen"), ("--import-run", "9999")])
def test_command_refuses_bad_input(db, args):
    with pytest.raises(CommandError):
        call_command("quality_check", *args, stdout=io.StringIO())
