"""Finnish, Swedish and English analysis: base forms, compound parts, hyphens, stop words."""

from __future__ import annotations

import pytest

from tarjotin.search.analysis import finnish_analyser, query_groups, text_tokens, words_analysed
from tarjotin.search.tokens import exact_key, sort_key

pytestmark = pytest.mark.usefixtures("fresh_analyser")


def tokens(text: str, lang: str = "fi") -> set[str]:
    return text_tokens(text, lang).all()


def test_libvoikko_is_chosen_and_named_by_versions():
    name = finnish_analyser().name
    assert name.startswith("voikko-") and "/fi-" in name


@pytest.mark.parametrize(("word", "expected"), [
    ("vesiliikuntaa", {"vesiliikunta", "liikunta", "vesi"}),
    ("liikuntaryhmille", {"liikuntaryhmä", "liikunta", "ryhmä"}),
    ("velkojen", {"velka"}),
    ("velat", {"velka"}),
    ("väkivallan", {"väkivalta"}),
    ("omaishoitajien", {"omaishoitaja", "hoitaja", "omainen"}),
    ("hevosterapia", {"hevosterapia", "hevonen", "terapia"}),
    ("65-vuotiaille", {"65-vuotias", "vuotias"}),
    ("Helsingin", {"helsinki"}),
])
def test_finnish_base_forms_and_parts(word, expected):
    assert expected <= tokens(word)


def test_base_forms_and_parts_are_kept_apart():
    found = text_tokens("liikuntaryhmille", "fi")
    assert found.bases == ["liikuntaryhmä"] and "liikunta" in found.parts


def test_every_analysis_is_kept():
    assert {"nuori", "nuora"} <= tokens("nuorille")


def test_hyphen_prefix_is_completed_with_the_next_compounds_tail():
    found = tokens("sosiaali- ja terveyspalvelut")
    assert {"sosiaalipalvelu", "terveyspalvelu", "sosiaali", "palvelu"} <= found
    assert "alkoholiongelma" in tokens("alkoholi- ja huumeongelmiin")
    assert {"kulttuuripalvelu", "liikuntapalvelu"} <= tokens("kulttuuri-, liikunta- ja nuorisopalvelut")


def test_unknown_words_get_a_snowball_stem():
    (word, found), = words_analysed("maijamäen", "fi")
    assert not found.known and found.bases == ("maijamäe",)


def test_abbreviations_with_case_endings_and_odd_hyphenation():
    assert {"thl", "eu"} <= tokens("THL:n ja EU:n")
    assert {"covid", "19"} <= tokens("covid-19")
    assert {"13", "17-vuotias"} <= tokens("13–17-vuotiaille")


def test_lowercase_and_scandinavian_letters_are_kept():
    assert tokens("ÄITIYSNEUVOLA") >= {"äitiysneuvola"}
    assert text_tokens("Simhallen för ÄLDRE", "sv").bases == ["simhall", "äldr"]


def test_stop_words_are_dropped():
    assert "ja" not in tokens("nuoret ja perheet")
    assert tokens("the swimming pool for elderly people", "en") == {"swim", "pool", "elder", "peopl"}


def test_swedish_and_english_use_snowball():
    assert text_tokens("simhallen", "sv").bases == ["simhall"]  # and its parts: test_compounds.py
    assert tokens("services", "en") == {"servic"}


def test_query_groups_separate_strict_base_forms_from_parts():
    group, = query_groups("liikuntaryhmille", "fi")
    assert group.strict == {"liikuntaryhmä"}
    assert {"liikunta", "ryhmä", "liikuntaryhmä"} <= group.wide


def test_query_groups_drop_repeats_and_stop_words_unless_nothing_else_is_left():
    assert [g.word for g in query_groups("velat velkojen ja", "fi")] == ["velat"]
    assert [g.word for g in query_groups("ja", "fi")] == ["ja"]


@pytest.mark.parametrize("text", ['"', "AND OR NOT", "*", "((", "\x00\x1f\u202e", "!!!", "🙂", "a" * 5000,
                                  ""])
def test_strange_text_never_raises(text):
    query_groups(text, "fi")
    text_tokens(text, "fi")


def test_long_queries_are_capped():
    assert len(query_groups(" ".join(f"sana{i}" for i in range(500)), "fi")) <= 12


def test_exact_key_and_finnish_sort_order():
    assert exact_key("  Velka-neuvonta! ") == exact_key("velka neuvonta")
    names = ["Örkki", "Ähtäri", "Zumba", "Åbo", "Aalto", "Émile"]
    assert sorted(names, key=sort_key) == ["Aalto", "Émile", "Zumba", "Åbo", "Ähtäri", "Örkki"]
