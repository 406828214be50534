"""Type-ahead: theme and service names whose words start with the typed ones, in the page language."""

from __future__ import annotations

import pytest

from tarjotin.search.selectors import SearchFilters, search_complete
from tarjotin.search.services import index_rebuild


@pytest.fixture
def catalogue(make_service):
    made = {
        "pool": make_service({"fi": "Uimahalli Vesihelmi"}, municipalities=["905"]),
        "city_pool": make_service({"fi": "Kaupungin uimahalli"}, municipalities=["091"]),
        "water": make_service({"fi": "Vesiliikunta senioreille"}, municipalities=["091"]),
        "advice": make_service({"fi": "Liikuntaneuvonta"}, municipalities=["091"]),
        "debt": make_service({"fi": "Velkaneuvonta", "sv": "Skuldrådgivning"}, municipalities=["091"]),
        "twin": make_service({"fi": "Velkaneuvonta"}, municipalities=["905"]),
    }
    index_rebuild()
    return made


def test_names_that_start_with_the_text_come_first(catalogue):
    assert search_complete("uim", "fi") == ["Uimahalli Vesihelmi", "Kaupungin uimahalli"]


def test_compound_parts_and_base_forms_match(catalogue):
    found = search_complete("liikun", "fi")
    assert found.index("Liikuntaneuvonta") < found.index("Vesiliikunta senioreille")
    assert "Liikunta" in found  # the theme


def test_themes_come_first(catalogue):
    found = search_complete("luon", "fi")
    assert found[0] == "Luonto ja lähiluonnossa liikkuminen"


def test_every_typed_word_must_match(catalogue):
    assert search_complete("vesi sen", "fi") == ["Vesiliikunta senioreille"]
    assert search_complete("vesi velka", "fi") == []


def test_names_in_the_page_language_and_no_duplicates(catalogue):
    assert search_complete("skuld", "sv") == ["Skuldrådgivning"]
    assert search_complete("velka", "fi") == ["Velkaneuvonta"]  # two services, one name
    assert search_complete("velka", "sv") == ["Skuldrådgivning", "Velkaneuvonta"]


def test_filters_keep_to_the_trays_services(catalogue):
    assert search_complete("uim", "fi", filters=SearchFilters(municipalities=("905",))) == ["Uimahalli Vesihelmi"]


def test_limit(catalogue):
    assert len(search_complete("v", "fi")) == 0  # one letter is not enough
    assert len(search_complete("ve", "fi", limit=2)) == 2
    assert search_complete("ve", "fi", limit=0) == []


@pytest.mark.parametrize("prefix", ["", " ", "*", '"', "uim*", "a" * 1000, "\x00", "🙂", "- -", "ve " * 8])
def test_strange_input_never_raises(catalogue, prefix):
    assert isinstance(search_complete(prefix, "xx", limit=100), list)
