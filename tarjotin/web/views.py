"""Resident page views: they read through selectors and render templates, nothing more."""

from __future__ import annotations

from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from tarjotin.catalogue import selectors as catalogue
from tarjotin.catalogue.models import Classification
from tarjotin.monitoring.services import search_recorded
from tarjotin.search.selectors import search_complete
from tarjotin.trays.selectors import tray_css, tray_theme_get, tray_themes

from .forms import MAX_QUERY
from .page_cache import page_get, page_key, page_put
from .search_page import area_filters, search_form, search_results


def _lang() -> str:
    return (get_language() or "fi")[:2]


def _themes(request: HttpRequest) -> list:
    """The tray's themes; the national ones before any tray has been set up."""
    return tray_themes(request.tray) if request.tray else catalogue.themes_visible()


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", {"themes": _themes(request),
                                             "form": search_form(request, _lang())})


def _results_page(request: HttpRequest, template: str, context: dict,
                  initial_theme: str = "") -> tuple[HttpResponse, int]:
    """A search or theme page and its number of results, from the page cache when the same page was made
    a moment ago."""
    lang = _lang()
    key = page_key(request, lang)
    kept = page_get(key)
    if kept is None:
        form = search_form(request, lang, initial_theme=initial_theme)
        results = search_results(request, form, lang)
        body = render_to_string(template, {**context, "results": results}, request)
        kept = (body.encode("utf-8"), {"total": results.total})
        # An index replaced meanwhile (or built by this very search) may have made it: keep it only if not.
        if key == page_key(request, lang):
            page_put(key, *kept)
    return HttpResponse(kept[0]), kept[1]["total"]


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    response, total = _results_page(request, "web/search.html", {})
    if request.GET.get("page", "1") == "1":  # paging on is the same search, not a new one
        search_recorded(tray=request.tray, query=request.GET.get("q", ""), language=_lang(), result_count=total)
    return response


@require_safe
def suggestions(request: HttpRequest) -> JsonResponse:
    """Type-ahead for the search box: names of themes and services in this tray's area."""
    prefix = request.GET.get("q", "")[:MAX_QUERY]
    return JsonResponse({"suggestions": search_complete(prefix, _lang(), limit=8, filters=area_filters(request.tray))})


@require_safe
def theme(request: HttpRequest, slug: str) -> HttpResponse:
    found = tray_theme_get(request.tray, slug) if request.tray else catalogue.theme_get(slug)
    if found is None:
        raise Http404
    return _results_page(request, "web/theme.html", {"theme": found}, initial_theme=slug)[0]


@require_safe
def service(request: HttpRequest, pk: int) -> HttpResponse:
    found = catalogue.service_detail(pk)
    if found is None:
        raise Http404
    codes = [c.code for c in found.classifications.all()]
    themes = _themes(request)
    return render(request, "web/service.html", {
        "service": found,
        "themes": [t for t in themes if t.slug in catalogue.theme_slugs_for(codes=codes, themes=themes)],
        "target_groups": [c for c in found.classifications.all() if c.kind == Classification.Kind.TARGET_GROUP],
        "connections": list(found.connections.all()),
        "merge": catalogue.service_merge(found),
    })


@require_safe
def organization(request: HttpRequest, pk: int) -> HttpResponse:
    found = catalogue.organization_detail(pk)
    if found is None:
        raise Http404
    return render(request, "web/organization.html", {
        "organization": found, "services": catalogue.organization_services(found),
    })


@require_safe
def statement(request: HttpRequest, kind: str) -> HttpResponse:
    """The tray's accessibility statement or privacy notice, as its admin wrote them."""
    return render(request, "web/statement.html", {"kind": kind})


@require_safe
def tray_stylesheet(request: HttpRequest) -> HttpResponse:
    """The tray's colours; a file of its own because the Content Security Policy forbids inline styles."""
    response = HttpResponse(tray_css(request.tray), content_type="text/css")
    response["Cache-Control"] = "public, max-age=60"
    return response


def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness and database reachability for load balancers; no details an attacker could use."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # any database failure means not healthy
        return JsonResponse({"status": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})


def not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "web/404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    """Rendered without the request context: the error may be the database the context needs."""
    return HttpResponse(loader.get_template("web/500.html").render({}), status=500)
