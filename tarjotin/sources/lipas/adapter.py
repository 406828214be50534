"""The LIPAS adapter: the places of some municipalities from API v2, or places from JSON files."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from tarjotin.geo.selectors import county_municipality_codes
from tarjotin.sources.base import Batch, Progress
from tarjotin.sources.http import HttpClient

from .client import LipasClient, file_records
from .fields import RecordError, place_id
from .parse import DEFAULT_STATUSES, channel_id, is_place, parse_place, status

DEFAULT_BASE_URL = "https://api.lipas.fi/v2/"


def _take(batch: Batch, record: dict, statuses: tuple[str, ...]) -> None:
    """Parse one place into the batch (a service and its location), or note why it was skipped."""
    try:
        origin = place_id(record)
    except RecordError as exc:
        batch.skip("service", str(record.get("lipas-id") or record.get("sportsPlaceId") or ""), str(exc))
        return
    if status(record) not in statuses:
        # Closed or planned: gone from the tray, as an unpublished PTV item is.
        batch.deleted["service"].add(origin)
        batch.deleted["channel"].add(channel_id(origin))
        return
    try:
        place = parse_place(record)
    except RecordError as exc:
        batch.skip("service", origin, str(exc))
        return
    except (TypeError, AttributeError, KeyError, ValueError) as exc:
        batch.skip("service", origin, f"unexpected shape: {type(exc).__name__}: {exc}")
        return
    batch.add("service", place.service)
    batch.add("channel", place.channel)


def city_codes(params: dict) -> list[str]:
    """3-digit municipality codes from `cities`, or from the `areas` the sync command builds
    (("Municipality", "091"), ("WellbeingServiceCounties", "17"))."""
    found: list[str] = [str(c).zfill(3) for c in params.get("cities") or []]
    for area, code in params.get("areas") or []:
        if area == "Municipality":
            found.append(str(code).zfill(3))
        elif area == "WellbeingServiceCounties":
            found.extend(county_municipality_codes(str(code).zfill(2)))
        else:
            raise ValueError(f"LIPAS is filtered by municipality or county, not by {area!r}")
    found = list(dict.fromkeys(found))
    if not found or not all(c.isdigit() and len(c) == 3 for c in found):
        raise ValueError(f"LIPAS needs 3-digit municipality codes, got {found!r}")
    return found


class LipasAdapter:
    name = "lipas"

    def __init__(self, http: HttpClient | None = None) -> None:
        conf = settings.TARJOTIN
        self._http = http or HttpClient(
            conf.get("LIPAS_BASE_URL", DEFAULT_BASE_URL), timeout=conf["HTTP_TIMEOUT"], retries=conf["HTTP_RETRIES"]
        )

    def fetch(self, *, mode: str, params: dict, progress: Progress) -> Batch:
        statuses = tuple(params.get("statuses") or DEFAULT_STATUSES)
        if mode == "files":
            return self._files(Path(params["path"]), statuses, progress)
        if mode == "full":
            return self._full(params, statuses, progress)
        raise ValueError(f"LIPAS supports the modes files and full, not {mode!r}")

    def _files(self, path: Path, statuses: tuple[str, ...], progress: Progress) -> Batch:
        batch = Batch(complete=True)
        done = 0
        for filename, records in file_records(path):
            if records and not any(is_place(r) for r in records):
                # LIPAS's type and category lists sit next to the places in its fixtures: one line, not 150.
                batch.skip("service", "", f"{filename}: no LIPAS sports places in it")
                continue
            for record in records:
                if is_place(record):
                    _take(batch, record, statuses)
                else:
                    batch.skip("service", "", f"{filename}: not a LIPAS sports place")
                done += 1
                progress("places", done, None)
        return batch

    def _full(self, params: dict, statuses: tuple[str, ...], progress: Progress) -> Batch:
        # Complete for the municipalities and types asked for: run with the same ones every time.
        batch = Batch(complete=True)
        client = LipasClient(self._http)
        types = [int(t) for t in params.get("types") or []]
        for city in city_codes(params):
            for items, number, count in client.sports_sites(city=city, types=types, statuses=statuses):
                for record in items:
                    if is_place(record):
                        _take(batch, record, statuses)
                    else:
                        batch.skip("service", "", f"city {city} page {number}: not a LIPAS sports place")
                progress(f"lipas {city}", number, count)
        return batch
