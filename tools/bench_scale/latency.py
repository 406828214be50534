"""Child process: in-process `search_query` latency over the fixed query set, and this process's memory."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    """p50, p95 (nearest rank) and max of a list of milliseconds."""
    if not samples_ms:
        return {"n": 0, "p50": 0.0, "p95": 0.0, "max": 0.0}
    ordered = sorted(samples_ms)
    rank = max(0, min(len(ordered) - 1, int(round(0.95 * len(ordered) + 0.5)) - 1))
    return {"n": len(ordered), "p50": statistics.median(ordered), "p95": ordered[rank], "max": ordered[-1]}


def _timed(search, text: str, lang: str, filters) -> tuple[float, int]:
    started = time.perf_counter()
    page = search(text=text, lang=lang, filters=filters)
    return (time.perf_counter() - started) * 1000, page.total


def measure(rounds: int) -> dict:
    """Open the index with one query, then run every query plain and filtered `rounds` times."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tarjotin.settings")
    django.setup()
    from django.conf import settings

    from tarjotin.search.selectors import SearchFilters, search_query

    from .machine import status_kb
    from .queries import FILTERS, QUERIES

    # Lexical search only: the semantic re-ranking needs embeddings computed for hours at this scale.
    settings.TARJOTIN["SEARCH_SEMANTIC"] = False
    first_ms, _ = _timed(search_query, "liikunta", "fi", None)
    plain: list[float] = []
    filtered: list[float] = []
    hits: list[int] = []
    for _ in range(rounds):
        for i, (text, lang) in enumerate(QUERIES):
            ms, total = _timed(search_query, text, lang, None)
            plain.append(ms)
            hits.append(total)
            ms, _ = _timed(search_query, text, lang, SearchFilters(**FILTERS[i % len(FILTERS)]))
            filtered.append(ms)
    cold = plain[:len(QUERIES)] + filtered[:len(QUERIES)]  # round 1: every word analysed the first time
    return {"first_ms": first_ms, "plain": percentiles(plain), "filtered": percentiles(filtered),
            "first_pass": percentiles(cold),
            "all": percentiles(plain + filtered), "median_hits": statistics.median(hits) if hits else 0,
            "vm_hwm_kb": status_kb(os.getpid(), "VmHWM"), "vm_rss_kb": status_kb(os.getpid(), "VmRSS")}


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 5)))
