"""Resident page views: they read through selectors and render templates, nothing more."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from tarjotin.catalogue import selectors as catalogue
from tarjotin.catalogue.models import Classification
from tarjotin.geo.selectors import municipalities_of_county
from tarjotin.search.selectors import SearchFilters, search_query

from .forms import SearchForm

PAGE_SIZE = 20
ONLINE_KINDS = ("webpage", "echannel", "form")


def _lang() -> str:
    return (get_language() or "fi")[:2]


def _county() -> str:
    return settings.TARJOTIN["TRAY_COUNTY"]


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", {"themes": catalogue.themes_visible()})


def _form(request: HttpRequest, initial_theme: str = "") -> SearchForm:
    data = request.GET.copy()
    if initial_theme and not data.get("theme"):
        data["theme"] = initial_theme
    return SearchForm(
        data,
        themes=catalogue.themes_visible(),
        municipalities=municipalities_of_county(_county()),
        target_groups=catalogue.classifications_of(Classification.Kind.TARGET_GROUP).filter(code__startswith="KR1"),
        lang=_lang(),
    )


def _filters(form: SearchForm) -> SearchFilters:
    data = form.cleaned_data if form.is_valid() else {}
    kinds = list(data.get("channel") or [])
    if "online" in kinds:
        kinds = [k for k in kinds if k != "online"] + list(ONLINE_KINDS)
    municipality = data.get("municipality")
    return SearchFilters(
        themes=(data["theme"],) if data.get("theme") else (),
        # Without a municipality the tray still shows only its own area (and nationwide services).
        municipalities=(municipality,) if municipality else tuple(m.code for m in form.municipality_objects),
        target_groups=(data["target_group"],) if data.get("target_group") else (),
        languages=(data["language"],) if data.get("language") else (),
        free=True if data.get("free") else None,
        channel_kinds=tuple(kinds),
    )


def _results(request: HttpRequest, form: SearchForm) -> dict:
    text = form.query_text()
    page_number = request.GET.get("page", "1")
    number = int(page_number) if page_number.isdigit() and 0 < int(page_number) < 10_000 else 1
    found = search_query(text=text, lang=_lang(), filters=_filters(form), offset=(number - 1) * PAGE_SIZE,
                         limit=PAGE_SIZE)
    paginator = Paginator(range(found.total), PAGE_SIZE)
    page = paginator.get_page(number)
    params = request.GET.copy()
    params.pop("page", None)
    return {"form": form, "query": text, "total": found.total, "page": page,
            "services": catalogue.services_by_ids(found.ids), "base_query": params.urlencode()}


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    form = _form(request)
    return render(request, "web/search.html", _results(request, form))


@require_safe
def theme(request: HttpRequest, slug: str) -> HttpResponse:
    found = catalogue.theme_get(slug)
    if found is None:
        raise Http404
    form = _form(request, initial_theme=slug)
    return render(request, "web/theme.html", {"theme": found, **_results(request, form)})


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
