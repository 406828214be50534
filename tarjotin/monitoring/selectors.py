"""Reads of monitoring: the active campaign, and the sums the reports are built from."""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable, Iterable
from typing import Any

from django.db import DatabaseError
from django.db.models import Count, Q, Sum
from django.utils import timezone

from tarjotin.trays.models import Tray

from . import cache
from .models import CriterionAnswer, DailyVisits, FeedbackAnswer, FeedbackCampaign, SearchDemand

log = logging.getLogger(__name__)


def _campaign_load(tray_id: int, day: dt.date) -> FeedbackCampaign | None:
    return FeedbackCampaign.objects.filter(tray_id=tray_id, starts_on__lte=day, ends_on__gte=day).first()


def campaign_active(*, tray: Tray | None) -> FeedbackCampaign | None:
    """The tray's campaign running today, if any; cached briefly, since every page asks."""
    if tray is None or tray.pk is None:
        return None
    day = timezone.localdate()
    try:
        return cache.campaigns.get((tray.pk, day), lambda: _campaign_load(tray.pk, day))
    except DatabaseError:  # the form then shows collapsed, which is right when in doubt
        log.warning("campaign not read", exc_info=True)
        return None


def campaigns_for(*, trays: Iterable[Tray]) -> list[FeedbackCampaign]:
    return list(FeedbackCampaign.objects.filter(tray__in=list(trays)).select_related("tray"))


def visits_by_tray(*, trays: Iterable[Tray], start: dt.date, end: dt.date) -> dict[int, dict[str, int]]:
    """{tray id: {"front_page": n, "page_loads": n}} over the period, both ends included."""
    rows = (DailyVisits.objects.filter(tray__in=list(trays), day__range=(start, end)).values("tray_id")
            .annotate(front=Sum("front_page"), loads=Sum("page_loads")))
    return {r["tray_id"]: {"front_page": r["front"] or 0, "page_loads": r["loads"] or 0} for r in rows}


def visits_by_day(*, trays: Iterable[Tray], start: dt.date, end: dt.date) -> dict[dt.date, dict[str, int]]:
    """{day: {"front_page": n, "page_loads": n}}, the trays summed; days without visits are left out."""
    rows = (DailyVisits.objects.filter(tray__in=list(trays), day__range=(start, end)).values("day")
            .annotate(front=Sum("front_page"), loads=Sum("page_loads")).order_by("day"))
    return {r["day"]: {"front_page": r["front"] or 0, "page_loads": r["loads"] or 0} for r in rows}


def feedback_counts(*, trays: Iterable[Tray], start: dt.date, end: dt.date, question: str
                    ) -> dict[int, dict[str, int]]:
    """{tray id: {answer: n}} for `question` ("respondent" or "usefulness") over the period."""
    if question not in ("respondent", "usefulness"):
        raise ValueError(question)
    rows = (FeedbackAnswer.objects.filter(tray__in=list(trays), day__range=(start, end))
            .values("tray_id", question).annotate(n=Count("pk")))
    found: dict[int, dict[str, int]] = {}
    for row in rows:
        found.setdefault(row["tray_id"], {})[row[question]] = row["n"]
    return found


def demand_top(*, trays: Iterable[Tray], start: dt.date, end: dt.date, zero_only: bool = False,
               limit: int = 50) -> list[dict[str, Any]]:
    """The most searched queries ({"query", "language", "searches", "zero_results"}), the trays summed; with
    `zero_only`, the queries that found nothing, most frequent first."""
    rows = (SearchDemand.objects.filter(tray__in=list(trays), day__range=(start, end))
            .values("query", "language").annotate(n=Sum("searches"), zero=Sum("zero_results")))
    if zero_only:
        rows = rows.filter(zero__gt=0).order_by("-zero", "-n", "query")
    else:
        rows = rows.order_by("-n", "query")
    return [{"query": r["query"], "language": r["language"], "searches": r["n"] or 0, "zero_results": r["zero"] or 0}
            for r in rows[:limit]]


def demand_totals(*, trays: Iterable[Tray], start: dt.date, end: dt.date) -> dict[str, int]:
    found = SearchDemand.objects.filter(tray__in=list(trays), day__range=(start, end)).aggregate(
        searches=Sum("searches"), zero=Sum("zero_results"), queries=Count("query", distinct=True))
    return {"searches": found["searches"] or 0, "zero_results": found["zero"] or 0, "queries": found["queries"] or 0}


def criteria_answers(*, tray: Tray, year: int) -> dict[str, CriterionAnswer]:
    return {a.criterion: a for a in CriterionAnswer.objects.filter(tray=tray, year=year)}


def criteria_summary(*, trays: Iterable[Tray], year: int) -> dict[str, dict[str, int]]:
    """{criterion code: {status: number of trays}} for the year."""
    rows = (CriterionAnswer.objects.filter(tray__in=list(trays), year=year).values("criterion", "status")
            .annotate(n=Count("pk")))
    found: dict[str, dict[str, int]] = {}
    for row in rows:
        found.setdefault(row["criterion"], {})[row["status"]] = row["n"]
    return found


def criteria_answered_by_tray(*, trays: Iterable[Tray], year: int) -> dict[int, dict[str, int]]:
    """{tray id: {status: n}}: how far each tray has got with the year's self-assessment."""
    rows = (CriterionAnswer.objects.filter(tray__in=list(trays), year=year).values("tray_id")
            .annotate(met=Count("pk", filter=Q(status="met")), partly=Count("pk", filter=Q(status="partly")),
                      not_met=Count("pk", filter=Q(status="not-met"))))
    return {r["tray_id"]: {"met": r["met"], "partly": r["partly"], "not-met": r["not_met"]} for r in rows}


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """A selector of an app that may not have it yet; None then, and the report says "not available"."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def assessment_counts(*, tray: Tray | None, start: dt.date, end: dt.date) -> dict[str, int] | None:
    """{"started": n, "completed": n} of the wellbeing self-assessment, or None when it is not available."""
    return _call(_optional("tarjotin.survey.selectors", "assessment_counts"), tray=tray, start=start, end=end)


def guidance_counts(*, tray: Tray | None, start: dt.date, end: dt.date) -> dict[str, int] | None:
    """{OAB code: n} of recorded guidance, or None when it is not available."""
    return _call(_optional("tarjotin.guidance.selectors", "guidance_counts"), tray=tray, start=start, end=end)


def _call(func: Callable[..., Any] | None, **kwargs: Any) -> Any:
    if func is None:
        return None
    try:
        return func(**kwargs)
    except (DatabaseError, TypeError, ValueError):  # a half-built app must not take the report down
        log.warning("%s failed", getattr(func, "__qualname__", func), exc_info=True)
        return None
