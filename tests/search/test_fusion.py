"""Reciprocal rank fusion, and semantic ranks fused into search_query when semantic_rank answers."""

from __future__ import annotations

import pytest

from tarjotin.catalogue.models import ChargeType
from tarjotin.search import selectors
from tarjotin.search.fusion import rrf_fuse
from tarjotin.search.selectors import SearchFilters, search_query
from tarjotin.search.services import index_rebuild


def test_rrf_sums_reciprocal_ranks():
    assert rrf_fuse([1, 2, 3], [3, 4]) == [3, 1, 2, 4]  # 2 and 4 tie: the first list's wins
    assert rrf_fuse([1, 2], [2, 1]) == [1, 2]
    assert rrf_fuse([5, 5, 6]) == [5, 6]  # a repeat counts once, at its first place
    assert rrf_fuse() == [] and rrf_fuse([], []) == []


def test_rrf_k_weighs_the_top():
    # 12 is third in both lists, 10 first in one: a large k favours agreement, a small one the top place.
    assert rrf_fuse([10, 11, 12], [20, 21, 12], k=60)[0] == 12
    assert rrf_fuse([10, 11, 12], [20, 21, 12], k=1)[0] == 10


@pytest.fixture
def catalogue(make_service):
    made = {
        "gym": make_service({"fi": "Kuntosali"}, charge_type=ChargeType.FREE),
        "gym2": make_service({"fi": "Kuntosalivuorot"}),
        "walk": make_service({"fi": "Kävelyryhmä"}, charge_type=ChargeType.FREE),  # no word in common
        "debt": make_service({"fi": "Velkaneuvonta"}),
    }
    index_rebuild()
    return {key: service.pk for key, service in made.items()}


@pytest.fixture
def semantic(monkeypatch):
    """A stand-in for semantic.semantic_rank: the ranks it will answer with."""
    answer: dict[str, list[int] | None] = {"ranks": None}
    calls: list[tuple[str, int]] = []

    def rank(text: str, limit: int) -> list[int] | None:
        calls.append((text, limit))
        return answer["ranks"]

    monkeypatch.setattr(selectors, "_semantic", lambda: rank)
    return answer, calls


def ids(text: str, **filters) -> list[int]:
    return search_query(text=text, lang="fi", filters=SearchFilters(**filters), limit=50).ids


def test_semantic_only_matches_join_the_results(catalogue, semantic):
    answer, calls = semantic
    assert ids("kuntosali") == [catalogue["gym"], catalogue["gym2"]]
    answer["ranks"] = [catalogue["walk"], catalogue["gym2"], 999_999]  # 999999: deleted since embedding
    page = search_query(text="kuntosali", lang="fi", limit=50)
    assert page.ids == [catalogue["gym"], catalogue["gym2"], catalogue["walk"]]
    assert page.total == 3 and calls[-1] == ("kuntosali", 30)


def test_semantic_ranks_reorder_lexical_ones(catalogue, semantic):
    answer, _calls = semantic
    answer["ranks"] = [catalogue["gym2"], catalogue["walk"]]
    # gym is an exact name: it stays first; gym2 rises above walk (in both lists).
    assert ids("kuntosali") == [catalogue["gym"], catalogue["gym2"], catalogue["walk"]]
    assert ids("kuntosalit") == [catalogue["gym2"], catalogue["gym"], catalogue["walk"]]


def test_filters_apply_to_semantic_ids(catalogue, semantic):
    answer, _calls = semantic
    answer["ranks"] = [catalogue["debt"], catalogue["walk"]]
    assert ids("kuntosali", free=True) == [catalogue["gym"], catalogue["walk"]]


def test_no_fusion_without_words_or_without_an_answer(catalogue, semantic):
    answer, calls = semantic
    assert len(ids("")) == 4 and calls == []
    answer["ranks"] = []
    assert ids("kuntosali") == [catalogue["gym"], catalogue["gym2"]]


def test_pages_follow_each_other_with_fusion(catalogue, semantic):
    answer, _calls = semantic
    answer["ranks"] = [catalogue["walk"], catalogue["debt"]]
    every = ids("kuntosali")
    paged = [search_query(text="kuntosali", lang="fi", offset=o, limit=1).ids for o in range(len(every) + 1)]
    assert sum(paged, []) == every and paged[-1] == []


def test_switched_off_by_setting(catalogue, settings):
    settings.TARJOTIN = {**settings.TARJOTIN, "SEARCH_SEMANTIC": False}
    assert selectors._semantic() is None


def test_a_failing_or_strange_semantic_answer_is_ignored(catalogue, monkeypatch):
    def broken(text: str, limit: int):
        raise RuntimeError("model gone")

    monkeypatch.setattr(selectors, "_semantic", lambda: broken)
    assert ids("kuntosali") == [catalogue["gym"], catalogue["gym2"]]
    monkeypatch.setattr(selectors, "_semantic", lambda: lambda text, limit: [-1, "x", None, True, 2**70])
    assert ids("kuntosali") == [catalogue["gym"], catalogue["gym2"]]


def test_fused_pages_past_the_window(catalogue, semantic, monkeypatch):
    from tarjotin.search import ranking

    monkeypatch.setattr(ranking, "RERANK_WINDOW", 1)
    answer, _calls = semantic
    answer["ranks"] = [catalogue["walk"]]
    paged = [search_query(text="kuntosali", lang="fi", offset=o, limit=1) for o in range(4)]
    found = sum((p.ids for p in paged), [])
    assert sorted(found) == sorted([catalogue["gym"], catalogue["gym2"], catalogue["walk"]])
    assert {p.total for p in paged} == {3}
