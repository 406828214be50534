"""A Linked Events file of one coming event in Vaasa, for a server that imports it with `source_sync`."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..linkedevents import records as r


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def vaasa_event(now: datetime | None = None) -> dict:
    """Tomorrow and the day after (so it is coming whenever the tests run), free, for older people."""
    start = (now or datetime.now(UTC)) + timedelta(days=1)
    place = r.place("tprek:905001", name="Vaasan kaupunginkirjasto", street="Kirjastonkatu 13", postal="65100",
                    locality="Vaasa", lon=21.6158, lat=63.0963)
    place.update(divisions=[], address_locality={"fi": "Vaasa", "sv": "Vasa"},
                 street_address={"fi": "Kirjastonkatu 13", "sv": "Biblioteksgatan 13"})
    return r.event("test:liikunta1", "Liikuntailtapäivä senioreille", start=_iso(start),
                   end=_iso(start + timedelta(days=1)), location=place,
                   offers=[{"is_free": True, "price": None, "info_url": None, "description": None}],
                   audience=[r.keyword("yso:p2433", "ikääntyneet", "äldre", "older people")],
                   keywords=[r.keyword("yso:p916", "liikunta", "motion", "physical exercise")],
                   super_event=None)


def write_event_file(directory: Path) -> Path:
    """The event as one file of a `source_sync linkedevents --files` directory."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "events.json"
    path.write_text(json.dumps(r.page([vaasa_event()])), encoding="utf-8")
    return directory
