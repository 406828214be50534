"""The client's page of a referral: no login, opened with the link's token; a clear page when it is gone."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from tarjotin.guidance.pdf import referral_pdf
from tarjotin.guidance.selectors import referral_by_token, referral_items_now

from .access import lang
from .present import referral_document
from .referral import client_link, url_maker


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _gone(request: HttpRequest, state: str) -> HttpResponse:
    """410 for an expired link, 404 for one that never was; neither says whether the other is the case."""
    return _private(render(request, "web/guidance/client_gone.html", {"state": state},
                           status=410 if state == "expired" else 404))


@require_safe
def client_page(request: HttpRequest, token: str) -> HttpResponse:
    """In the page's language: the link opens in the referral's, and the client may switch."""
    found = referral_by_token(token)
    if found.referral is None:
        return _gone(request, found.state)
    current = lang()
    doc = referral_document(found.referral, referral_items_now(found.referral), lang=current,
                            link=client_link(request, found.referral), url_for=url_maker(request, current))
    return _private(render(request, "web/guidance/client.html", {"doc": doc, "token": token}))


@require_safe
def client_pdf(request: HttpRequest, token: str) -> HttpResponse:
    found = referral_by_token(token)
    if found.referral is None:
        return _gone(request, found.state)
    current = lang()
    doc = referral_document(found.referral, referral_items_now(found.referral), lang=current,
                            link=client_link(request, found.referral), url_for=url_maker(request, current))
    response = HttpResponse(referral_pdf(doc), content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="referral.pdf"'
    return _private(response)
