"""Reads of coming events: area, dates, price, audience, recurring parents, counts, next dates, credits."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from tarjotin.catalogue import events as ev

from .factory import local, make_event, season

pytestmark = pytest.mark.django_db
POHJANMAA = ("905", "499")


def _names(found) -> list[str]:
    return [e.name["fi"] for e in found]


def _upcoming(**given):
    args = {"municipalities": POHJANMAA, "start": None, "end": None, "free": None, "target_group": None, **given}
    return ev.events_upcoming(**args)


def test_past_events_never_come_and_the_rest_are_soonest_first():
    season()
    assert _names(_upcoming()) == ["Kuorolaulua senioreille", "Joulukonsertti perheille", "Tuolijumppa"]


def test_date_range_keeps_events_that_overlap_it():
    season()
    today = timezone.localdate()
    assert _names(_upcoming(start=today, end=today)) == ["Kuorolaulua senioreille"]
    assert _names(_upcoming(start=today + timedelta(days=7), end=today + timedelta(days=10))) == [
        "Joulukonsertti perheille"]
    # An event over several days is on every one of them.
    make_event("long", "Taidenäyttely", start=local(2, 10), end=local(20, 18))
    assert "Taidenäyttely" in _names(_upcoming(start=today + timedelta(days=8), end=today + timedelta(days=8)))


def test_price_and_audience():
    season()
    assert _names(_upcoming(free=True)) == ["Kuorolaulua senioreille", "Tuolijumppa"]
    assert _names(_upcoming(free=False)) == ["Joulukonsertti perheille"]
    assert _names(_upcoming(target_group="KR1.2")) == ["Joulukonsertti perheille"]
    assert _names(_upcoming(target_group="KR1")) == _names(_upcoming())  # a parent covers its groups
    assert ev.events_target_group_counts(_upcoming()) == {"KR1.1": 2, "KR1.2": 1}
    assert ev.events_free_counts(_upcoming()) == {"free": 2, "paid": 1}


def test_area_keeps_online_events_without_a_place_and_the_national_tray_keeps_all():
    season()
    now = timezone.now()
    make_event("hki", "Helsingin tapahtuma", start=now + timedelta(days=1), municipality="091")
    make_event("web", "Verkkoluento", start=now + timedelta(days=1), municipality=None, online=True)
    make_event("nowhere", "Paikaton tapahtuma", start=now + timedelta(days=1), municipality=None)
    regional = _names(_upcoming())
    assert "Verkkoluento" in regional
    assert "Helsingin tapahtuma" not in regional and "Paikaton tapahtuma" not in regional
    national = _names(_upcoming(municipalities=None))
    assert {"Helsingin tapahtuma", "Paikaton tapahtuma", "Verkkoluento"} <= set(national)


def test_recurring_parents_are_hidden_and_cancelled_events_stay():
    make_event("series", "Sarja", start=local(1, 10), end=local(30, 12), super_event_type="recurring")
    make_event("gone", "Peruttu kerho", start=local(1, 10), status="cancelled")
    assert _names(_upcoming()) == ["Peruttu kerho"]


def test_next_dates_and_event_get():
    found = season()
    today = timezone.localdate()
    assert ev.events_next_dates(_upcoming(), after=today + timedelta(days=1)) == [
        today + timedelta(days=8), today + timedelta(days=35)]
    assert ev.event_get(found["today"].pk) == found["today"]
    assert ev.event_get(found["past"].pk) is None


def test_credit_names_helsinki_only_for_its_api(settings):
    event = make_event("x", "X", start=local(1, 10))
    credit = ev.event_credit(event)
    assert (credit.source, credit.publisher["fi"], credit.licence) == ("Linked Events", "Helsingin kaupunki",
                                                                        "CC BY 4.0")
    settings.TARJOTIN = {**settings.TARJOTIN, "LINKEDEVENTS_BASE_URL": "https://linkedevents.turku.fi/v1/"}
    assert ev.event_credit(event).publisher == {}
