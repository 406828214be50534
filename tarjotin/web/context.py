"""Template context every page gets: the request's tray and, lazily, its themes."""

from __future__ import annotations

from django.http import HttpRequest

from tarjotin.trays.selectors import tray_themes


def tray(request: HttpRequest) -> dict:
    """Lazy where it can be: pages that never show the themes never build them."""
    current = getattr(request, "tray", None)
    return {"tray": current, "all_themes": (lambda: tray_themes(current)) if current else list}
