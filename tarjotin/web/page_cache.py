"""Result pages kept for a short while: the same search by many residents costs one rendering.

A kept page is keyed by tray, language, path and query, and by the search indexes' generation, so an
import shows at once; tray settings show within the cache time (TARJOTIN_PAGE_CACHE_SECONDS)."""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest

from tarjotin.search.selectors import search_generation

log = logging.getLogger(__name__)

# Filters whose answer changes with the clock, not with the catalogue.
TIME_DEPENDENT = ("open_now",)


def page_key(request: HttpRequest, lang: str) -> str | None:
    """None when the page must be made afresh: for a logged-in user, or when it depends on the time."""
    if settings.SESSION_COOKIE_NAME in request.COOKIES or any(request.GET.get(n) for n in TIME_DEPENDENT):
        return None
    tray = getattr(request, "tray", None)
    query = sorted((name, values) for name, values in request.GET.lists())
    raw = repr((tray.pk if tray else None, lang, request.path, query, search_generation()))
    return "page:" + hashlib.sha256(raw.encode("utf-8")).hexdigest()


def page_get(key: str | None) -> tuple[bytes, dict[str, Any]] | None:
    if key is None:
        return None
    try:
        return caches["pages"].get(key)
    except Exception:  # a broken cache file or directory must never cost the page
        log.warning("page cache unreadable", exc_info=True)
        return None


def page_put(key: str | None, body: bytes, extra: dict[str, Any]) -> None:
    if key is None:
        return
    try:
        caches["pages"].set(key, (body, extra))
    except Exception:  # a full disk or a read-only directory: serve the page, keep nothing
        log.warning("page cache not writable", exc_info=True)
