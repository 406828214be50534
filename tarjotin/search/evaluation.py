"""Relevance measures on a judged set (R@5, MRR@10, nDCG@10), by category and language; no database here."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

CROSS = "cross"
FINNISH_CATEGORIES = ("inflection", "compound", "gradation", "semantic", "multiword")


@dataclass(frozen=True)
class JudgedDoc:
    id: str
    lang: str
    title: str
    text: str


@dataclass(frozen=True)
class JudgedQuery:
    id: str
    lang: str
    text: str
    relevant: frozenset[str]
    category: str

    @property
    def cross(self) -> bool:
        """Cross-lingual queries search every document; the others only those in their own language."""
        return self.category == CROSS


@dataclass(frozen=True)
class JudgedSet:
    docs: list[JudgedDoc]
    queries: list[JudgedQuery]


def judged_set_load(path: Path) -> JudgedSet:
    """A relevance set: {"docs": [{id, lang, title, text}], "queries": [{id, lang, query, relevant, category}]}."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    docs = [JudgedDoc(str(d["id"]), str(d.get("lang", "fi")), str(d.get("title", "")), str(d.get("text", "")))
            for d in data["docs"]]
    queries = [JudgedQuery(str(q["id"]), str(q.get("lang", "fi")), str(q["query"]),
                           frozenset(str(r) for r in q.get("relevant", [])), str(q.get("category", "")))
               for q in data["queries"]]
    return JudgedSet(docs, queries)


@dataclass(frozen=True)
class Scores:
    r5: float
    mrr10: float
    ndcg10: float


def scores_of(ranked: list[str], relevant: Iterable[str]) -> Scores:
    """R@5 = relevant in the top 5 / min(5, relevant); MRR@10; nDCG@10 with binary gains."""
    relevant = set(relevant)
    if not relevant:
        return Scores(0.0, 0.0, 0.0)
    top = list(dict.fromkeys(ranked))[:10]
    r5 = len(relevant & set(top[:5])) / min(5, len(relevant))
    mrr = next((1.0 / rank for rank, doc in enumerate(top, 1) if doc in relevant), 0.0)
    dcg = sum(1.0 / math.log2(rank + 1) for rank, doc in enumerate(top, 1) if doc in relevant)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(len(relevant), 10) + 1))
    return Scores(r5, mrr, dcg / ideal)


@dataclass
class QueryResult:
    query: JudgedQuery
    ranked: list[str]
    scores: Scores
    seconds: float = 0.0


@dataclass
class Summary:
    n: int
    scores: Scores
    ms: list[float] = field(default_factory=list)


def groups_of(query: JudgedQuery) -> list[str]:
    """The report rows a query counts in: all; fi (monolingual Finnish) and its category; sv; en; cross."""
    if query.cross:
        return ["all", "cross"]
    if query.lang == "fi":
        return ["all", "fi", f"fi/{query.category}"]
    return ["all", query.lang]


def summarise(results: list[QueryResult]) -> dict[str, Summary]:
    rows: dict[str, list[QueryResult]] = {}
    for result in results:
        for group in groups_of(result.query):
            rows.setdefault(group, []).append(result)
    found = {}
    for group, members in rows.items():
        n = len(members)
        found[group] = Summary(n, Scores(sum(m.scores.r5 for m in members) / n,
                                         sum(m.scores.mrr10 for m in members) / n,
                                         sum(m.scores.ndcg10 for m in members) / n),
                               [m.seconds * 1000 for m in members])
    return found


Search = Callable[[JudgedQuery], list[str]]


def evaluate(judged: JudgedSet, search: Search, *, clock: Callable[[], float] | None = None) -> list[QueryResult]:
    """Run every query through `search` (query → ranked doc ids) and score it."""
    results = []
    for query in judged.queries:
        started = clock() if clock else 0.0
        ranked = search(query)
        seconds = clock() - started if clock else 0.0
        results.append(QueryResult(query, ranked, scores_of(ranked, query.relevant), seconds))
    return results


ROW_ORDER = ("all", "fi", *(f"fi/{c}" for c in FINNISH_CATEGORIES), "sv", "en", "cross")
