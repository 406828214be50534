"""Reads of the search app: `search_query` ranks service ids (the caller loads the services), spelling
suggestions and type-ahead."""

from __future__ import annotations

import importlib
import logging
import threading

from django.conf import settings

from tarjotin.catalogue.selectors import themes_visible
from tarjotin.core.exceptions import SearchIndexError

from .analysis import LANGUAGES, finnish_analyser
from .complete import services_complete, themes_complete
from .events import META_FILE as EVENTS_META_FILE
from .events import events_for_theme, events_root, events_search
from .index import META_FILE, OpenIndex, index_open, index_root
from .query import all_of, filter_queries
from .ranking import Request, SemanticRank, search_run
from .services import index_rebuild
from .spelling import spelling_check
from .synonyms import synonym_table
from .types import SearchFilters, SearchPage

__all__ = ["SearchFilters", "SearchPage", "events_for_theme", "events_search", "search_complete", "search_generation",
           "search_query", "search_suggest_spelling"]

log = logging.getLogger(__name__)

MAX_LIMIT = 200
# Deep pages cost a heap of offset + limit hits; nobody reads past page 500 of a service list.
MAX_OFFSET = 10_000
MAX_COMPLETIONS = 20
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


def search_generation() -> str:
    """Changes whenever either index is replaced (after every import): what a kept result page depends on."""
    parts = []
    for path in (index_root() / META_FILE, events_root() / EVENTS_META_FILE):
        try:
            found = path.stat()
        except FileNotFoundError:
            parts.append("-")
            continue
        parts.append(f"{found.st_ino}.{found.st_mtime_ns}")
    return "/".join(parts)


def _lang(lang: str) -> str:
    return lang if lang in LANGUAGES else "fi"


def _semantic() -> SemanticRank | None:
    """semantic.semantic_rank when the module is there and not switched off (SEARCH_SEMANTIC)."""
    if not settings.TARJOTIN.get("SEARCH_SEMANTIC", True):
        return None
    try:
        module = importlib.import_module("tarjotin.search.semantic")
    except ImportError:
        return None
    return getattr(module, "semantic_rank", None)


def search_query(
    *, text: str, lang: str, filters: SearchFilters | None = None, offset: int = 0, limit: int = 20,
    facets: bool = False, correct: bool = True,
) -> SearchPage:
    """Services matching the words and filters: ranked by relevance, or by Finnish name without words.

    Words are OR-ed and expanded with synonyms; a word without any hit is corrected (page.corrected)
    unless `correct` is False. A text with no searchable word (only punctuation, emoji) lists like an
    empty one. `filters.near` ranks the resident's municipality's services first. `facets` adds counts
    per filter value (page.facets).
    """
    index = _opened(finnish_analyser().name)
    request = Request(
        text=str(text or ""), lang=_lang(lang), filters=filters or SearchFilters(),
        offset=min(max(int(offset), 0), MAX_OFFSET), limit=min(max(int(limit), 0), MAX_LIMIT),
    )
    return search_run(index, request, synonyms=synonym_table(), facets=facets, semantic=_semantic(),
                      correct=bool(correct))


def search_suggest_spelling(text: str, lang: str) -> str | None:
    """A better-spelt query built from the index's own words ("uimahali" → "uimahalli"), or None."""
    index = _opened(finnish_analyser().name)
    found = spelling_check(index, text=str(text or ""), lang=_lang(lang), synonyms=synonym_table())
    return found.corrected or found.suggestion


_themes_lock = threading.Lock()
_themes: dict[str, list[dict[str, str]]] = {}


def _theme_names(build_id: str) -> list[dict[str, str]]:
    """Theme names, read once per index build (themes change with a rebuild's catalogue)."""
    with _themes_lock:
        if build_id not in _themes:
            _themes.clear()
            _themes[build_id] = [t.name for t in themes_visible() if isinstance(t.name, dict)]
        return _themes[build_id]


def search_complete(prefix: str, lang: str, limit: int = 8, *, filters: SearchFilters | None = None) -> list[str]:
    """Theme and service names for type-ahead: every typed word starts a word (or its base form or a
    compound part) of the name; names that start with the typed text come first. `filters` keeps to
    services the tray shows (municipalities, themes, …)."""
    limit = min(max(int(limit), 0), MAX_COMPLETIONS)
    text, lang = str(prefix or ""), _lang(lang)
    if not limit or not text.strip():
        return []
    index = _opened(finnish_analyser().name)
    narrowing = all_of(filter_queries(index, filters or SearchFilters()).values())
    themes = themes_complete(_theme_names(index.meta.build_id), prefix=text, lang=lang)
    services = services_complete(index, prefix=text, lang=lang, limit=limit, narrowing=narrowing)
    names = list(dict.fromkeys([*themes, *services]))
    return names[:limit]
