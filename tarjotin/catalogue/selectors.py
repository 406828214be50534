"""Reads from the catalogue for pages, the API and the search index."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Prefetch, Q, QuerySet

from tarjotin.geo import selectors as geo

from .models import (
    AreaType,
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
