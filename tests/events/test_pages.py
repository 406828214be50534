"""The what's-on page and the event page: filters with counts, day groups, strange input, languages."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from tarjotin.web.events import quick_window

from .factory import local, make_event, season

pytestmark = pytest.mark.django_db
LANGS = ("fi", "sv", "en")


@pytest.fixture
def events(db):
    return season()


def _listing(client, query: str = "", lang: str = "fi"):
    response = client.get(f"/{lang}/tapahtumat/?{query}")
    assert response.status_code == 200
    return response.context["listing"], response.content.decode()


def _shown(listing) -> list[str]:
    return [row.event.name["fi"] for _day, _heading, rows in listing.days for row in rows]


def test_whats_on_lists_coming_events_by_day_and_never_past_ones(client, events):
    listing, page = _listing(client)
    assert _shown(listing) == ["Kuorolaulua senioreille", "Joulukonsertti perheille", "Tuolijumppa"]
    assert listing.total == 3 and [day for day, _h, _r in listing.days][0] == timezone.localdate()
    assert "Mennyt muistelupiiri" not in page
    assert f'href="/fi/tapahtumat/{events["week"].pk}/"' in page
    assert "Vaasan kaupunginkirjasto, Vaasa" in page and "5 €" in page and "Maksuton" in page
    assert 'type="date"' in page and '<label for="id_start">' in page and '<label for="id_end">' in page


def test_quick_choices_and_a_date_range(client, events):
    assert _shown(_listing(client, "when=today")[0]) == ["Kuorolaulua senioreille"]
    assert _shown(_listing(client, "when=week")[0]) == ["Kuorolaulua senioreille"]
    day = timezone.localdate()
    ranged, page = _listing(client, f"start={day + timedelta(days=7)}&end={day + timedelta(days=10)}")
    assert _shown(ranged) == ["Joulukonsertti perheille"]
    assert f'value="{day + timedelta(days=7)}"' in page
    listing, page = _listing(client, "when=today")
    assert 'aria-current="true">Tänään</a>' in page
    assert listing.start == listing.end == day


def test_quick_windows_end_on_sunday():
    monday = timezone.localdate() - timedelta(days=timezone.localdate().weekday())
    assert quick_window("week", monday) == (monday, monday + timedelta(days=6))
    assert quick_window("weekend", monday) == (monday + timedelta(days=5), monday + timedelta(days=6))
    sunday = monday + timedelta(days=6)
    assert quick_window("weekend", sunday) == (sunday, sunday) == quick_window("week", sunday)
    assert quick_window("", monday) is None


def test_price_and_audience_filters_show_counts(client, events):
    listing, _page = _listing(client, "free=free")
    assert _shown(listing) == ["Kuorolaulua senioreille", "Tuolijumppa"]
    assert _shown(_listing(client, "free=paid")[0]) == ["Joulukonsertti perheille"]
    seniors, _page = _listing(client, "audience=KR1.1")
    assert _shown(seniors) == ["Kuorolaulua senioreille", "Tuolijumppa"]
    # Each filter counts with the others applied but not its own.
    choices = dict(listing.form.fields["audience"].choices)
    assert choices["KR1.1"] == "Ikäihmiset (2)" and "KR1.2" not in choices
    assert dict(seniors.form.fields["free"].choices)["paid"] == "Maksullinen (0)"
    assert dict(_listing(client)[0].form.fields["free"].choices)["free"] == "Maksuton (2)"


def test_words_and_theme_narrow_the_list(client, events):
    from tarjotin.search.services import index_rebuild

    index_rebuild()
    assert _shown(_listing(client, "q=konserttiin")[0]) == ["Joulukonsertti perheille"]
    assert _shown(_listing(client, "theme=kulttuuri")[0]) == ["Kuorolaulua senioreille", "Joulukonsertti perheille"]


def test_nothing_on_offers_the_next_days_with_events(client, events):
    day = timezone.localdate() + timedelta(days=3)
    listing, page = _listing(client, f"start={day}&end={day}&free=free")
    assert listing.total == 0
    assert [d for d, _h, _q in listing.next_days] == [timezone.localdate() + timedelta(days=35)]
    assert f"start={timezone.localdate() + timedelta(days=35)}" in page and "free=free" in page


@pytest.mark.parametrize("query", [
    "start=2030-01-10&end=2030-01-01", "start=xyz&end=2026-99-99", "start=9999-12-31&end=0001-01-01",
    "when=bogus&free=maybe&audience=<script>&theme=../../etc", "page=abc", "page=-1", "q=" + "a" * 5000,
    "q=%00%01%E2%80%AE", "start=2026-02-30", "q=*&theme=kulttuuri",
])
def test_strange_input_gives_a_page(client, events, query):
    response = client.get(f"/fi/tapahtumat/?{query}")
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_a_range_given_the_wrong_way_round_is_turned(client, events):
    day = timezone.localdate()
    listing, _page = _listing(client, f"start={day + timedelta(days=10)}&end={day + timedelta(days=7)}")
    assert _shown(listing) == ["Joulukonsertti perheille"]


def test_paging(client, db):
    for i in range(23):
        make_event(f"p{i}", f"Kerho {i:02d}", start=local(1 + i // 10, 10), end=local(1 + i // 10, 11))
    first, _page = _listing(client)
    second, page = _listing(client, "page=2")
    assert len(_shown(first)) == 20 and len(_shown(second)) == 3
    assert 'rel="prev"' in page


@pytest.mark.parametrize("lang", LANGS)
def test_event_page_in_each_language(client, events, lang):
    event = events["week"]
    response = client.get(f"/{lang}/tapahtumat/{event.pk}/")
    page = response.content.decode()
    assert response.status_code == 200 and f'<html lang="{lang}">' in page
    assert {"fi": "Joulukonsertti perheille", "sv": "Joulukonsertti perheille (sv)",
            "en": "Joulukonsertti perheille (en)"}[lang] in page
    assert "https://www.openstreetmap.org/?mlat=63.096300" in page
    assert "<p>Konsertti koko perheelle.</p><p>Liput ovelta.</p>" in page
    assert "Linked Events" in page and "CC BY 4.0" in page
    assert {"fi": "18.00–20.00", "sv": "18:00–20:00", "en": "6 p.m.–8 p.m."}[lang] in page


def test_event_page_shows_dates_only_for_all_day_and_no_end_when_not_told(client, db):
    all_day = make_event("d", "Kirpputori", start=local(2, 0), end=local(4, 0), all_day=True)
    open_end = make_event("o", "Avoimet ovet", start=local(2, 17), end=local(3, 0), end_given=False)
    page = client.get(f"/fi/tapahtumat/{all_day.pk}/").content.decode()
    assert "0.00" not in page and f"{local(3, 0).day}." in page
    page = client.get(f"/fi/tapahtumat/{open_end.pk}/").content.decode()
    assert "17.00" in page and "17.00–" not in page


def test_cancelled_event_says_so(client, db):
    event = make_event("c", "Peruttu kerho", start=local(1, 10), status="cancelled")
    assert "Tapahtuma on peruttu." in client.get(f"/fi/tapahtumat/{event.pk}/").content.decode()
    assert "Peruttu" in client.get("/fi/tapahtumat/").content.decode()


def test_past_and_unknown_events_are_not_found(client, events):
    assert client.get(f"/fi/tapahtumat/{events['past'].pk}/").status_code == 404
    assert client.get("/sv/tapahtumat/999999/").status_code == 404


def test_main_menu_links_to_whats_on(client, db):
    page = client.get("/fi/tapahtumat/").content.decode()
    assert '<a href="/fi/tapahtumat/" aria-current="page">Mitä tapahtuu</a>' in page
