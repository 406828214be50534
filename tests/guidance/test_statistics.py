"""Guidance counts (the contract the monitoring reports call), statistics, and small-cell suppression."""

from __future__ import annotations

from datetime import date

from tarjotin.guidance.models import GuidanceEvent
from tarjotin.guidance.selectors import guidance_counts
from tarjotin.guidance.statistics import guidance_statistics, statistics_rows, suppress
from tarjotin.trays.models import Tray


def _events(tray, unit, code, day, n, themes=()):
    GuidanceEvent.objects.bulk_create([GuidanceEvent(code=code, tray=tray, unit=unit, date=day, themes=list(themes))
                                       for _ in range(n)])


def test_guidance_counts_per_tray_and_nationally_with_inclusive_dates(tray, unit):
    other = Tray.objects.get(slug="keski-suomi")
    _events(tray, unit, "OAB63", date(2025, 9, 1), 2)
    _events(tray, unit, "OAB61", date(2025, 9, 30), 1)
    _events(tray, unit, "OAB63", date(2025, 10, 1), 4)
    _events(other, None, "OAB63", date(2025, 9, 15), 3)
    september = {"start": date(2025, 9, 1), "end": date(2025, 9, 30)}
    assert guidance_counts(tray=tray, **september) == {"OAB61": 1, "OAB62": 0, "OAB63": 2, "OAB64": 0}
    assert guidance_counts(**september) == {"OAB61": 1, "OAB62": 0, "OAB63": 5, "OAB64": 0}
    assert guidance_counts(tray=tray, start=date(2025, 10, 1), end=date(2025, 10, 1))["OAB63"] == 4
    assert guidance_counts(tray=tray, start=date(2026, 1, 1), end=date(2026, 12, 31)) == dict.fromkeys(
        ["OAB61", "OAB62", "OAB63", "OAB64"], 0)


def test_statistics_by_code_unit_month_and_theme(tray, unit):
    _events(tray, unit, "OAB63", date(2025, 9, 3), 6, themes=["liikunta", "luonto"])
    _events(tray, None, "OAB62", date(2025, 10, 3), 2, themes=["luonto"])
    stats = guidance_statistics(tray=tray, start=date(2025, 9, 1), end=date(2025, 10, 31))
    assert stats.total == 8 and stats.by_code["OAB63"] == 6
    assert stats.by_unit == {"Vaasan hyvinvointiohjaus": 6, "": 2}
    assert stats.by_month == {"2025-09": {"OAB61": 0, "OAB62": 0, "OAB63": 6, "OAB64": 0},
                              "2025-10": {"OAB61": 0, "OAB62": 2, "OAB63": 0, "OAB64": 0}}
    assert stats.by_theme == {"luonto": 8, "liikunta": 6}


def test_small_cells_are_suppressed_and_cannot_be_worked_back_from_the_total():
    assert suppress({"a": 0, "b": 3, "c": 12, "d": 7}) == {"a": "0", "b": "<5", "c": "12", "d": "<5"}
    assert suppress({"a": 2, "b": 4, "c": 9}) == {"a": "<5", "b": "<5", "c": "9"}
    assert suppress({"a": 5, "b": 0}) == {"a": "5", "b": "0"}


def test_the_export_has_no_count_under_five(tray, unit):
    _events(tray, unit, "OAB63", date(2025, 9, 3), 7, themes=["liikunta"])
    _events(tray, unit, "OAB64", date(2025, 9, 4), 2, themes=["liikunta"])
    rows = statistics_rows(guidance_statistics(tray=tray, start=date(2025, 9, 1), end=date(2025, 9, 30)))
    assert rows[0] == ["dimension", "value", "code", "count"]
    counts = [r[3] for r in rows[1:]]
    assert all(c in ("<5", "0") or int(c) >= 5 for c in counts)
    assert ["total", "all", "all", "9"] in rows and ["code", "OAB64", "OAB64", "<5"] in rows
    assert ["code", "OAB63", "OAB63", "<5"] in rows  # else 9 − 7 would give OAB64 back
