"""Tantivy queries built from analysed query words and filters, never through a query-string parser."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tantivy import Occur, Query

from . import schema
from .analysis import COMPOUND_LANGUAGES, LANGUAGES, analyser_for, query_groups
from .index import OpenIndex
from .locality import national_markers
from .synonyms import EMPTY, Expansion, SynonymTable
from .tokens import exact_key
from .types import QueryGroup, SearchFilters

# Field weights: a word in the name says more about a service than one deep in its description.
FIELD_WEIGHTS = {"name": 4.0, "summary": 2.0, "keywords": 1.5, "description": 1.0}
# Tiers by boost. A query base form that is a document base form is the full match; the same word as
# part of a document compound (liikunta in vesiliikuntaa) comes next; the query's own compound parts
# and prefix expansions (apu of kriisiapu) only lift what nothing better matches. Synonyms have their
# own tiers (synonyms.py), below the word itself.
BASE = 1.0
IN_COMPOUND = 0.6
PART = 0.25
# The query is analysed in all three languages and each language's fields are searched with that
# language's tokens: a Finnish-only service is found from the Swedish and English pages (where a
# resident may well type Finnish), while text in the page's language ranks first.
OTHER_LANGUAGE = 0.4
# A synonym in another language than the page's is a translation someone wrote down, not a guess by
# another language's analyser, so it keeps more weight (cross-lingual rows in docs/search.md).
TRANSLATION = 0.8
# A word and its synonyms are alternatives: the best of them counts, the others only a little, so a
# service that names three synonyms of one word does not outrank one that names the word itself.
SYNONYM_TIE = 0.1
# A service that matches every word of a query of several words gets this share of their score on top.
ALL_WORDS = 0.5
# A misspelt word also matches within this edit distance, at a constant low score (the corrected word
# carries the ranking; see spelling.py).
FUZZY = 0.2
# A query that is a service's whole name puts that service first, whatever BM25 says.
EXACT_NAME = 1000.0
PREFIX_TERMS = 20
MAX_FILTER_VALUES = 400

# Facet names of SearchPage.facets and the index field each counts.
FACET_FIELDS = {
    "theme": schema.THEME, "municipality": schema.MUNICIPALITY, "target_group": schema.TARGET_GROUP,
    "language": schema.LANGUAGE, "free": schema.CHARGE, "channel_kind": schema.CHANNEL,
    "accessibility": schema.ACCESSIBILITY,
}


def _term(index: OpenIndex, field: str, value: str) -> Query:
    return Query.term_query(index.schema, field, value, index_option="freq")


def _expanded(index: OpenIndex, field: str, prefix: str) -> list[str]:
    """Indexed terms that start with a stem, most frequent first (liikun → liikuntaryhm, …)."""
    return [term for term, _count in index.searcher.terms_with_prefix(field, prefix, limit=PREFIX_TERMS)]


def group_terms(index: OpenIndex, group: QueryGroup, lang: str) -> dict[tuple[str, str], float]:
    """(field, token) → boost of one query word in one language's fields."""
    weights: dict[tuple[str, str], float] = {}

    def add(field: str, token: str, weight: float) -> None:
        weights[(field, token)] = max(weight, weights.get((field, token), 0.0))

    # Only Finnish and Swedish analysis write compound parts; English parts fields stay empty.
    fields = [(False, 1.0), (True, IN_COMPOUND)] if lang in COMPOUND_LANGUAGES else [(False, 1.0)]
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


def _should(clauses: Sequence[Query]) -> Query | None:
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else Query.boolean_query([(Occur.Should, c) for c in clauses])


def _language_weight(lang: str, page: str) -> float:
    return 1.0 if lang == page else OTHER_LANGUAGE


@dataclass(frozen=True)
class TextQuery:
    """`scored` ranks; `matching` matches the same services without scoring (cheap, for counting)."""

    scored: Query
    matching: Query


class _Builder:
    """Builds the scored query of the words and, alongside, the cheap matching one."""

    def __init__(self, index: OpenIndex) -> None:
        self.index = index
        self.terms: dict[str, set[str]] = defaultdict(set)  # field → tokens any of which matches
        self.conjunctions: list[Query] = []  # multi-word synonyms: all their words must match

    def _present(self, group: QueryGroup, lang: str) -> dict[tuple[str, str], float]:
        """The word's terms that occur in the index: absent ones would only cost clauses."""
        found = group_terms(self.index, group, lang)
        return {key: w for key, w in found.items() if self.index.searcher.doc_freq(*key)}

    def _match(self, terms: Iterable[tuple[str, str]]) -> Query | None:
        # Term queries without frequencies, not a term set: a term set walks the field's whole term
        # dictionary, which costs milliseconds on a large index.
        return _should([Query.term_query(self.index.schema, f, t, index_option="basic") for f, t in terms])

    def group(self, group: QueryGroup, lang: str, weight: float, *, matching: bool = True) -> Query | None:
        terms = self._present(group, lang)
        if matching:
            for field, token in terms:
                self.terms[field].add(token)
        return _should([Query.boost_query(_term(self.index, f, t), w * weight) for (f, t), w in terms.items()])

    def expansion(self, expansion: Expansion, weight: float) -> Query | None:
        """Every word of a (multi-word) synonym must match, each in any field."""
        single = len(expansion.words) == 1
        words = [self.group(g, expansion.lang, 1.0, matching=single) for g in expansion.words]
        if not words or any(w is None for w in words):
            return None
        if not single:
            matches = [self._match(self._present(g, expansion.lang)) for g in expansion.words]
            self.conjunctions.append(Query.boolean_query([(Occur.Must, m) for m in matches if m is not None]))
        query = words[0] if single else Query.boolean_query([(Occur.Must, w) for w in words])
        return Query.boost_query(query, expansion.weight * weight)

    def word(self, group: QueryGroup, expansions: list[Expansion], query_lang: str, lang: str) -> Query | None:
        """The word, or the best of it and its synonyms."""
        language_weight = _language_weight(query_lang, lang)
        alternatives = [self.group(group, query_lang, language_weight)]
        for expansion in expansions:
            weight = language_weight * (1.0 if expansion.lang == lang else TRANSLATION)
            alternatives.append(self.expansion(expansion, weight))
        kept = [q for q in alternatives if q is not None]
        if len(kept) > 1:
            return Query.disjunction_max_query(kept, tie_breaker=SYNONYM_TIE)
        return kept[0] if kept else None

    def matching(self, extra: Sequence[Query]) -> Query:
        terms = [Query.term_query(self.index.schema, f, t, index_option="basic")
                 for f, tokens in self.terms.items() for t in sorted(tokens)]
        return Query.boolean_query([(Occur.Should, q) for q in [*terms, *self.conjunctions, *extra]])


def _word_queries(builder: _Builder, *, text: str, lang: str, synonyms: SynonymTable) -> tuple[list[Query], bool]:
    """One query per query word and analysis language; plus, for several words, the same words all
    together, so a service that matches every word (directly or by a synonym) outranks one that matches
    a single word many times. Also tells whether the text had any word at all."""
    found: list[Query] = []
    had_words = False
    for query_lang in LANGUAGES:
        groups = query_groups(text, query_lang)
        had_words = had_words or bool(groups)
        expansions = synonyms.expand(query_lang, groups)
        words = [builder.word(g, expansions.get(i, []), query_lang, lang) for i, g in enumerate(groups)]
        kept = [w for w in words if w is not None]
        found += kept
        if len(kept) > 1 and len(kept) == len(groups):
            every = Query.boolean_query([(Occur.Must, w) for w in kept])
            found.append(Query.boost_query(every, ALL_WORDS))
    return found, had_words


def fuzzy_distance(word: str) -> int:
    """Edits a misspelt word may be away from an indexed term: 1 from 5 letters, 2 from 9, else none."""
    letters = sum(ch.isalpha() for ch in word)
    return 2 if letters >= 9 else 1 if letters >= 5 else 0


def _fuzzy_queries(index: OpenIndex, typos: Iterable[str], lang: str) -> list[Query]:
    """The raw word and its stem (sv/en fields hold stems) within the edit distance, page language and
    Finnish fields (Finnish-only services are found from every page)."""
    found = []
    for word in typos:
        distance = fuzzy_distance(word)
        if not distance:
            continue
        for field_lang in dict.fromkeys([lang, "fi"]):
            tokens = dict.fromkeys([word, *analyser_for(field_lang).word(word).bases])
            for name, field_weight in FIELD_WEIGHTS.items():
                field = schema.text_field(name, field_lang)
                for token in tokens:
                    fuzzy = Query.fuzzy_term_query(index.schema, field, token, distance=distance,
                                                   transposition_cost_one=True)
                    found.append(Query.boost_query(fuzzy, FUZZY * field_weight))
    return found


def text_query(index: OpenIndex, *, text: str, lang: str, synonyms: SynonymTable = EMPTY,
               typos: Sequence[str] = ()) -> TextQuery | None:
    """OR of every query word in every language, BM25-ranked with boosts; None if the text has no word.

    `typos` are words without any hit: they also match indexed terms a few edits away (fuzzy).
    """
    builder = _Builder(index)
    clauses, had_words = _word_queries(builder, text=text, lang=lang, synonyms=synonyms)
    if not had_words:
        return None
    fuzzy = _fuzzy_queries(index, typos, lang)
    key = exact_key(text)
    exact = [Query.term_query(index.schema, schema.exact_field(query_lang), key, index_option="basic")
             for query_lang in LANGUAGES]
    scored = [*clauses, *fuzzy, *(Query.const_score_query(q, EXACT_NAME) for q in exact)]
    return TextQuery(scored=Query.boolean_query([(Occur.Should, c) for c in scored]),
                     matching=builder.matching([*fuzzy, *exact]))


def any_of(index: OpenIndex, field: str, values: Iterable[object]) -> Query | None:
    """A filter that matches any of the values and adds nothing to the score."""
    kept = list(dict.fromkeys(v for v in values if isinstance(v, str) and v))[:MAX_FILTER_VALUES]
    if not kept:
        return None
    found = Query.term_set_query(index.schema, field, kept)
    return Query.const_score_query(found, 0.0)


def _yes_no(value: bool | None) -> list[str]:
    return [schema.YES] if value is True else [schema.NO] if value is False else []


def filter_queries(index: OpenIndex, filters: SearchFilters) -> dict[str, Query]:
    """The filters in force, by facet name."""
    codes = [c for c in filters.municipalities if isinstance(c, str) and c]
    charge = ["free"] if filters.free is True else ["chargeable"] if filters.free is False else []
    languages = [v.lower() for v in filters.languages if isinstance(v, str)]
    values = {
        "theme": filters.themes, "municipality": codes + (national_markers(codes) if filters.nationwide else []),
        "target_group": filters.target_groups, "language": languages, "free": charge,
        "channel_kind": filters.channel_kinds, "accessibility": _yes_no(filters.accessibility),
    }
    found = {name: any_of(index, FACET_FIELDS[name], wanted) for name, wanted in values.items()}
    return {name: query for name, query in found.items() if query is not None}


def all_of(queries: Iterable[Query]) -> Query:
    """Every query must match; no query at all matches every document."""
    kept = list(queries)
    return Query.boolean_query([(Occur.Must, q) for q in kept]) if kept else Query.all_query()
