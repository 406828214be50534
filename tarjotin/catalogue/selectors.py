"""Reads from the catalogue for pages, the API and the search index."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet

from tarjotin.core.text import pick_text
from tarjotin.geo import selectors as geo
from tarjotin.geo.models import Municipality

from .duplicates import Group, Place, find_groups
from .models import (
    AreaType,
    ChannelKind,
    Classification,
    Connection,
    Organization,
    Service,
    ServiceChannel,
    ServiceHour,
    Theme,
)

NATIONWIDE = (AreaType.NATIONWIDE, AreaType.NATIONWIDE_EXCEPT_ALAND)


def county_municipality_codes(code: str) -> tuple[str, ...]:
    """The municipalities of a county; search reads areas through the catalogue, not geo."""
    return geo.county_municipality_codes(code)


def themes_visible() -> list[Theme]:
    return list(Theme.objects.filter(hidden=False))


def theme_get(slug: str) -> Theme | None:
    return Theme.objects.filter(slug=slug, hidden=False).first()


def _matches(code: str, prefixes: Iterable[str]) -> bool:
    """P27 covers P27.1 and P27.1.2; a code never matches a sibling such as P27 vs P2."""
    return any(code == p or code.startswith(p + ".") for p in prefixes)


def theme_slugs_for(*, codes: Iterable[str], themes: list[Theme]) -> list[str]:
    """The themes whose service classes or target groups cover any of these classification codes."""
    codes = list(codes)
    return [
        t.slug for t in themes
        if any(_matches(c, t.service_classes) for c in codes)
        or (t.target_groups and any(_matches(c, t.target_groups) for c in codes))
    ]


def services_in_area(municipality_codes: Iterable[str]) -> QuerySet[Service]:
    """Services available in any of these municipalities, nationwide ones included."""
    return Service.objects.filter(
        Q(municipalities__code__in=list(municipality_codes)) | Q(area_type__in=NATIONWIDE)
    ).distinct()


def _connections_with_channels() -> Prefetch:
    # The channel comes by join: a nested prefetch would chain one OR per row, past SQLite's depth limit.
    return Prefetch("connections", queryset=Connection.objects.select_related("channel"))


def services_for_index() -> QuerySet[Service]:
    """Every service with what the search index needs, in few queries."""
    return Service.objects.select_related("organization").prefetch_related(
        "municipalities", "classifications", _connections_with_channels(),
    )


def services_by_ids(ids: list[int]) -> list[Service]:
    """Services in the order given (search ranking), for result lists."""
    found = Service.objects.select_related("organization").prefetch_related(
        "classifications", "municipalities", _connections_with_channels()
    ).in_bulk(ids)
    return [found[i] for i in ids if i in found]


def services_for_list(ids: list[int]) -> list[Service]:
    """Services in the order given, with only what a result row shows: a result page runs this on every
    request, and the channels, classifications and long texts would cost more than the search itself."""
    municipalities = Prefetch("municipalities", queryset=Municipality.objects.only("code", "name"))
    found = (
        Service.objects.select_related("organization")
        .only("pk", "name", "summary", "area_type", "charge_type", "organization__name")
        .prefetch_related(municipalities)
        .in_bulk(ids)
    )
    return [found[i] for i in ids if i in found]


def service_detail(pk: int) -> Service | None:
    hours = ServiceHour.objects.order_by("order")
    channels = ServiceChannel.objects.select_related("organization").prefetch_related(
        "addresses__municipality", Prefetch("hours", queryset=hours)
    )
    connections = Connection.objects.select_related("channel").prefetch_related(
        Prefetch("channel", queryset=channels), Prefetch("hours", queryset=hours)
    ).order_by("channel__kind", "pk")
    return (
        Service.objects.select_related("organization")
        .prefetch_related("classifications", "municipalities", Prefetch("connections", queryset=connections))
        .filter(pk=pk)
        .first()
    )


def organization_detail(pk: int) -> Organization | None:
    return Organization.objects.select_related("municipality").filter(pk=pk).first()


def organization_services(org: Organization) -> QuerySet[Service]:
    return org.services.order_by("pk")


def classifications_of(kind: str, codes: Iterable[str] | None = None) -> QuerySet[Classification]:
    found = Classification.objects.filter(kind=kind)
    return found.filter(code__in=list(codes)) if codes is not None else found


def services_open_now(service_ids: list[int], now=None) -> set[int]:
    """Services with a channel (or a service-specific set of hours) that is open at this moment."""
    from .hours import is_open_now

    blocks: dict[tuple[str, int], list[ServiceHour]] = {}
    owners: dict[int, set[tuple[str, int]]] = {}
    for conn in Connection.objects.filter(service_id__in=service_ids).values("pk", "service_id", "channel_id"):
        owners.setdefault(conn["service_id"], set()).update({("conn", conn["pk"]), ("chan", conn["channel_id"])})
    hours = ServiceHour.objects.filter(
        Q(connection__service_id__in=service_ids) | Q(channel__connections__service_id__in=service_ids)
    ).distinct()
    for block in hours:
        key = ("conn", block.connection_id) if block.connection_id else ("chan", block.channel_id)
        blocks.setdefault(key, []).append(block)
    return {
        sid for sid, keys in owners.items()
        if any(is_open_now(blocks[key], now) for key in keys if key in blocks)
    }


def _place(channel: ServiceChannel) -> Place:
    """A location channel for the duplicate matcher: its visiting address, else its first one."""
    addresses = list(channel.addresses.all())
    address = next((a for a in addresses if a.kind == "visiting"), addresses[0] if addresses else None)
    street = f"{pick_text(address.street, 'fi')} {address.street_number}".strip() if address else ""
    return Place(
        pk=channel.pk, source=channel.source, name=pick_text(channel.name, "fi"), street=street,
        latitude=address.latitude if address else None, longitude=address.longitude if address else None,
        modified=channel.source_modified,
        organization=pick_text(channel.organization.name, "fi") if channel.organization else "",
        origin_id=channel.origin_id, source_id=channel.source_id,
    )


def location_places() -> list[Place]:
    """Every location channel, as the duplicate matcher reads it."""
    channels = ServiceChannel.objects.filter(kind=ChannelKind.LOCATION).select_related("organization")
    return [_place(c) for c in channels.prefetch_related("addresses").order_by("pk")]


def duplicate_groups() -> list[Group]:
    """The stored merges: each canonical channel with the channels that point at it."""
    dupes = ServiceChannel.objects.filter(duplicate_of__isnull=False).select_related("organization")
    members: dict[int, list[Place]] = {}
    for channel in dupes.prefetch_related("addresses").order_by("pk"):
        members.setdefault(channel.duplicate_of_id, []).append(_place(channel))
    canon = ServiceChannel.objects.filter(pk__in=members).select_related("organization")
    groups = []
    for channel in canon.prefetch_related("addresses").order_by("pk"):
        place = _place(channel)
        # Why they matched is not stored; matching the few members again tells it (empty if stale).
        again = find_groups([place, *members[channel.pk]])
        groups.append(Group(place, tuple(members[channel.pk]), again[0].reasons if len(again) == 1 else ()))
    return groups


@dataclass(frozen=True)
class ServiceMerge:
    """What a service page tells of merged places: where the canonical lives, or who else lists it."""

    canonical_service_id: int | None = None  # set when every channel of this service is a duplicate
    also_in: tuple[str, ...] = ()  # sources of the duplicates of this service's channels


def merged_away(service: Service) -> bool:
    """A LIPAS place whose every channel is the same place as another's: search lists only that one.
    PTV services stay: one may offer other things at a shared place than its canonical's service."""
    channels = [c.channel for c in service.connections.all()]
    return service.source == "lipas" and bool(channels) and all(c.duplicate_of_id for c in channels)


def service_merge(service: Service) -> ServiceMerge:
    channels = [c.channel for c in service.connections.all()]
    if merged_away(service):
        target = (Connection.objects.filter(channel_id=channels[0].duplicate_of_id)
                  .exclude(service_id=service.pk).order_by("service_id").first())
        return ServiceMerge(canonical_service_id=target.service_id if target else None)
    sources = ServiceChannel.objects.filter(duplicate_of__in=[c.pk for c in channels]).values_list("source", flat=True)
    return ServiceMerge(also_in=tuple(sorted(set(sources))))
