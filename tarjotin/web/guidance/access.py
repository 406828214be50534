"""Who may use the professional pages: logged-in professionals of the request's tray; statistics also tray admins."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render, resolve_url
from django.utils.translation import get_language

from tarjotin.guidance.selectors import professional_in_tray, professional_trays
from tarjotin.trays.access import tray_viewable, user_is_national


def lang() -> str:
    return (get_language() or "fi")[:2]


def _private(response: HttpResponse) -> HttpResponse:
    """Nothing of the professional area is kept by a shared cache or the browser's back-forward cache."""
    response["Cache-Control"] = "private, no-store"
    return response


def _refused(request: HttpRequest) -> HttpResponse:
    return render(request, "web/guidance/forbidden.html",
                  {"trays": list(professional_trays(request.user))}, status=403)


def professional_required(view: Callable) -> Callable:
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), resolve_url(settings.LOGIN_URL))
        if not professional_in_tray(request.user, request.tray):
            return _private(_refused(request))
        return _private(view(request, *args, **kwargs))
    return wrapper


def can_see_statistics(user, tray) -> bool:
    return professional_in_tray(user, tray) or tray_viewable(user, tray)


def statistics_required(view: Callable) -> Callable:
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), resolve_url(settings.LOGIN_URL))
        if not can_see_statistics(request.user, request.tray):
            return _private(_refused(request))
        return _private(view(request, *args, **kwargs))
    return wrapper


def national_allowed(user) -> bool:
    return user_is_national(user)
