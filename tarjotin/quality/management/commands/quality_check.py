"""Check the catalogue's data quality now and store the run: findings, scores, a point in the trend."""

from __future__ import annotations

from datetime import UTC, datetime, time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from tarjotin.quality.models import QualityRun
from tarjotin.quality.registry import rule_get
from tarjotin.quality.services import quality_run
from tarjotin.sources.models import ImportRun


def _moment(raw: str) -> datetime:
    parsed = parse_datetime(raw)
    if parsed is None:
        day = parse_date(raw)
        if day is None:
            raise CommandError(f"--now {raw!r} is not an ISO date or date and time")
        parsed = datetime.combine(day, time(12))
    return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed, UTC)


class Command(BaseCommand):
    help = "Run every data-quality rule over the catalogue and store the findings and scores."

    def add_arguments(self, parser):
        parser.add_argument("--now", help="ISO date or time to measure 'not updated in 12 months' from")
        parser.add_argument("--import-run", type=int, help="link the run to this ImportRun (default: the latest "
                                                           "successful one)")

    def handle(self, *args, **opts):
        now = _moment(opts["now"]) if opts["now"] else None
        run = quality_run(now=now, import_run=self._import_run(opts["import_run"]))
        self.stdout.write(summary(run))

    def _import_run(self, pk: int | None) -> ImportRun | None:
        if pk is None:
            return ImportRun.objects.filter(status=ImportRun.Status.SUCCEEDED).first()
        found = ImportRun.objects.filter(pk=pk).first()
        if found is None:
            raise CommandError(f"no import run {pk}")
        return found


def summary(run: QualityRun) -> str:
    lines = [f"quality run {run.pk}: {run.items} items, score {run.score:.1f}, {run.errors} errors, "
             f"{run.warnings} warnings, {run.notices} notices in {run.seconds:.2f} s"]
    for rule_id, count in sorted(run.rule_counts.items(), key=lambda kv: (-kv[1], kv[0])):
        found = rule_get(rule_id)
        lines.append(f"  {count:6d}  {rule_id} ({found.severity if found else '?'})")
    return "\n".join(lines)
