"""Who may see and change which tray: national admins every tray, everyone else their memberships only."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from .models import Tray, TrayMembership

ALL_TRAYS_PERMISSION = "trays.manage_all_trays"


def user_is_national(user: Any) -> bool:
    return bool(user and user.is_active and (user.is_superuser or user.has_perm(ALL_TRAYS_PERMISSION)))


def trays_viewable(user: Any) -> QuerySet[Tray]:
    if user_is_national(user):
        return Tray.objects.all()
    if not (user and user.is_active and user.pk):
        return Tray.objects.none()
    return Tray.objects.filter(memberships__user=user).distinct()


def trays_changeable(user: Any) -> QuerySet[Tray]:
    """Trays the user administers; a content viewer's membership never lets them change anything."""
    if user_is_national(user):
        return Tray.objects.all()
    if not (user and user.is_active and user.pk):
        return Tray.objects.none()
    return Tray.objects.filter(memberships__user=user, memberships__role=TrayMembership.Role.ADMIN).distinct()


def tray_viewable(user: Any, tray: Tray | None) -> bool:
    return tray is not None and (user_is_national(user) or trays_viewable(user).filter(pk=tray.pk).exists())


def tray_changeable(user: Any, tray: Tray | None) -> bool:
    return tray is not None and (user_is_national(user) or trays_changeable(user).filter(pk=tray.pk).exists())
