"""The PTV adapter: full sync of an area, incremental sync since a time, or import from files."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings

from tarjotin.sources.base import KINDS, Batch, Progress
from tarjotin.sources.http import HttpClient

from .client import PtvClient, file_records
from .fields import RecordError
from .parse import PARSERS, is_published, record_kind

log = logging.getLogger(__name__)
# Archived and withdrawn items disappear from the lists; these statuses tell an incremental run of them.
GONE_STATUSES = ("Archived", "Withdrawn")
SAFETY_MARGIN = timedelta(minutes=10)


def _take(batch: Batch, kind: str, record: object) -> None:
    """Parse one record into the batch, or note why it was skipped."""
    origin = str(record.get("id", "")) if isinstance(record, dict) else ""
    if not isinstance(record, dict):
        batch.skip(kind, origin, "not a JSON object")
        return
    if not is_published(record):
        batch.deleted[kind].add(origin)
        return
    try:
        batch.add(kind, PARSERS[kind](record))
    except RecordError as exc:
        batch.skip(kind, origin, str(exc))
    except (TypeError, AttributeError, KeyError, ValueError) as exc:
        batch.skip(kind, origin, f"unexpected shape: {type(exc).__name__}: {exc}")


class PtvAdapter:
    name = "ptv"

    def __init__(self, http: HttpClient | None = None) -> None:
        conf = settings.TARJOTIN
        self._http = http or HttpClient(
            conf["PTV_BASE_URL"], timeout=conf["HTTP_TIMEOUT"], retries=conf["HTTP_RETRIES"]
        )

    def fetch(self, *, mode: str, params: dict, progress: Progress) -> Batch:
        if mode == "files":
            return self._files(Path(params["path"]), progress)
        client = PtvClient(self._http)
        if mode == "full":
            return self._full(client, params, progress)
        if mode == "incremental":
            return self._incremental(client, params, progress)
        raise ValueError(f"unknown mode {mode!r}")

    def _files(self, directory: Path, progress: Progress) -> Batch:
        batch = Batch(complete=True)
        for done, (filename, record) in enumerate(file_records(directory), start=1):
            kind = record_kind(record)
            if kind:
                _take(batch, kind, record)
            else:
                batch.skip("", str(record.get("id", "")) if isinstance(record, dict) else "",
                           f"{filename}: not an organisation, service or channel")
            progress("files", done, None)
        return batch

    def _full(self, client: PtvClient, params: dict, progress: Progress) -> Batch:
        batch = Batch(complete=True)
        for area, code in params["areas"]:
            for kind in KINDS:
                for items, number, count in client.area_items(kind, area, code, params.get("whole_country", False)):
                    for record in items:
                        _take(batch, kind, record)
                    progress(f"{kind} {area}/{code}", number, count)
        self._follow_connections(client, batch, progress)
        return batch

    def _follow_connections(self, client: PtvClient, batch: Batch, progress: Progress) -> None:
        """Channels of other organisations and nationwide e-services are outside the area pages."""
        wanted = {"channel": set(), "organization": set()}
        for service in batch.records["service"].values():
            wanted["channel"] |= {c.channel_origin_id for c in service.connections}
            wanted["organization"].add(service.organization_origin_id)
        for channel in batch.records["channel"].values():
            wanted["organization"].add(channel.organization_origin_id)
        for kind in ("channel", "organization"):
            missing = sorted(i for i in wanted[kind] - set(batch.records[kind]) - batch.deleted[kind] if i)
            for records in client.by_ids(kind, missing):
                for record in records:
                    _take(batch, kind, record)
            progress(f"{kind} connected", len(missing), len(missing))

    def _incremental(self, client: PtvClient, params: dict, progress: Progress) -> Batch:
        batch = Batch(complete=False)
        since: datetime = params["since"] - SAFETY_MARGIN
        for kind in KINDS:
            changed: set[str] = set()
            for area, code in params["areas"]:
                changed |= set(client.changed_ids(kind, area, code, since))
            for status in GONE_STATUSES:
                batch.deleted[kind] |= set(client.changed_ids(kind, "", "", since, status=status))
            for records in client.by_ids(kind, sorted(changed - batch.deleted[kind])):
                for record in records:
                    _take(batch, kind, record)
            progress(f"{kind} changed", len(changed), len(changed))
        return batch
