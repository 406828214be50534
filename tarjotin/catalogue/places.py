"""Where services are: points of their locations, a point for a postal code or municipality, distances."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Avg

from tarjotin.geo.coords import distance_km, in_finland

from .models import Address


def service_points(service_ids: list[int]) -> dict[int, list[tuple[float, float]]]:
    """The visiting-address points of each service's location channels."""
    rows = Address.objects.filter(
        kind="visiting", latitude__isnull=False, channel__connections__service_id__in=service_ids,
    ).values_list("channel__connections__service_id", "latitude", "longitude")
    points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for service_id, lat, lon in rows:
        points[service_id].append((lat, lon))
    return points


def _centre(**filters) -> tuple[float, float] | None:
    """The mean of the catalogue's own address points: no external geocoder, nothing leaves the server."""
    found = Address.objects.filter(latitude__isnull=False, **filters).aggregate(
        lat=Avg("latitude"), lon=Avg("longitude"))
    if found["lat"] is None:
        return None
    return round(found["lat"], 5), round(found["lon"], 5)


def point_for_postal_code(code: str) -> tuple[float, float] | None:
    return _centre(postal_code=code) if code.isdigit() and len(code) == 5 else None


def point_for_municipality(code: str) -> tuple[float, float] | None:
    return _centre(municipality_id=code)


def point_from_browser(lat: str, lon: str) -> tuple[float, float] | None:
    try:
        point = (round(float(lat), 4), round(float(lon), 4))
    except (TypeError, ValueError):
        return None
    return point if in_finland(*point) else None


def nearest_km(service_ids: list[int], point: tuple[float, float]) -> dict[int, float]:
    """Distance from the point to each service's nearest location; services without one are absent."""
    return {
        sid: round(min(distance_km(point, p) for p in pts), 1)
        for sid, pts in service_points(service_ids).items()
    }
