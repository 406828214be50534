"""Admin mixins: every change audited in its own transaction, and a tray admin kept inside their own trays."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import models, router, transaction
from django.http import Http404, HttpRequest

from . import access
from .audit import audit_snapshot
from .models import AuditEvent, Tray
from .services import audit_event_record


class AuditedAdmin(admin.ModelAdmin):
    """Records an AuditEvent for every add, change and delete. The admin runs each of these inside
    transaction.atomic, so the event commits or rolls back with the change (zulip's "one atomic action")."""

    def audit_tray(self, obj: models.Model) -> Tray | None:
        return None

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        stored = type(obj)._default_manager.filter(pk=obj.pk).first() if change and obj.pk else None
        before = audit_snapshot(stored) if stored is not None else None
        super().save_model(request, obj, form, change)
        after = audit_snapshot(obj)
        if change and before == after:
            return  # saved without a difference: nothing happened worth a record
        audit_event_record(user=request.user, action=AuditEvent.Action.CHANGE if change else AuditEvent.Action.ADD,
                           obj=obj, tray=self.audit_tray(obj), before=before, after=after)

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        self._audit_delete(request, obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: models.QuerySet) -> None:
        # The changelist's "delete selected" action is not wrapped in a transaction by Django.
        with transaction.atomic(using=router.db_for_write(self.model)):
            for obj in queryset:
                self._audit_delete(request, obj)
            super().delete_queryset(request, queryset)

    def _audit_delete(self, request: HttpRequest, obj: Any) -> None:
        # Recorded before the row goes, while the object still has its id and its tray.
        audit_event_record(user=request.user, action=AuditEvent.Action.DELETE, obj=obj,
                           tray=self.audit_tray(obj), before=audit_snapshot(obj), after=None)


class TrayScopedAdmin(AuditedAdmin):
    """For models that belong to one tray: `tray_lookup` is the ORM path to it ("pk" for Tray itself).
    A user who is not a national admin sees only their trays' rows, changes only those they administer,
    and gets 404 for any other row's page, GET or POST alike."""

    tray_lookup = "tray"

    def tray_of(self, obj: Any) -> Tray | None:
        return obj if self.tray_lookup == "pk" else getattr(obj, self.tray_lookup, None)

    def audit_tray(self, obj: Any) -> Tray | None:
        return self.tray_of(obj)

    def get_queryset(self, request: HttpRequest) -> models.QuerySet:
        queryset = super().get_queryset(request)
        if access.user_is_national(request.user):
            return queryset
        return queryset.filter(**{f"{self.tray_lookup}__in": access.trays_viewable(request.user)})

    def get_object(self, request: HttpRequest, object_id: str, from_field: str | None = None) -> Any:
        """Another tray's row is "not found", not a redirect that would confirm it exists."""
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404
        return obj

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_view_permission(request, obj) and (
            obj is None or access.tray_viewable(request.user, self.tray_of(obj)))

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_change_permission(request, obj) and (
            obj is None or access.tray_changeable(request.user, self.tray_of(obj)))

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_delete_permission(request, obj) and (
            obj is None or access.tray_changeable(request.user, self.tray_of(obj)))

    def has_add_permission(self, request: HttpRequest) -> bool:
        return super().has_add_permission(request) and access.trays_changeable(request.user).exists()

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.related_model is Tray:  # only trays this user administers can be chosen
            kwargs["queryset"] = access.trays_changeable(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        # Defence in depth: the form's choices already keep the tray inside the user's own.
        if not access.tray_changeable(request.user, self.tray_of(obj)):
            raise Http404
        super().save_model(request, obj, form, change)


class NationalOnlyAdmin(AuditedAdmin):
    """Visible to national admins only, whatever model permissions a tray admin may have been given."""

    def has_module_permission(self, request: HttpRequest) -> bool:
        return access.user_is_national(request.user) and super().has_module_permission(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return access.user_is_national(request.user) and super().has_view_permission(request, obj)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return access.user_is_national(request.user) and super().has_change_permission(request, obj)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return access.user_is_national(request.user) and super().has_add_permission(request)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return access.user_is_national(request.user) and super().has_delete_permission(request, obj)
