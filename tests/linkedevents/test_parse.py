"""Pure parsing of Linked Events events: the real Mäntyharju sample, a full Helsinki-shaped event, times, HTML."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from tarjotin.sources.linkedevents.audience import target_groups
from tarjotin.sources.linkedevents.fields import HELSINKI, RecordError, event_times
from tarjotin.sources.linkedevents.html import plain_text
from tarjotin.sources.linkedevents.parse import event_id, is_gone, is_undated_postponement, parse_event

from ..conftest import shared
from . import records as r

SAMPLE = ("linkedevents", "kunta-api-mantyharju-events")
CODES = {"helsinki": "091", "helsingfors": "091", "mäntyharju": "507"}


def _sample() -> list[tuple[str, dict]]:
    return [(f.name, json.loads(f.read_text(encoding="utf-8"))) for f in sorted(shared(*SAMPLE).glob("*.json"))]


def _local(moment: datetime) -> str:
    return moment.astimezone(HELSINKI).strftime("%Y-%m-%d %H:%M")


def test_every_real_sample_record_parses():
    parsed, skipped = [], []
    for filename, record in _sample():
        try:
            parsed.append(parse_event(record, municipalities=CODES))
        except RecordError as exc:
            skipped.append((filename, str(exc)))
    assert skipped == []
    # Four files, three events: one event is there twice, with a different image.
    assert len(parsed) == 4 and len({e.origin_id for e in parsed}) == 3
    assert all(e.name.get("fi") and e.summary.get("fi") and e.all_day and not e.end_given for e in parsed)


def test_a_real_event_field_by_field():
    record = dict(_sample())["mantyharju_tanssit-la-872017-klo-2000.json"]
    event = parse_event(record)
    assert event.origin_id == "mantyharju:tanssit-la-872017-klo-2000"
    assert event.name == {"fi": "Tanssit La 8.7.2017 klo 20.00"}
    # 21:00Z is local midnight: the municipal feed gives the day only, so the event is all day on 8 July.
    assert event.all_day and _local(event.start) == "2017-07-08 00:00" and _local(event.end) == "2017-07-09 00:00"
    assert event.start.tzinfo is not None and not event.end_given
    assert event.status == "scheduled"
    assert event.modified == datetime(2017, 6, 1, 22, 26, 25, 9347, tzinfo=UTC)
    assert event.summary["fi"].startswith("Kake Randelin & Company. Ravintolassa karaoke\nTapahtumapaikka: Nurmaan")
    assert event.description == event.summary  # the feed repeats it
    assert (event.location_origin_id, event.location_name, event.municipality_code) == ("", {}, "")
    assert (event.is_free, event.offers, event.keywords, event.audience, event.target_groups) == (
        None, (), (), (), ())
    assert event.images == () and event.languages == () and event.super_event_origin_id == ""


def test_a_real_event_with_its_image():
    record = dict(_sample())["mantyharju_pm-maastojuoksukilpailut-la-27.json"]
    event = parse_event(record)
    assert event.images == ({"url": "http://api.kunta-api.test:58081/images/test-image-1000-667.jpg", "alt_text": {},
                             "name": "test-image-1000-667.jpg", "license": "cc_by", "photographer": ""},)
    assert _local(event.start) == "2017-05-27 00:00"


def test_a_helsinki_event_with_everything_embedded():
    event = parse_event(r.event("helsinki:agabc", "Satutunti"), municipalities=CODES)
    assert event.name == {"fi": "Satutunti", "sv": "Satutunti (sv)", "en": "Satutunti (en)"}
    assert (_local(event.start), _local(event.end)) == ("2026-12-05 12:00", "2026-12-05 14:00")
    assert not event.all_day and event.end_given
    assert event.summary == {"fi": "Satuja pienille."}
    assert event.description == {"fi": "Tervetuloa satutuntiin!\n\nLisätietoja Helmetistä "
                                       "(https://www.helmet.fi/satu).\nVapaa pääsy."}
    assert event.location_origin_id == "tprek:8310" and not event.online
    assert event.location_name["sv"] == "Vuosaaren kirjasto (sv)"
    assert event.street_address == {"fi": "Mosaiikkitori 2", "sv": "Mosaiktorget 2"}
    assert (event.postal_code, event.municipality_code) == ("00980", "091")
    assert (event.latitude, event.longitude) == (60.209, 25.144)
    assert event.location_extra_info == {"fi": "Lastenosasto"}
    assert event.is_free is False
    assert event.offers == ({"is_free": False, "price": {"fi": "5 €", "en": "5 €"},
                             "info_url": {"fi": "https://liput.example.fi/123"}, "description": {}},)
    assert event.audience == ({"id": "yso:p13050", "name": {"fi": "lapsiperheet", "sv": "barnfamiljer",
                                                             "en": "families with children"}},)
    assert [k["id"] for k in event.keywords] == ["yso:p4354", "yso:p2625"]
    assert event.target_groups == ("KR1.2",)
    assert (event.audience_min_age, event.audience_max_age) == (3, 8)
    assert event.languages == ("fi", "sv")
    assert event.images[0]["alt_text"] == {"fi": "Lapsia lukemassa"}
    assert event.external_links == ({"name": "extlink_facebook", "url": "https://facebook.com/x", "lang": "fi"},)
    assert event.provider == {"fi": "Vuosaaren kirjasto"} and event.publisher == "ahjo:u4804001010"
    assert event.info_url == {"fi": "https://www.helmet.fi/satu"}  # the javascript: address is dropped
    assert event.super_event_origin_id == "helsinki:series1"


def test_location_given_only_as_a_reference():
    event = parse_event(r.event("helsinki:ref", "Konsertti", location=r.ref("place", "tprek:7254")))
    assert event.location_origin_id == "tprek:7254"
    assert (event.location_name, event.municipality_code, event.latitude) == ({}, "", None)


def test_internet_location_is_online_only():
    online = r.place("helsinki:internet", name="Internet")
    online.update(position=None, divisions=[], address_locality={})
    event = parse_event(r.event("helsinki:web", "Etäluento", location=online), municipalities=CODES)
    assert event.online and event.municipality_code == "" and event.latitude is None


def test_free_offers_and_statuses():
    event = parse_event(r.event("helsinki:free", "Avoimet ovet", event_status="EventCancelled",
                                offers=[{"is_free": True, "price": None, "info_url": None, "description": None}]))
    assert event.is_free is True and event.status == "cancelled"
    assert parse_event(r.event("helsinki:x", "X", offers=[])).is_free is None


@pytest.mark.parametrize(("start", "end", "extra", "expected"), [
    # A date-only start is a whole day; a date-only end is the last day.
    ("2026-12-05", "2026-12-07", {}, ("2026-12-05 00:00", "2026-12-08 00:00", True, True)),
    # No end: the event ends with its day (as Linked Events itself stores it).
    ("2026-12-05T15:00:00Z", None, {"has_end_time": False}, ("2026-12-05 17:00", "2026-12-06 00:00", False, False)),
    # has_start_time false: the time of the day is not known.
    ("2026-12-05T08:00:00Z", "2026-12-05T22:00:00Z", {"has_start_time": False},
     ("2026-12-05 00:00", "2026-12-06 00:00", True, True)),
    # An end before the start is a data error: the event ends with its day.
    ("2026-12-05T15:00:00Z", "2026-12-05T14:00:00Z", {}, ("2026-12-05 17:00", "2026-12-06 00:00", False, False)),
    # Across the change to summer time (29 March 2026, 03:00 → 04:00 local).
    ("2026-03-28", "2026-03-29", {}, ("2026-03-28 00:00", "2026-03-30 00:00", True, True)),
])
def test_times(start, end, extra, expected):
    record = {"start_time": start, "end_time": end, **extra}
    found_start, found_end, all_day, end_given = event_times(record)
    assert (_local(found_start), _local(found_end), all_day, end_given) == expected


def test_malformed_records_are_refused_with_a_reason():
    with pytest.raises(RecordError, match="no id"):
        event_id({"name": {"fi": "x"}})
    nameless = r.event("helsinki:a", "")
    nameless["name"] = {"fi": " ", "ru": "только"}
    with pytest.raises(RecordError, match="no name"):
        parse_event(nameless)
    with pytest.raises(RecordError, match="no start time"):
        parse_event(r.event("helsinki:b", "B", start=None))
    with pytest.raises(RecordError, match="unreadable start_time"):
        parse_event(r.event("helsinki:c", "C", start="5.12.2026 klo 10"))


def test_gone_and_undated_postponed():
    assert is_gone(r.event("helsinki:d", "D", deleted=True))
    assert is_gone(r.event("helsinki:e", "E", publication_status="draft"))
    assert is_undated_postponement(r.event("helsinki:f", "F", start=None, event_status="EventPostponed"))
    assert not is_gone(r.event("helsinki:g", "G"))


def test_audience_to_target_groups():
    assert target_groups(["yso:p2433", "yso:p4354", "yso:p11617", "yso:p7179", "yso:p5590"]) == (
        "KR1.1", "KR1.2", "KR1.3", "KR1.6")
    assert target_groups(["helfi:1", "yso:p13050"]) == ("KR1.2",)
    assert target_groups(["yso:p16485", "yso:p6165"]) == ()


@pytest.mark.parametrize(("html", "text"), [
    ("<p>Yksi</p><p>Kaksi<br>kolme</p>", "Yksi\n\nKaksi\nkolme"),
    ("<ul><li>a</li><li> b </li></ul><p>&amp; c&nbsp;d</p>", "* a\n* b\n\n& c d"),
    ('<p><a href="https://x.fi/">https://x.fi/</a> <a href="mailto:a@b.fi">a@b.fi</a></p>', "https://x.fi/ a@b.fi"),
    ('<p><a href="javascript:alert(1)">klikkaa</a></p><script>alert(2)</script>', "klikkaa"),
    ("Rivi yksi\nRivi kaksi\n\n\n\nKappale", "Rivi yksi\nRivi kaksi\n\nKappale"),
    ("3 < 5 ja 7 > 2", "3 < 5 ja 7 > 2"),
])
def test_html_to_plain_text(html, text):
    assert plain_text(html) == text
