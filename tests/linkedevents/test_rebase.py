"""Moving Linked Events records by whole weeks: weekday, time of day and duration stay; nothing else moves."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from django.utils.dateparse import parse_datetime

from tarjotin.sources.linkedevents.fields import HELSINKI
from tarjotin.sources.linkedevents.rebase import rebase_record, rebased_page, shift_time, weeks_to_today

from ..conftest import shared


def _local(value: str) -> datetime:
    return parse_datetime(value).astimezone(HELSINKI)


def test_a_shift_keeps_the_weekday_and_the_local_time_across_daylight_saving():
    # Saturday 27 May 2017 at midnight in summer time (UTC+3), moved into winter time (UTC+2).
    moved = shift_time("2017-05-26T21:00:00Z", 496)
    assert moved == "2026-11-27T22:00:00Z"  # Saturday 28 November 2026 at midnight, UTC+2
    assert (_local(moved).weekday(), _local(moved).time()) == (5, datetime.min.time())
    summer = shift_time("2026-12-05T10:00:00+02:00", 30)  # the record's own offset is kept: the same moment
    assert summer == "2027-07-03T09:00:00+02:00" and _local(summer).hour == 10
    assert shift_time("2026-11-20T08:30:00.123456Z", 1) == "2026-11-27T08:30:00.123456Z"


def test_dates_alone_move_as_dates_and_anything_else_stays():
    assert shift_time("2026-12-05", 2) == "2026-12-19"
    for value in (None, "", "soon", 42, "2026-12-05T10:00:00Z"):
        assert shift_time(value, 0 if value == "2026-12-05T10:00:00Z" else 3) == value


def test_the_first_event_lands_within_the_coming_week():
    records = [{"start_time": "2017-07-07T21:00:00Z"}, {"start_time": "2017-05-26T21:00:00Z"}, "junk", {}]
    for today in (date(2026, 11, 28), date(2026, 12, 2), date(2027, 6, 30)):
        weeks = weeks_to_today(records, today)
        first = _local(shift_time("2017-05-26T21:00:00Z", weeks)).date()
        assert today < first <= today + timedelta(days=7)
    assert weeks_to_today([{"start_time": None}], date(2026, 11, 28)) == 0


def test_real_samples_keep_ids_texts_and_duration():
    folder = shared("linkedevents", "kunta-api-mantyharju-events")
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        moved = rebase_record(record, 495)
        changed = {k for k in record if record[k] != moved[k]}
        assert changed == {"start_time"}  # the samples give no end; ids, texts, images, modified stay
        before, after = _local(record["start_time"]), _local(moved["start_time"])
        assert (after.weekday(), after.time()) == (before.weekday(), before.time())
        assert after.date() - before.date() == timedelta(weeks=495)
    page = rebased_page([{"id": "x", "start_time": "2026-01-01", "end_time": "2026-01-03"}], 1)
    assert page == {"meta": {"count": 1, "next": None, "previous": None},
                    "data": [{"id": "x", "start_time": "2026-01-08", "end_time": "2026-01-10"}]}
