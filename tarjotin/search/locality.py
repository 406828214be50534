"""Locality: which municipalities a service serves as their own, as the whole county's, or nationwide."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import schema

# Rank factors over BM25 (see ranking.py): the resident's own municipality's services first, then the
# county's, then nationwide ones; a service of another municipality of the tray only after those.
# Multiplied, not added, so a clearly more relevant service still wins (measured in tools/bench_search.py).
FACTORS = {"municipal": 1.3, "county": 1.15, "national": 1.0, "elsewhere": 0.9}


@dataclass(frozen=True)
class Place:
    """A municipality a service names, with the county it belongs to."""

    code: str
    county: str


def scope_values(*, places: Iterable[Place], area_counties: Iterable[str], nationwide: bool,
                 county_size: Callable[[str], int]) -> list[str]:
    """Scope terms of one service: "c:<code>" where it serves the municipality's whole county (the source
    named the county, or every municipality of it is listed), else "m:<code>"; none when nationwide."""
    if nationwide:
        return []
    places = [p for p in places if p.code]
    named = {str(c) for c in area_counties if c}
    listed: dict[str, set[str]] = defaultdict(set)
    for place in places:
        if place.county:
            listed[place.county].add(place.code)
    values = []
    for place in places:
        size = county_size(place.county) if place.county else 0
        # A county of one municipality (Helsinki) serves it as its own: that is the better tier.
        whole = size > 1 and (place.county in named or len(listed[place.county]) >= size)
        values.append(f"{schema.SCOPE_COUNTY if whole else schema.SCOPE_MUNICIPAL}{place.code}")
    return sorted(set(values))


def near_terms(codes: Iterable[str]) -> tuple[list[str], list[str]]:
    """Scope terms of the resident's municipalities: (own-municipality terms, whole-county terms)."""
    kept = [c for c in dict.fromkeys(codes) if isinstance(c, str) and c and len(c) <= 10]
    return ([f"{schema.SCOPE_MUNICIPAL}{c}" for c in kept], [f"{schema.SCOPE_COUNTY}{c}" for c in kept])


def national_markers(codes: Iterable[str]) -> list[str]:
    """Area markers of the nationwide services available in these municipalities."""
    kept = [c for c in codes if isinstance(c, str) and c]
    if not kept:
        return []
    markers = [schema.NATIONWIDE]
    if any(code not in schema.ALAND for code in kept):
        markers.append(schema.NATIONWIDE_EXCEPT_ALAND)
    return markers
