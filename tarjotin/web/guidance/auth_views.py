"""Login and logout of professionals: accounts with lockout, and OpenID Connect when it is configured."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render, resolve_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST

from tarjotin.guidance import audit

from .forms import LoginForm

# The identity provider knows one callback address: the Finnish one, whatever the page's language.
CALLBACK_LANGUAGE = "fi"


def safe_next(request: HttpRequest, raw: str | None, fallback: str = "web:guidance:home") -> str:
    """A same-site path only; anything else (another host, a scheme) falls back."""
    if raw and raw.startswith("/") and url_has_allowed_host_and_scheme(
            raw, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return raw
    return resolve_url(fallback)


def oidc_enabled() -> bool:
    config = getattr(settings, "TARJOTIN_GUIDANCE_OIDC", None)
    return bool(config and config.enabled)


@sensitive_post_parameters("password")
@csrf_protect
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def login_page(request: HttpRequest) -> HttpResponse:
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if request.method == "POST":
        form = LoginForm(request.POST, request=request)
        if form.is_valid():
            login(request, form.user)
            audit.guidance_audit(user=form.user, action="login", tray=request.tray, what="auth.session")
            return HttpResponseRedirect(safe_next(request, next_url))
    else:
        form = LoginForm(request=request)
    return render(request, "web/guidance/login.html", {
        "form": form, "next": next_url if next_url.startswith("/") else "", "oidc": oidc_enabled(),
    })


@require_POST
def logout_page(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        audit.guidance_audit(user=request.user, action="logout", tray=request.tray, what="auth.session")
    logout(request)
    messages.success(request, _("You have logged out."))
    return redirect("web:guidance:login")


@never_cache
def oidc_login(request: HttpRequest) -> HttpResponse:
    if not oidc_enabled():
        raise Http404
    from mozilla_django_oidc.views import OIDCAuthenticationRequestView

    with translation.override(CALLBACK_LANGUAGE):
        return OIDCAuthenticationRequestView.as_view()(request)


@never_cache
def oidc_callback(request: HttpRequest) -> HttpResponse:
    if not oidc_enabled():
        raise Http404
    from mozilla_django_oidc.views import OIDCAuthenticationCallbackView

    with translation.override(CALLBACK_LANGUAGE):
        response = OIDCAuthenticationCallbackView.as_view()(request)
    if request.user.is_authenticated:
        audit.guidance_audit(user=request.user, action="login", tray=request.tray, what="auth.oidc")
    return response
