"""Fixtures for the guidance tests: the demo tray, a professional in it, and a logged-in client."""

from __future__ import annotations

import pytest

PASSWORD = "Kelpaava-salasana-2025"


@pytest.fixture(autouse=True)
def _fresh_tray_cache():
    from tarjotin.trays.cache import trays_cache_clear

    trays_cache_clear()
    yield
    trays_cache_clear()


@pytest.fixture
def tray(db):
    from tarjotin.trays.models import Tray

    return Tray.objects.get(slug="pohjanmaa")


@pytest.fixture
def unit(tray):
    from tarjotin.guidance.services import unit_ensure

    return unit_ensure(tray=tray, code="vaasa-hyte", name={"fi": "Vaasan hyvinvointiohjaus",
                                                         "sv": "Vasa välfärdshandledning"})


def make_professional(username: str, tray, unit=None):
    from django.contrib.auth.models import User

    from tarjotin.guidance.services import professional_ensure

    user = User.objects.create_user(username=username, password=PASSWORD)
    professional_ensure(user=user, trays=[tray], unit=unit)
    return user


@pytest.fixture
def professional(tray, unit):
    return make_professional("hanna.hoitaja", tray, unit)


@pytest.fixture
def pro_client(client, professional):
    client.force_login(professional)
    return client


@pytest.fixture
def some_services(demo_catalogue):
    from tarjotin.catalogue.models import Service

    return list(Service.objects.order_by("pk")[:3])
