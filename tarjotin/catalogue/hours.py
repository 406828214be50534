"""Service hours in plain words and whether a place is open now; pure functions over hour blocks."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

HELSINKI = ZoneInfo("Europe/Helsinki")


class Block(Protocol):
    kind: str
    valid_from: date | None
    valid_to: date | None
    is_closed: bool
    always_open: bool
    by_appointment: bool
    info: dict
    opening: list[dict]


def _day_names() -> list[str]:
    return [pgettext("weekday short", "Mon"), pgettext("weekday short", "Tue"), pgettext("weekday short", "Wed"),
            pgettext("weekday short", "Thu"), pgettext("weekday short", "Fri"), pgettext("weekday short", "Sat"),
            pgettext("weekday short", "Sun")]


def _clock(value: str, lang: str) -> str:
    hours, _, minutes = value.partition(":")
    separator = ":" if lang == "en" else "."
    return f"{int(hours or 0)}{separator}{minutes or '00'}"


def _date(value: date, lang: str) -> str:
    return value.strftime("%-d %b %Y") if lang == "en" else f"{value.day}.{value.month}.{value.year}"


def _span(opening: dict, lang: str) -> str:
    return f"{_clock(opening['opens'], lang)}–{_clock(opening['closes'], lang)}"


def _weekly_lines(block: Block, lang: str) -> list[str]:
    """Consecutive days with the same hours become one range: 'Mon–Fri 8.00–16.00'."""
    names, by_day = _day_names(), {}
    for opening in block.opening:
        span = _span(opening, lang)
        if opening.get("day_to") is not None and opening["day_to"] != opening["day_from"]:
            span += f" ({names[opening['day_to']]})"
        by_day.setdefault(opening["day_from"], []).append(span)
    lines, day = [], 0
    while day < 7:
        if day not in by_day:
            day += 1
            continue
        end = day
        while end + 1 < 7 and by_day.get(end + 1) == by_day[day]:
            end += 1
        label = names[day] if end == day else f"{names[day]}–{names[end]}"
        lines.append(f"{label} {', '.join(by_day[day])}")
        day = end + 1
    return lines


def _validity(block: Block, lang: str) -> str:
    if block.valid_from and block.valid_to == block.valid_from:
        return _date(block.valid_from, lang)
    if block.valid_from and block.valid_to:
        return f"{_date(block.valid_from, lang)}–{_date(block.valid_to, lang)}"
    if block.valid_from:
        return _("from %(date)s") % {"date": _date(block.valid_from, lang)}
    return ""


def block_describe(block: Block, lang: str) -> list[str]:
    """Lines in plain words for one block of hours."""
    title = (block.info or {}).get(lang) or ""
    head = [title] if title else []
    if block.always_open:
        return head + [_("Open around the clock")]
    if block.by_appointment:
        return head + [_("By appointment")]
    validity = _validity(block, lang)
    if block.kind == "exceptional":
        if block.is_closed:
            return head + [_("Closed %(dates)s") % {"dates": validity}]
        return head + [f"{validity}: {line}" for line in _weekly_lines(block, lang)] or head
    lines = _weekly_lines(block, lang)
    if validity and block.valid_to:
        head.append(validity)
    return head + lines


def hours_describe(blocks: list[Block], lang: str, today: date | None = None) -> list[str]:
    """All current and coming blocks; exceptions that have passed are left out."""
    today = today or datetime.now(HELSINKI).date()
    lines = []
    for block in blocks:
        if block.valid_to and block.valid_to < today:
            continue
        lines.extend(block_describe(block, lang))
    return lines


def _covers(block: Block, day: date) -> bool:
    return (block.valid_from is None or block.valid_from <= day) and (block.valid_to is None or day <= block.valid_to)


def _open_in(block: Block, moment: datetime) -> bool:
    """Is `moment` inside one of the block's openings, counting spans that run past midnight?"""
    for opening in block.opening:
        opens, closes = time.fromisoformat(opening["opens"]), time.fromisoformat(opening["closes"])
        start_day = opening["day_from"]
        end_day = opening["day_to"] if opening.get("day_to") is not None else start_day
        if closes <= opens and end_day == start_day:
            end_day = (start_day + 1) % 7
        start = datetime.combine(moment.date(), opens, HELSINKI) - timedelta(days=(moment.weekday() - start_day) % 7)
        end = datetime.combine(start.date(), closes, HELSINKI) + timedelta(days=(end_day - start_day) % 7)
        if closes == time(0, 0) and end_day == start_day:
            end += timedelta(days=1)
        if start <= moment < end:
            return True
    return False


def is_open_now(blocks: list[Block], now: datetime | None = None) -> bool | None:
    """True or False when the hours tell; None when there are no hours to go by."""
    now = (now or datetime.now(HELSINKI)).astimezone(HELSINKI)
    today = now.date()
    exceptions = [b for b in blocks if b.kind == "exceptional" and _covers(b, today)]
    if exceptions:
        return any(not b.is_closed and (b.always_open or _open_in(b, now)) for b in exceptions)
    regular = [b for b in blocks if b.kind != "exceptional" and _covers(b, today)]
    if any(b.always_open for b in regular):
        return True
    timed = [b for b in regular if b.opening]
    if not timed:
        return None
    return any(_open_in(b, now) for b in timed)
