"""Tantivy queries built from analysed query words and filters, never through a query-string parser."""

from __future__ import annotations

from collections.abc import Iterable

from tantivy import Occur, Query

from . import schema
from .analysis import LANGUAGES, query_groups
from .index import OpenIndex
from .tokens import exact_key
from .types import QueryGroup, SearchFilters

# Field weights: a word in the name says more about a service than one deep in its description.
FIELD_WEIGHTS = {"name": 4.0, "summary": 2.0, "keywords": 1.5, "description": 1.0}
# Tiers by boost. A query base form that is a document base form is the full match; the same word as
# part of a document compound (liikunta in vesiliikuntaa) comes next; the query's own compound parts
# and prefix expansions (apu of kriisiapu) only lift what nothing better matches.
BASE = 1.0
IN_COMPOUND = 0.6
PART = 0.25
# The query is analysed in all three languages and each language's fields are searched with that
# language's tokens: a Finnish-only service is found from the Swedish and English pages (where a
# resident may well type Finnish), while text in the page's language ranks first.
OTHER_LANGUAGE = 0.4
# A query that is a service's whole name puts that service first, whatever BM25 says.
EXACT_NAME = 1000.0
PREFIX_TERMS = 20
MAX_FILTER_VALUES = 400


def _term(index: OpenIndex, field: str, value: str) -> Query:
    return Query.term_query(index.schema, field, value, index_option="freq")


def _expanded(index: OpenIndex, field: str, prefix: str) -> list[str]:
    """Indexed terms that start with a stem, most frequent first (liikun → liikuntaryhm, …)."""
    return [term for term, _count in index.searcher.terms_with_prefix(field, prefix, limit=PREFIX_TERMS)]


def _group_terms(index: OpenIndex, group: QueryGroup, lang: str) -> dict[tuple[str, str], float]:
    weights: dict[tuple[str, str], float] = {}

    def add(field: str, token: str, weight: float) -> None:
        weights[(field, token)] = max(weight, weights.get((field, token), 0.0))

    # Only Finnish analysis writes compound parts; the other languages' parts fields stay empty.
    fields = [(False, 1.0), (True, IN_COMPOUND)] if lang == "fi" else [(False, 1.0)]
    for name, field_weight in FIELD_WEIGHTS.items():
        for parts, tier in fields:
            field = schema.text_field(name, lang, parts=parts)
            for token in group.strict:
                add(field, token, field_weight * BASE * tier)
            for token in group.wide - group.strict:
                add(field, token, field_weight * PART)
            for prefix in group.prefixes:
                for token in _expanded(index, field, prefix):
                    add(field, token, field_weight * PART)
    return weights


def text_query(index: OpenIndex, *, text: str, lang: str) -> Query | None:
    """OR of every query word in every language, BM25-ranked with boosts; None if no word is left."""
    clauses: list[tuple[Occur, Query]] = []
    for query_lang in LANGUAGES:
        language_weight = 1.0 if query_lang == lang else OTHER_LANGUAGE
        for group in query_groups(text, query_lang):
            for (field, token), weight in _group_terms(index, group, query_lang).items():
                clauses.append((Occur.Should, Query.boost_query(_term(index, field, token),
                                                                weight * language_weight)))
    if not clauses:
        return None
    key = exact_key(text)
    for query_lang in LANGUAGES:
        exact = Query.term_query(index.schema, schema.exact_field(query_lang), key, index_option="basic")
        clauses.append((Occur.Should, Query.const_score_query(exact, EXACT_NAME)))
    return Query.boolean_query(clauses)


def _any_of(index: OpenIndex, field: str, values: Iterable[str]) -> Query | None:
    """A filter that matches any of the values and adds nothing to the score."""
    kept = list(dict.fromkeys(v for v in values if isinstance(v, str) and v))[:MAX_FILTER_VALUES]
    if not kept:
        return None
    found = Query.term_set_query(index.schema, field, kept)
    return Query.const_score_query(found, 0.0)


def _area_values(codes: Iterable[str]) -> list[str]:
    codes = [c for c in codes if isinstance(c, str) and c]
    if not codes:
        return []
    markers = [schema.NATIONWIDE]
    if any(code not in schema.ALAND for code in codes):
        markers.append(schema.NATIONWIDE_EXCEPT_ALAND)
    return codes + markers


def filter_queries(index: OpenIndex, filters: SearchFilters) -> list[Query]:
    charge = ["free"] if filters.free is True else ["chargeable"] if filters.free is False else []
    found = [
        _any_of(index, schema.THEME, filters.themes),
        _any_of(index, schema.MUNICIPALITY, _area_values(filters.municipalities)),
        _any_of(index, schema.TARGET_GROUP, filters.target_groups),
        _any_of(index, schema.LANGUAGE, (v.lower() for v in filters.languages if isinstance(v, str))),
        _any_of(index, schema.CHARGE, charge),
        _any_of(index, schema.CHANNEL, filters.channel_kinds),
    ]
    return [q for q in found if q is not None]


def query_build(index: OpenIndex, *, text: str, lang: str, filters: SearchFilters) -> tuple[Query, bool]:
    """The whole query, and whether it is ranked (text) or to be listed in name order (no words)."""
    words = text_query(index, text=text, lang=lang) if text.strip() else None
    narrowing = filter_queries(index, filters)
    if words is None and not narrowing:
        return Query.all_query(), False
    must = ([words] if words is not None else []) + narrowing
    return Query.boolean_query([(Occur.Must, q) for q in must]), words is not None
