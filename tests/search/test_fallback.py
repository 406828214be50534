"""The Finnish analyser chain: libvoikko, then pyvoikko, then Snowball with prefix queries."""

from __future__ import annotations

import logging
import sys
import types
from dataclasses import dataclass

import pytest

from tarjotin.search.analysis import finnish_analyser, query_groups, text_tokens
from tarjotin.search.selectors import SearchFilters, search_query
from tarjotin.search.services import index_rebuild

pytestmark = pytest.mark.usefixtures("fresh_analyser")


@dataclass
class _Part:
    FORM: str
    BASEFORM: str


@dataclass
class _Analysis:
    BASEFORM: str
    COMPOUND_PARTS: list | None = None


def _fake_pyvoikko() -> types.ModuleType:
    """pyvoikko's shape: a compound's BASEFORM glues the parts' lemmas."""
    words = {
        "kissa": [_Analysis("kissa")],
        "omaishoitajien": [
            _Analysis("omainenhoitaja", [_Part("omais", "omainen"), _Part("hoitajien", "hoitaja")]),
        ],
    }
    module = types.ModuleType("pyvoikko")
    module.analyse = lambda word: words.get(word, [])
    module.__version__ = "0.0-test"
    return module


@pytest.fixture
def no_libvoikko(monkeypatch):
    monkeypatch.setitem(sys.modules, "libvoikko", None)  # import fails as if it were not installed


def test_pyvoikko_is_next_and_gives_the_real_lemma_too(no_libvoikko, monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "pyvoikko", _fake_pyvoikko())
    with caplog.at_level(logging.INFO, logger="tarjotin.search"):
        analyser = finnish_analyser()
    assert analyser.name == "pyvoikko-0.0-test"
    assert "Finnish analyser: pyvoikko-0.0-test" in caplog.text
    found = text_tokens("omaishoitajien", "fi")
    assert {"omaishoitaja", "omainenhoitaja"} <= set(found.bases)
    assert {"omainen", "hoitaja", "omais"} <= set(found.parts)


def test_snowball_prefix_is_the_last_resort_and_warns(no_libvoikko, monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "pyvoikko", None)
    with caplog.at_level(logging.WARNING, logger="tarjotin.search"):
        analyser = finnish_analyser()
    assert analyser.name == "snowball-prefix"
    assert "snowball-prefix" in caplog.text and "voikko" in caplog.text
    group, = query_groups("liikunta", "fi")
    assert group.prefixes == {"liikun"}


def test_snowball_prefix_still_finds_compounds_by_prefix(no_libvoikko, monkeypatch, make_service):
    monkeypatch.setitem(sys.modules, "pyvoikko", None)
    wanted = make_service({"fi": "Liikuntaryhmille tilat"})
    make_service({"fi": "Velkaneuvonta"})
    assert index_rebuild().analyser == "snowball-prefix"
    page = search_query(text="liikunta", lang="fi", filters=SearchFilters())
    assert page.ids == [wanted.pk] and page.analyser == "snowball-prefix"
