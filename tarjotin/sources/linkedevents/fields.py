"""Small pure readers for Linked Events records: texts, references, times, URLs."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import unquote
from zoneinfo import ZoneInfo

from tarjotin.catalogue.dto import Texts

from .html import plain_text

LANGS = ("fi", "sv", "en")
# Linked Events gives times in UTC; a date without a time means a day in Finland.
HELSINKI = ZoneInfo("Europe/Helsinki")


class RecordError(ValueError):
    """A Linked Events record that cannot be read; the importer skips it and reports the reason."""


def clean(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def texts(value: object, *, html: bool = False) -> Texts:
    """A {fi, sv, en} object as Texts, empty languages dropped; other languages are not kept (the tray
    speaks fi, sv and en). A bare string (what `?language=` answers) is Finnish."""
    if isinstance(value, str):
        value = {"fi": value}
    if not isinstance(value, dict):
        return {}
    found = {lang: clean(value.get(lang)) for lang in LANGS}
    if html:
        found = {lang: plain_text(text) for lang, text in found.items()}
    return {lang: text for lang, text in found.items() if text}


def web_url(value: object) -> str:
    text = clean(value)
    return text if text.lower().startswith(("http://", "https://")) and " " not in text else ""


def urls(value: object) -> Texts:
    """A {lang: URL} object with only the http(s) addresses kept."""
    return {lang: url for lang, url in ((lang, web_url(text)) for lang, text in texts(value).items()) if url}


def ref_id(item: object) -> str:
    """The id of an embedded object, or the last path part of a JSON-LD reference {"@id": ".../yso:p916/"}."""
    if not isinstance(item, dict):
        return ""
    if clean(item.get("id")):
        return clean(item.get("id"))
    url = clean(item.get("@id"))
    return unquote(url.rstrip("/").rsplit("/", 1)[-1]) if url else ""


def refs(value: object) -> tuple[dict, ...]:
    """[{id, name {lang}}] of a list of keywords (embedded with names, or references with ids only)."""
    found: dict[str, dict] = {}
    for item in value if isinstance(value, list) else []:
        key = ref_id(item)
        if key and key not in found:
            found[key] = {"id": key, "name": texts(item.get("name")) if isinstance(item, dict) else {}}
    return tuple(found.values())


def age(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 32767:
        return None
    return value


def timestamp(value: object) -> datetime | None:
    """An aware UTC time from ISO 8601; a time without an offset is Finnish local time."""
    raw = clean(value)
    if not raw:
        return None
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise RecordError(f"unreadable time {raw!r}") from exc
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=HELSINKI)).astimezone(UTC)


def _moment(value: object, what: str) -> tuple[datetime, bool] | None:
    """(aware UTC time, date only) of a start or end; a bare date is the local midnight that begins it."""
    raw = clean(value)
    if not raw:
        return None
    if len(raw) == 10:
        try:
            day = date.fromisoformat(raw)
        except ValueError as exc:
            raise RecordError(f"unreadable {what} {raw!r}") from exc
        return _midnight(day), True
    try:
        return timestamp(raw), False
    except RecordError as exc:
        raise RecordError(f"unreadable {what} {raw!r}") from exc


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), HELSINKI).astimezone(UTC)


def _local_day(moment: datetime) -> date:
    return moment.astimezone(HELSINKI).date()


def _at_midnight(moment: datetime) -> bool:
    return moment.astimezone(HELSINKI).time() == time()


def event_times(record: dict) -> tuple[datetime, datetime, bool, bool]:
    """(start, exclusive end, all day, end given). An event is all day when its start is a date, when
    `has_start_time` is false, or, failing that flag, when it starts at local midnight and ends at one or
    not at all: municipal calendars (the Mäntyharju sample) export a day that way, and "at 00.00" would be
    wrong on a page. A missing or impossible end becomes the end of the start's day."""
    start_found = _moment(record.get("start_time"), "start_time")
    if start_found is None:
        raise RecordError("no start time")
    start, start_is_date = start_found
    end_found = _moment(record.get("end_time"), "end_time")
    flag = record.get("has_start_time")
    all_day = start_is_date or flag is False or (
        flag is None and _at_midnight(start) and (end_found is None or _at_midnight(end_found[0])))
    if all_day:
        start = _midnight(_local_day(start))
    if end_found is None:
        return start, _midnight(_local_day(start) + timedelta(days=1)), all_day, False
    end, end_is_date = end_found
    # An end date is the last day (Linked Events shows a stored next midnight as the date before it); a time
    # the source says is not one ends with its day unless it already is a midnight.
    if end_is_date or (record.get("has_end_time") is False and not _at_midnight(end)):
        end = _midnight(_local_day(end) + timedelta(days=1))
    if end < start or (end == start and all_day):
        return start, _midnight(_local_day(start) + timedelta(days=1)), all_day, False
    return start, end, all_day, True
