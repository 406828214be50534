"""Template context every page gets: the tray's name and area."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

from tarjotin.catalogue.selectors import themes_visible
from tarjotin.geo.selectors import county_get


def tray(request: HttpRequest) -> dict:
    """Lazy where it can be: pages that never show the themes never query them."""
    return {"tray_county": county_get(settings.TARJOTIN["TRAY_COUNTY"]), "all_themes": themes_visible}
