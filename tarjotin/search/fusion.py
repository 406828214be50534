"""Reciprocal rank fusion: one ranking from several (lexical, semantic) without comparing their scores."""

from __future__ import annotations

from collections.abc import Iterable

RRF_K = 60


def rrf_fuse(*ranked_lists: Iterable[int], k: int = RRF_K) -> list[int]:
    """Ids by the sum of 1 / (k + rank) over the lists they are in (rank from 1).

    Ties go to the better single rank, then to the earlier list, so the result is deterministic. A repeated
    id counts at its first place in a list.
    """
    scores: dict[int, float] = {}
    first: dict[int, tuple[int, int]] = {}
    for position, ranked in enumerate(ranked_lists):
        for rank, item in enumerate(dict.fromkeys(ranked), start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
            first[item] = min(first.get(item, (rank, position)), (rank, position))
    return sorted(scores, key=lambda item: (-scores[item], first[item]))
