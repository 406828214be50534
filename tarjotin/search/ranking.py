"""One search: spelling, the query, locality re-ranking, fusion with semantic ranks, paging and facets."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tantivy import Occur, Order, Query

from . import schema
from .facets import facet_counts
from .fusion import rrf_fuse
from .index import OpenIndex
from .locality import FACTORS, national_markers, near_terms
from .query import EXACT_NAME, TextQuery, all_of, any_of, filter_queries, text_query
from .spelling import Spelling, spelling_cache_clear, spelling_check
from .synonyms import SynonymTable
from .tokens import query_words
from .types import SearchFilters, SearchPage

log = logging.getLogger(__name__)

# Locality and semantic fusion re-rank this many top hits; deeper pages follow BM25 order. A fixed
# window keeps pages consistent: page 2 never repeats what page 1 showed.
RERANK_WINDOW = 200
SEMANTIC_LIMIT = 30
QUERY_CACHE = 256

SemanticRank = Callable[[str, int], "list[int] | None"]


@dataclass(frozen=True)
class Request:
    text: str
    lang: str
    filters: SearchFilters
    offset: int
    limit: int


def _ids(index: OpenIndex, hits: Sequence[tuple[object, object]]) -> list[int]:
    addresses = [address for _key, address in hits]
    return [int(i) for i in index.searcher.fast_field_values(schema.ID, addresses)] if addresses else []


def _ids_of(index: OpenIndex, query: Query, limit: int) -> set[int]:
    return set(_ids(index, index.searcher.search(query, limit=max(limit, 1), count=False).hits))


def _id_set(index: OpenIndex, ids: Sequence[int]) -> Query:
    """Any of these services, scoring nothing. One term query each: a term set over the id field walks
    its whole term dictionary (2.4 ms for 200 ids at 100k services, against 1.1 ms)."""
    kept = [pk for pk in dict.fromkeys(ids) if isinstance(pk, int) and 0 <= pk < 2**63]
    terms = [(Occur.Should, Query.term_query(index.schema, schema.ID, pk)) for pk in kept]
    return Query.const_score_query(Query.boolean_query(terms), 0.0) if terms else Query.empty_query()


_TIER_SCORES = {3: "municipal", 2: "county", 1: "national"}


def _scopes(index: OpenIndex, ids: list[int], near: Sequence[str]) -> dict[int, str]:
    """The locality of each of these services for the near municipalities, in one search over their ids:
    each tier is a constant score, the best one counts. (Running the text query again per tier costs
    up to 20 ms on a large index; this costs about 1 ms for 200 ids, measured in docs/search.md.)"""
    municipal, county = near_terms(near)
    tiers = [(any_of(index, schema.SCOPE, municipal), 3.0), (any_of(index, schema.SCOPE, county), 2.0),
             (any_of(index, schema.MUNICIPALITY, national_markers(near)), 1.0)]
    scored = [Query.const_score_query(q, score) for q, score in tiers if q is not None]
    if not ids or not scored:
        return {}
    query = Query.boolean_query([(Occur.Must, _id_set(index, ids)), (Occur.Must, Query.disjunction_max_query(scored))])
    found = index.searcher.search(query, limit=len(ids), count=False).hits
    return {pk: _TIER_SCORES.get(round(score), "elsewhere")
            for (score, _address), pk in zip(found, _ids(index, found), strict=True)}


def _local_order(index: OpenIndex, near: Sequence[str], scored: list[tuple[float, int]]) -> list[int]:
    """Scores times the locality factor; ties keep the BM25 order."""
    scopes = _scopes(index, [pk for _score, pk in scored], near)
    order = sorted(range(len(scored)),
                   key=lambda i: (-scored[i][0] * FACTORS[scopes.get(scored[i][1], "elsewhere")], i))
    return [scored[i][1] for i in order]


def _fused(index: OpenIndex, lexical: list[int], scores: dict[int, float], semantic: list[int],
           narrowing: Query) -> tuple[list[int], list[int]]:
    """Exact-name hits first, then the lexical and semantic ranks fused; semantic ids must pass the
    filters. Returns the window and the semantic ids the lexical query did not match at all."""
    allowed = _ids_of(index, all_of([narrowing, _id_set(index, semantic)]), len(semantic)) if semantic else set()
    kept = [pk for pk in dict.fromkeys(semantic) if pk in allowed]
    pinned = [pk for pk in lexical if scores.get(pk, 0.0) >= EXACT_NAME]
    rest = rrf_fuse([pk for pk in lexical if pk not in pinned], [pk for pk in kept if pk not in pinned])
    in_window = set(lexical)
    return pinned + rest, [pk for pk in kept if pk not in in_window]


def _window_page(index: OpenIndex, query: Query, window: list[int], request: Request, searched: int,
                 total: int) -> list[int]:
    """The page from the re-ranked window (the top `searched` of `total` hits, and semantic ones),
    continued in BM25 order past it."""
    end = request.offset + request.limit
    page = window[request.offset:end]
    if len(page) < request.limit and total > searched:
        start = searched + max(0, request.offset - len(window))
        more = index.searcher.search(query, limit=request.limit - len(page) + len(window) - searched,
                                     offset=start, count=False)
        seen = set(window)
        page += [pk for pk in _ids(index, more.hits) if pk not in seen][:request.limit - len(page)]
    return page


def _semantic_ids(semantic: SemanticRank | None, text: str) -> list[int]:
    """The semantic ranks, or none: they are an extra the lexical results must survive without."""
    if semantic is None:
        return []
    try:
        found = semantic(text, SEMANTIC_LIMIT)
    except Exception:  # logged with its traceback; the search goes on lexically
        log.exception("semantic ranking failed; lexical results only")
        return []
    return [pk for pk in found or [] if isinstance(pk, int) and not isinstance(pk, bool)]


def _ranked(index: OpenIndex, words: TextQuery, narrowing: Query, request: Request,
            semantic: SemanticRank | None) -> tuple[list[int], int]:
    query = all_of([words.scored, narrowing])
    near = request.filters.near
    semantic_ids = _semantic_ids(semantic, request.text)
    if not near and not semantic_ids:
        found = index.searcher.search(query, limit=max(request.limit, 1), count=True, offset=request.offset)
        return _ids(index, found.hits)[:request.limit], found.count
    top = index.searcher.search(query, limit=RERANK_WINDOW, count=True)
    ids = _ids(index, top.hits)
    scored = [(float(score), pk) for (score, _address), pk in zip(top.hits, ids, strict=True)]
    lexical = _local_order(index, near, scored) if near else ids
    extra: list[int] = []
    if semantic_ids:
        scores = {pk: score for score, pk in scored}
        window, outside = _fused(index, lexical, scores, semantic_ids, narrowing)
        matching = all_of([words.matching, narrowing, _id_set(index, outside)]) if outside else None
        matched = _ids_of(index, matching, len(outside)) if matching is not None else set()
        extra = [pk for pk in outside if pk not in matched]
    else:
        window = lexical
    page = _window_page(index, query, window, request, len(ids), top.count)
    return page, top.count + len(extra)


def _tiers(index: OpenIndex, narrowing: Query, near: Sequence[str]) -> list[Query]:
    """Without words: the near municipalities' own services, their county's, nationwide, the rest."""
    municipal, county = near_terms(near)
    steps = [any_of(index, schema.SCOPE, municipal), any_of(index, schema.SCOPE, county),
             any_of(index, schema.MUNICIPALITY, national_markers(near))]
    tiers, earlier = [], []
    for step in [s for s in steps if s is not None] + [None]:
        clauses = [(Occur.Must, narrowing)] + [(Occur.MustNot, q) for q in earlier]
        if step is not None:
            clauses.append((Occur.Must, step))
            earlier.append(step)
        tiers.append(Query.boolean_query(clauses))
    return tiers


def _listed(index: OpenIndex, narrowing: Query, request: Request) -> tuple[list[int], int]:
    """Name order, tier by tier when the resident's municipality is known."""
    tiers = _tiers(index, narrowing, request.filters.near) if request.filters.near else [narrowing]
    page: list[int] = []
    total, skip = 0, request.offset
    for tier in tiers:
        wanted = request.limit - len(page)
        found = index.searcher.search(tier, limit=max(wanted, 1), count=True, offset=skip,
                                      order_by_field=schema.SORT, order=Order.Asc)
        total += found.count
        if wanted > 0 and skip < found.count:
            page += _ids(index, found.hits)[:wanted]
        skip = max(0, skip - found.count)
    return page, total


class _Queries:
    """Built text queries by index build, synonyms, text and language: the next page, the facets and a
    popular search reuse them (building one with many synonyms costs a millisecond or two)."""

    def __init__(self, size: int = QUERY_CACHE) -> None:
        self._items: OrderedDict[tuple, tuple[Spelling, TextQuery | None]] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, index: OpenIndex, text: str, lang: str, synonyms: SynonymTable,
            correct: bool = True) -> tuple[Spelling, TextQuery | None]:
        key = (index.meta.build_id, synonyms.version, lang, text, correct)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        spelling = Spelling()
        if correct and query_words(text, lang):
            spelling = spelling_check(index, text=text, lang=lang, synonyms=synonyms)
        words = text_query(index, text=spelling.corrected or text, lang=lang, synonyms=synonyms,
                           typos=spelling.typos)
        with self._lock:
            self._items[key] = (spelling, words)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return spelling, words


    def clear(self) -> None:
        with self._lock:
            self._items.clear()


_queries = _Queries()


def query_cache_clear() -> None:
    """Forget the built queries and spelling corrections (benchmarks; tests)."""
    _queries.clear()
    spelling_cache_clear()


def search_run(index: OpenIndex, request: Request, *, synonyms: SynonymTable, facets: bool = False,
               semantic: SemanticRank | None = None, correct: bool = True) -> SearchPage:
    """The page of one search; `semantic` (text, limit) → ranked pks or None is fused in when it answers;
    `correct` False searches the words as typed (the "search instead for …" link)."""
    spelling, words = _queries.get(index, request.text, request.lang, synonyms, correct)
    narrowing_by = filter_queries(index, request.filters)
    narrowing = all_of(narrowing_by.values())
    if words is None:
        ids, total = _listed(index, narrowing, request)
    else:
        ids, total = _ranked(index, words, narrowing, request, semantic)
    return SearchPage(
        total=total, ids=ids, analyser=index.meta.analyser, corrected=spelling.corrected,
        suggestion=spelling.suggestion,
        facets=facet_counts(index, words=words.matching if words else None, filters=narrowing_by, matches=total,
                            municipalities=request.filters.municipalities) if facets else {},
    )
