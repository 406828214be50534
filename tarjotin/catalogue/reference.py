"""Loads the shipped PTV code lists and the national themes into the database."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from django.db import transaction

from .models import Classification, Theme

DATA = Path(__file__).resolve().parent / "data"
CODE_LISTS = {
    "service_classes.csv": Classification.Kind.SERVICE_CLASS,
    "target_groups.csv": Classification.Kind.TARGET_GROUP,
    "life_events.csv": Classification.Kind.LIFE_EVENT,
}


def _names(row: dict[str, str]) -> dict[str, str]:
    return {lang: row[f"name_{lang}"] for lang in ("fi", "sv", "en") if row.get(f"name_{lang}")}


@transaction.atomic
def classifications_load() -> int:
    """Upsert the code lists; labels from the lists win over labels embedded in imported records."""
    count = 0
    for filename, kind in CODE_LISTS.items():
        with (DATA / filename).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                Classification.objects.update_or_create(
                    kind=kind, code=row["code"],
                    defaults={"name": _names(row), "parent_code": row.get("parent_code", "")},
                )
                count += 1
    return count


@transaction.atomic
def themes_load(*, replace: bool = False) -> int:
    """Create the national themes; existing ones keep a tray's edits unless `replace` is set."""
    themes = json.loads((DATA / "themes.json").read_text(encoding="utf-8"))
    for item in themes:
        fields = {
            "order": item["order"], "name": item["name"], "description": item["description"],
            "service_classes": item["service_classes"], "target_groups": item.get("target_groups", []),
            "keywords": item.get("keywords", {}),
        }
        if replace:
            Theme.objects.update_or_create(slug=item["slug"], defaults=fields)
        else:
            Theme.objects.get_or_create(slug=item["slug"], defaults=fields)
    return len(themes)
