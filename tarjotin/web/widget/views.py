"""Widget pages: a tray's themes and search results for an iframe on any site, in the tray's look."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from tarjotin.catalogue import selectors as catalogue
from tarjotin.trays.selectors import tray_themes

from .. import middleware
from ..search_page import search_form, search_results


def _lang() -> str:
    return (get_language() or "fi")[:2]


def framable(response: HttpResponse, request: HttpRequest) -> HttpResponse:
    """The site's policy with one change: any page may frame this one. The security middleware keeps a
    policy a view has set, and xframe_options_exempt keeps X-Frame-Options off."""
    response["Content-Security-Policy"] = middleware.csp_for(request, frame_ancestors="*")
    return response


@require_safe
@xframe_options_exempt
def themes(request: HttpRequest) -> HttpResponse:
    shown = tray_themes(request.tray) if request.tray else catalogue.themes_visible()
    form = search_form(request, _lang())
    return framable(render(request, "web/widget/themes.html", {"themes": shown, "form": form}), request)


@require_safe
@xframe_options_exempt
def search(request: HttpRequest) -> HttpResponse:
    form = search_form(request, _lang())
    results = search_results(request, form, _lang())
    theme = form.theme_views.get(form.value("theme") or "")
    return framable(render(request, "web/widget/search.html", {"results": results, "theme": theme}), request)
