"""Admin of a tray's self-assessment settings, under the tray's own permissions: whoever may change a tray
may change its self-assessment, and a tray admin sees only their own trays."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from tarjotin.trays import access
from tarjotin.trays.admin_base import TrayScopedAdmin

from .forms import SurveySettingsForm
from .models import SurveySettings

# The tray's own permissions, so the three admin roles need no new ones (trays.roles).
VIEW, CHANGE = "trays.view_tray", "trays.change_tray"


def _has(request: HttpRequest, perm: str) -> bool:
    user = request.user
    return bool(user and user.is_active and (user.is_superuser or user.has_perm(perm)))


@admin.register(SurveySettings)
class SurveySettingsAdmin(TrayScopedAdmin):
    form = SurveySettingsForm
    list_display = ("tray", "questions_off_count", "themes_off_count", "updated_at")
    list_select_related = ("tray",)
    fieldsets = ((None, {"fields": ("tray", "questions_on", "themes_on")}),)

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        return ("tray",) if obj is not None else ()

    def has_module_permission(self, request: HttpRequest) -> bool:
        return _has(request, VIEW)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return _has(request, VIEW) and (obj is None or access.tray_viewable(request.user, obj.tray))

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return _has(request, CHANGE) and (obj is None or access.tray_changeable(request.user, obj.tray))

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self.has_change_permission(request, obj)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return _has(request, CHANGE) and access.trays_changeable(request.user).exists()

    @admin.display(description=_("questions off"))
    def questions_off_count(self, obj: SurveySettings) -> int:
        return len(obj.questions_off)

    @admin.display(description=_("themes off"))
    def themes_off_count(self, obj: SurveySettings) -> int:
        return len(obj.themes_off)
