"""Admin for trays, their themes, memberships and the audit log, scoped by the user's role."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import Http404, HttpRequest
from django.utils.translation import gettext_lazy as _

from tarjotin.core.text import pick_text

from . import access
from .admin_base import NationalOnlyAdmin, TrayScopedAdmin
from .forms import LANGS, TrayAdminForm, TrayThemeAdminForm
from .models import AuditEvent, Tray, TrayMembership, TrayTheme

# What decides a tray's identity, address and imports: set by the national admin, read-only for the rest.
NATIONAL_ONLY_FIELDS = ("slug", "kind", "county", "hostnames", "path_prefix", "sources", "active")


def _per_language(values: dict[str, str]) -> str:
    return " · ".join(f"{code}: {values[code]}" for code, _ in LANGS if values.get(code)) or "–"


@admin.register(Tray)
class TrayAdmin(TrayScopedAdmin):
    tray_lookup = "pk"
    form = TrayAdminForm
    list_display = ("slug", "__str__", "kind", "county", "path_prefix", "hostnames", "active")
    list_filter = ("kind", "active")
    search_fields = ("slug",)
    fieldsets = (
        (None, {"fields": ("slug", "kind", "county", "name", "active")}),
        (_("Address"), {"fields": ("hostnames", "path_prefix")}),
        (_("Area and sources"), {"fields": ("include_nationwide", "sources")}),
        (_("Front page"), {"fields": ("front_title", "front_lead")}),
        (_("Look"), {"fields": ("display_name", "logo_url", "primary_color", "text_color", "tile_url")}),
        (_("Maintenance contact"), {"fields": ("contact_name", "contact_email", "contact_phone")}),
        (_("Statements"), {"fields": ("accessibility_statement", "privacy_notice")}),
    )

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        if access.user_is_national(request.user):
            return ()
        return NATIONAL_ONLY_FIELDS

    def has_add_permission(self, request: HttpRequest) -> bool:
        return access.user_is_national(request.user) and super().has_add_permission(request)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return access.user_is_national(request.user) and super().has_delete_permission(request, obj)

    # Shown when the page is read-only: the form's per-language fields have no model attribute.
    @admin.display(description=_("front page title"))
    def front_title(self, obj: Tray) -> str:
        return _per_language({k: v.get("title", "") for k, v in obj.front_page.items() if isinstance(v, dict)})

    @admin.display(description=_("front page lead"))
    def front_lead(self, obj: Tray) -> str:
        return _per_language({k: v.get("lead", "") for k, v in obj.front_page.items() if isinstance(v, dict)})


@admin.register(TrayTheme)
class TrayThemeAdmin(TrayScopedAdmin):
    form = TrayThemeAdminForm
    list_display = ("tray", "shown_slug", "theme", "shown_name", "order", "hidden")
    list_filter = (("tray", admin.RelatedOnlyFieldListFilter), "hidden")
    list_select_related = ("tray", "theme")
    fieldsets = (
        (None, {"fields": ("tray", "theme", "slug", "order", "hidden")}),
        (_("Texts"), {"fields": ("name", "description")}),
        (_("Mapping (empty inherits the national theme's)"),
         {"fields": ("service_classes", "target_groups", "keywords")}),
    )

    @admin.display(description=_("slug"))
    def shown_slug(self, obj: TrayTheme) -> str:
        return obj.effective_slug

    @admin.display(description=_("name"))
    def shown_name(self, obj: TrayTheme) -> str:
        return pick_text(obj.name, "fi") or (pick_text(obj.theme.name, "fi") if obj.theme_id else "")


@admin.register(TrayMembership)
class TrayMembershipAdmin(NationalOnlyAdmin):
    list_display = ("user", "tray", "role")
    list_filter = ("role", "tray")
    search_fields = ("user__username", "tray__slug")

    def audit_tray(self, obj: TrayMembership) -> Tray | None:
        return obj.tray


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only for everyone, superusers included: a log that can be edited proves nothing."""

    list_display = ("at", "username", "action", "object_type", "object_id", "object_repr", "tray_slug")
    list_filter = ("action", "object_type")
    search_fields = ("username", "object_repr", "object_id")
    date_hierarchy = "at"

    def get_queryset(self, request: HttpRequest) -> Any:
        queryset = super().get_queryset(request)
        if access.user_is_national(request.user):
            return queryset
        return queryset.filter(tray__in=access.trays_viewable(request.user))

    def get_object(self, request: HttpRequest, object_id: str, from_field: str | None = None) -> Any:
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404
        return obj

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

