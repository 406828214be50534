"""Sync every source the active trays use, each once, for cron or a systemd timer (docs/operations.md)."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.utils import timezone

from tarjotin.sources.models import ImportRun
from tarjotin.sources.registry import ADAPTERS, adapter_get
from tarjotin.sources.schedule import (
    LOCK_FILE,
    Plan,
    PlannedRun,
    SyncLocked,
    counts_summary,
    plan_build,
    run_changed,
    sync_lock,
)
from tarjotin.sources.signals import catalogue_changed
from tarjotin.sources.sync import sync_run
from tarjotin.trays.selectors import trays_active

# EX_TEMPFAIL: "try again later". A timer can treat it as success (SuccessExitStatus=75) so an hourly
# run that meets the nightly one is not an alert, while a failed source (1) still is.
EXIT_LOCKED = 75
EXIT_FAILED = 1


def _failed_without_fetch(planned: PlannedRun) -> ImportRun:
    """A configuration the adapter cannot take is recorded like any failure, so the status page shows it."""
    now = timezone.now()
    return ImportRun.objects.create(source=planned.source, mode=planned.mode, parameters=planned.params,
                                    started_at=now, finished_at=now, status=ImportRun.Status.FAILED,
                                    error=planned.problem)


def _shown(value: object) -> str:
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else str(value)


def _line(run: ImportRun) -> str:
    took = f"{run.duration_seconds:.1f} s" if run.duration_seconds is not None else "?"
    if run.status != ImportRun.Status.SUCCEEDED:
        return f"{run.source} {run.mode}: FAILED after {took}: {' '.join(run.error.split())}"
    skipped = f"; {len(run.skipped)} skipped" if run.skipped else ""
    return f"{run.source} {run.mode}: succeeded in {took}: {counts_summary(run.counts)}{skipped}"


class Command(BaseCommand):
    help = ("Sync every source of every active tray, each source once: incremental where the source allows "
            "and an earlier run succeeded with the same areas, full otherwise. Exits 1 if any source failed, "
            f"{EXIT_LOCKED} if another sync_all is running.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--full", action="store_true", help="full runs even where incremental would do")
        parser.add_argument("--source", action="append", default=[], choices=sorted(ADAPTERS), dest="sources",
                            help="only this source, repeatable (default: every source a tray uses)")
        parser.add_argument("--dry-run", action="store_true", help="print the plan; fetch and write nothing")
        parser.add_argument("--force", action="store_true", help="allow deleting more than 20 %% of a source's rows")
        parser.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                            help="wait this long for a running sync_all to finish (default: give up at once)")

    def handle(self, *args, **opts) -> None:
        # trays_active() reads an unreachable database as "no trays"; a timer must not call that a success.
        connection.ensure_connection()
        configs = [(tray.slug, tray.sources) for tray in trays_active()]
        if opts["dry_run"]:
            self._print_plan(plan_build(configs, full=opts["full"], only=opts["sources"]))
            return
        try:
            with sync_lock(settings.VAR_DIR / LOCK_FILE, wait=opts["wait"]):
                # Planned under the lock: "since" must come from the runs that finished before this one.
                plan = plan_build(configs, full=opts["full"], only=opts["sources"])
                runs = self._run(plan, force=opts["force"])
        except SyncLocked as exc:
            raise CommandError(str(exc), returncode=EXIT_LOCKED) from exc
        failed = [r.source for r in runs if r.status != ImportRun.Status.SUCCEEDED]
        if failed:
            raise CommandError(f"{len(failed)} of {len(runs)} sources failed: {', '.join(failed)}; "
                               "the last good catalogue stays for them", returncode=EXIT_FAILED)

    def _run(self, plan: Plan, *, force: bool) -> list[ImportRun]:
        for note in plan.notes:
            self.stderr.write(f"note: {note}")
        if not plan.runs:
            self.stdout.write("no active tray asks for any of these sources; nothing to do")
            return []
        runs = []
        for planned in plan.runs:
            if planned.problem:
                run = _failed_without_fetch(planned)
            else:
                # sync_run turns every error into a failed run, so one source never stops the next.
                run = sync_run(adapter_get(planned.source), mode=planned.mode, params=planned.params, force=force)
            runs.append(run)
            self.stdout.write(_line(run))
        changed = [r for r in runs if run_changed(r)]
        if changed:
            # Once, after every source: the receiver rebuilds the whole index, whichever run changed it.
            catalogue_changed.send(sender=self.__class__, run=changed[-1], runs=changed)
        return runs

    def _print_plan(self, plan: Plan) -> None:
        for note in plan.notes:
            self.stdout.write(f"note: {note}")
        if not plan.runs:
            self.stdout.write("no active tray asks for any of these sources; nothing to do")
        for planned in plan.runs:
            areas = ", ".join(":".join(a) for a in planned.params["areas"])
            extra = "".join(f"; {k} {_shown(v)}" for k, v in planned.params.items()
                            if k not in ("areas", "whole_country"))
            self.stdout.write(f"{planned.source}: would run {planned.mode} ({planned.reason}); "
                              f"areas {areas}{extra}; for trays {', '.join(planned.trays)}")
            if planned.problem:
                self.stdout.write(f"  cannot run: {planned.problem}")
