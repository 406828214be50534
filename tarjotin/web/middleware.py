"""Security headers Django 5.2 does not set by itself: a strict Content Security Policy and friends."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from django.http import HttpRequest, HttpResponse

from tarjotin.trays.models import OSM_TILES

# No inline scripts or styles anywhere, so no 'unsafe-inline'. Images may also come from the tray's logo host
# and its map tile host.
CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:{logo}{tiles}",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors {frame_ancestors}",
])
PERMISSIONS = "camera=(), microphone=(), payment=(), usb=(), interest-cohort=()"


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", csp_for(request))
        response.headers.setdefault("Permissions-Policy", PERMISSIONS)
        return response


def csp_for(request: HttpRequest, *, frame_ancestors: str = "'none'") -> str:
    """The policy of this request's tray; a view that may be framed (the widget) passes its own ancestors."""
    logo = _logo_origin(request)
    tiles = _tile_origin(request)
    return CSP.format(logo=logo, tiles="" if tiles == logo else tiles, frame_ancestors=frame_ancestors)


def _logo_origin(request: HttpRequest) -> str:
    url = getattr(getattr(request, "tray", None), "logo_url", "") or ""
    parts = urlsplit(url)
    return f" https://{parts.netloc}" if parts.scheme == "https" and parts.netloc else ""


def _tile_origin(request: HttpRequest) -> str:
    """The map page's tile host (the default tiles before any tray is set up); Leaflet's {s} becomes *."""
    url = getattr(getattr(request, "tray", None), "tile_url", "") or OSM_TILES
    parts = urlsplit(url)
    host = "*." + parts.netloc.removeprefix("{s}.") if parts.netloc.startswith("{s}.") else parts.netloc
    if parts.scheme != "https" or not host or any(c in host for c in "{} ;,'\""):
        return ""
    return f" https://{host}"
