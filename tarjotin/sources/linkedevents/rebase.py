"""Pure: Linked Events records moved by whole weeks, so old samples are coming events again (demos)."""

from __future__ import annotations

import copy
import math
from datetime import date, datetime, timedelta

from django.utils.dateparse import parse_date, parse_datetime

from .fields import HELSINKI

# The times a week's shift moves; ids, texts and the provenance times (created, last modified) stay as published.
TIME_KEYS = ("start_time", "end_time", "enrolment_start_time", "enrolment_end_time")


def _read(value: object) -> date | datetime | None:
    """A date alone ("2026-12-05"), a time, or None for anything that is neither (null, junk, no such day)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        # A date alone first: parse_datetime would take it as midnight and lose that it has no time.
        return parse_date(value) if len(value) <= 10 else parse_datetime(value)
    except ValueError:
        return None


def _local_start(value: object) -> date | None:
    """The local (Helsinki) day a start time or date falls on."""
    found = _read(value)
    if isinstance(found, datetime):
        return found.astimezone(HELSINKI).date() if found.tzinfo else found.date()
    return found


def weeks_to_today(records: list, today: date) -> int:
    """Whole weeks that bring the earliest start to between tomorrow and a week from today (0 if none)."""
    starts = [d for d in (_local_start(r.get("start_time")) for r in records if isinstance(r, dict)) if d]
    if not starts:
        return 0
    return math.ceil((today + timedelta(days=1) - min(starts)).days / 7)


def shift_time(value: object, weeks: int) -> object:
    """A Linked Events time moved by whole weeks on the Helsinki wall clock: weekday and time of day stay,
    across a daylight-saving change too (the UTC offset is the new day's). A date alone moves as a date;
    anything else (null, junk) is left as it is, for the importer to judge."""
    moment = _read(value) if weeks else None
    if moment is None:
        return value
    if not isinstance(moment, datetime):
        return (moment + timedelta(weeks=weeks)).isoformat()
    if moment.tzinfo is None:
        return (moment + timedelta(weeks=weeks)).isoformat()
    local = moment.astimezone(HELSINKI).replace(tzinfo=None) + timedelta(weeks=weeks)
    moved = local.replace(tzinfo=HELSINKI).astimezone(moment.tzinfo)
    text = moved.isoformat(timespec="microseconds" if moment.microsecond else "seconds")
    return text.replace("+00:00", "Z") if value.endswith("Z") else text


def rebase_record(record: object, weeks: int) -> object:
    """A copy of one event with its times moved; a non-object is returned as it is."""
    if not isinstance(record, dict):
        return record
    moved = copy.deepcopy(record)
    for key in TIME_KEYS:
        if key in moved:
            moved[key] = shift_time(moved[key], weeks)
    return moved


def rebased_page(records: list, weeks: int) -> dict:
    """The moved events as one API page, the shape the importer's files mode reads."""
    data = [rebase_record(r, weeks) for r in records]
    return {"meta": {"count": len(data), "next": None, "previous": None}, "data": data}

