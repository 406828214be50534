"""Distances from a resident's point to services, and points for postal codes and municipalities."""

from __future__ import annotations

import pytest

from tarjotin.catalogue import places
from tarjotin.geo.coords import distance_km

pytestmark = pytest.mark.django_db


def test_distance_between_vaasa_and_seinajoki_is_about_70_km():
    assert 70 < distance_km((63.0960, 21.6158), (62.7903, 22.8403)) < 72


def test_points_come_from_the_catalogues_own_addresses(demo_catalogue):
    vaasa = places.point_for_municipality("905")
    assert vaasa and 62.9 < vaasa[0] < 63.2 and 21.4 < vaasa[1] < 21.8
    assert places.point_for_postal_code("65100") is not None
    assert places.point_for_postal_code("6510x") is None and places.point_for_postal_code("00000") is None


def test_browser_position_outside_finland_or_garbage_is_ignored():
    assert places.point_from_browser("60.17", "24.94") == (60.17, 24.94)
    assert places.point_from_browser("48.85", "2.35") is None
    assert places.point_from_browser("nan", "x") is None


def test_nearest_location_per_service(demo_catalogue):
    from tarjotin.catalogue.models import Service

    ids = list(Service.objects.filter(connections__channel__kind="location").values_list("pk", flat=True)[:50])
    distances = places.nearest_km(ids, (63.0960, 21.6158))
    assert distances and all(0 <= d < 300 for d in distances.values())
