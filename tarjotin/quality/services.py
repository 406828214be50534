"""Running the rules over the catalogue and storing the findings and scores of the run."""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from .models import AreaScore, Finding, OrganizationScore, QualityRun
from .registry import ITEM_KINDS, Rule, Severity, item_score, rules_all
from .snapshot import Context, Item, context_load, items_load

log = logging.getLogger(__name__)
KEEP_FINDINGS = 10  # runs whose findings stay; older runs keep only their scores, which the trend needs
DETAIL_MAX = 300


@dataclass
class Result:
    """One item's findings as (rule, detail) pairs, and the counties it counts in."""

    item: Item
    found: list[tuple[Rule, str]]
    counties: frozenset[str]

    @property
    def score(self) -> int:
        return item_score(r.severity for r, _ in self.found)


@dataclass
class _Sum:
    items: int = 0
    points: int = 0
    severities: Counter = field(default_factory=Counter)

    def add(self, result: Result) -> None:
        self.items += 1
        self.points += result.score
        self.severities.update(r.severity for r, _ in result.found)

    def fields(self) -> dict[str, Any]:
        return {"items": self.items, "errors": self.severities[Severity.ERROR],
                "warnings": self.severities[Severity.WARNING], "notices": self.severities[Severity.NOTICE],
                "score": round(self.points / self.items, 1) if self.items else 100.0}


def item_check(item: Item, ctx: Context, rules: list[Rule]) -> list[tuple[Rule, str]]:
    """(rule, details) for every rule the item breaks: once per rule, however many places it breaks it in,
    so three missing Swedish texts cost as much as one and the score stays a count of things to fix."""
    found = []
    for r in rules:
        if item.kind in r.kinds:
            details = r.details(item, ctx)
            if details:
                found.append((r, "; ".join(details)))
    return found


def _counties(item: Item, ctx: Context) -> frozenset[str]:
    # A nationwide item counts only in the national figures, or it would crowd every county's.
    if item.nationwide:
        return frozenset()
    return frozenset(ctx.county_of[m] for m in item.area_codes if m in ctx.county_of)


def results_build(items: list[Item], ctx: Context) -> list[Result]:
    rules = rules_all()
    by_kind = {kind: [r for r in rules if kind in r.kinds] for kind in ITEM_KINDS}
    return [Result(item, item_check(item, ctx, by_kind.get(item.kind, [])), _counties(item, ctx)) for item in items]


def _organizations(results: list[Result], ctx: Context) -> list[OrganizationScore]:
    sums: dict[str, _Sum] = defaultdict(_Sum)
    counties: dict[str, set[str]] = defaultdict(set)
    for result in results:
        origin = result.item.organization_origin_id
        sums[origin].add(result)
        counties[origin] |= result.counties
    rows = []
    for origin, total in sums.items():
        org = ctx.organizations.get(origin)
        home = ctx.county_of.get(org.municipality) if org else None
        rows.append(OrganizationScore(origin_id=origin, name=org.name if org else {},
                                      counties=sorted(counties[origin] | ({home} if home else set())),
                                      **total.fields()))
    return rows


def _areas(results: list[Result]) -> list[AreaScore]:
    sums: dict[str, _Sum] = defaultdict(_Sum)
    sums[""] = _Sum()
    for result in results:
        sums[""].add(result)
        for county in result.counties:
            sums[county].add(result)
    return [AreaScore(county=county, **total.fields()) for county, total in sorted(sums.items())]


FINDING_COLUMNS = ("run_id", "item_kind", "item_id", "origin_id", "item_name", "organization_origin_id", "rule",
                   "severity", "detail")


def _findings_insert(run: QualityRun, results: list[Result]) -> int:
    """Write the findings with one prepared statement: a national run has tens of thousands, and the ORM's
    bulk_create spends four times as long building objects it never reads back."""
    names = Finding._meta.get_field("item_name")
    rows = [
        (run.pk, r.item.kind, r.item.pk, r.item.origin_id, names.get_db_prep_save(r.item.name, connection),
         r.item.organization_origin_id, rule.id, str(rule.severity), detail[:DETAIL_MAX])
        for r in results for rule, detail in r.found
    ]
    table = connection.ops.quote_name(Finding._meta.db_table)
    sql = (f"INSERT INTO {table} ({', '.join(FINDING_COLUMNS)}) "  # noqa: S608 (names are ours, values bound)
           f"VALUES ({', '.join(['%s'] * len(FINDING_COLUMNS))})")
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 5000):
            cursor.executemany(sql, rows[start:start + 5000])
    return len(rows)


def quality_run(*, now: datetime | None = None, import_run=None) -> QualityRun:
    """Check every item of the checked sources and store the run: findings, organisations, areas."""
    clock = time.perf_counter()
    started = timezone.now()
    ctx = context_load(now or started)
    results = results_build(items_load(), ctx)
    areas = _areas(results)
    organizations = _organizations(results, ctx)
    national = next(a for a in areas if a.county == "")
    with transaction.atomic():
        run = QualityRun.objects.create(
            import_run=import_run, started_at=started, checked_at=ctx.now, items=national.items,
            errors=national.errors, warnings=national.warnings, notices=national.notices, score=national.score,
            rule_counts=dict(sorted(Counter(rule.id for r in results for rule, _ in r.found).items())),
        )
        for row in (*areas, *organizations):
            row.run = run
        found = _findings_insert(run, results)
        AreaScore.objects.bulk_create(areas, batch_size=500)
        OrganizationScore.objects.bulk_create(organizations, batch_size=500)
        _prune()
        run.seconds = round(time.perf_counter() - clock, 3)
        run.save(update_fields=["seconds"])
    log.info("quality run %s: %s items, %s findings, score %.1f in %.2f s", run.pk, run.items, found,
             run.score, run.seconds)
    return run


def _prune() -> None:
    keep = list(QualityRun.objects.values_list("pk", flat=True)[:KEEP_FINDINGS])
    Finding.objects.exclude(run_id__in=keep).delete()


def quality_run_on_change(sender: Any, **kwargs: Any) -> None:
    """Receiver of catalogue_changed. The import has committed; a failed check must not fail it."""
    try:
        quality_run(import_run=kwargs.get("run"))
    except Exception:  # logged with its traceback; the import's result stands
        log.exception("quality check after a catalogue change failed; the previous findings stay")
