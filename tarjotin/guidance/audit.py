"""The professional area's audit trail: every read and write, in the trays app's AuditEvent log."""

from __future__ import annotations

from typing import Any

from django.db import models

from tarjotin.trays.audit import audit_snapshot
from tarjotin.trays.models import AuditEvent, Tray
from tarjotin.trays.services import audit_event_record

# AuditEvent.Action has add, change and delete; a read is recorded as "view".
VIEW = "view"
ADD = AuditEvent.Action.ADD
CHANGE = AuditEvent.Action.CHANGE
DELETE = AuditEvent.Action.DELETE


def guidance_audit(*, user: Any, action: str, tray: Tray | None, obj: models.Model | None = None,
                   what: str = "", before: dict | None = None, after: dict | None = None) -> AuditEvent:
    """`obj` for a row; `what` ("guidance.statistics", "catalogue.search") for a read of no single row.
    Writes call this inside their own transaction, so the record rolls back with the change."""
    if obj is not None:
        return audit_event_record(user=user, action=action, obj=obj, tray=tray, before=before, after=after)
    return AuditEvent.objects.create(
        user=user if getattr(user, "pk", None) else None,
        username=getattr(user, "get_username", lambda: "")(),
        action=action, object_type=what[:100], object_id="-", object_repr="",
        tray=tray if tray is not None and tray.pk else None, tray_slug=tray.slug if tray is not None else "",
        changes={},
    )


def snapshot(obj: models.Model) -> dict:
    """The row's fields for the log, without the link token: the log must not open anyone's referral."""
    values = audit_snapshot(obj)
    values.pop("token", None)
    return values
