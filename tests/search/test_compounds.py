"""Swedish compounds: split into the listed parts, never split what is listed or not made of parts."""

from __future__ import annotations

import pytest

from tarjotin.search import compounds
from tarjotin.search.analysis import ANALYSIS_VERSION, query_groups, snowball_stem, text_tokens
from tarjotin.search.compounds import CompoundSplitter, parts_load
from tarjotin.search.selectors import SearchFilters, search_query
from tarjotin.search.services import index_rebuild

pytestmark = pytest.mark.usefixtures("fresh_analyser")


def _stem(word: str) -> str:
    return snowball_stem(word, "sv")


@pytest.fixture(scope="module")
def splitter() -> CompoundSplitter:
    return CompoundSplitter(compounds.swedish_parts(), _stem)


def surfaces(splitter: CompoundSplitter, word: str) -> list[str]:
    return [piece.surface for piece in splitter.split(word)]


@pytest.mark.parametrize(("word", "split", "parts"), [
    ("simhall", ["sim", "hall"], {"simm", "hall"}),  # sim- of simma: its stem, as a query "simma" has
    ("simhallen", ["sim", "hallen"], {"simm", "hall"}),
    ("motionsgrupp", ["motions", "grupp"], {"motion", "grupp"}),
    ("motionsgrupperna", ["motions", "grupperna"], {"motion", "grupp"}),
    ("närståendevårdare", ["närstående", "vårdare"], {"närståend", "vård"}),
    ("stödgrupp", ["stöd", "grupp"], {"stöd", "grupp"}),
    ("kamratstödsgrupp", ["kamrat", "stöds", "grupp"], {"kamr", "stöd", "grupp", "kamratstöd"}),
    ("missbrukarvård", ["missbrukar", "vård"], {"missbruk", "vård"}),
    ("hälsostation", ["hälso", "station"], {"häls", "station"}),
    ("seniormotion", ["senior", "motion"], {"seni", "motion"}),
    ("vattengymnastik", ["vatten", "gymnastik"], {"vatt", "gymnastik"}),
    ("friluftsled", ["frilufts", "led"], {"friluft", "led"}),
    ("naturstig", ["natur", "stig"], {"natur", "stig"}),
    ("skuldrådgivning", ["skuld", "rådgivning"], {"skuld", "rådgivning"}),
    ("matbank", ["mat", "bank"], {"mat", "bank"}),
    ("sömnskola", ["sömn", "skola"], {"sömn", "skol"}),
    ("ungdomsgården", ["ungdoms", "gården"], {"ungdom", "gård"}),
    ("läsecirkel", ["läse", "cirkel"], {"läs", "cirkel"}),  # the linking -e-
    ("seniorcentret", ["senior", "centret"], {"seni", "cent", "centret"}),  # center: centr|et
    ("skolhälsovård", ["skol", "hälso", "vård"], {"skol", "häls", "vård", "skolhäls", "hälsovård"}),
])
def test_real_compounds_split_into_listed_parts(splitter, word, split, parts):
    assert surfaces(splitter, word) == split
    assert set(splitter.parts(word)) == parts


def test_parts_are_stemmed_as_a_query_word_of_the_same_lemma_is(splitter):
    for query, compound in [("hälsa", "hälsostation"), ("hallar", "simhallen"), ("grupper", "stödgrupp"),
                            ("vårdare", "missbrukarvård"), ("skolor", "sömnskola"), ("simma", "simhall")]:
        assert _stem(query) in splitter.parts(compound)


def test_a_linking_s_after_the_middle_part_closes_the_first_two(splitter):
    # kamratstöd|s|grupp: "stödsgrupp" is no word, while hälso|vård in skol|hälso|vård is one.
    assert _stem("stödsgrupp") not in splitter.parts("kamratstödsgrupp")


@pytest.mark.parametrize("word", [
    "kommun", "kommunen", "stad", "staden", "vården", "hallen", "simma",  # short or listed in any form
    "gymnastik", "rådgivningen", "verksamheten", "information", "tillsammans", "erfarenheter",
    "helsingfors", "mariehamn", "kristinestad", "jakobstad", "grankulla", "korsholm", "kyrkslätt",
    "sjöberg", "lindström", "strandberg", "holmström", "björklund", "johansson", "blomqvist",
    "covid", "2024", "jourhavande",
    # Not compounds, though listed parts spell them: -ering nouns, derivations Snowball would strip.
    "parkeringar", "medicinering", "gruppering", "bandagen", "frikostig", "infogats", "bildats",
])
def test_words_that_must_not_be_split(splitter, word):
    assert splitter.split(word) == ()
    assert splitter.parts(word) == ()


def test_a_part_is_not_found_through_a_derivation_snowball_strips(splitter):
    # Snowball stems ledighet to led, as it does ledare: the trail must not be a part of parental leave.
    assert _stem("led") not in splitter.parts("familjeledighet")
    assert surfaces(splitter, "hörselskadade") == ["hörsel", "skadade"]  # an inflection is taken off


def test_splits_do_not_depend_on_the_order_of_the_list(splitter):
    reverse = CompoundSplitter(sorted(compounds.swedish_parts(), reverse=True), _stem)
    for word in ["kamratstödsgrupp", "kursavgiften", "hälsovårdstjänster", "simhallen", "läsecirkel"]:
        assert reverse.split(word) == splitter.split(word)
        assert reverse.parts(word) == splitter.parts(word)


def test_the_list_is_the_projects_own_compact_file():
    text = compounds.PARTS_FILE.read_text(encoding="utf-8")
    assert text.startswith("#") and "own list" in text.splitlines()[0]
    lemmas = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert 400 <= len(lemmas) <= 800
    assert len(set(lemmas)) == len(lemmas)
    assert all(w == w.lower() and w.isalpha() and len(w) >= compounds.MIN_PART for w in lemmas)
    assert parts_load() == frozenset(lemmas)


def test_analysis_adds_parts_to_swedish_documents_and_queries_only():
    found = text_tokens("Motionsgrupp för seniorer", "sv")
    assert found.bases == ["motionsgrupp", "senior"] and found.parts == ["motion", "grupp"]
    group, = query_groups("kamratstödsgrupp", "sv")
    assert group.strict == {"kamratstödsgrupp"}
    assert {"kamratstöd", "stöd", "grupp"} <= group.wide
    assert text_tokens("swimming hall community", "en").parts == []
    assert ANALYSIS_VERSION >= 2  # indexes built before Swedish parts are rebuilt


def test_a_hyphenated_swedish_word_is_split_piece_by_piece():
    assert {"motion", "grupp"} <= set(text_tokens("senior-motionsgrupp", "sv").parts)


@pytest.fixture
def swedish(make_service):
    made = {
        "grupp": make_service({"sv": "Motionsgrupp för seniorer"}, languages=["sv"]),
        "motion": make_service({"sv": "Motion i parken"}, languages=["sv"]),
        "kamrat": make_service({"sv": "Kamratstödsgrupp"}, languages=["sv"]),
        "stod": make_service({"sv": "Stöd för anhöriga"}, languages=["sv"]),
        "kommun": make_service({"sv": "Kommunens bibliotek"}, languages=["sv"]),
    }
    index_rebuild()
    return {key: service.pk for key, service in made.items()}


def sv_ids(text: str) -> list[int]:
    return search_query(text=text, lang="sv", filters=SearchFilters(), limit=50).ids


def test_a_part_finds_the_compound_and_the_whole_word_ranks_first(swedish):
    assert sv_ids("motion")[:2] == [swedish["motion"], swedish["grupp"]]
    assert sv_ids("stöd")[:2] == [swedish["stod"], swedish["kamrat"]]
    assert set(sv_ids("grupp")) == {swedish["grupp"], swedish["kamrat"]}


def test_a_compound_query_ranks_its_own_word_above_its_parts(swedish):
    found = sv_ids("motionsgrupp")
    assert found[0] == swedish["grupp"] and swedish["motion"] in found
    assert sv_ids("kamratstöd")[0] == swedish["kamrat"]  # a run of two parts of kamrat|stöds|grupp
