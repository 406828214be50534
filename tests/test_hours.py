"""Opening hours in plain words and "open now", over weekly, exceptional and over-midnight blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils import translation

from tarjotin.catalogue.hours import HELSINKI, hours_describe, is_open_now


@dataclass
class B:
    kind: str = "weekly"
    opening: list = field(default_factory=list)
    valid_from: date | None = None
    valid_to: date | None = None
    is_closed: bool = False
    always_open: bool = False
    by_appointment: bool = False
    info: dict = field(default_factory=dict)


def _o(day_from, opens, closes, day_to=None):
    return {"day_from": day_from, "day_to": day_to, "opens": opens, "closes": closes}


OFFICE = B(opening=[_o(d, "08:00", "16:00") for d in range(5)])
NIGHT = B(kind="over_midnight", opening=[_o(4, "22:00", "02:00", day_to=5)])


def at(y, m, d, hh, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=HELSINKI)


def test_weekdays_grouped_in_finnish_swedish_and_english():
    with translation.override("fi"):
        assert hours_describe([OFFICE], "fi") == ["ma–pe 8.00–16.00"]
    with translation.override("sv"):
        assert hours_describe([OFFICE], "sv") == ["mån–fre 8.00–16.00"]
    with translation.override("en"):
        assert hours_describe([OFFICE], "en") == ["Mon–Fri 8:00–16:00"]


def test_open_now_on_a_weekday_and_closed_at_night_and_weekend():
    assert is_open_now([OFFICE], at(2026, 11, 23, 9)) is True  # a Monday
    assert is_open_now([OFFICE], at(2026, 11, 23, 16, 0)) is False
    assert is_open_now([OFFICE], at(2026, 11, 28, 12)) is False  # a Saturday


def test_over_midnight_counts_into_the_next_day():
    assert is_open_now([NIGHT], at(2026, 11, 27, 23)) is True  # Friday night
    assert is_open_now([NIGHT], at(2026, 11, 28, 1, 30)) is True  # early Saturday
    assert is_open_now([NIGHT], at(2026, 11, 28, 3)) is False


def test_exception_closes_a_normal_day_and_passed_exceptions_are_not_listed():
    holiday = B(kind="exceptional", is_closed=True, valid_from=date(2026, 12, 24), valid_to=date(2026, 12, 24))
    assert is_open_now([OFFICE, holiday], at(2026, 12, 24, 10)) is False
    with translation.override("fi"):
        assert "Suljettu 24.12.2026" in hours_describe([OFFICE, holiday], "fi", today=date(2026, 12, 1))
        assert hours_describe([OFFICE, holiday], "fi", today=date(2027, 1, 2)) == ["ma–pe 8.00–16.00"]


def test_always_open_appointment_and_unknown():
    assert is_open_now([B(always_open=True)], at(2026, 11, 28, 3)) is True
    assert is_open_now([B(by_appointment=True)], at(2026, 11, 28, 3)) is None
    assert is_open_now([], at(2026, 11, 28, 3)) is None
    with translation.override("en"):
        assert hours_describe([B(by_appointment=True)], "en") == ["By appointment"]
