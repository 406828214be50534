"""search_recorded: queries normalised, aggregated per (tray, day, language, query), personal data dropped."""

from __future__ import annotations

import pytest
from django.utils import timezone

from tarjotin.monitoring.models import SearchDemand
from tarjotin.monitoring.queries import MAX_QUERY, query_normalise
from tarjotin.monitoring.services import search_recorded


@pytest.mark.parametrize("raw, expected", [
    ("  Uimahalli  ", "uimahalli"),
    ("VERTAISTUKI\t\n omaishoitajille", "vertaistuki omaishoitajille"),
    ("Liikuntaa ikäihmisille 65+", "liikuntaa ikäihmisille 65+"),
    ("", ""), ("   ", ""),
])
def test_queries_are_lower_case_with_whitespace_collapsed(raw, expected):
    assert query_normalise(raw) == expected


def test_long_queries_are_cut_on_a_word_boundary():
    text = query_normalise("kuntosali " * 30)
    assert len(text) <= MAX_QUERY and text.endswith("kuntosali")


@pytest.mark.parametrize("raw", [
    "131052-308T", "kela 131052-308t", "010101A123N",
    "040 123 4567", "+358 40 1234567", "soita 0401234567", "(09) 310 12345",
    "matti.meikalainen@example.fi", "apua aino@kunta.example",
])
def test_queries_that_look_like_personal_data_are_dropped(trays, raw):
    assert query_normalise(raw) == ""
    search_recorded(tray=trays["pohjanmaa"], query=raw, language="fi", result_count=0)
    assert not SearchDemand.objects.exists()


def test_searches_are_aggregated_per_tray_day_language_and_query(trays):
    pohjanmaa, lappi = trays["pohjanmaa"], trays["lappi"]
    for query, lang, n in (("Uimahalli", "fi", 12), ("uimahalli ", "fi", 0), ("UIMAHALLI", "fi", 9),
                           ("uimahalli", "sv", 3), ("simhall", "sv", 0)):
        search_recorded(tray=pohjanmaa, query=query, language=lang, result_count=n)
    search_recorded(tray=lappi, query="uimahalli", language="fi", result_count=4)
    row = SearchDemand.objects.get(tray=pohjanmaa, language="fi", query="uimahalli")
    assert (row.day, row.searches, row.zero_results, row.last_result_count) == (timezone.localdate(), 3, 1, 9)
    assert SearchDemand.objects.get(tray=pohjanmaa, language="sv", query="simhall").zero_results == 1
    assert SearchDemand.objects.filter(tray=lappi).count() == 1
    assert SearchDemand.objects.count() == 4


def test_a_repeated_query_is_one_update(trays, settings, django_assert_num_queries, django_assert_max_num_queries):
    from tarjotin.monitoring.buffer import counts_flush

    search_recorded(tray=trays["pohjanmaa"], query="kuntosali", language="fi", result_count=5)
    settings.TARJOTIN = {**settings.TARJOTIN, "MONITORING_FLUSH_SECONDS": 3600}
    with django_assert_num_queries(0):  # gathered in the process, not written per search
        for query in ("Kuntosali", "kuntosali ", "KUNTOSALI"):
            search_recorded(tray=trays["pohjanmaa"], query=query, language="fi", result_count=0)
    assert SearchDemand.objects.get().searches == 1
    with django_assert_max_num_queries(3):  # the update, inside a savepoint of its own
        counts_flush()
    row = SearchDemand.objects.get()
    assert (row.searches, row.zero_results, row.last_result_count) == (4, 3, 0)


def test_it_never_raises_into_the_search_page(trays):
    search_recorded(tray=None, query="uimahalli", language="fi", result_count=1)
    search_recorded(tray=trays["pohjanmaa"], query="uimahalli", language="fi", result_count="many")
    search_recorded(tray=trays["pohjanmaa"], query=None, language=None, result_count=1)
    search_recorded(tray=trays["pohjanmaa"], query="uimahalli", language="de-DE", result_count=-3)
    row = SearchDemand.objects.get()
    assert (row.language, row.searches, row.zero_results) == ("fi", 1, 1)
