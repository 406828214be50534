"""Reads of municipalities and counties."""

from __future__ import annotations

from functools import lru_cache

from .models import County, Municipality


def county_get(code: str) -> County | None:
    return County.objects.filter(code=code).first()


def municipalities_of_county(code: str) -> list[Municipality]:
    return list(Municipality.objects.filter(county_id=code).order_by("code"))


@lru_cache(maxsize=64)
def county_municipality_codes(code: str) -> tuple[str, ...]:
    """Codes never change while the process runs: the reference data is loaded before it starts."""
    return tuple(Municipality.objects.filter(county_id=code).values_list("code", flat=True))
