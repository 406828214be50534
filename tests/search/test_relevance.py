"""The dev set stays above the floor measured with tools/bench_search.py (see docs/search.md)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tarjotin.search.evaluation import evaluate as run_set
from tarjotin.search.evaluation import judged_set_load, scores_of, summarise
from tarjotin.search.selectors import SearchFilters, search_query
from tarjotin.search.services import index_rebuild

ROOT = Path(__file__).resolve().parents[2]
DEVSET = Path(os.environ.get("TARJOTIN_DEVSET", ROOT.parent / "shared" / "search" / "devset.json"))

# (group, R@5, MRR@10, nDCG@10): a little under the measured figures (docs/search.md), so a change that
# costs a query fails while noise does not. One Finnish query is worth about 0.03 of R@5.
FLOORS_WITH_SYNONYMS = [
    ("all", 0.95, 0.97, 0.95), ("fi", 0.96, 0.97, 0.96), ("fi/semantic", 0.85, 0.95, 0.90),
    ("sv", 1.0, 1.0, 1.0), ("en", 1.0, 1.0, 1.0), ("cross", 0.75, 0.95, 0.80),
]
FLOORS_LEXICAL = [("all", 0.86, 0.94, 0.87), ("fi", 0.89, 0.93, 0.89)]


@pytest.fixture
def devset(make_service, settings):
    if not DEVSET.is_file():
        pytest.skip(f"relevance set not found at {DEVSET} (../shared is absent; set TARJOTIN_DEVSET)")
    settings.TARJOTIN = {**settings.TARJOTIN, "SEARCH_SEMANTIC": False}  # the lexical part is measured here
    judged = judged_set_load(DEVSET)
    pks = {make_service({d.lang: d.title}, summary={d.lang: d.text}, languages=[d.lang]).pk: d.id
           for d in judged.docs}
    index_rebuild()
    return judged, pks


def _measured(judged, pks):
    def search(query) -> list[str]:
        filters = SearchFilters(languages=() if query.cross else (query.lang,))
        return [pks[pk] for pk in search_query(text=query.text, lang=query.lang, filters=filters, limit=10).ids]

    return summarise(run_set(judged, search))


def _check(found, floors) -> None:
    low = []
    for group, r5, mrr, ndcg in floors:
        s = found[group].scores
        if s.r5 < r5 or s.mrr10 < mrr or s.ndcg10 < ndcg:
            low.append(f"{group}: R@5 {s.r5:.3f} MRR {s.mrr10:.3f} nDCG {s.ndcg10:.3f} (floor {r5}/{mrr}/{ndcg})")
    assert not low, "below the floor: " + "; ".join(low)


def test_devset_with_synonyms_meets_the_targets(devset):
    found = _measured(*devset)
    _check(found, FLOORS_WITH_SYNONYMS)
    # The targets for Finnish: R@5 >= 0.93, MRR@10 >= 0.95.
    assert found["fi"].scores.r5 >= 0.93 and found["fi"].scores.mrr10 >= 0.95


def test_devset_without_synonyms_keeps_the_analysis_floor(devset, settings):
    settings.TARJOTIN = {**settings.TARJOTIN, "SEARCH_SYNONYMS": False}
    _check(_measured(*devset), FLOORS_LEXICAL)


def test_scores_of_one_query():
    assert scores_of(["a", "x", "b"], ["a", "b"]).r5 == 1.0
    assert scores_of(["x", "a"], ["a"]).mrr10 == 0.5
    assert scores_of([], ["a"]).ndcg10 == 0.0
    assert scores_of(["a"], []).r5 == 0.0
    perfect = scores_of(["a", "b"], ["a", "b"])
    assert perfect.ndcg10 == pytest.approx(1.0)
