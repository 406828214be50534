"""Fixtures of the search tests: services made with the ORM, and a clean Finnish analyser choice."""

from __future__ import annotations

import itertools

import pytest
from django.utils import timezone

from tarjotin.search.analysis import analyser_reset
from tarjotin.search.ranking import query_cache_clear
from tarjotin.search.synonyms import synonyms_reset

_origin = itertools.count(1)


@pytest.fixture(autouse=True)
def _fresh_search_caches():
    """Synonym rows and built queries of one test never leak into the next (a rollback sends no signal)."""
    synonyms_reset()
    query_cache_clear()
    yield
    synonyms_reset()
    query_cache_clear()


@pytest.fixture
def fresh_analyser():
    """The analyser chain chooses again in this test, and again after it (patches are gone by then)."""
    analyser_reset()
    yield
    analyser_reset()


@pytest.fixture
def make_service(db):
    from tarjotin.catalogue.models import Classification, Service

    def make(name: dict, *, municipalities=(), classes=(), **fields) -> Service:
        service = Service.objects.create(
            source="test", origin_id=f"s{next(_origin)}", last_seen=timezone.now(), content_hash="x",
            name=name, **fields,
        )
        if municipalities:
            service.municipalities.set(municipalities)
        if classes:
            service.classifications.set(Classification.objects.filter(code__in=classes))
        return service

    return make
