"""The Linked Events adapter: coming events of a date window from the API, changes since a time, or files."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from tarjotin.geo.models import Municipality
from tarjotin.sources.base import Batch, Progress
from tarjotin.sources.http import HttpClient

from .client import LinkedEventsClient, file_records
from .fields import HELSINKI, RecordError
from .parse import event_id, is_gone, is_undated_postponement, parse_event

log = logging.getLogger(__name__)
DEFAULT_BASE_URL = "https://api.hel.fi/linkedevents/v1/"
WINDOW_DAYS = 60
SAFETY_MARGIN = timedelta(minutes=10)  # a change saved while the last run read is not missed


def _moment(value: object, what: str) -> datetime:
    """An aware time from a datetime or an ISO string (parameters come back from JSON as strings)."""
    parsed = value if isinstance(value, datetime) else parse_datetime(str(value))
    if parsed is None:
        raise ValueError(f"{what} {value!r} is not an ISO date and time")
    return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed, HELSINKI)


def _day(value: object, default: date, what: str) -> date:
    if value in (None, ""):
        return default
    if isinstance(value, datetime):
        return value.astimezone(HELSINKI).date()
    if isinstance(value, date):
        return value
    parsed = parse_date(str(value))
    if parsed is None:
        raise ValueError(f"{what} {value!r} is not an ISO date")
    return parsed


def municipality_names() -> dict[str, str]:
    """Lower-case Finnish and Swedish municipality names → 3-digit codes, for places named by locality."""
    found: dict[str, str] = {}
    for code, names in Municipality.objects.values_list("code", "name"):
        for name in (names or {}).values():
            if isinstance(name, str) and name:
                found.setdefault(name.lower(), code)
    return found


def divisions(params: dict) -> str:
    """`kunta:<name>` divisions for the `areas` the sync command builds (("Municipality", "091"),
    ("WellbeingServiceCounties", "17")); "" when no areas are given."""
    codes: list[str] = []
    for area, code in params.get("areas") or []:
        if area == "Municipality":
            codes.append(str(code).zfill(3))
        elif area == "WellbeingServiceCounties":
            codes += Municipality.objects.filter(county_id=str(code).zfill(2)).values_list("code", flat=True)
        else:
            raise ValueError(f"Linked Events is filtered by municipality or county, not by {area!r}")
    names = dict(Municipality.objects.filter(code__in=codes).values_list("code", "name"))
    return ",".join(f"kunta:{names[c]['fi'].lower()}" for c in dict.fromkeys(codes) if names.get(c, {}).get("fi"))


class LinkedEventsAdapter:
    name = "linkedevents"

    def __init__(self, http: HttpClient | None = None) -> None:
        self._http = http

    def _client(self, params: dict) -> LinkedEventsClient:
        """The endpoint of this call (`base_url`), else the one given at construction, else the setting."""
        if self._http is not None and not params.get("base_url"):
            return LinkedEventsClient(self._http)
        conf = settings.TARJOTIN
        base = params.get("base_url") or conf.get("LINKEDEVENTS_BASE_URL", DEFAULT_BASE_URL)
        return LinkedEventsClient(HttpClient(base, timeout=conf["HTTP_TIMEOUT"], retries=conf["HTTP_RETRIES"]))

    def fetch(self, *, mode: str, params: dict, progress: Progress) -> Batch:
        now = _moment(params["now"], "now") if params.get("now") else timezone.now()
        municipalities = municipality_names()
        if mode == "files":
            batch = Batch(complete=True)
            self._files(batch, Path(params["path"]), now, municipalities, progress)
        elif mode in ("full", "incremental"):
            # Complete for the window and filters asked: run with the same ones every time.
            batch = Batch(complete=mode == "full")
            self._api(batch, self._client(params), self._query(mode, params, now), now, municipalities, progress)
        else:
            raise ValueError(f"Linked Events supports the modes files, full and incremental, not {mode!r}")
        # Events that have ended leave the tray on every run, whatever the mode (see the syncher).
        batch.expire_before = now
        return batch

    def _query(self, mode: str, params: dict, now: datetime) -> dict[str, str]:
        start = _day(params.get("start"), now.astimezone(HELSINKI).date(), "start")
        end = _day(params.get("end"), start + timedelta(days=WINDOW_DAYS), "end")
        query = {"start": start.isoformat(), "end": end.isoformat()}
        area = divisions(params)
        if area:
            query["division"] = area
        if mode == "incremental":
            since = params.get("last_modified_since") or params.get("since")
            if not since:
                raise ValueError("an incremental Linked Events run needs last_modified_since")
            moment = _moment(since, "last_modified_since") - SAFETY_MARGIN
            query["last_modified_since"] = moment.astimezone(HELSINKI).isoformat(timespec="seconds")
            query["show_deleted"] = "true"  # deletions come as records with `deleted: true`
        query.update({str(k): str(v) for k, v in (params.get("filters") or {}).items() if v is not None})
        return query

    def _api(self, batch: Batch, client: LinkedEventsClient, query: dict[str, str], now: datetime,
             municipalities: dict[str, str], progress: Progress) -> None:
        for items, number, count in client.events(query):
            for record in items:
                _take(batch, record, now, municipalities, f"page {number}")
            progress("events", number, count)

    def _files(self, batch: Batch, path: Path, now: datetime, municipalities: dict[str, str],
               progress: Progress) -> None:
        done = 0
        for filename, records in file_records(path):
            for record in records:
                _take(batch, record, now, municipalities, filename)
                done += 1
                progress("events", done, None)


def _take(batch: Batch, record: object, now: datetime, municipalities: dict[str, str], where: str) -> None:
    """Parse one event into the batch, or note why it is left out."""
    if not isinstance(record, dict):
        batch.skip("event", "", f"{where}: not a JSON object")
        return
    try:
        origin = event_id(record)
    except RecordError as exc:
        batch.skip("event", "", f"{where}: {exc}")
        return
    if is_gone(record) or is_undated_postponement(record):
        batch.deleted["event"].add(origin)
        return
    try:
        event = parse_event(record, municipalities=municipalities)
    except RecordError as exc:
        batch.skip("event", origin, str(exc))
        return
    except (TypeError, AttributeError, KeyError, ValueError) as exc:
        batch.skip("event", origin, f"unexpected shape: {type(exc).__name__}: {exc}")
        return
    if event.end <= now:
        batch.skip("event", origin, f"ended before the run ({event.end.astimezone(HELSINKI):%Y-%m-%d %H:%M})")
        return
    if origin in batch.records["event"]:
        batch.skip("event", origin, f"{where}: repeated; the later copy is kept")
    batch.add("event", event)
