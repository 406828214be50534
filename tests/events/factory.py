"""Events as the Linked Events importer leaves them, made with the ORM, at times relative to now."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.utils import timezone

from tarjotin.catalogue.models import Event


def local(days: int, hour: int) -> datetime:
    """A local (Helsinki) time `days` from today at `hour` o'clock."""
    day = timezone.localdate() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, tzinfo=timezone.get_default_timezone())


def make_event(key: str, name: str, *, start: datetime, end: datetime | None = None, municipality: str | None = "905",
               free: bool | None = None, groups: tuple[str, ...] = (), **extra) -> Event:
    fields = {
        "source": "linkedevents", "origin_id": f"test:{key}", "last_seen": timezone.now(), "content_hash": key,
        "name": {"fi": name, "sv": f"{name} (sv)", "en": f"{name} (en)"}, "start": start,
        "end": end or start + timedelta(hours=2),
        "municipality_id": municipality, "is_free": free, "target_groups": list(groups),
        "location_name": {"fi": "Vaasan kaupunginkirjasto", "sv": "Vasa stadsbibliotek"},
        "street_address": {"fi": "Kirjastonkatu 13"}, "postal_code": "65100", "locality": {"fi": "Vaasa", "sv": "Vasa"},
        "latitude": 63.0963, "longitude": 21.6158,
        "offers": [{"is_free": free, "price": {"fi": "5 €"} if free is False else {}, "info_url": {},
                    "description": {}}] if free is not None else [],
    }
    fields.update(extra)
    return Event.objects.create(**fields)


def season() -> dict[str, Event]:
    """Past, on now (today), next week, next month; free and paid; seniors, children and everyone."""
    now = timezone.now()
    # "On now" stays within today's local date, whatever the hour the suite runs at: an hour either side of
    # now would reach into tomorrow after 23:00 (or yesterday before 01:00) and be on two days.
    midnight = local(0, 0)
    last_moment = midnight + timedelta(days=1, microseconds=-1)
    on_now = (max(now - timedelta(hours=1), midnight), min(now + timedelta(hours=1), last_moment))
    return {
        "past": make_event("past", "Mennyt muistelupiiri", start=now - timedelta(hours=3),
                           end=now - timedelta(hours=1), free=True),
        "today": make_event("today", "Kuorolaulua senioreille", start=on_now[0],
                            end=on_now[1], free=True, groups=("KR1.1",),
                            summary={"fi": "Laulamme yhdessä tuttuja lauluja."}),
        "week": make_event("week", "Joulukonsertti perheille", start=local(8, 18), end=local(8, 20), free=False,
                           groups=("KR1.2",), description={"fi": "Konsertti koko perheelle.\n\nLiput ovelta."}),
        "month": make_event("month", "Tuolijumppa", start=local(35, 10), end=local(35, 11), free=True,
                            groups=("KR1.1",)),
    }
