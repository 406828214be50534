"""manage.py demo_events: the demo's Linked Events file moved to the coming weeks, saved in the var dir, imported."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date

from tarjotin.core.exceptions import TarjotinError
from tarjotin.sources.linkedevents.client import file_records
from tarjotin.sources.linkedevents.rebase import rebased_page, weeks_to_today
from tarjotin.sources.models import ImportRun
from tarjotin.sources.registry import adapter_get
from tarjotin.sources.signals import catalogue_changed
from tarjotin.sources.sync import sync_run

DEMO_EVENTS = Path(__file__).resolve().parents[3] / "demo" / "linkedevents"


class Command(BaseCommand):
    help = ("Move Linked Events files (by default the demo region's) forward by whole weeks so the first event "
            "is within the coming week, write them to the var directory and import them.")

    def add_arguments(self, parser):
        parser.add_argument("--files", default=str(DEMO_EVENTS), help="a directory of Linked Events JSON, or one file")
        parser.add_argument("--today", help="ISO date to move the events towards (default: today in Helsinki)")
        parser.add_argument("--out", help="the moved file (default: <var dir>/demo/linkedevents/events.json)")
        parser.add_argument("--force", action="store_true", help="allow deleting more than 20 %% of the events")

    def handle(self, *args, **opts):
        today = self._today(opts["today"])
        try:
            records = [r for _name, found in file_records(Path(opts["files"])) for r in found]
        except TarjotinError as exc:
            raise CommandError(str(exc)) from exc
        weeks = weeks_to_today(records, today)
        out = Path(opts["out"]) if opts["out"] else Path(settings.VAR_DIR) / "demo" / "linkedevents" / "events.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(rebased_page(records, weeks), ensure_ascii=False, indent=1), encoding="utf-8")
        run = sync_run(adapter_get("linkedevents"), mode="files", params={"path": str(out)}, force=opts["force"])
        counts = run.counts.get("event", {})
        self.stdout.write(f"{len(records)} events moved {weeks} weeks to {out}; linkedevents files: {run.status}, "
                          f"{counts.get('created', 0)} new, {counts.get('updated', 0)} updated, "
                          f"{counts.get('unchanged', 0)} unchanged, {counts.get('deleted', 0)} deleted, "
                          f"{len(run.skipped)} skipped")
        for skipped in run.skipped[:20]:
            self.stdout.write(f"  skipped {skipped['id']}: {skipped['reason']}")
        if run.status != ImportRun.Status.SUCCEEDED:
            raise CommandError(f"import failed: {run.error}")
        if any(c.get("created") or c.get("updated") or c.get("deleted") for c in run.counts.values()):
            catalogue_changed.send(sender=self.__class__, run=run)

    def _today(self, raw: str | None) -> date:
        if not raw:
            return timezone.localdate(timezone=timezone.get_default_timezone())
        try:
            day = parse_date(raw)
        except ValueError:  # well formed but no such day, e.g. 2026-02-30
            day = None
        if day is None:
            raise CommandError(f"--today {raw!r} is not an ISO date")
        return day
