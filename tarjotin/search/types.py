"""Value types of the search app: analysed words, query groups, filters, result pages, index stats."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class WordAnalysis:
    """What one word means to the index: its base forms, its compound parts and derivation bases."""

    bases: tuple[str, ...]
    parts: tuple[str, ...] = ()
    # Lemma of the last compound part: completes "sosiaali-" in "sosiaali- ja terveyspalvelut".
    head: str = ""
    # False when the morphology did not know the word and a Snowball stem stands in.
    known: bool = True


@dataclass(frozen=True)
class QueryGroup:
    """One query word: any of `strict` is a full match, `wide` adds its compound parts."""

    word: str
    strict: frozenset[str]
    wide: frozenset[str]
    # Stems to expand against the index's term list (Snowball fallback, unknown words).
    prefixes: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SearchFilters:
    """Facets: values within one facet are alternatives (OR); facets narrow each other (AND)."""

    themes: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()  # nationwide services match any municipality
    target_groups: tuple[str, ...] = ()  # a code also matches services of its sub-groups
    languages: tuple[str, ...] = ()
    free: bool | None = None  # True: told to be free; False: told to be chargeable; None: any
    channel_kinds: tuple[str, ...] = ()
    accessibility: bool | None = None  # True: a channel tells about accessibility; False: none does
    # Not a filter: the resident's municipality codes. Ranking puts services of these municipalities
    # first, then services of their whole county, then nationwide ones.
    near: tuple[str, ...] = ()
    # With municipalities given: also the nationwide services (a tray can leave them out).
    nationwide: bool = True


@dataclass(frozen=True)
class SearchPage:
    total: int
    ids: list[int]  # Service pks in rank order
    analyser: str
    # The query the results are for, when words without any hit were corrected ("uimahali" → "uimahalli").
    corrected: str | None = None
    # A better-spelt query to offer ("did you mean"), when every word had hits but one looks misspelt.
    suggestion: str | None = None
    # Only with search_query(facets=True): facet → value → services. Each facet counts with every other
    # filter applied but its own (drill-down); see docs/search.md for the facet names and values.
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class IndexStats:
    documents: int
    seconds: float
    analyser: str
    size_bytes: int
    words: int = 0  # words analysed while building, for throughput figures


@dataclass(frozen=True)
class SynonymLoad:
    created: int  # rows added from the file
    kept: int  # rows that were there already and stayed as they were
    rules: int  # rules in the file
