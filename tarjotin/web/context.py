"""Template context every page gets: the tray's name and area."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

from tarjotin.geo.selectors import county_get


def tray(request: HttpRequest) -> dict:
    county = county_get(settings.TARJOTIN["TRAY_COUNTY"])
    return {"tray_county": county}
