"""Coordinate conversion from PTV's EPSG:3067 (ETRS-TM35FIN) to WGS84."""

from __future__ import annotations

from functools import lru_cache
from math import asin, cos, radians, sin, sqrt

from pyproj import Transformer

# Finland with a margin, in WGS84 degrees; anything outside is a data error.
FINLAND_BBOX = (19.0, 59.4, 31.8, 70.2)  # lon_min, lat_min, lon_max, lat_max


@lru_cache(maxsize=1)
def _transformer() -> Transformer:
    return Transformer.from_crs(3067, 4326, always_xy=True)


def _number(value: object) -> float | None:
    if value is None:
        return None
    try:
        number = float(str(value).replace(",", ".").strip())
    except ValueError:
        return None
    return number or None


def tm35fin_to_wgs84(northing: object, easting: object) -> tuple[float, float] | None:
    """(lat, lon) from PTV's latitude (= northing) and longitude (= easting) strings; None if missing."""
    north, east = _number(northing), _number(easting)
    if north is None or east is None:
        return None
    lon, lat = _transformer().transform(east, north)
    if not in_finland(lat, lon):
        return None
    return round(lat, 6), round(lon, 6)


def in_finland(lat: float, lon: float) -> bool:
    lon_min, lat_min, lon_max, lat_max = FINLAND_BBOX
    return lat_min <= lat <= lat_max and lon_min <= lon <= lon_max


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points; ample for "how far is it" in Finland."""
    lat1, lon1, lat2, lon2 = map(radians, (*a, *b))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * asin(sqrt(h))
