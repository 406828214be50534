"""Facet counts: services per filter value, each facet counted with every other filter applied but its own.

Two ways to count, measured at 100k services (docs/search.md): a terms aggregation over the filter
fields' fast columns (`Searcher.aggregate`) costs about 0.1 ms per thousand matching services, all
facets in one pass; walking each field's terms with `terms_with_prefix(field, "", filter_query=q)` costs
about 2 ms whatever matches, plus one query evaluation per facet. So the aggregation counts unless the
query matches a large share of the index (a listing without words), where the term walk is 4x faster.
"""

from __future__ import annotations

from collections.abc import Sequence

from tantivy import Query

from . import schema
from .index import OpenIndex
from .query import FACET_FIELDS, all_of

NATIONWIDE_KEY = "nationwide"  # in the municipality facet: services for every municipality
AGGREGATE_SHARE = 0.3  # above this share of the index matching, the term walk is the cheaper count
MAX_BUCKETS = 2000  # more than any facet has values (municipalities: about 310)


def _municipalities(counts: dict[str, int], offered: Sequence[str]) -> dict[str, int]:
    """A municipality's count includes the nationwide services, as filtering by it does; the markers
    themselves are summed under "nationwide". The municipalities filtered by (the options a page offers)
    are counted even when only nationwide services serve them."""
    everywhere = counts.pop(schema.NATIONWIDE, 0)
    except_aland = counts.pop(schema.NATIONWIDE_EXCEPT_ALAND, 0)
    codes = {**counts, **{c: counts.get(c, 0) for c in offered if isinstance(c, str) and c}}
    found = {
        code: count + everywhere + (0 if code in schema.ALAND else except_aland)
        for code, count in codes.items()
    }
    found = {code: count for code, count in found.items() if count}
    if everywhere or except_aland:
        found[NATIONWIDE_KEY] = everywhere + except_aland
    return found


def _shaped(name: str, counts: dict[str, int], offered: Sequence[str]) -> dict[str, int]:
    counts = _municipalities(counts, offered) if name == "municipality" else counts
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _aggregated(index: OpenIndex, query: Query, names: Sequence[str]) -> dict[str, dict[str, int]]:
    spec = {name: {"terms": {"field": FACET_FIELDS[name], "size": MAX_BUCKETS}} for name in names}
    found = index.searcher.aggregate(query, spec)
    return {name: {str(b["key"]): int(b["doc_count"]) for b in found.get(name, {}).get("buckets", [])}
            for name in names}


def _walked(index: OpenIndex, query: Query, names: Sequence[str]) -> dict[str, dict[str, int]]:
    return {name: dict(index.searcher.terms_with_prefix(FACET_FIELDS[name], "", filter_query=query))
            for name in names}


def facet_counts(index: OpenIndex, *, words: Query | None, filters: dict[str, Query], matches: int,
                 municipalities: Sequence[str] = ()) -> dict[str, dict[str, int]]:
    """facet → value → services matching the words and every filter except the facet's own.

    `matches` (the search's total) chooses the cheaper way to count; `municipalities` (the filter's)
    are counted even when no service names them.
    """
    count = _aggregated if matches <= AGGREGATE_SHARE * max(index.searcher.num_docs, 1) else _walked
    base = [words] if words is not None else []
    shared = [name for name in FACET_FIELDS if name not in filters]
    found = count(index, all_of([*base, *filters.values()]), shared) if shared else {}
    for name in filters:  # drill-down: each active facet counted without its own filter
        others = [q for other, q in filters.items() if other != name]
        found.update(count(index, all_of([*base, *others]), [name]))
    return {name: _shaped(name, found.get(name, {}), municipalities) for name in FACET_FIELDS}
