"""Report pages for tray admins and the national admin: overview, search demand, minimum criteria, exports."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from tarjotin.monitoring import reports, selectors
from tarjotin.monitoring.criteria import criteria_source
from tarjotin.monitoring.tables import Table, bar_chart, table_csv
from tarjotin.trays.access import trays_changeable

from .access import Scope, with_scope
from .forms import PRESETS, Period, period_from

FIRST_YEAR = 2024


def _lang() -> str:
    return (get_language() or "fi")[:2]


def year_from(params) -> int:
    """?year= within the years the self-assessment can be answered for; the current year otherwise."""
    this_year = timezone.localdate().year
    try:
        year = int(params.get("year", ""))
    except ValueError:
        return this_year
    return year if FIRST_YEAR <= year <= this_year + 1 else this_year


def year_choices() -> list[int]:
    return list(range(timezone.localdate().year + 1, FIRST_YEAR - 1, -1))


def _overview_tables(scope: Scope, period: Period, lang: str) -> dict[str, list[Table] | Table | None]:
    args = {"trays": scope.trays, "start": period.start, "end": period.end, "lang": lang}
    return {
        "visits": reports.visits_tables(**args),
        "feedback": reports.feedback_tables(**args),
        "assessments": reports.assessment_table(**args),
        "guidance": reports.guidance_table(**args),
    }


def _criteria_tables(scope: Scope, year: int, lang: str) -> list[Table]:
    tables = []
    if len(scope.trays) > 1:
        tables.append(reports.criteria_summary_table(trays=scope.trays, year=year, lang=lang))
        tables.append(reports.criteria_by_tray_table(trays=scope.trays, year=year, lang=lang))
    else:
        tables.append(reports.criteria_tray_table(tray=scope.trays[0], year=year, lang=lang))
    return tables


def _flat(found) -> list[Table]:
    tables: list[Table] = []
    for value in found.values() if isinstance(found, dict) else [found]:
        if isinstance(value, Table):
            tables.append(value)
        elif isinstance(value, list):
            tables.extend(value)
    return tables


def _shown(tables: list[Table]) -> list[dict]:
    return [{"table": t, "chart": bar_chart(t)} for t in tables]


def _context(request: HttpRequest, scope: Scope, period: Period | None, form=None, **extra) -> dict:
    query = "&".join(q for q in (scope.query, period.query if period else "", extra.pop("query", "")) if q)
    return {"scope": scope, "period": period, "period_form": form, "presets": PRESETS, "query": query,
            "is_national": scope.national, **extra}


@require_safe
@with_scope
def index(request: HttpRequest, scope: Scope) -> HttpResponse:
    period, form = period_from(request.GET)
    found = _overview_tables(scope, period, _lang())
    return render(request, "web/reports/index.html", _context(
        request, scope, period, form,
        visits=_shown(found["visits"]), feedback=_shown(found["feedback"]),
        assessments=_shown([found["assessments"]])[0] if found["assessments"] else None,
        guidance=_shown([found["guidance"]])[0] if found["guidance"] else None))


@require_safe
@with_scope
def demand(request: HttpRequest, scope: Scope) -> HttpResponse:
    period, form = period_from(request.GET)
    tables = reports.demand_tables(trays=scope.trays, start=period.start, end=period.end)
    totals = selectors.demand_totals(trays=scope.trays, start=period.start, end=period.end)
    return render(request, "web/reports/demand.html", _context(
        request, scope, period, form, tables=_shown(tables), totals=totals))


@require_safe
@with_scope
def criteria(request: HttpRequest, scope: Scope) -> HttpResponse:
    year = year_from(request.GET)
    editable = {t.pk for t in trays_changeable(request.user)}
    return render(request, "web/reports/criteria.html", _context(
        request, scope, None, tables=_shown(_criteria_tables(scope, year, _lang())), year=year, query=f"year={year}",
        years=year_choices(), source=criteria_source(_lang()),
        editable=[t for t in scope.trays if t.pk in editable]))


PAGES = ("overview", "demand", "criteria")


@require_safe
@with_scope
def export(request: HttpRequest, scope: Scope, page: str, key: str) -> HttpResponse:
    """One table of a report page as CSV, small counts of people hidden."""
    lang = _lang()
    if page == "criteria":
        year = year_from(request.GET)
        tables, stamp = _criteria_tables(scope, year, lang), str(year)
    elif page in ("overview", "demand"):
        period, _form = period_from(request.GET)
        found = (_overview_tables(scope, period, lang) if page == "overview"
                 else reports.demand_tables(trays=scope.trays, start=period.start, end=period.end))
        tables, stamp = _flat(found), f"{period.start:%Y%m%d}-{period.end:%Y%m%d}"
    else:
        raise Http404
    table = next((t for t in tables if t.key == key), None)
    if table is None:
        raise Http404
    response = HttpResponse(table_csv(table), content_type="text/csv; charset=utf-8")
    who = scope.chosen.slug if scope.chosen else "all"
    response["Content-Disposition"] = f'attachment; filename="{key}-{who}-{stamp}.csv"'
    return response
