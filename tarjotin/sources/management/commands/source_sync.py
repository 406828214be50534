"""Sync the catalogue from a source: a whole area, the changes since the last run, or local files."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from tarjotin.sources.models import ImportRun
from tarjotin.sources.registry import adapter_get
from tarjotin.sources.signals import catalogue_changed
from tarjotin.sources.sync import sync_run


class _Bar:
    """A one-line progress bar on a terminal; silent when output is piped."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.enabled = stream.isatty()

    def __call__(self, what: str, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        if total:
            filled = int(30 * done / total)
            line = f"\r{what[:32]:<32} [{'#' * filled}{'.' * (30 - filled)}] {done}/{total}"
        else:
            line = f"\r{what[:32]:<32} {done}"
        self.stream.write(line.ljust(80))
        self.stream.flush()


def _areas(values: list[str]) -> list[tuple[str, str]]:
    areas = []
    for value in values:
        area, _, code = value.partition(":")
        if not code:
            raise CommandError(f"--area {value!r}: use AREA:CODE, e.g. WellbeingServiceCounties:17 or Municipality:905")
        areas.append((area, code))
    return areas


class Command(BaseCommand):
    help = "Sync the catalogue from a source (ptv, lipas): --area for a full sync, --incremental, or --files."

    def add_arguments(self, parser):
        parser.add_argument("source", nargs="?", default="ptv")
        parser.add_argument("--area", action="append", default=[], help="AREA:CODE, repeatable")
        parser.add_argument("--files", help="import the JSON files of this directory instead of the API")
        parser.add_argument("--incremental", action="store_true", help="only changes since the last success")
        parser.add_argument("--since", help="ISO time for --incremental (default: last successful run)")
        parser.add_argument("--whole-country", action="store_true", help="include nationwide items")
        parser.add_argument("--force", action="store_true", help="allow deleting more than 20 %% of the rows")
        parser.add_argument("--type", action="append", type=int, default=[], dest="types",
                            help="LIPAS type code to import, repeatable (default: every type)")
        parser.add_argument("--base-url", help="override the source's base URL (PTV_BASE_URL, LIPAS_BASE_URL)")

    def handle(self, *args, **opts):
        mode, params = self._plan(opts)
        if opts["base_url"]:
            settings.TARJOTIN[f"{opts['source'].upper()}_BASE_URL"] = opts["base_url"]
        run = sync_run(adapter_get(opts["source"]), mode=mode, params=params, force=opts["force"],
                       progress=_Bar(sys.stderr))
        if sys.stderr.isatty():
            sys.stderr.write("\n")
        self.stdout.write(self._summary(run))
        if run.status != ImportRun.Status.SUCCEEDED:
            raise CommandError(f"import failed: {run.error}")
        if any(c["created"] or c["updated"] or c["deleted"] for c in run.counts.values()):
            catalogue_changed.send(sender=self.__class__, run=run)

    def _plan(self, opts) -> tuple[str, dict]:
        if opts["files"]:
            path = Path(opts["files"])
            if not path.is_dir():
                raise CommandError(f"{path} is not a directory")
            return "files", {"path": str(path.resolve())}
        areas = _areas(opts["area"] or [f"WellbeingServiceCounties:{settings.TARJOTIN['TRAY_COUNTY']}"])
        if not opts["incremental"]:
            params = {"areas": areas, "whole_country": opts["whole_country"]}
            return "full", {**params, "types": opts["types"]} if opts["types"] else params
        return "incremental", {"areas": areas, "since": self._since(opts["since"], opts["source"])}

    def _since(self, raw: str | None, source: str) -> datetime:
        if raw:
            parsed = parse_datetime(raw)
            if parsed is None:
                raise CommandError(f"--since {raw!r} is not an ISO date and time")
            return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed, timezone.utc)
        last = ImportRun.objects.filter(source=source, status=ImportRun.Status.SUCCEEDED).first()
        if last is None:
            raise CommandError("no earlier successful run: give --since or run a full sync first")
        return last.started_at

    def _summary(self, run: ImportRun) -> str:
        parts = [f"{run.source} {run.mode}: {run.status} in {run.duration_seconds:.1f} s"]
        for kind, c in run.counts.items():
            parts.append(f"  {kind}: {c['created']} new, {c['updated']} updated, "
                         f"{c['unchanged']} unchanged, {c['deleted']} deleted")
        if run.skipped:
            parts.append(f"  skipped {len(run.skipped)} records:")
            parts.extend(f"    {s['kind']} {s['id']}: {s['reason']}" for s in run.skipped[:20])
        if run.error:
            parts.append(f"  error: {run.error}")
        return "\n".join(parts)
