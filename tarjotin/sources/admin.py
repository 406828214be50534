"""Import runs in the admin, read-only for everyone, and the "Sync status" page: one row per source."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.urls import URLPattern, path
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from .models import ImportRun
from .schedule import counts_summary, source_statuses

# Every admin role (national admin, tray admin, content viewer) can view trays; import runs concern every
# tray alike and hold only public source data, so the same people may read them.
VIEW_PERMISSIONS = ("sources.view_importrun", "trays.view_tray")
SKIPPED_SHOWN = 50  # on the status page; the run's own page lists them all


def may_view(user: Any) -> bool:
    return bool(user and user.is_active and user.is_staff and (
        user.is_superuser or any(user.has_perm(p) for p in VIEW_PERMISSIONS)))


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    """Read-only for everyone, superusers included: a run record is what happened, not a setting."""

    list_display = ("source", "mode", "started_at", "duration", "status", "counts_shown", "skipped_count",
                    "error_shown")
    list_filter = ("source", "status", "mode")
    date_hierarchy = "started_at"
    fields = ("source", "mode", "status", "started_at", "finished_at", "duration", "parameters", "counts_table",
              "skipped_table", "error")
    readonly_fields = fields

    def get_urls(self) -> list[URLPattern]:
        # admin_view: staff only, and anyone else is sent to the login page.
        status = path("status/", self.admin_site.admin_view(self.status_view), name="sources_importrun_status")
        return [status, *super().get_urls()]

    def status_view(self, request: HttpRequest) -> TemplateResponse:
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": _("Sync status"),
            "opts": self.model._meta,
            "rows": source_statuses(),
            "skipped_shown": SKIPPED_SHOWN,
            "skipped_slice": f":{SKIPPED_SHOWN}",
        }
        return TemplateResponse(request, "admin/sources/sync_status.html", context)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return may_view(request.user)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return may_view(request.user)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.display(description=_("duration"))
    def duration(self, obj: ImportRun) -> str:
        seconds = obj.duration_seconds
        return "–" if seconds is None else f"{seconds:.1f} s"

    @admin.display(description=_("counts"))
    def counts_shown(self, obj: ImportRun) -> str:
        return counts_summary(obj.counts) if obj.counts else "–"

    @admin.display(description=_("skipped"))
    def skipped_count(self, obj: ImportRun) -> int:
        return len(obj.skipped or [])

    @admin.display(description=_("error"))
    def error_shown(self, obj: ImportRun) -> str:
        return Truncator(obj.error).chars(120) if obj.error else ""

    @admin.display(description=_("counts"))
    def counts_table(self, obj: ImportRun) -> str:
        if not obj.counts:
            return "–"
        return format_html("<ul>{}</ul>", format_html_join(
            "", "<li>{}: {}</li>", ((kind, counts_summary({kind: c})) for kind, c in obj.counts.items())))

    @admin.display(description=_("skipped records"))
    def skipped_table(self, obj: ImportRun) -> str:
        if not obj.skipped:
            return "–"
        return format_html("<ul>{}</ul>", format_html_join(
            "", "<li>{} {}: {}</li>",
            ((s.get("kind", ""), s.get("id", ""), s.get("reason", "")) for s in obj.skipped)))
