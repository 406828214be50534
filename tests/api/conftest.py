"""Fixtures of the API tests: a client on the demo catalogue, and an empty throttle for every test."""

from __future__ import annotations

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_throttle():
    """The throttle counts in the process's cache, which outlives each test's database rollback."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api(client, demo_catalogue):
    return client
