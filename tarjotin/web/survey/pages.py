"""What the self-assessment templates show: a step's questions with their choices, results with reasons."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest
from django.urls import reverse

from tarjotin.core.text import pick_text
from tarjotin.geo.models import Municipality
from tarjotin.survey.answers import Answers
from tarjotin.survey.questionnaire import SKIPPED
from tarjotin.survey.scoring import Area
from tarjotin.survey.selectors import Suggestions, TraySurvey, suggestions_for, survey_assess

from ..events import event_rows

# Each area with suggestions costs a search and an events query; the rest link to their theme page.
MAX_SUGGESTED_AREAS = 4


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    checked: bool


@dataclass(frozen=True)
class QuestionView:
    id: str
    text: str
    hint: str
    choices: tuple[Choice, ...]
    skipped: bool = False  # answered "I would rather not say" (or left empty) before


@dataclass
class AreaView:
    theme: Any  # the tray's ThemeView
    reasons: list[str]
    suggestions: Suggestions | None = None
    event_rows: list = field(default_factory=list)


def _municipalities(codes: tuple[str, ...], lang: str) -> list[tuple[str, str]]:
    found = Municipality.objects.filter(code__in=codes)
    return sorted(((m.code, pick_text(m.name, lang)) for m in found), key=lambda pair: pair[1])


def _question_views(survey: TraySurvey, number: int, answers: Answers, lang: str) -> list[QuestionView]:
    return [
        QuestionView(q.id, pick_text(q.text, lang), pick_text(q.hint, lang), tuple(
            Choice(str(o.value), pick_text(o.label, lang), answers.value(q.id) == o.value) for o in q.options),
            skipped=answers.value(q.id) == SKIPPED)
        for q in survey.steps[number - 1].questions
    ]


def _background_views(survey: TraySurvey, answers: Answers, lang: str) -> tuple[QuestionView, QuestionView]:
    background = survey.questionnaire.background
    age = QuestionView("age", pick_text(background.age_text, lang), pick_text(background.age_hint, lang), tuple(
        Choice(str(a.value), pick_text(a.label, lang), answers.age == a.value) for a in background.ages),
        skipped=answers.age == SKIPPED)
    area = QuestionView("area", pick_text(background.area_text, lang), pick_text(background.area_hint, lang), tuple(
        Choice(code, name, answers.area == code) for code, name in _municipalities(survey.municipalities, lang)))
    return age, area


def step_context(survey: TraySurvey, number: int, answers: Answers, lang: str) -> dict[str, Any]:
    background = number == survey.step_count
    context: dict[str, Any] = {
        "survey": survey, "number": number, "step_count": survey.step_count, "state": answers.encode(),
        "last": background,
    }
    if background:
        context["title"] = pick_text(survey.questionnaire.background.title, lang)
        context["questions"] = []
        context["age"], context["area"] = _background_views(survey, answers, lang)
    else:
        context["title"] = pick_text(survey.steps[number - 1].title, lang)
        context["questions"] = _question_views(survey, number, answers, lang)
    return context


def _area_view(area: Area, survey: TraySurvey, lang: str) -> AreaView:
    return AreaView(theme=survey.themes[area.theme], reasons=[pick_text(r.said, lang) for r in area.reasons])


def _suggest(request: HttpRequest, views: list[AreaView], survey: TraySurvey, answers: Answers, lang: str) -> None:
    """Suggestions for the first areas, each service suggested once only (under the lowest area)."""
    age = survey.questionnaire.background.age(answers.age) if answers.age else None
    seen: set[int] = set()
    for view in views[:MAX_SUGGESTED_AREAS]:
        view.suggestions = suggestions_for(
            tray=request.tray, theme=view.theme, lang=lang, municipality=answers.municipality, age=age,
            age_groups=survey.questionnaire.age_groups, exclude=seen)
        seen |= {s.service.pk for s in view.suggestions.services}
        view.event_rows = event_rows(list(view.suggestions.events))


def _basket(views: list[AreaView]) -> list[tuple[str, dict[str, str]]]:
    """("service:<pk>" or "event:<pk>", name) of every suggestion, for a professional's referral."""
    items: dict[str, dict[str, str]] = {}
    for view in views:
        if view.suggestions is not None:
            items.update({f"service:{s.service.pk}": s.service.name for s in view.suggestions.services})
            items.update({f"event:{e.pk}": e.name for e in view.suggestions.events})
    return list(items.items())


def results_context(request: HttpRequest, survey: TraySurvey, answers: Answers, lang: str) -> dict[str, Any]:
    assessment = survey_assess(survey, answers)
    strengthen = [_area_view(a, survey, lang) for a in assessment.strengthen]
    between = [_area_view(a, survey, lang) for a in assessment.between]
    strong = [_area_view(a, survey, lang) for a in assessment.strong]
    # With nothing to strengthen, the areas in between get the ideas instead.
    suggested = strengthen or between
    _suggest(request, suggested, survey, answers, lang)
    query = answers.encode()
    municipality = Municipality.objects.filter(code=answers.municipality).first() if answers.municipality else None
    return {
        "survey": survey, "assessment": assessment, "strengthen": strengthen, "between": between, "strong": strong,
        "ideas_between": not strengthen, "basket": _basket(suggested), "municipality": municipality,
        "link": request.build_absolute_uri(f"{reverse('web:survey:results')}?{query}"),
        "change_url": f"{reverse('web:survey:step', args=[1])}?{query}",
    }
