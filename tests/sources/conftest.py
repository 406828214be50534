"""Fixtures for the scheduled sync: trays with sources, fake adapters, a lock file of each test's own."""

from __future__ import annotations

import pytest

from . import fakes

POHJANMAA = {"ptv": {"areas": ["WellbeingServiceCounties:17"]},
             "lipas": {"areas": ["Municipality:905"], "types": ["3110"]},
             "linkedevents": {"areas": ["Municipality:905"]}}
KESKI_SUOMI = {"ptv": {"areas": ["WellbeingServiceCounties:15"]},
               "lipas": {"areas": ["Municipality:179"], "types": ["3110", "1120"]}}


@pytest.fixture(autouse=True)
def _own_var_dir(settings, tmp_path):
    """The lock file lives in the var dir; each test gets its own."""
    settings.VAR_DIR = tmp_path


@pytest.fixture
def tray_sources(db):
    """Two active trays with sources; every other tray (loaded for the session) asks for nothing."""
    from tarjotin.trays.cache import trays_cache_clear
    from tarjotin.trays.models import Tray

    Tray.objects.update(sources={})
    Tray.objects.filter(slug="pohjanmaa").update(sources=POHJANMAA, active=True)
    Tray.objects.filter(slug="keski-suomi").update(sources=KESKI_SUOMI, active=True)
    trays_cache_clear()  # update() sends no signal, and trays are cached in process memory
    yield
    trays_cache_clear()


@pytest.fixture
def fake_sources(monkeypatch):
    """The registry's adapters replaced by fakes (tests/sources/fakes.py)."""
    from tarjotin.sources import registry

    for name, cls in (("ptv", "Ptv"), ("lipas", "Lipas"), ("linkedevents", "LinkedEvents")):
        monkeypatch.setitem(registry.ADAPTERS, name, f"tests.sources.fakes:{cls}")
    fakes.CALLS.clear()
    fakes.FAILING.clear()
    yield fakes
    fakes.CALLS.clear()
    fakes.FAILING.clear()
