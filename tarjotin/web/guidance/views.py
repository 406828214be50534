"""The professional area's front page: what to do next, the open referral and the latest ones."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from tarjotin.guidance import audit
from tarjotin.guidance.selectors import basket_of, professional_of, referrals_recent

from .access import professional_required


@require_safe
@professional_required
def home(request: HttpRequest) -> HttpResponse:
    audit.guidance_audit(user=request.user, action=audit.VIEW, tray=request.tray, what="guidance.referral_list")
    draft = basket_of(user=request.user, tray=request.tray)
    return render(request, "web/guidance/home.html", {
        "professional": professional_of(request.user),
        "draft_count": draft.items.count() if draft else 0,
        "referrals": referrals_recent(user=request.user, tray=request.tray), "now": timezone.now(),
    })
