"""manage.py demo_events: the demo's events (and the real samples) moved to the coming week, imported,
searchable, on the what's-on page and on the map of the demo's default tray."""

from __future__ import annotations

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from tarjotin.catalogue.events import events_upcoming
from tarjotin.catalogue.models import Event
from tarjotin.search.events import events_search
from tarjotin.search.services import index_rebuild
from tarjotin.sources.linkedevents.fields import HELSINKI
from tarjotin.sources.management.commands.demo_events import DEMO_EVENTS
from tarjotin.trays.models import Tray

from ..conftest import shared

pytestmark = pytest.mark.django_db


def _run(tmp_path, *args: str) -> str:
    out = StringIO()
    call_command("demo_events", "--out", str(tmp_path / "events.json"), *args, stdout=out)
    return out.getvalue()


def _local(value) -> tuple:
    moment = (parse_datetime(value) if isinstance(value, str) else value).astimezone(HELSINKI)
    return moment.weekday(), moment.time()


def test_the_demo_events_become_coming_events_of_the_default_tray(tmp_path):
    shipped = json.loads((DEMO_EVENTS / "events.json").read_text(encoding="utf-8"))["data"]
    report = _run(tmp_path)
    assert "14 new" in report and "0 skipped" in report
    today = timezone.localdate()
    coming = events_upcoming(municipalities=None, start=None, end=None, free=None, target_group=None)
    assert coming.count() == len(shipped) == 14
    first = coming.first()
    assert today < timezone.localtime(first.start).date() <= today + timedelta(days=7)
    for record in shipped:
        event = Event.objects.get(origin_id=record["id"])
        assert event.name == record["name"]  # texts as in the file
        if "T" in record["start_time"]:
            assert _local(event.start) == _local(record["start_time"])  # weekday and time of day kept
            assert event.end - event.start == parse_datetime(record["end_time"]) - parse_datetime(record["start_time"])
    # Every place event is in the demo's county; the online one has no place.
    pohjanmaa = set(Tray.objects.get(slug="pohjanmaa").municipality_codes)
    placed = Event.objects.filter(online=False)
    assert placed.count() == 13 and all(e.municipality_id in pohjanmaa and e.latitude for e in placed)
    # Running it again the same day changes nothing.
    assert "0 new, 0 updated, 14 unchanged, 0 deleted" in _run(tmp_path)


def test_the_demo_events_are_searchable_listed_and_on_the_map(tmp_path, client):
    _run(tmp_path)
    index_rebuild()
    chair = Event.objects.get(origin_id="demo:tuolijumppa")
    area = tuple(Tray.objects.get(slug="pohjanmaa").municipality_codes)
    assert chair.pk in events_search(text="tuolijumppa", lang="fi", municipalities=area)
    assert chair.pk in events_search(text="stolgympa", lang="sv", municipalities=area)
    listing = client.get("/fi/tapahtumat/").content.decode()  # the default tray
    assert "Tuolijumppa ikäihmisille" in listing and "Hyvän unen vinkit" in listing
    pins = {p.event.origin_id: p for p in client.get("/fi/kartta/").context["results"].events}
    assert (pins["demo:tuolijumppa"].event.latitude, pins["demo:tuolijumppa"].event.longitude) == (63.10025, 21.62551)
    assert "demo:unikoulu-verkossa" not in pins and len(pins) == 13  # online: no place on the map
    page = client.get(f"/en/tapahtumat/{chair.pk}/").content.decode()
    assert "Tarjotin demo data (invented)" in page and "City of Helsinki" not in page
    # Helsinki's tray covers none of the demo's municipalities.
    assert "Tuolijumppa" not in client.get("/t/helsinki/fi/tapahtumat/").content.decode()


def test_the_real_samples_are_moved_and_kept_as_published(tmp_path):
    folder = shared("linkedevents", "kunta-api-mantyharju-events")
    report = _run(tmp_path, "--files", str(folder))
    assert "3 new" in report and "repeated" in report  # one event comes in two files
    race = Event.objects.get(origin_id="mantyharju:pm-maastojuoksukilpailut-la-27")
    assert race.name == {"fi": "PM-Maastojuoksukilpailut La 27.5.2017 klo 11.00"}
    assert race.end > timezone.now() and _local(race.start) == _local("2017-05-26T21:00:00Z")  # a Saturday
    index_rebuild()
    assert race.pk in events_search(text="maastojuoksukilpailut", lang="fi", municipalities=())


@pytest.mark.parametrize("args", [("--today", "2026-02-30"), ("--today", "tomorrow"), ("--files", "/nonexistent")])
def test_bad_arguments_are_refused_with_a_message(tmp_path, args):
    with pytest.raises(CommandError):
        _run(tmp_path, *args)
