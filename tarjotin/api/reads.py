"""Reads the API lists need and the catalogue's selectors do not offer (yet): plain filtered querysets."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from tarjotin.catalogue.models import ChannelKind, Connection, Organization, ServiceChannel, ServiceHour


def channels_list(*, kind: str | None = None, municipality: str | None = None,
                  organisation: int | None = None) -> QuerySet[ServiceChannel]:
    found = ServiceChannel.objects.all()
    if kind:
        found = found.filter(kind=kind)
    if municipality:
        found = found.filter(addresses__municipality_id=municipality).distinct() if kind == ChannelKind.LOCATION \
            else found.filter(municipalities__code=municipality).distinct()
    if organisation:
        found = found.filter(organization_id=organisation)
    return found.order_by("pk")


def channels_full(queryset: QuerySet[ServiceChannel]) -> QuerySet[ServiceChannel]:
    return queryset.select_related("organization").prefetch_related(
        "addresses__municipality", Prefetch("hours", queryset=ServiceHour.objects.order_by("order")))


def places_list(*, municipality: str | None = None) -> QuerySet[ServiceChannel]:
    """Location channels, each place once: duplicates from other sources are shown as their canonical."""
    found = ServiceChannel.objects.filter(kind=ChannelKind.LOCATION, duplicate_of__isnull=True)
    if municipality:
        found = found.filter(addresses__municipality_id=municipality).distinct()
    return found.order_by("pk")


def places_full(queryset: QuerySet[ServiceChannel]) -> QuerySet[ServiceChannel]:
    return queryset.select_related("organization").prefetch_related(
        "addresses__municipality",
        Prefetch("connections", queryset=Connection.objects.only("service_id", "channel_id")))


def organisations_list(*, municipality: str | None = None) -> QuerySet[Organization]:
    found = Organization.objects.select_related("municipality")
    if municipality:
        found = found.filter(municipality_id=municipality)
    return found.order_by("pk")
