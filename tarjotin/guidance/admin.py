"""Admin of organisational units and professionals; every change audited like the trays' own."""

from __future__ import annotations

from django.contrib import admin

from tarjotin.trays.admin_base import NationalOnlyAdmin, TrayScopedAdmin

from .models import Professional, Unit


@admin.register(Unit)
class UnitAdmin(TrayScopedAdmin):
    list_display = ("code", "__str__", "tray")
    list_filter = ("tray",)
    search_fields = ("code",)


@admin.register(Professional)
class ProfessionalAdmin(NationalOnlyAdmin):
    list_display = ("__str__", "unit")
    list_filter = ("trays",)
    filter_horizontal = ("trays",)
    autocomplete_fields = ("user",)
    search_fields = ("user__username",)
