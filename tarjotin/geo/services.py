"""Loads the shipped municipality, county and region lists into the database."""

from __future__ import annotations

import csv
from pathlib import Path

from django.db import transaction

from .models import County, Municipality, Region

DATA = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _names(row: dict[str, str]) -> dict[str, str]:
    return {lang: row[f"name_{lang}"] for lang in ("fi", "sv", "en") if row.get(f"name_{lang}")}


@transaction.atomic
def geo_reference_load() -> int:
    """Upsert every region, county and municipality; returns the number of municipalities."""
    for row in _rows("regions.csv"):
        Region.objects.update_or_create(code=row["code"], defaults={"name": _names(row)})
    for row in _rows("counties.csv"):
        County.objects.update_or_create(code=row["code"], defaults={"name": _names(row), "kind": row["kind"]})
    rows = _rows("municipalities.csv")
    for row in rows:
        Municipality.objects.update_or_create(
            code=row["code"],
            defaults={
                "name": _names(row),
                "county_id": row["county_code"] or None,
                "region_id": row["region_code"] or None,
                "languages": row["languages"].split(),
            },
        )
    return len(rows)
