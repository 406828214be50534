"""An issued referral: the professional's page, print page, PDF, QR code, JSON export and e-mail."""

from __future__ import annotations

import json
import logging

from django.conf import settings
from django.contrib import messages
from django.core.mail import send_mail
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from tarjotin.guidance import audit
from tarjotin.guidance.export import referral_export, referral_schema
from tarjotin.guidance.pdf import referral_pdf
from tarjotin.guidance.qr import qr_svg
from tarjotin.guidance.selectors import referral_items_now, referral_of

from .access import lang, professional_required
from .forms import EmailForm
from .present import referral_document

log = logging.getLogger(__name__)


def url_maker(request: HttpRequest, language: str):
    def url_for(kind: str, pk: int) -> str:
        with translation.override(language):
            return request.build_absolute_uri(reverse("web:service" if kind == "service" else "web:event", args=[pk]))
    return url_for


def client_link(request: HttpRequest, referral) -> str:
    with translation.override(referral.language):
        return request.build_absolute_uri(reverse("web:guidance:client", args=[referral.token]))


def _found(request: HttpRequest, pk: int):
    referral = referral_of(pk=pk, user=request.user, tray=request.tray)
    if referral is None:
        raise Http404
    return referral


def email_enabled() -> bool:
    return bool(getattr(settings, "TARJOTIN_GUIDANCE", {}).get("EMAIL_ENABLED"))


def document_for(request: HttpRequest, referral, language: str):
    """The referral's texts in `language`; the caller has that language active."""
    return referral_document(referral, referral_items_now(referral), lang=language,
                             link=client_link(request, referral), url_for=url_maker(request, language))


@require_safe
@professional_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    referral = _found(request, pk)
    audit.guidance_audit(user=request.user, action=audit.VIEW, tray=request.tray, obj=referral)
    return render(request, "web/guidance/referral.html", {
        "referral": referral, "items": referral_items_now(referral), "link": client_link(request, referral),
        "email_form": EmailForm() if email_enabled() else None, "page_lang": lang(),
    })


@require_safe
@professional_required
def print_page(request: HttpRequest, pk: int) -> HttpResponse:
    """In the referral's language, whatever the professional's: it is the client's paper."""
    referral = _found(request, pk)
    audit.guidance_audit(user=request.user, action=audit.VIEW, tray=request.tray, obj=referral)
    with translation.override(referral.language):
        doc = document_for(request, referral, referral.language)
        return render(request, "web/guidance/print.html", {"referral": referral, "doc": doc})


@require_safe
@professional_required
def pdf(request: HttpRequest, pk: int) -> HttpResponse:
    referral = _found(request, pk)
    audit.guidance_audit(user=request.user, action="export", tray=request.tray, obj=referral)
    with translation.override(referral.language):
        body = referral_pdf(document_for(request, referral, referral.language))
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="referral-{referral.pk}.pdf"'
    return response


@require_safe
@professional_required
def qr(request: HttpRequest, pk: int) -> HttpResponse:
    referral = _found(request, pk)
    return HttpResponse(qr_svg(client_link(request, referral)), content_type="image/svg+xml")


@require_safe
@professional_required
def export_json(request: HttpRequest, pk: int) -> HttpResponse:
    referral = _found(request, pk)
    audit.guidance_audit(user=request.user, action="export", tray=request.tray, obj=referral)
    data = referral_export(referral, items=referral_items_now(referral), link=client_link(request, referral),
                           url_for=url_maker(request, referral.language))
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="referral-{referral.pk}.json"'
    return response


@require_safe
def schema(request: HttpRequest) -> HttpResponse:
    """The referral format is public: systems that take referrals in need it without a login."""
    return HttpResponse(json.dumps(referral_schema(), ensure_ascii=False, indent=2),
                        content_type="application/schema+json")


@require_POST
@professional_required
def email(request: HttpRequest, pk: int) -> HttpResponse:
    """The address goes to the mail server once; it is not saved, logged or put in the audit trail."""
    referral = _found(request, pk)
    form = EmailForm(request.POST)
    if not email_enabled() or not form.is_valid():
        messages.error(request, _("Give a valid e-mail address."))
        return redirect("web:guidance:referral", pk=referral.pk)
    with translation.override(referral.language):
        doc = document_for(request, referral, referral.language)
        body = render_to_string("web/guidance/email.txt", {"doc": doc})
        subject = f"{doc.title} – {doc.tray_name}"
    try:
        send_mail(subject, body, None, [form.cleaned_data["address"]])
    except Exception:  # a mail server down or refusing must not lose the professional's page
        log.warning("sending a referral by e-mail failed", exc_info=False)
        messages.error(request, _("The e-mail could not be sent. Give the client the link or the paper instead."))
        return redirect("web:guidance:referral", pk=referral.pk)
    audit.guidance_audit(user=request.user, action="send", tray=request.tray, obj=referral)
    messages.success(request, _("The referral was sent by e-mail. The address was not saved."))
    return redirect("web:guidance:referral", pk=referral.pk)
