"""Pages where a tray admin changes monitoring: feedback campaigns and the minimum-criteria self-assessment."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from tarjotin.monitoring import selectors, services
from tarjotin.monitoring.criteria import criteria_list, criteria_source
from tarjotin.monitoring.models import FeedbackCampaign
from tarjotin.monitoring.reports import tray_label
from tarjotin.trays.access import trays_changeable

from .access import scope_for, staff_required, tray_for_change
from .forms import CampaignForm, CriteriaForm
from .views import year_choices, year_from


def _lang() -> str:
    return (get_language() or "fi")[:2]


@require_http_methods(["GET", "HEAD", "POST"])
@staff_required
def campaigns(request: HttpRequest) -> HttpResponse:
    """The campaigns of the trays the user sees; a tray admin adds one for a tray they administer."""
    scope = scope_for(request)
    changeable = list(trays_changeable(request.user).filter(pk__in=[t.pk for t in scope.trays]))
    form = CampaignForm(request.POST or None)
    if request.method == "POST":
        tray = tray_for_change(request, request.POST.get("tray", ""))
        if form.is_valid():
            services.campaign_create(user=request.user, tray=tray, starts_on=form.cleaned_data["starts_on"],
                                     ends_on=form.cleaned_data["ends_on"])
            messages.success(request, _("The campaign was added."))
            return redirect(reverse("web:reports:campaigns") + f"?tray={tray.slug}")
    return render(request, "web/reports/campaigns.html", {
        "scope": scope, "form": form, "query": scope.query,
        "campaigns": selectors.campaigns_for(trays=scope.trays),
        "changeable": [(t, tray_label(t, _lang())) for t in changeable],
        "changeable_ids": {t.pk for t in changeable},
    })


@require_POST
@staff_required
def campaign_delete(request: HttpRequest, pk: int) -> HttpResponse:
    campaign = FeedbackCampaign.objects.select_related("tray").filter(pk=pk).first()
    if campaign is None:
        raise Http404
    tray = tray_for_change(request, campaign.tray.slug)
    services.campaign_delete(user=request.user, campaign=campaign)
    messages.success(request, _("The campaign was removed."))
    return redirect(reverse("web:reports:campaigns") + f"?tray={tray.slug}")


@require_http_methods(["GET", "HEAD", "POST"])
@staff_required
def criteria_edit(request: HttpRequest, slug: str) -> HttpResponse:
    """The tray's self-assessment against the minimum criteria for one year."""
    tray = tray_for_change(request, slug)
    year = year_from(request.GET if request.method != "POST" else request.POST)
    answers = selectors.criteria_answers(tray=tray, year=year)
    form = CriteriaForm(request.POST or None, criteria=criteria_list(), answers=answers, lang=_lang())
    if request.method == "POST" and form.is_valid():
        changed = services.criteria_answers_save(user=request.user, tray=tray, year=year, answers=form.answers())
        messages.success(request, _("Saved: %(n)d answers changed.") % {"n": changed})
        return redirect(reverse("web:reports:criteria") + f"?tray={tray.slug}&year={year}")
    return render(request, "web/reports/criteria_form.html", {
        "tray": tray, "tray_name": tray_label(tray, _lang()), "year": year, "years": year_choices(),
        "form": form, "source": criteria_source(_lang()), "scope": scope_for(request), "query": f"tray={tray.slug}",
    })
