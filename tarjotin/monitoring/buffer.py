"""Counts gathered in the web process and written together every few seconds: a database write per page
load would cost more than a kept page itself. A process that dies loses at most that many seconds of counts."""

from __future__ import annotations

import atexit
import datetime as dt
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable

from django.conf import settings

log = logging.getLogger(__name__)
MAX_PENDING = 1000  # a busy process writes at least this often, whatever the clock says

VisitKey = tuple[int, dt.date]  # tray id, day
SearchKey = tuple[int, dt.date, str, str]  # tray id, day, language, normalised query


def flush_seconds() -> float:
    return float(settings.TARJOTIN.get("MONITORING_FLUSH_SECONDS", 10))


class CountBuffer:
    """Page loads, front-page visits and searches by key; `write` gets what was gathered and stores it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last = time.monotonic()
        self.page_loads: Counter[VisitKey] = Counter()
        self.front_pages: Counter[VisitKey] = Counter()
        self.searches: Counter[SearchKey] = Counter()
        self.zero_results: Counter[SearchKey] = Counter()
        self.last_results: dict[SearchKey, int] = {}
        self._pending = 0

    def visit(self, key: VisitKey, *, front_page: bool) -> None:
        with self._lock:
            self.page_loads[key] += 1
            self.front_pages[key] += int(front_page)
            self._pending += 1

    def search(self, key: SearchKey, *, results: int) -> None:
        with self._lock:
            self.searches[key] += 1
            self.zero_results[key] += int(results == 0)
            self.last_results[key] = results
            self._pending += 1

    def due(self) -> bool:
        return self._pending >= MAX_PENDING or time.monotonic() - self._last >= flush_seconds()

    def take(self) -> CountBuffer:
        """What was gathered, leaving this buffer empty for the next requests."""
        with self._lock:
            taken = CountBuffer()
            for name in ("page_loads", "front_pages", "searches", "zero_results", "last_results", "_pending"):
                setattr(taken, name, getattr(self, name))
            self.page_loads, self.front_pages = Counter(), Counter()
            self.searches, self.zero_results, self.last_results = Counter(), Counter(), {}
            self._pending, self._last = 0, time.monotonic()
            return taken


pending = CountBuffer()
_writer: list[Callable[[CountBuffer], None]] = []


def counts_flush(write: Callable[[CountBuffer], None] | None = None) -> None:
    """Writes what this process has gathered; a failed write is logged and its counts are lost."""
    taken = pending.take()
    if not taken._pending:
        return
    try:
        (write or _writer[0])(taken)
    except Exception:  # statistics never take a page down with them
        log.warning("%s monitoring counts not written", taken._pending, exc_info=True)


def writer_set(write: Callable[[CountBuffer], None]) -> None:
    _writer[:] = [write]


atexit.register(lambda: counts_flush() if _writer else None)
