"""The feedback survey on every page: one POST, no cookie, then a thank-you page with a way back."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from tarjotin.monitoring.services import feedback_record

from .forms import FeedbackForm

MAX_NEXT = 500


def same_origin(request: HttpRequest) -> bool:
    """The form was posted from one of this site's own pages. Browsers send Origin with every POST (Referer,
    which the same-origin referrer policy keeps for our own pages, when an old one does not), and a page on
    another site cannot forge either."""
    source = request.META.get("HTTP_ORIGIN") or request.META.get("HTTP_REFERER") or ""
    if not source or source == "null":
        return False
    parts = urlsplit(source)
    return parts.scheme == request.scheme and parts.netloc == request.get_host()


def _back(request: HttpRequest, value: str) -> str:
    """The page the answer was given on, if it is a path on this site; the front page otherwise."""
    value = (value or "")[:MAX_NEXT]
    if value.startswith("/") and url_has_allowed_host_and_scheme(value, allowed_hosts={request.get_host()},
                                                                 require_https=request.is_secure()):
        return value
    return reverse("web:home")


# Exempt from the CSRF middleware, whose token would need a cookie that residents must never get (the tray
# sets none for them). A forged answer needs a cross-site POST, which same_origin() refuses; the form changes
# nothing but one anonymous count, so this is the whole of the protection it needs.
@csrf_exempt
@require_POST
def feedback(request: HttpRequest) -> HttpResponse:
    back = _back(request, request.POST.get("next", ""))
    if not same_origin(request):
        return render(request, "web/reports/feedback.html", {"refused": True, "back": back}, status=403)
    form = FeedbackForm(request.POST)
    if not form.is_valid() or request.tray is None:
        return render(request, "web/reports/feedback.html", {"form": form, "back": back}, status=400)
    feedback_record(tray=request.tray, respondent=form.cleaned_data["respondent"],
                    usefulness=form.cleaned_data["usefulness"])
    return HttpResponseRedirect(reverse("web:reports:feedback-thanks") + "?" + urlencode({"next": back}),
                                status=303)


@require_safe
def feedback_thanks(request: HttpRequest) -> HttpResponse:
    return render(request, "web/reports/feedback_thanks.html", {"back": _back(request, request.GET.get("next", ""))})
