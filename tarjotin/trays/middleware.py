"""Sets request.tray: by host name, else by a /t/<prefix>/ path (mounted like a SCRIPT_NAME), else the default."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.http.request import split_domain_port
from django.urls import get_script_prefix, set_script_prefix

from .models import Tray
from .selectors import trays_lookup

# /t/<prefix>/… : the "t" keeps tray prefixes apart from language prefixes (/fi/), /admin/ and /static/.
PREFIX_PATH = re.compile(r"^/t/(?P<prefix>[-a-zA-Z0-9_]+)(?P<rest>/.*)?$")


def _host(request: HttpRequest) -> str:
    try:
        host = request.get_host()
    except DisallowedHost:
        return ""  # Django answers 400 for it further in; no tray is chosen by a host it refuses
    domain, _port = split_domain_port(host)
    return domain


class TrayMiddleware:
    """Place it after SecurityMiddleware and WhiteNoise, before LocaleMiddleware and CommonMiddleware:
    both of those read request.path_info, which this strips of the tray prefix."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        lookup = trays_lookup()
        tray = lookup.by_host.get(_host(request))
        if tray is not None:
            return self._respond(request, tray, "host")
        match = PREFIX_PATH.match(request.path_info)
        tray = lookup.by_prefix.get(match["prefix"]) if match else None
        if tray is None:
            return self._respond(request, lookup.default(), "default")
        if not match["rest"]:  # /t/pohjanmaa → /t/pohjanmaa/, else relative links would leave the tray
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(request.path + "/" + (f"?{query}" if query else ""))
        return self._mounted(request, tray, match["prefix"], match["rest"])

    def _respond(self, request: HttpRequest, tray: Tray | None, via: str) -> HttpResponse:
        request.tray = tray
        request.tray_via = via
        return self.get_response(request)

    def _mounted(self, request: HttpRequest, tray: Tray, prefix: str, rest: str) -> HttpResponse:
        """Route the rest of the path as if the tray were deployed at SCRIPT_NAME/t/<prefix>: URL
        resolution sees `rest`, and reverse() (which reads the script prefix) puts the prefix back."""
        script_name = request.META.get("SCRIPT_NAME", "").rstrip("/") + f"/t/{prefix}"
        previous = get_script_prefix()
        request.META["SCRIPT_NAME"] = script_name
        request.path_info = rest
        request.META["PATH_INFO"] = rest
        set_script_prefix(script_name)
        try:
            return self._respond(request, tray, "prefix")
        finally:
            # The handler sets the prefix again for the next request; restoring it keeps a thread (or a
            # test calling reverse() after a request) from inheriting this tray's prefix.
            set_script_prefix(previous)

