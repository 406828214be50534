"""HSDS ids are UUIDs: PTV's own GUIDs where the row has one, stable name-based UUIDs for everything else."""

from __future__ import annotations

import uuid

from django.db.models import Model

# A fixed namespace: the same row gets the same id on every server and after every re-import.
NAMESPACE = uuid.UUID("6f1d9a3c-2b47-5e8a-9c1d-7a4b2e9f0c35")


def as_uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def name_id(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join(str(p) for p in parts)))


def row_id(kind: str, row) -> str:
    """An imported row's id: its origin id when that is a UUID (PTV), else a UUID of its identity."""
    found = as_uuid(row.origin_id)
    return str(found) if found else name_id(kind, row.source, row.origin_id)


def row_by_id(model: type[Model], kind: str, value: str, queryset=None):
    """The row with this HSDS id, or None. Name-based ids cannot be reversed, so rows without a UUID
    origin id are read (ids and identities only) and hashed; a county's catalogue has few of those."""
    wanted = as_uuid(value)
    if wanted is None:
        return None
    rows = queryset if queryset is not None else model.objects.all()
    found = rows.filter(origin_id__iexact=str(wanted)).first()
    if found is not None:
        return found
    for pk, source, origin in model.objects.values_list("pk", "source", "origin_id").iterator():
        if as_uuid(origin) is None and name_id(kind, source, origin) == str(wanted):
            return rows.filter(pk=pk).first()
    return None
