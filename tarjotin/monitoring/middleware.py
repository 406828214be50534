"""Counts page loads per tray and day on the server: no cookie, no IP address, no user agent is kept."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from .services import visit_recorded

# Checked in memory and never stored. Automated clients, link previews, uptime monitors and headless browsers.
BOT_PATTERN = re.compile("|".join([
    r"bot\b", r"bot/", r"crawl", r"spider", r"slurp", r"scrape", r"archiver", r"facebookexternalhit",
    r"embedly", r"preview", r"whatsapp", r"headless", r"lighthouse", r"pingdom", r"uptime", r"monitor",
    r"statuscake", r"curl/", r"wget/", r"python-", r"httpx", r"aiohttp", r"go-http-client", r"java/",
    r"okhttp", r"libwww", r"axios", r"node-fetch", r"postman", r"feedfetcher",
]), re.IGNORECASE)
# Namespaces of pages that are not the resident's: the staff's reports and data-quality pages.
NOT_COUNTED_NAMESPACES = {"reports", "quality", "admin", "guidance"}  # guidance: professionals, counted by OAB code


def is_bot(user_agent: str) -> bool:
    """An empty user agent counts as a bot too: every browser sends one."""
    return not user_agent.strip() or BOT_PATTERN.search(user_agent) is not None


def counted(request: HttpRequest, response: HttpResponse) -> bool:
    """Only a GET of an HTML page that answered 200, from a browser, on a resident page."""
    if request.method != "GET" or response.status_code != 200 or getattr(request, "tray", None) is None:
        return False
    if not response.get("Content-Type", "").startswith("text/html") or response.streaming:
        return False
    match = getattr(request, "resolver_match", None)
    if match is None or match.app_names[:1] != ["web"] or set(match.namespaces) & NOT_COUNTED_NAMESPACES:
        return False  # /static, /healthz, /admin, /api and the tray's stylesheet resolve outside "web"
    if request.META.get("HTTP_PURPOSE", "").lower() == "prefetch" or request.META.get("HTTP_SEC_PURPOSE"):
        return False  # a browser guessing which link comes next is not a visit
    return not is_bot(request.META.get("HTTP_USER_AGENT", ""))


class VisitCountMiddleware:
    """After the TrayMiddleware, so request.tray is set; one UPDATE of one row per counted page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if counted(request, response):
            visit_recorded(tray=request.tray, front_page=request.resolver_match.view_name == "web:home")
        return response
