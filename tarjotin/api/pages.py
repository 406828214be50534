"""The API's own pages: its documentation in fi/sv/en, and the OpenAPI document readable from any site."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularYAMLAPIView

from tarjotin.core.text import UI_LANGUAGES

from .base import CORS
from .language import language_of


@require_safe
def api_redirect(request: HttpRequest) -> HttpResponse:
    """/api/ → the documentation in the language the browser asks for."""
    lang = (translation.get_language() or "fi")[:2]
    with translation.override(lang if lang in UI_LANGUAGES else "fi"):
        return HttpResponseRedirect(reverse("api:docs"))


def _examples(request: HttpRequest, lang: str) -> dict[str, str]:
    base = request.build_absolute_uri("/").rstrip("/")
    return {
        "search": f"{base}/api/v1/search/?q=uinti&municipality=905&lang={lang}",
        "services": f"{base}/api/v1/services/?theme=liikunta&free=true&page_size=5&lang={lang}",
        "service": f"{base}/api/v1/services/1/?lang={lang}",
        "events": f"{base}/api/v1/events/?tray=pohjanmaa&start=2026-06-01&end=2026-06-30",
        "hsds": f"{base}/api/hsds/services?per_page=10",
        "widget": request.build_absolute_uri(reverse("web:widget:themes")),
        "widget_js": request.build_absolute_uri(settings.STATIC_URL + "web/widget.js"),
    }


@require_safe
def api_page(request: HttpRequest) -> HttpResponse:
    lang = language_of(request.path_info)
    rate = settings.REST_FRAMEWORK.get("DEFAULT_THROTTLE_RATES", {}).get("client", "")
    with translation.override(lang):
        response = render(request, "api/index.html", {
            "examples": _examples(request, lang), "rate": rate.split("/")[0],
        })
    response["Content-Language"] = lang
    return response


class _Cors:
    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        for name, value in CORS.items():
            response[name] = value
        return response


class OpenApiJson(_Cors, SpectacularJSONAPIView):
    pass


class OpenApiYaml(_Cors, SpectacularYAMLAPIView):
    pass
