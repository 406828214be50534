"""Events in search: the events index, inflected words, themes, area, past events, the page sections."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from tarjotin.catalogue.models import Event, Theme
from tarjotin.search.selectors import events_for_theme, events_search
from tarjotin.search.services import index_rebuild

from .factory import make_event, season

pytestmark = pytest.mark.django_db
POHJANMAA = ("905", "499")


@pytest.fixture
def events(db):
    found = season()
    index_rebuild()
    return found


def _search(text: str, lang: str = "fi", limit: int = 5) -> list[str]:
    ids = events_search(text=text, lang=lang, municipalities=POHJANMAA, limit=limit)
    return [Event.objects.get(pk=pk).name["fi"] for pk in ids]


def test_inflected_and_compound_words_find_events(events):
    assert _search("kuoroon") == ["Kuorolaulua senioreille"]  # a part of the compound, inflected
    assert _search("konsertteihin") == ["Joulukonsertti perheille"]
    assert _search("kirjastossa") == ["Kuorolaulua senioreille", "Joulukonsertti perheille", "Tuolijumppa"]


def test_empty_words_give_the_soonest_and_past_events_never_come(events):
    assert _search("") == ["Kuorolaulua senioreille", "Joulukonsertti perheille", "Tuolijumppa"]
    assert _search("muistelupiiri") == []
    assert _search("", limit=1) == ["Kuorolaulua senioreille"]


def test_events_that_end_after_the_build_drop_out_at_query_time(events):
    later = timezone.now() + timedelta(days=2)
    assert "Kuorolaulua senioreille" not in [
        Event.objects.get(pk=pk).name["fi"]
        for pk in events_search(text="", lang="fi", municipalities=POHJANMAA, now=later)]


@pytest.mark.parametrize("text", ["<script>", "*", "AND OR (", "a" * 5000, "\x00\u202e", "🙂", "kuoro:n"])
def test_strange_words_never_raise(events, text):
    assert isinstance(events_search(text=text, lang="xx", municipalities=POHJANMAA, limit="7"), list)


def test_area_of_the_tray(events):
    make_event("hki", "Kuoro Helsingissä", start=timezone.now() + timedelta(days=1), municipality="091")
    index_rebuild()
    assert "Kuoro Helsingissä" not in _search("kuoro")
    national = events_search(text="kuoro", lang="fi", municipalities=())
    assert len(national) == 2


def test_theme_keywords_and_target_groups_find_events(events):
    culture = Theme.objects.get(slug="kulttuuri")  # keywords: konsertti, kuoro, …
    assert [Event.objects.get(pk=pk).name["fi"] for pk in events_for_theme(culture, POHJANMAA)] == [
        "Kuorolaulua senioreille", "Joulukonsertti perheille"]

    class Seniors:
        slug, keywords, target_groups = "seniorit", {}, ["KR1.1"]

    assert len(events_for_theme(Seniors(), POHJANMAA)) == 2


def test_search_page_shows_events_under_the_services(client, events):
    page = client.get("/fi/haku/?q=kuoroon").content.decode()
    assert "Kuorolaulua senioreille" in page and '<h2 id="events-section-heading">Tapahtumat</h2>' in page
    assert 'href="/fi/tapahtumat/?q=kuoroon"' in page
    assert "events-section-heading" not in client.get("/fi/haku/?q=zorblax").content.decode()


def test_theme_page_shows_the_themes_events(client, events):
    page = client.get("/fi/teemat/kulttuuri/").content.decode()
    assert "Joulukonsertti perheille" in page and "Tuolijumppa" not in page
    assert 'href="/fi/tapahtumat/?theme=kulttuuri"' in page
