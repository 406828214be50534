"""Security headers Django 5.2 does not set by itself: a strict Content Security Policy and friends."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from django.http import HttpRequest, HttpResponse

# No inline scripts or styles anywhere, so no 'unsafe-inline'. Images may also come from the tray's logo host.
CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:{logo}",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
PERMISSIONS = "camera=(), microphone=(), payment=(), usb=(), interest-cohort=()"


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CSP.format(logo=_logo_origin(request)))
        response.headers.setdefault("Permissions-Policy", PERMISSIONS)
        return response


def _logo_origin(request: HttpRequest) -> str:
    url = getattr(getattr(request, "tray", None), "logo_url", "") or ""
    parts = urlsplit(url)
    return f" https://{parts.netloc}" if parts.scheme == "https" and parts.netloc else ""
