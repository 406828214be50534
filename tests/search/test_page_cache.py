"""Kept result pages: the same search is rendered once, and never served stale after an import."""

from __future__ import annotations

import pytest
from django.core.cache import caches

from tarjotin.web import views


@pytest.fixture
def page_cache(settings, demo_catalogue):
    from tarjotin.search.services import index_rebuild

    index_rebuild()
    settings.CACHES = {**settings.CACHES, "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test-pages"}}
    caches["pages"].clear()
    yield caches["pages"]
    caches["pages"].clear()


@pytest.fixture
def renders(monkeypatch):
    """How many times a results page was made rather than taken from the cache."""
    made = []
    original = views.search_results

    def counted(*args, **kwargs):
        made.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(views, "search_results", counted)
    return made


def test_the_same_search_is_made_once_and_served_the_same(client, demo_catalogue, page_cache, renders):
    first = client.get("/fi/haku/?q=uimahalli")
    second = client.get("/fi/haku/?q=uimahalli")
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert len(renders) == 1
    assert "Content-Security-Policy" in second  # headers still come from the middleware on every answer


def test_query_order_does_not_matter_but_every_value_does(client, demo_catalogue, page_cache, renders):
    client.get("/fi/haku/?q=liikunta&free=on")
    client.get("/fi/haku/?free=on&q=liikunta")
    assert len(renders) == 1
    client.get("/fi/haku/?q=liikunta")
    client.get("/sv/haku/?q=liikunta&free=on")
    assert len(renders) == 3


def test_an_index_rebuild_shows_at_once(client, demo_catalogue, page_cache, renders):
    from tarjotin.search.services import index_rebuild

    client.get("/fi/haku/?q=uimahalli")
    index_rebuild()
    client.get("/fi/haku/?q=uimahalli")
    assert len(renders) == 2


def test_trays_keep_pages_of_their_own(client, demo_catalogue, page_cache, renders):
    pohjanmaa = client.get("/t/pohjanmaa/fi/haku/?q=")
    national = client.get("/t/suomi/fi/haku/?q=")
    assert len(renders) == 2
    assert pohjanmaa.content != national.content


@pytest.mark.parametrize("path", ["/fi/haku/?q=uimahalli&open_now=on"])
def test_time_dependent_pages_are_always_made_afresh(client, demo_catalogue, page_cache, renders, path):
    client.get(path)
    client.get(path)
    assert len(renders) == 2


def test_logged_in_users_get_pages_of_their_own(client, demo_catalogue, page_cache, renders, django_user_model):
    client.get("/fi/haku/?q=uimahalli")
    client.force_login(django_user_model.objects.create_user("pro", password="x" * 16))
    client.get("/fi/haku/?q=uimahalli")
    client.get("/fi/haku/?q=uimahalli")
    assert len(renders) == 3


def test_theme_pages_are_kept_too(client, demo_catalogue, page_cache, renders):
    assert client.get("/fi/teemat/liikunta/").status_code == 200
    assert client.get("/fi/teemat/liikunta/").status_code == 200
    assert len(renders) == 1


def test_a_page_made_while_the_index_changed_is_not_kept(client, db, page_cache, renders):
    from tarjotin.search.services import index_rebuild

    original = views.search_results

    def rebuilt_meanwhile(*args, **kwargs):
        found = original(*args, **kwargs)
        index_rebuild()
        return found

    views.search_results = rebuilt_meanwhile
    try:
        client.get("/fi/haku/?q=uimahalli")
    finally:
        views.search_results = original
    client.get("/fi/haku/?q=uimahalli")
    client.get("/fi/haku/?q=uimahalli")
    assert len(renders) == 2  # the first page was not kept, the second was and served the third


def test_a_broken_cache_never_costs_the_page(client, demo_catalogue, page_cache, renders, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(page_cache, "get", broken)
    monkeypatch.setattr(page_cache, "set", broken)
    assert client.get("/fi/haku/?q=uimahalli").status_code == 200
    assert client.get("/fi/haku/?q=uimahalli").status_code == 200
    assert len(renders) == 2


def test_a_kept_page_still_counts_in_search_demand(client, demo_catalogue, page_cache, renders):
    from tarjotin.monitoring.models import SearchDemand

    for _ in range(3):
        client.get("/fi/haku/?q=Uimahalli")
    client.get("/fi/haku/?q=Uimahalli&page=2")  # paging on is not a new search
    assert len(renders) == 2
    demand = SearchDemand.objects.get(query="uimahalli", language="fi")
    assert demand.searches == 3 and demand.last_result_count > 0
