"""The referral basket: add items (the contract other pages post to), remove them, edit and issue the referral."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from tarjotin.guidance import audit
from tarjotin.guidance.selectors import basket_of, referral_items_now
from tarjotin.guidance.services import (
    MAX_ITEMS,
    basket_get_or_create,
    basket_item_remove,
    basket_items_add,
    referral_draft_update,
    referral_issue,
)

from .access import lang, professional_required
from .auth_views import safe_next
from .forms import ReferralForm


@require_POST
@professional_required
def basket_add(request: HttpRequest) -> HttpResponse:
    """POST `item` (repeated; "service:<pk>" or "event:<pk>") and an optional same-site `next`."""
    refs = request.POST.getlist("item")[:MAX_ITEMS]
    added = basket_items_add(user=request.user, tray=request.tray, refs=refs, language=lang())
    if added:
        messages.success(request, ngettext("%(n)d item added to the referral.", "%(n)d items added to the referral.",
                                           added) % {"n": added})
    else:
        messages.info(request, _("Nothing was added: the items are already in the referral or no longer available."))
    return redirect(safe_next(request, request.POST.get("next"), "web:guidance:basket"))


@require_POST
@professional_required
def basket_remove(request: HttpRequest) -> HttpResponse:
    raw = request.POST.get("item_id", "")
    if raw.isdigit() and basket_item_remove(user=request.user, tray=request.tray, item_id=int(raw)):
        messages.success(request, _("The item was removed from the referral."))
    return redirect("web:guidance:basket")


def _initial(referral) -> dict:
    return {"note": referral.note, "language": referral.language, "easy_read": referral.easy_read,
            "codes": referral.codes}


def _save(request: HttpRequest, referral, form: ReferralForm) -> HttpResponse | None:
    """Saves the editor; issues the referral when that button was pressed. None: show the form again."""
    data = form.cleaned_data
    try:
        referral_draft_update(referral=referral, user=request.user, note=data["note"], language=data["language"],
                              easy_read=data["easy_read"], codes=data["codes"])
        if request.POST.get("action") != "issue":
            messages.success(request, _("The referral was saved."))
            return redirect("web:guidance:basket")
        issued = referral_issue(referral=referral, user=request.user)
    except ValidationError as error:
        form.add_error(None, error)
        return None
    messages.success(request, _("The referral is ready and the guidance is recorded."))
    return redirect("web:guidance:referral", pk=issued.pk)


@require_http_methods(["GET", "HEAD", "POST"])
@professional_required
def basket(request: HttpRequest) -> HttpResponse:
    current = lang()
    referral = basket_of(user=request.user, tray=request.tray)
    if request.method == "POST":
        referral = referral or basket_get_or_create(user=request.user, tray=request.tray, language=current)
        form = ReferralForm(request.POST, lang=current)
        if form.is_valid():
            response = _save(request, referral, form)
            if response is not None:
                return response
    else:
        form = ReferralForm(initial=_initial(referral) if referral else {"language": current, "codes": ["OAB63"]},
                            lang=current)
        if referral is not None:
            audit.guidance_audit(user=request.user, action=audit.VIEW, tray=request.tray, obj=referral)
    views = referral_items_now(referral) if referral else []
    return render(request, "web/guidance/basket.html", {"referral": referral, "items": views, "form": form,
                                                        "max_items": MAX_ITEMS})
