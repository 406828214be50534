"""Typos: hitless words corrected from the index's vocabulary, "did you mean", fuzzy matching."""

from __future__ import annotations

import pytest

from tarjotin.search.selectors import SearchFilters, search_query, search_suggest_spelling
from tarjotin.search.services import index_rebuild
from tarjotin.search.spelling import edit_distance


@pytest.fixture
def catalogue(make_service):
    made = {
        "pool": make_service({"fi": "Uimahalli"}, summary={"fi": "Uimahallissa on kuntosali ja sauna."}),
        "seniors": make_service({"fi": "Vesiliikuntaa senioreille"}),
        "debt": make_service({"fi": "Velkaneuvonta"}),
    }
    for i in range(6):
        made[f"sport{i}"] = make_service({"fi": f"Liikunta {i}"}, summary={"fi": "Ohjattua liikuntaa kaikille."})
    index_rebuild()
    return {key: service.pk for key, service in made.items()}


def page(text: str, lang: str = "fi"):
    return search_query(text=text, lang=lang, filters=SearchFilters(), limit=50)


@pytest.mark.parametrize(("a", "b", "limit", "distance"), [
    ("uimahali", "uimahalli", 1, 1), ("uimahlali", "uimahalli", 1, 1), ("kissa", "kissa", 1, 0),
    ("liikuta", "liikunta", 1, 1), ("abc", "xyz", 1, 2), ("kuntosali", "kuntosali", 2, 0),
    ("velkaneuvonat", "velkaneuvonta", 2, 1), ("a", "abcd", 1, 2),
])
def test_edit_distance_counts_a_swap_as_one(a, b, limit, distance):
    assert edit_distance(a, b, limit) == distance


def test_a_word_without_hits_is_corrected_and_searched(catalogue):
    found = page("uimahali")
    assert found.corrected == "uimahalli" and found.suggestion is None
    assert found.ids[0] == catalogue["pool"]
    assert search_suggest_spelling("uimahali", "fi") == "uimahalli"


def test_search_instead_for_the_words_as_typed(catalogue):
    found = search_query(text="uimahali", lang="fi", correct=False)
    assert found.corrected is None and found.suggestion is None
    assert found.ids == [catalogue["pool"]]  # an unknown word still matches as a prefix


def test_only_the_hitless_word_is_replaced(catalogue):
    found = page("uimahali ja velkaneuvonta")
    assert found.corrected == "uimahalli ja velkaneuvonta"
    assert {catalogue["pool"], catalogue["debt"]} <= set(found.ids)


def test_swapped_first_letters_and_inflected_typos(catalogue):
    assert page("iumahalli").corrected == "uimahalli"
    assert page("senioreile").corrected == "senioreille"
    assert catalogue["seniors"] in page("senioreile").ids


def test_a_real_word_next_to_a_far_more_common_one_gets_a_suggestion(catalogue):
    found = page("liikuta")  # a form of liikuttaa and liikkua: it keeps its own results
    assert found.corrected is None and found.suggestion == "liikunta"
    assert search_suggest_spelling("liikuta", "fi") == "liikunta"


@pytest.mark.parametrize("text", ["uimahalli", "liikunta", "velkaneuvonta", "sauna", "uima", "", "   ", "12345"])
def test_good_and_short_words_get_nothing(catalogue, text):
    found = page(text)
    assert found.corrected is None and found.suggestion is None
    assert search_suggest_spelling(text, "fi") is None


def test_nothing_close_means_no_correction(catalogue):
    found = page("qwxzvbnmk")
    assert found.corrected is None and found.ids == []


def test_fuzzy_matching_catches_what_the_vocabulary_misses(catalogue, monkeypatch):
    from tarjotin.search import spelling

    monkeypatch.setattr(spelling, "_vocabulary", lambda index, word: {})
    monkeypatch.setattr(spelling, "_corrected", lambda index, word, synonyms: None)
    found = page("uimahalki")
    assert found.corrected is None and catalogue["pool"] in found.ids


def test_other_languages_are_corrected_from_their_names(make_service):
    library = make_service({"en": "City library", "fi": "Kaupunginkirjasto"}, languages=["en"])
    index_rebuild()
    found = page("libary", "en")
    assert found.corrected == "library" and found.ids == [library.pk]


@pytest.mark.parametrize("text", ["uimahali" * 30, "a-b-c-d-e-f", "THL:n", "\u202eilahamiu", "ääääääää", "1uimahali"])
def test_strange_input_never_raises(catalogue, text):
    assert page(text).total >= 0
    search_suggest_spelling(text, "xx")
