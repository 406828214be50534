"""Reads of the search app: `search_query` ranks service ids; the caller loads the services."""

from __future__ import annotations

import logging

from tantivy import Order

from tarjotin.core.exceptions import SearchIndexError

from . import schema
from .analysis import LANGUAGES, finnish_analyser
from .index import OpenIndex, index_open, index_root
from .query import query_build
from .services import index_rebuild
from .types import SearchFilters, SearchPage

__all__ = ["SearchFilters", "SearchPage", "search_query"]

log = logging.getLogger(__name__)

MAX_LIMIT = 200
# Deep pages cost a heap of offset + limit hits; nobody reads past page 500 of a service list.
MAX_OFFSET = 10_000
_auto_rebuilt: set[str] = set()


def _opened(analyser: str) -> OpenIndex:
    """The index; a missing or foreign one is rebuilt once per process, so a fresh install just works."""
    try:
        return index_open(analyser=analyser)
    except SearchIndexError as error:
        root = str(index_root())
        if root in _auto_rebuilt:
            raise
        _auto_rebuilt.add(root)
        log.warning("%s; rebuilding the search index now", error)
    index_rebuild()  # a read that repairs its own derived store, once; the DB stays untouched
    return index_open(analyser=analyser)


def search_query(
    *, text: str, lang: str, filters: SearchFilters | None = None, offset: int = 0, limit: int = 20
) -> SearchPage:
    """Services matching the words and filters: ranked by relevance, or by Finnish name without words.

    Words are OR-ed; a text with no searchable word (only punctuation, emoji) lists like an empty one.
    """
    index = _opened(finnish_analyser().name)
    query, ranked = query_build(index, text=text or "", lang=lang if lang in LANGUAGES else "fi",
                                filters=filters or SearchFilters())
    offset = min(max(int(offset), 0), MAX_OFFSET)
    limit = min(max(int(limit), 0), MAX_LIMIT)
    if ranked:
        found = index.searcher.search(query, limit=max(limit, 1), count=True, offset=offset)
    else:
        found = index.searcher.search(query, limit=max(limit, 1), count=True, offset=offset,
                                      order_by_field=schema.SORT, order=Order.Asc)
    hits = [address for _key, address in found.hits][:limit]
    ids = index.searcher.fast_field_values(schema.ID, hits) if hits else []
    return SearchPage(total=found.count, ids=[int(i) for i in ids], analyser=index.meta.analyser)
