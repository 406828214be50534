"""Writes of trays: the default trays, the admin roles, the audit log."""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.contrib.auth.models import Group, Permission
from django.db import models, transaction
from django.utils.text import slugify

from tarjotin.geo.models import County

from .audit import audit_diff
from .models import AuditEvent, Tray, TrayMembership
from .roles import ROLE_PERMISSIONS

log = logging.getLogger(__name__)
DATA = Path(__file__).resolve().parent / "data"
NATIONAL_SLUG = "suomi"
NATIONAL_NAME = {"fi": "Koko Suomi", "sv": "Hela Finland", "en": "All of Finland"}


@dataclass
class DefaultsResult:
    created: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # a slug another tray already has


def _defaults_by_county() -> dict[str, dict[str, str]]:
    with (DATA / "trays.csv").open(encoding="utf-8", newline="") as handle:
        return {row["county_code"]: row for row in csv.DictReader(handle)}


def _sources_for(county: County) -> dict[str, Any]:
    """PTV names a county by its code; Helsinki organises its own services and is read as a municipality."""
    if county.kind == "city":
        codes = county.municipalities.order_by("code").values_list("code", flat=True)
        return {"ptv": {"areas": [f"Municipality:{code}" for code in codes]}}
    return {"ptv": {"areas": [f"WellbeingServiceCounties:{county.code}"]}}


def _create(result: DefaultsResult, slug: str, fields: dict[str, Any]) -> None:
    if Tray.objects.filter(slug=slug).exists():
        result.skipped.append(slug)
        return
    prefix_free = not Tray.objects.filter(path_prefix=slug).exists()
    tray = Tray(slug=slug, path_prefix=slug if prefix_free else "", **fields)
    tray.full_clean()
    tray.save()
    result.created.append(slug)


@transaction.atomic
def trays_defaults_load() -> DefaultsResult:
    """The national tray and one regional tray per county; a tray that exists (by kind and county, so a
    renamed slug counts) is left exactly as an admin left it."""
    result = DefaultsResult()
    if Tray.objects.filter(kind=Tray.Kind.NATIONAL).exists():
        result.kept.append(NATIONAL_SLUG)
    else:
        _create(result, NATIONAL_SLUG, {"kind": Tray.Kind.NATIONAL, "name": NATIONAL_NAME, "sources": {}})
    defaults = _defaults_by_county()
    for county in County.objects.order_by("code"):
        row = defaults.get(county.code, {})
        slug = row.get("slug") or slugify(county.name.get("fi", county.code))
        if Tray.objects.filter(county=county).exists():
            result.kept.append(slug)
            continue
        _create(result, slug, {
            "kind": Tray.Kind.REGIONAL, "county": county, "name": dict(county.name),
            "sources": _sources_for(county),
            **{k: row[k] for k in ("primary_color", "text_color") if row.get(k)},
        })
    return result


def trays_roles_ensure() -> dict[str, int]:
    """The groups "national admin", "tray admin" and "content viewer" with exactly their permissions;
    returns the number of permissions each got (a missing permission is logged and left out)."""
    counts = {}
    for name, wanted in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        perms = []
        for dotted in wanted:
            app_label, codename = dotted.split(".", 1)
            perm = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if perm is None:
                log.warning("permission %s does not exist yet; run migrate first", dotted)
                continue
            perms.append(perm)
        group.permissions.set(perms)
        counts[name] = len(perms)
    return counts


def tray_membership_grant(*, user: Any, tray: Tray, role: str = TrayMembership.Role.ADMIN) -> TrayMembership:
    membership, _created = TrayMembership.objects.update_or_create(user=user, tray=tray, defaults={"role": role})
    return membership


def audit_event_record(*, user: Any, action: str, obj: models.Model, tray: Tray | None,
                       before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> AuditEvent:
    """Call inside the transaction of the change itself: if the change rolls back, so does its record."""
    return AuditEvent.objects.create(
        user=user if getattr(user, "pk", None) else None,
        username=getattr(user, "get_username", lambda: "")(),
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_repr=str(obj)[:200],
        tray=tray if tray is not None and tray.pk else None,
        tray_slug=tray.slug if tray is not None else "",
        changes=audit_diff(before, after),
    )
