"""Nothing personal is kept: no session, person, address or answer set, and no cookie from the flow."""

from __future__ import annotations

import re
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import models

from tarjotin.survey.models import AnswerCount, DailyCount

from .conftest import LOW

SURVEY = Path(__file__).resolve().parents[2] / "tarjotin" / "survey"
WEB = Path(__file__).resolve().parents[2] / "tarjotin" / "web" / "survey"
PERSONAL = re.compile(r"session|user|ip|addr|agent|token|uuid|person|client|answers|created|time", re.IGNORECASE)


def test_no_model_has_a_field_that_could_tie_answers_to_anyone():
    for model in apps.get_app_config("survey").get_models():
        for field in model._meta.get_fields():
            assert not PERSONAL.search(field.name), f"{model.__name__}.{field.name}"
            if isinstance(field, models.ForeignKey):
                assert field.related_model._meta.label == "trays.Tray", f"{model.__name__}.{field.name}"
            assert not isinstance(field, models.DateTimeField) or field.name == "updated_at", field.name


def test_counts_are_only_per_day_and_per_month_answer():
    assert {f.name for f in DailyCount._meta.get_fields()} == {"id", "tray", "day", "started", "completed"}
    assert {f.name for f in AnswerCount._meta.get_fields()} == {
        "id", "tray", "month", "version", "question", "value", "count"}


def test_the_code_reads_no_session_address_or_user_agent():
    # The admin is for staff, who log in; everything a resident reaches is checked.
    code = "\n".join(p.read_text(encoding="utf-8") for folder in (SURVEY, WEB) for p in folder.rglob("*.py")
                     if p.name != "admin.py")
    for needle in ("request.session", "REMOTE_ADDR", "HTTP_USER_AGENT", "X_FORWARDED", "set_cookie", "request.user"):
        assert needle not in code


def test_the_whole_flow_sets_no_cookie_and_stores_only_counts(client, walk, demo_catalogue):
    before = {m: m.objects.count() for m in apps.get_app_config("survey").get_models()}
    response = walk("en", {**LOW, "age": "2", "area": "905"})
    assert not client.cookies and not response.cookies
    assert settings.SESSION_COOKIE_NAME not in client.cookies and settings.CSRF_COOKIE_NAME not in client.cookies
    daily = DailyCount.objects.get()
    assert (daily.started, daily.completed) == (1, 1)
    # One row per answer given, each counted on its own: 15 questions, the age group and the municipality.
    assert AnswerCount.objects.count() == before[AnswerCount] + 17
    assert set(AnswerCount.objects.values_list("count", flat=True)) == {1}


def test_a_second_person_with_the_same_answers_only_raises_counts(walk, demo_catalogue):
    walk("fi", {**LOW, "area": "905"})
    rows = AnswerCount.objects.count()
    walk("sv", {**LOW, "area": "905"})
    assert AnswerCount.objects.count() == rows
    assert set(AnswerCount.objects.values_list("count", flat=True)) == {2}
