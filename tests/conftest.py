"""Fixtures shared by the test suite: reference data, the demo catalogue, paths to public sample data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("TARJOTIN_SHARED_DATA", ROOT.parent / "shared" / "data"))
DEMO = ROOT / "tarjotin" / "demo" / "ptv"


def shared(*parts: str) -> Path:
    """A path in the public sample data; tests that need it skip with a clear reason where it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"public sample data not found at {path} (set TARJOTIN_SHARED_DATA)")
    return path


@pytest.fixture(autouse=True)
def _isolated_settings(settings, tmp_path_factory):
    """Every test gets an index directory of its own, and static files without collectstatic."""
    # Monitoring counts are written at once, so a test sees them (a server gathers them for a few seconds).
    settings.TARJOTIN = {**settings.TARJOTIN, "SEARCH_INDEX_DIR": tmp_path_factory.mktemp("index") / "search",
                         "MONITORING_FLUSH_SECONDS": 0}
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    # Kept result pages would outlive each test's data; the page cache's own tests switch it on.
    settings.CACHES = {**settings.CACHES, "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    from tarjotin.trays.cache import trays_cache_clear

    trays_cache_clear()  # trays are cached in process memory, which outlives each test's rollback

@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Reference data is loaded once into the test database and kept by every test's rollback."""
    with django_db_blocker.unblock():
        call_command("reference_load", verbosity=0)
        call_command("trays_load", verbosity=0)


@pytest.fixture
def demo_catalogue(db):
    """The shipped demo region imported through the real PTV importer."""
    from tarjotin.sources.registry import adapter_get
    from tarjotin.sources.sync import sync_run

    run = sync_run(adapter_get("ptv"), mode="files", params={"path": str(DEMO)})
    assert run.status == "succeeded", run.error
    return run
