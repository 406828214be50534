"""The syncher: writes a fetched batch into the catalogue in one transaction, and records the run."""

from __future__ import annotations

import logging
import traceback

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from tarjotin.catalogue import services as catalogue
from tarjotin.core.exceptions import MassDeletionRefused, TarjotinError

from .base import KINDS, Adapter, Batch, Progress, no_progress
from .models import ImportRun

log = logging.getLogger(__name__)
UPSERTS = {"organization": catalogue.organization_upsert, "service": catalogue.service_upsert,
           "channel": catalogue.channel_upsert}


def _deletions(source: str, batch: Batch, force: bool) -> dict[str, set[str]]:
    """What to delete; more than the allowed share of a kind's rows stops the run unless forced."""
    share = settings.TARJOTIN["MAX_DELETE_SHARE"]
    plan = {}
    for kind in KINDS:
        existing = set(catalogue.MODELS[kind].objects.filter(source=source).values_list("origin_id", flat=True))
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
    counts = {kind: {"created": 0, "updated": 0, "unchanged": 0, "deleted": 0} for kind in KINDS}
    plan = _deletions(source, batch, force)
    changed_services = []
    for kind in KINDS:
        records = batch.records[kind]
        for done, record in enumerate(records.values(), start=1):
            obj, outcome = UPSERTS[kind](source=source, record=record, seen_at=now)
            counts[kind][outcome] += 1
            if kind == "service" and outcome != "unchanged":
                changed_services.append((obj, record))
            progress(kind, done, len(records))
        counts[kind]["deleted"] = catalogue.items_delete(kind=kind, source=source, origin_ids=plan[kind])
    for service, record in changed_services:
        catalogue.connections_replace(service=service, record=record, source=source)
    for origin_id, record in batch.records["channel"].items():
        if record.service_origin_ids:
            channel = catalogue.MODELS["channel"].objects.get(source=source, origin_id=origin_id)
            catalogue.connections_from_channel(channel=channel, service_origin_ids=record.service_origin_ids,
                                               source=source)
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
    return run
