"""Writes the duplicate merges of location channels (`ServiceChannel.duplicate_of`)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.db import transaction

from . import selectors
from .duplicates import Group, find_groups
from .models import ServiceChannel

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DuplicateReport:
    channels: int  # location channels compared
    groups: int  # places found more than once
    duplicates: int  # channels now pointing at a canonical one
    changed: int  # channels whose duplicate_of this refresh set, moved or cleared
    merged: tuple[Group, ...] = ()

    def __str__(self) -> str:
        return (f"{self.channels} location channels, {self.groups} duplicate groups, "
                f"{self.duplicates} duplicates, {self.changed} changed")


def duplicates_refresh() -> DuplicateReport:
    """Match every location channel again and store the result; stale merges are cleared."""
    places = selectors.location_places()
    groups = find_groups(places)
    wanted = {d.pk: g.canonical.pk for g in groups for d in g.duplicates}
    current = dict(ServiceChannel.objects.filter(duplicate_of__isnull=False).values_list("pk", "duplicate_of_id"))
    changes: dict[int | None, list[int]] = {}
    for pk in set(wanted) | set(current):
        if wanted.get(pk) != current.get(pk):
            changes.setdefault(wanted.get(pk), []).append(pk)
    with transaction.atomic():
        for target, pks in changes.items():
            ServiceChannel.objects.filter(pk__in=pks).update(duplicate_of_id=target)
    report = DuplicateReport(channels=len(places), groups=len(groups), duplicates=len(wanted),
                             changed=sum(len(p) for p in changes.values()), merged=tuple(groups))
    log.info("duplicates refreshed: %s", report)
    return report
