"""Writes of the self-assessment: counters only, raised in place so that concurrent requests never lose one."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone

from tarjotin.trays.models import Tray

from .answers import AGE, AREA, Answers
from .models import AnswerCount, DailyCount


def _raise(model: type[models.Model], field: str, keys: dict) -> None:
    """count + 1 on the row of these keys, created at 0 first when missing."""
    if model.objects.filter(**keys).update(**{field: F(field) + 1}):
        return
    try:
        with transaction.atomic():  # a savepoint: losing the race to create the row is not an error
            model.objects.create(**keys)
    except IntegrityError:
        pass
    model.objects.filter(**keys).update(**{field: F(field) + 1})


def assessment_started_record(*, tray: Tray | None, day: date | None = None) -> None:
    if tray is None:
        return
    _raise(DailyCount, "started", {"tray": tray, "day": day or timezone.localdate()})


def assessment_completed_record(*, tray: Tray | None, answers: Answers, questions: Collection[str],
                                day: date | None = None) -> None:
    """The day's completed count, and one count per answer in the month's distribution: only the
    questions the tray asks, and no answer is stored with any other."""
    if tray is None:
        return
    day = day or timezone.localdate()
    month = day.replace(day=1)
    given = [(q, str(answers.value(q))) for q in questions if answers.value(q) is not None]
    given += [(AGE, str(answers.age))] if answers.age is not None else []
    given += [(AREA, answers.area)] if answers.area is not None else []
    with transaction.atomic():
        _raise(DailyCount, "completed", {"tray": tray, "day": day})
        for question, value in given:
            _raise(AnswerCount, "count", {"tray": tray, "month": month, "version": answers.version,
                                          "question": question, "value": value})
