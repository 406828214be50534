"""Resident page views: they read through selectors and render templates, nothing more."""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from tarjotin.catalogue import selectors as catalogue
from tarjotin.catalogue.models import Classification
from tarjotin.geo.selectors import county_municipality_codes
from tarjotin.search.selectors import SearchFilters, search_complete

from .forms import MAX_QUERY
from .search_page import search_form, search_results


def _lang() -> str:
    return (get_language() or "fi")[:2]


def _county() -> str:
    return settings.TARJOTIN["TRAY_COUNTY"]


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", {"themes": catalogue.themes_visible(),
                                             "form": search_form(request, _lang())})


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    form = search_form(request, _lang())
    return render(request, "web/search.html", {"results": search_results(request, form, _lang())})


@require_safe
def suggestions(request: HttpRequest) -> JsonResponse:
    """Type-ahead for the search box: names of themes and services in this tray's area."""
    prefix = request.GET.get("q", "")[:MAX_QUERY]
    area = SearchFilters(municipalities=county_municipality_codes(_county()))
    return JsonResponse({"suggestions": search_complete(prefix, _lang(), limit=8, filters=area)})


@require_safe
def theme(request: HttpRequest, slug: str) -> HttpResponse:
    found = catalogue.theme_get(slug)
    if found is None:
        raise Http404
    form = search_form(request, _lang(), initial_theme=slug)
    return render(request, "web/theme.html", {"theme": found, "results": search_results(request, form, _lang())})


@require_safe
def service(request: HttpRequest, pk: int) -> HttpResponse:
    found = catalogue.service_detail(pk)
    if found is None:
        raise Http404
    codes = [c.code for c in found.classifications.all()]
    return render(request, "web/service.html", {
        "service": found,
        "themes": [t for t in catalogue.themes_visible() if t.slug in catalogue.theme_slugs_for(
            codes=codes, themes=catalogue.themes_visible())],
        "target_groups": [c for c in found.classifications.all() if c.kind == Classification.Kind.TARGET_GROUP],
        "connections": list(found.connections.all()),
    })


@require_safe
def organization(request: HttpRequest, pk: int) -> HttpResponse:
    found = catalogue.organization_detail(pk)
    if found is None:
        raise Http404
    return render(request, "web/organization.html", {
        "organization": found, "services": catalogue.organization_services(found),
    })


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
