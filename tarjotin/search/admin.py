"""Admin for search synonyms: a tray admin edits them; search picks changes up without a rebuild."""

from __future__ import annotations

from django.contrib import admin

from .models import Synonym


@admin.register(Synonym)
class SynonymAdmin(admin.ModelAdmin):
    list_display = ("term", "language", "one_way", "expands_to_short", "active", "updated_at")
    list_filter = ("language", "one_way", "active")
    search_fields = ("term", "expands_to", "note")
    list_editable = ("active",)
    fields = ("term", "language", "one_way", "expands_to", "active", "note")

    @admin.display(description="expands to")
    def expands_to_short(self, obj: Synonym) -> str:
        text = ", ".join(term if lang == obj.language else f"{lang}:{term}" for lang, term in obj.targets())
        return text if len(text) <= 80 else text[:79] + "…"
