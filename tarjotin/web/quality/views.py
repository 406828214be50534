"""Data-quality pages: the tray's organisations with their scores, each one's fix list, CSV, the rules."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_safe

from tarjotin.core.text import pick_text
from tarjotin.quality import selectors as quality
from tarjotin.quality.export import fixlist_csv
from tarjotin.quality.links import ptv_edit_url
from tarjotin.quality.registry import WEIGHTS, item_kind_label, rules_all

NO_ORGANIZATION = "-"  # the address of the items that name no organisation
# Counts read best with the largest first; names and scores from the start of the alphabet or the worst.
DESCENDING_FIRST = ("items", "errors", "warnings", "notices")


def _lang() -> str:
    return (get_language() or "fi")[:2]


def _county(request: HttpRequest) -> str:
    """The tray's county; "" (the whole country) for the national tray or before any tray is set up."""
    tray = getattr(request, "tray", None)
    return tray.county_id or "" if tray and not tray.is_national else ""


def origin_of(slug: str) -> str:
    return "" if slug == NO_ORGANIZATION else slug


def slug_of(origin_id: str) -> str:
    return origin_id or NO_ORGANIZATION


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    numeric: bool
    href: str  # the sort link
    aria_sort: str  # "ascending" | "descending" | ""


def _columns(current: str) -> list[Column]:
    labels = [("name", gettext("Organisation")), ("score", gettext("Score")), ("items", gettext("Items")),
              ("errors", gettext("Errors")), ("warnings", gettext("Warnings")), ("notices", gettext("Notices"))]
    columns = []
    for key, label in labels:
        if current.lstrip("-") == key:
            target = key if current.startswith("-") else f"-{key}"
            state = "descending" if current.startswith("-") else "ascending"
        else:
            target, state = (f"-{key}" if key in DESCENDING_FIRST else key), ""
        columns.append(Column(key, label, key != "name", f"?sort={target}", state))
    return columns


@require_safe
def overview(request: HttpRequest) -> HttpResponse:
    run, county = quality.run_latest(), _county(request)
    sort = quality.sort_key(request.GET.get("sort", ""))
    rows = quality.organizations_in_area(run, county, sort=sort, lang=_lang()) if run else []
    return render(request, "web/quality/overview.html", {
        "run": run, "area": quality.area_score(run, county) if run else None,
        "trend": quality.area_trend(county), "rows": [(r, slug_of(r.origin_id)) for r in rows],
        "columns": _columns(sort), "sort": sort, "weights": WEIGHTS,
    })


def _organization(origin_slug: str):
    run = quality.run_latest()
    found = quality.organization_score(run, origin_of(origin_slug)) if run else None
    if found is None:
        raise Http404
    return run, found


@require_safe
def organization(request: HttpRequest, origin_id: str) -> HttpResponse:
    run, score = _organization(origin_id)
    items = quality.organization_fixes(run, score.origin_id)
    return render(request, "web/quality/organization.html", {
        "run": run, "score": score, "slug": slug_of(score.origin_id), "items": items,
        "trend": quality.organization_trend(score.origin_id),
        "org_edit_url": ptv_edit_url("organization", score.origin_id),
    })


@require_safe
def fixlist(request: HttpRequest, origin_id: str) -> HttpResponse:
    run, score = _organization(origin_id)
    name = pick_text(score.name, _lang()) or gettext("No organisation named")
    body = fixlist_csv(quality.organization_fixes(run, score.origin_id), organization=name, lang=_lang())
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    filename = f"korjauslista-{slug_of(score.origin_id)}-{run.started_at:%Y%m%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_safe
def rules(request: HttpRequest) -> HttpResponse:
    return render(request, "web/quality/rules.html", {
        "rules": [(r, [item_kind_label(k) for k in r.kinds]) for r in rules_all()], "weights": WEIGHTS,
    })
