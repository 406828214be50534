"""The syncher: writes a fetched batch into the catalogue in one transaction, and records the run."""

from __future__ import annotations

import logging
import traceback

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from tarjotin.catalogue import services as catalogue
from tarjotin.catalogue.merging import duplicates_refresh
from tarjotin.core.exceptions import MassDeletionRefused, TarjotinError

from .base import ITEM_KINDS, Adapter, Batch, Progress, no_progress
from .models import ImportRun

log = logging.getLogger(__name__)


def _deletions(source: str, batch: Batch, force: bool, cache: catalogue.RunCache) -> dict[str, set[str]]:
    """What to delete; more than the allowed share of a kind's rows stops the run unless forced."""
    share = settings.TARJOTIN["MAX_DELETE_SHARE"]
    plan = {}
    for kind in ITEM_KINDS:
        existing = set(cache.rows[kind])
        gone = (existing - set(batch.records[kind])) if batch.complete else set()
        gone |= batch.deleted[kind] & existing
        if existing and len(gone) > share * len(existing) and not force:
            raise MassDeletionRefused(
                f"{source}: would delete {len(gone)} of {len(existing)} {kind} rows "
                f"(more than {share:.0%}); run again with --force if that is right"
            )
        plan[kind] = gone
    return plan


def _write(source: str, batch: Batch, force: bool, progress: Progress) -> dict:
    now = timezone.now()
    # Identities, hashes and code lists are read once per run, not once per record.
    cache = catalogue.run_cache(source=source)
    # Ended events go first, so the mass-deletion guard weighs only what the source itself dropped.
    expired = catalogue.events_expire(source=source, before=batch.expire_before, cache=cache)
    plan = _deletions(source, batch, force, cache)
    counts = {}
    changed_services: list = []
    for kind in ITEM_KINDS:
        records = batch.records[kind]
        counts[kind], written = catalogue.items_upsert(kind=kind, source=source, records=records.values(),
                                                       total=len(records), seen_at=now, cache=cache,
                                                       progress=progress)
        if kind == "service":
            changed_services = written
        counts[kind]["deleted"] = catalogue.items_delete(kind=kind, source=source, origin_ids=plan[kind],
                                                         cache=cache)
    counts["event"]["deleted"] += expired
    catalogue.connections_replace(services=changed_services, cache=cache)
    catalogue.connections_from_channels(records=batch.records["channel"].values(), source=source, cache=cache)
    catalogue.links_refresh(source=source)
    return counts


def sync_run(adapter: Adapter, *, mode: str, params: dict, force: bool = False,
             progress: Progress = no_progress) -> ImportRun:
    """Fetch, then write all or nothing. A failure leaves the last good catalogue and a failed run."""
    run = ImportRun.objects.create(source=adapter.name, mode=mode, parameters=params, started_at=timezone.now())
    try:
        batch = adapter.fetch(mode=mode, params=params, progress=progress)
        run.skipped = batch.skipped
        with transaction.atomic():
            run.counts = _write(adapter.name, batch, force, progress)
        run.status = ImportRun.Status.SUCCEEDED
    except TarjotinError as exc:
        run.status, run.error = ImportRun.Status.FAILED, str(exc)
        log.error("import %s failed: %s", adapter.name, exc)
    except Exception as exc:  # an unforeseen bug must still leave a failed run, not a running one
        run.status, run.error = ImportRun.Status.FAILED, f"{type(exc).__name__}: {exc}"
        log.error("import %s crashed:\n%s", adapter.name, traceback.format_exc())
    run.finished_at = timezone.now()
    run.save()
    if run.status == ImportRun.Status.SUCCEEDED and any(
            c.get("created") or c.get("updated") or c.get("deleted") for c in run.counts.values()):
        _duplicates_refresh(adapter.name)
    return run


def _duplicates_refresh(source: str) -> None:
    """Here, not in a catalogue_changed receiver: the commands send that signal only after sync_run
    returns, so the search rebuild always sees the fresh merges, whatever order receivers connect in.
    The import has committed; a failed matching leaves the previous merges and must not fail the run."""
    try:
        duplicates_refresh()
    except Exception:  # logged with its traceback; the import's result stands
        log.exception("duplicate matching after the %s import failed; the previous merges stand", source)
