"""What an audit event records of an object: its field values as JSON, and the difference of two such."""

from __future__ import annotations

import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

# Never written to the log, whatever model it is on.
SECRET_FIELDS = {"password"}


def audit_snapshot(obj: models.Model) -> dict[str, Any]:
    """Concrete fields by name (foreign keys as their id), as JSON-safe values."""
    values = {
        f.attname: f.value_from_object(obj)
        for f in obj._meta.concrete_fields
        if f.attname not in SECRET_FIELDS and not f.primary_key
    }
    return json.loads(json.dumps(values, cls=DjangoJSONEncoder, default=str))


def audit_diff(before: dict[str, Any] | None, after: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    """{field: {"old": …, "new": …}} for the fields that differ; an add has no old, a delete no new."""
    before, after = before or {}, after or {}
    changes: dict[str, dict[str, Any]] = {}
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if old != new:
            changes[name] = {key: value for key, value in (("old", old), ("new", new))
                             if (key == "old" and name in before) or (key == "new" and name in after)}
    return changes
