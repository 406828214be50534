"""Type-ahead: service and theme names whose words (or their base forms and parts) start with the typed ones."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from tantivy import Occur, Order, Query

from . import schema
from .analysis import LANGUAGES, words_analysed
from .index import OpenIndex
from .query import all_of
from .tokens import MAX_WORD_CHARS, text_clean, words_split

MIN_CHARS = 2
MAX_WORDS = 6
PREFIX_TERMS = 64  # most frequent indexed tokens per typed word: bounds the term set of a short prefix
MAX_THEMES = 3


def _typed(prefix: str, lang: str) -> list[str]:
    words = [w.strip("-") for w in words_split(prefix[:200], lang)]
    return [w[:MAX_WORD_CHARS] for w in words if w][:MAX_WORDS]


def _word_query(index: OpenIndex, word: str, *, head: bool) -> Query | None:
    """Any language's name tokens that start with the word."""
    clauses = []
    for lang in LANGUAGES:
        field = schema.complete_field(lang, head=head)
        for term, _count in index.searcher.terms_with_prefix(field, word, limit=PREFIX_TERMS):
            # Term queries, not a term set: a set walks the whole term dictionary of the field.
            clauses.append((Occur.Should, Query.term_query(index.schema, field, term, index_option="basic")))
    return Query.boolean_query(clauses) if clauses else None


def _title(doc: dict, lang: str) -> str:
    for each in (lang, *LANGUAGES):
        values = doc.get(schema.title_field(each)) or []
        if values and isinstance(values[0], str):
            return values[0]
    return ""


def _names(index: OpenIndex, query: Query, lang: str, limit: int) -> list[str]:
    found = index.searcher.search(query, limit=limit, count=False, order_by_field=schema.SORT, order=Order.Asc)
    return [_title(index.searcher.doc(address).to_dict(), lang) for _key, address in found.hits]


def services_complete(index: OpenIndex, *, prefix: str, lang: str, limit: int, narrowing: Query) -> list[str]:
    """Names that start with the typed text first (in name order), then names containing its words."""
    typed = _typed(prefix, lang)
    if not typed or len(" ".join(typed)) < MIN_CHARS:
        return []
    words = [_word_query(index, w, head=False) for w in typed]
    if any(w is None for w in words):
        return []
    every = all_of([*words, narrowing])
    head = _word_query(index, typed[0], head=True)
    found: list[str] = []
    for query in ([all_of([every, head])] if head is not None else []) + [every]:
        found += _names(index, query, lang, limit * 3)
    return _unique(found, limit)


def _unique(names: Iterable[str], limit: int) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        key = text_clean(name).strip()
        if key and key not in seen:
            seen[key] = name
    return list(seen.values())[:limit]


def _theme_words(name: str, lang: str) -> set[str]:
    found = set()
    for word, analysis in words_analysed(name, lang):
        found |= {word.strip("-"), *analysis.bases, *analysis.parts}
    return found


def themes_complete(themes: Iterable[Mapping[str, str]], *, prefix: str, lang: str) -> list[str]:
    """Theme names (in the page language) of which every typed word starts a word, base form or part."""
    typed = _typed(prefix, lang)
    if not typed or len(" ".join(typed)) < MIN_CHARS:
        return []
    found = []
    for names in themes:
        name = names.get(lang) or names.get("fi") or ""
        tokens = _theme_words(name, lang) if name else set()
        if tokens and all(any(t.startswith(w) for t in tokens) for w in typed):
            found.append(name)
    return found[:MAX_THEMES]
