"""Recording guidance with OAB codes (without a referral too) and the statistics pages and CSV."""

from __future__ import annotations

import csv
from dataclasses import dataclass

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_safe

from tarjotin.core.text import pick_text
from tarjotin.guidance import audit
from tarjotin.guidance.codes import oab_codes
from tarjotin.guidance.selectors import professional_of
from tarjotin.guidance.services import guidance_record
from tarjotin.guidance.statistics import guidance_statistics, statistics_rows
from tarjotin.trays.selectors import tray_themes

from .access import lang, national_allowed, professional_required, statistics_required
from .forms import RecordForm, StatisticsForm

CHART_WIDTH = 300  # the longest bar, in SVG user units
LABEL_WIDTH = 70
ROW = 22


@require_http_methods(["GET", "HEAD", "POST"])
@professional_required
def record(request: HttpRequest) -> HttpResponse:
    themes = tray_themes(request.tray)
    if request.method == "POST":
        form = RecordForm(request.POST, lang=lang(), themes=themes)
        if form.is_valid():
            professional = professional_of(request.user)
            events = guidance_record(user=request.user, tray=request.tray, unit=professional.unit,
                                     codes=form.cleaned_data["codes"], on=form.cleaned_data["day"],
                                     themes=form.cleaned_data["themes"])
            messages.success(request, ngettext("%(n)d guidance recorded.", "%(n)d guidances recorded.",
                                               len(events)) % {"n": len(events)})
            return redirect("web:guidance:record")
    else:
        form = RecordForm(initial={"day": timezone.localdate()}, lang=lang(), themes=themes)
    descriptions = [c.description_in(lang()) for c in oab_codes()]
    return render(request, "web/guidance/record.html", {
        "form": form, "code_boxes": list(zip(form["codes"], descriptions, strict=False)), "lang": lang()})


def _theme_names(tray, current: str) -> dict[str, str]:
    return {t.slug: pick_text(t.name, current) or t.slug for t in tray_themes(tray)} if tray else {}


@dataclass
class Chart:
    """A horizontal bar chart as SVG geometry: the Content-Security-Policy allows no inline styles."""

    bars: list[dict]
    height: int
    width: int = CHART_WIDTH + LABEL_WIDTH + 60


def chart(values: dict[str, int]) -> Chart:
    top = max(values.values(), default=0) or 1
    bars = [{"label": label, "n": n, "y": i * ROW, "text_y": i * ROW + 14, "width": round(CHART_WIDTH * n / top),
             "x": LABEL_WIDTH, "n_x": LABEL_WIDTH + round(CHART_WIDTH * n / top) + 6}
            for i, (label, n) in enumerate(values.items())]
    return Chart(bars=bars, height=max(ROW, len(bars) * ROW))


def _scope(request: HttpRequest, form: StatisticsForm):
    national = form.scope_value() == "national" and national_allowed(request.user)
    return None if national else request.tray, national


@require_safe
@statistics_required
def statistics(request: HttpRequest) -> HttpResponse:
    current = lang()
    form = StatisticsForm(request.GET or None, national_allowed=national_allowed(request.user))
    start, end = form.period()
    tray, national = _scope(request, form)
    stats = guidance_statistics(tray=tray, start=start, end=end, lang=current)
    audit.guidance_audit(user=request.user, action=audit.VIEW, tray=request.tray, what="guidance.statistics")
    themes = _theme_names(request.tray, current)
    totals = stats.month_totals()
    return render(request, "web/guidance/statistics.html", {
        "form": form, "stats": stats, "national": national, "start": start, "end": end, "lang": current,
        "codes": [(c.code, c.name_in(current), stats.by_code[c.code]) for c in oab_codes()],
        "months": [(m, list(counts.values()), totals[m]) for m, counts in stats.by_month.items()],
        "units": list(stats.by_unit.items()),
        "themes": [(themes.get(slug, slug), n) for slug, n in stats.by_theme.items()],
        "code_chart": chart(stats.by_code), "month_chart": chart(totals),
        "query": request.GET.urlencode(),
    })


@require_safe
@statistics_required
def statistics_csv(request: HttpRequest) -> HttpResponse:
    form = StatisticsForm(request.GET or None, national_allowed=national_allowed(request.user))
    start, end = form.period()
    tray, national = _scope(request, form)
    stats = guidance_statistics(tray=tray, start=start, end=end, lang=lang())
    audit.guidance_audit(user=request.user, action="export", tray=request.tray, what="guidance.statistics")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    area = "national" if national else request.tray.slug
    response["Content-Disposition"] = f'attachment; filename="guidance-{area}-{start}-{end}.csv"'
    response.write("\ufeff")  # spreadsheet programs read the Finnish letters right with the mark
    csv.writer(response).writerows(statistics_rows(stats, theme_names=_theme_names(tray, lang())))
    return response
