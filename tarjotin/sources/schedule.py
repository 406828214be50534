"""The scheduled sync: what every active tray wants from each source, merged into one run per source."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.core.serializers.json import DjangoJSONEncoder

from tarjotin.core.exceptions import TarjotinError

from .models import ImportRun
from .registry import ADAPTERS

# Where each adapter that can read only the changes takes "changed since" from; LIPAS has no such query.
SINCE_KEYS = {"ptv": "since", "linkedevents": "last_modified_since"}
# Parameters that say when rather than what: two runs that differ only in these fetch the same scope.
TIME_KEYS = ("since", "last_modified_since", "now")
API_MODES = ("full", "incremental")
LOCK_FILE = "sync_all.lock"


class SyncLocked(TarjotinError):
    """Another sync_all holds the lock; this one did nothing."""


@dataclass(frozen=True)
class SourceWish:
    """What the active trays together want from one source; `types` and `organizations` None = all."""

    source: str
    areas: tuple[str, ...]
    types: tuple[str, ...] | None = None
    organizations: tuple[str, ...] | None = None
    trays: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlannedRun:
    """One source's run: its mode, the adapter's parameters, and why this mode (shown by --dry-run)."""

    source: str
    mode: str
    params: dict
    reason: str
    trays: tuple[str, ...] = ()
    problem: str = ""  # a tray configuration the adapter cannot take: the run is recorded failed, not fetched


@dataclass
class Plan:
    runs: list[PlannedRun] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # configuration that was left out, and why


@dataclass
class _Merged:
    areas: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    organizations: set[str] = field(default_factory=set)
    every_type: bool = False
    every_organization: bool = False
    trays: list[str] = field(default_factory=list)


def wishes_merge(configs: Iterable[tuple[str, dict]]) -> tuple[dict[str, SourceWish], list[str]]:
    """(tray slug, tray.sources) pairs → one wish per source, and notes on what was left out.

    A source is fetched once per run and a full run deletes what it did not fetch, so each source gets
    the union of the trays' areas. A narrowing (LIPAS types, organisations) holds only if every tray
    asks for it: one tray that wants every type gets every type, for the shared areas too."""
    merged: dict[str, _Merged] = {}
    notes: list[str] = []
    for slug, sources in configs:
        for name, config in sorted((sources or {}).items()):
            if not isinstance(config, dict):
                notes.append(f"tray {slug}: {name} is not an object; left out")
                continue
            areas = {str(a) for a in config.get("areas") or []}
            if not areas:
                notes.append(f"tray {slug}: {name} has no areas; left out")
                continue
            entry = merged.setdefault(name, _Merged())
            entry.areas |= areas
            entry.trays.append(slug)
            types = {str(t) for t in config.get("types") or []}
            entry.every_type |= not types
            entry.types |= types
            organizations = {str(o) for o in config.get("organizations") or []}
            entry.every_organization |= not organizations
            entry.organizations |= organizations
    wishes = {}
    for name, entry in sorted(merged.items()):
        if name not in ADAPTERS:
            notes.append(f"unknown source {name!r} (trays {', '.join(entry.trays)}); left out")
            continue
        wishes[name] = SourceWish(
            source=name, areas=tuple(sorted(entry.areas)),
            types=None if entry.every_type else tuple(sorted(entry.types)),
            organizations=None if entry.every_organization else tuple(sorted(entry.organizations)),
            trays=tuple(entry.trays))
    return wishes, notes


def _area(value: str) -> list[str]:
    kind, _, code = value.partition(":")
    return [kind, code]  # a list, not a tuple: equal to what the stored parameters give back from JSON


def params_for(wish: SourceWish) -> tuple[dict, list[str], str]:
    """The adapter's parameters for a full run, notes on keys it ignores, and a problem if it cannot run."""
    params: dict = {"areas": [_area(a) for a in wish.areas]}
    notes: list[str] = []
    problem = ""
    if wish.source == "ptv":
        # As `source_sync` by default: nationwide services are not listed under an area's pages.
        params["whole_country"] = False
    if wish.source == "lipas" and wish.types is not None:
        bad = [t for t in wish.types if not t.isdigit()]
        if bad:
            problem = f"LIPAS types are numbers, not {', '.join(bad)}; fix the trays' sources"
        params["types"] = sorted(int(t) for t in wish.types if t.isdigit())
    if wish.source == "linkedevents" and wish.organizations is not None:
        params["filters"] = {"publisher": ",".join(wish.organizations)}
    if wish.types is not None and wish.source != "lipas":
        notes.append(f"{wish.source}: types are read only for LIPAS; {', '.join(wish.types)} left out")
    if wish.organizations is not None and wish.source != "linkedevents":
        notes.append(f"{wish.source}: organizations are read only for Linked Events; left out")
    return params, notes, problem


def scope(params: dict) -> str:
    """What a run fetched, without when: the comparable form of stored and planned parameters."""
    plain = json.loads(json.dumps(params, cls=DjangoJSONEncoder))
    return json.dumps({k: v for k, v in plain.items() if k not in TIME_KEYS}, sort_keys=True)


def mode_choose(source: str, params: dict, *, full: bool, last: ImportRun | None) -> tuple[str, dict, str]:
    """(mode, parameters, reason). Incremental only when the source's latest success fetched the same scope
    through its API: after a files import, or with other areas, changes since then would not be enough."""
    if source not in SINCE_KEYS:
        return "full", params, "the source has no incremental reads"
    if full:
        return "full", params, "--full"
    if last is None:
        return "full", params, "no earlier successful run"
    if last.mode not in API_MODES:
        return "full", params, f"the last success was a {last.mode} import"
    if scope(last.parameters) != scope(params):
        return "full", params, "the trays' areas or filters changed since the last success"
    since = last.started_at
    return "incremental", {**params, SINCE_KEYS[source]: since}, f"changes since {since.isoformat(timespec='seconds')}"


def last_success(source: str) -> ImportRun | None:
    return ImportRun.objects.filter(source=source, status=ImportRun.Status.SUCCEEDED).order_by("-started_at").first()


def plan_build(configs: Iterable[tuple[str, dict]], *, full: bool = False,
               only: Iterable[str] | None = None) -> Plan:
    """The runs for these tray configurations, limited to the sources in `only` when given."""
    wishes, notes = wishes_merge(configs)
    plan = Plan(notes=notes)
    wanted = set(only) if only else None
    for name, wish in wishes.items():
        if wanted is not None and name not in wanted:
            continue
        params, ignored, problem = params_for(wish)
        plan.notes.extend(ignored)
        mode, params, reason = mode_choose(name, params, full=full, last=last_success(name))
        plan.runs.append(PlannedRun(source=name, mode=mode, params=params, reason=reason, trays=wish.trays,
                                    problem=problem))
    for name in sorted((wanted or set()) - set(wishes)):
        plan.notes.append(f"{name}: no active tray asks for it; nothing to do")
    return plan


@contextlib.contextmanager
def sync_lock(path: Path, *, wait: float = 0.0, poll: float = 1.0) -> Iterator[None]:
    """One sync_all at a time on this host. The kernel drops an flock when its process dies, so a
    killed run never leaves a stale lock behind; the pid in the file only helps the message."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
                    raise SyncLocked(f"another sync_all is running (pid {holder}, lock {path})") from None
                time.sleep(poll)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def counts_summary(counts: dict) -> str:
    """{kind: {created, updated, unchanged, deleted}} → "3 new, 1 updated, 0 deleted, 120 unchanged"."""
    total = {key: sum(int((c or {}).get(key) or 0) for c in counts.values())
             for key in ("created", "updated", "deleted", "unchanged")}
    return (f"{total['created']} new, {total['updated']} updated, {total['deleted']} deleted, "
            f"{total['unchanged']} unchanged")


def run_changed(run: ImportRun) -> bool:
    return run.status == ImportRun.Status.SUCCEEDED and any(
        c.get("created") or c.get("updated") or c.get("deleted") for c in run.counts.values())


@dataclass(frozen=True)
class SourceStatus:
    """One row of the admin's sync status page."""

    source: str
    last_run: ImportRun | None  # the latest finished run
    last_success: ImportRun | None
    last_failure: ImportRun | None
    running: ImportRun | None  # a run started after the latest finished one, if any

    @property
    def failing(self) -> bool:
        return self.last_run is not None and self.last_run.status == ImportRun.Status.FAILED

    @property
    def last_success_counts(self) -> str:
        return counts_summary(self.last_success.counts) if self.last_success else ""


def source_statuses() -> list[SourceStatus]:
    """Every registered source and every source that has runs, with its latest success and failure."""
    runs = ImportRun.objects.order_by("-started_at")
    # order_by(): the model's default ordering would join DISTINCT and return a row per run.
    names = sorted(set(ADAPTERS) | set(ImportRun.objects.order_by().values_list("source", flat=True).distinct()))
    rows = []
    for name in names:
        mine = runs.filter(source=name)
        finished = mine.exclude(status=ImportRun.Status.RUNNING).first()
        running = mine.filter(status=ImportRun.Status.RUNNING).first()
        if running is not None and finished is not None and running.started_at < finished.started_at:
            running = None  # left "running" by a killed process; a later run has finished since
        rows.append(SourceStatus(
            source=name, last_run=finished,
            last_success=mine.filter(status=ImportRun.Status.SUCCEEDED).first(),
            last_failure=mine.filter(status=ImportRun.Status.FAILED).first(),
            running=running))
    return rows
