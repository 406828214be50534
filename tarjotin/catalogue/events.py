"""Reads of events (Linked Events): what is on in an area and a date range, one event, counts, credits."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone

from .models import Event

# Linked Events stores a recurring series as a parent spanning the whole series plus one event per
# occurrence; a listing shows the occurrences only (docs/sources/linkedevents.md, Limits).
RECURRING = "recurring"
NEXT_DATES_SCAN = 500  # events read to find the next dates with something on (a county has far fewer)
HELSINKI_HOST = "api.hel.fi"
# The demo region's events (tarjotin/demo/linkedevents) are invented; their ids say so.
DEMO_PREFIX = "demo:"
DEMO_PUBLISHER = {"fi": "Tarjottimen esittelyaineisto (keksitty)", "sv": "Tarjotins demodata (påhittad)",
                  "en": "Tarjotin demo data (invented)"}


def day_start(day: date) -> datetime:
    """The local midnight that begins a day: dates on the pages are Finnish dates, not UTC ones."""
    return datetime.combine(day, time.min, tzinfo=timezone.get_default_timezone())


def local_day(moment: datetime) -> date:
    return timezone.localtime(moment, timezone.get_default_timezone()).date()


def _area(municipalities: Collection[str]) -> Q:
    """An event in one of these municipalities; one without a municipality only when it is online."""
    return Q(municipality__code__in=list(municipalities)) | Q(municipality__isnull=True, online=True)


def _target_group(code: str) -> Q:
    """The code or one of its sub-groups (KR1 → KR1.2) in the event's list. A text match on the stored
    JSON, because SQLite has no JSON containment and the quotes keep KR1.1 from matching KR1.10."""
    return Q(target_groups__icontains=f'"{code}"') | Q(target_groups__icontains=f'"{code}.')


def events_upcoming(*, municipalities: tuple[str, ...] | None, start: date | None, end: date | None,
                    free: bool | None, target_group: str | None, now: datetime | None = None,
                    ids: Collection[int] | None = None) -> QuerySet[Event]:
    """Events not yet over, soonest first, that overlap the days start..end (both inclusive, local).

    `municipalities` None means the whole country (events without a place too); a tuple keeps events
    of those municipalities and online ones without a municipality. Cancelled and postponed events stay
    (the page says so); recurring-series parents are left out. `ids` keeps only these events (a search).
    """
    found = Event.objects.filter(end__gt=now or timezone.now()).exclude(super_event_type=RECURRING)
    if municipalities is not None:
        found = found.filter(_area(municipalities))
    if start is not None:
        found = found.filter(end__gt=day_start(start))
    if end is not None:
        found = found.filter(start__lt=day_start(end + timedelta(days=1)))
    if free is not None:
        found = found.filter(is_free=free)
    if target_group:
        found = found.filter(_target_group(target_group))
    if ids is not None:
        found = found.filter(pk__in=list(ids))
    return found.select_related("municipality").order_by("start", "pk")


def events_on_map(events: QuerySet[Event], *, on_now: bool = False, language: str | None = None,
                  now: datetime | None = None) -> QuerySet[Event]:
    """Of these events, those at a place with a point; an online-only event has none to show. `on_now`
    keeps those going on at this moment (start <= now < end); `language` those told to be held in it."""
    found = events.filter(latitude__isnull=False, longitude__isnull=False, online=False)
    if on_now:
        found = found.filter(start__lte=now or timezone.now())
    if language:
        found = found.filter(languages__icontains=f'"{language}"')  # quoted, as _target_group does
    return found


def event_get(pk: int, *, now: datetime | None = None) -> Event | None:
    """One event that is not over yet; an ended one is gone, as the importer removes it anyway."""
    return Event.objects.select_related("municipality").filter(pk=pk, end__gt=now or timezone.now()).first()


def events_by_ids(ids: list[int], *, now: datetime | None = None) -> list[Event]:
    """Events in the order given (search ranking), without those that ended since the index was built."""
    found = Event.objects.select_related("municipality").filter(end__gt=now or timezone.now()).in_bulk(ids)
    return [found[i] for i in ids if i in found]


def events_for_index(*, now: datetime | None = None) -> QuerySet[Event]:
    """What the events search index holds: every coming event but the recurring-series parents."""
    return (Event.objects.filter(end__gt=now or timezone.now()).exclude(super_event_type=RECURRING)
            .select_related("municipality").order_by("pk"))


def events_target_group_counts(events: QuerySet[Event]) -> dict[str, int]:
    """Events per PTV target group code. Counted here: a JSON list has no portable GROUP BY."""
    counts: Counter[str] = Counter()
    for groups in events.values_list("target_groups", flat=True).iterator():
        counts.update({g for g in groups or [] if isinstance(g, str)})
    return dict(counts)


def events_free_counts(events: QuerySet[Event]) -> dict[str, int]:
    """How many of these events are told to be free and how many to cost something."""
    return {"free": events.filter(is_free=True).count(), "paid": events.filter(is_free=False).count()}


def events_next_dates(events: QuerySet[Event], *, after: date, limit: int = 5) -> list[date]:
    """The first days from `after` on that have any of these events on (an event over several days
    counts on its first day from `after`): what to offer when a chosen range has nothing."""
    days: list[date] = []
    for start in events.filter(end__gt=day_start(after)).values_list("start", flat=True)[:NEXT_DATES_SCAN]:
        day = max(local_day(start), after)
        if day not in days:
            days.append(day)
        if len(days) >= limit:
            break
    return sorted(days)


@dataclass(frozen=True)
class EventCredit:
    """The data credit a page showing an event owes its source (its licence asks for it)."""

    source: str  # the software or service the data came through, e.g. "Linked Events"
    publisher: dict[str, str]  # who publishes the data, {lang: name}; empty when not known
    licence: str = ""
    licence_url: str = ""


def event_credit(event: Event) -> EventCredit:
    """Helsinki's API is CC BY 4.0 and asks to be named; another instance states its own terms, so only
    the software is named for it (docs/sources/linkedevents.md, Licence and attribution)."""
    if event.source != "linkedevents":
        return EventCredit(source=event.source, publisher={})
    if event.origin_id.startswith(DEMO_PREFIX):  # the demo's own invented events name no real publisher
        return EventCredit(source="Linked Events", publisher=DEMO_PUBLISHER)
    base = settings.TARJOTIN.get("LINKEDEVENTS_BASE_URL") or f"https://{HELSINKI_HOST}/linkedevents/v1/"
    if urlsplit(str(base)).hostname == HELSINKI_HOST:
        return EventCredit(source="Linked Events", licence="CC BY 4.0",
                           licence_url="https://creativecommons.org/licenses/by/4.0/",
                           publisher={"fi": "Helsingin kaupunki", "sv": "Helsingfors stad", "en": "City of Helsinki"})
    return EventCredit(source="Linked Events", publisher={})
