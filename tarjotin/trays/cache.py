"""Trays and their themes kept in process memory for a short while, so a warm request reads no database."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings

T = TypeVar("T")
# Other processes see an admin's change after at most this long; this process sees it at once.
DEFAULT_TTL = 30.0


def ttl_seconds() -> float:
    return float(settings.TARJOTIN.get("TRAY_CACHE_SECONDS", DEFAULT_TTL))


class TtlCache:
    """A small keyed cache; values are shared between threads and must be treated as read-only."""

    def __init__(self) -> None:
        self._values: dict[object, tuple[float, object]] = {}
        self._lock = threading.Lock()

    def get(self, key: object, load: Callable[[], T]) -> T:
        now = time.monotonic()
        found = self._values.get(key)
        if found is not None and now - found[0] < ttl_seconds():
            return found[1]  # type: ignore[return-value]
        with self._lock:  # one loader at a time; the others wait and take its result
            found = self._values.get(key)
            if found is not None and time.monotonic() - found[0] < ttl_seconds():
                return found[1]  # type: ignore[return-value]
            value = load()
            self._values[key] = (time.monotonic(), value)
            return value

    def clear(self) -> None:
        with self._lock:
            self._values.clear()


trays = TtlCache()
themes = TtlCache()
derived = TtlCache()  # what pages derive from a tray and its area, such as the search form's choices


def trays_cache_clear() -> None:
    """Called on every save or delete of a tray, a tray theme or a national theme (and by tests)."""
    trays.clear()
    themes.clear()
    derived.clear()
