"""Reads of the self-assessment: a tray's questionnaire, the anonymous counts and the answer distributions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Sum

from tarjotin.catalogue.selectors import themes_visible
from tarjotin.trays.models import Tray
from tarjotin.trays.selectors import tray_themes
from tarjotin.trays.themes import ThemeView, themes_merge

from .answers import AGE, AREA, Answers
from .models import AnswerCount, DailyCount, SurveySettings
from .questionnaire import Question, Questionnaire, Step, questionnaire_current, questionnaire_get
from .scoring import Assessment, assessment_score
from .suggestions import Suggestions, suggestions_for

__all__ = ["AnswerCell", "Suggestions", "TraySurvey", "answer_distribution", "assessment_counts",
           "survey_assess", "survey_for_tray", "suggestions_for"]

SUPPRESS_BELOW = 5  # cells of a distribution smaller than this are not shown: too few to be anonymous


@dataclass(frozen=True)
class TraySurvey:
    """The questionnaire as one tray asks it: its questions and themes on, theme names as the tray has them.
    The steps are the question steps with something left in them, then the background step."""

    questionnaire: Questionnaire
    steps: tuple[Step, ...]
    themes: dict[str, ThemeView]  # national slug → the tray's view of it, for the themes that are on
    municipalities: tuple[str, ...]  # the codes a resident may choose

    @property
    def step_count(self) -> int:
        return len(self.steps) + 1

    @property
    def question_ids(self) -> tuple[str, ...]:
        return tuple(q.id for step in self.steps for q in step.questions)

    def step_keys(self, number: int) -> tuple[str, ...]:
        """The answer keys step `number` (1-based) writes."""
        if number == self.step_count:
            return (AGE, AREA)
        return tuple(q.id for q in self.steps[number - 1].questions)


def _settings(tray: Tray | None) -> SurveySettings | None:
    return SurveySettings.objects.filter(tray=tray).first() if tray is not None and tray.pk else None


def _themes_on(tray: Tray | None, settings: SurveySettings | None) -> dict[str, ThemeView]:
    off = set(settings.themes_off if settings else ())
    national = {t.pk: t.slug for t in themes_visible()}
    # A tray's hidden themes are left out already; without any tray, the national themes as they are.
    views = tray_themes(tray) if tray is not None else themes_merge(themes_visible(), [], tray_slug="")
    return {national[v.theme_id]: v for v in views if v.theme_id in national and national[v.theme_id] not in off}


def survey_for_tray(tray: Tray | None, *, version: int | None = None) -> TraySurvey | None:
    """None when that questionnaire version is not kept."""
    questionnaire = questionnaire_get(version) if version is not None else questionnaire_current()
    if questionnaire is None:
        return None
    settings = _settings(tray)
    themes = _themes_on(tray, settings)
    questions_off = set(settings.questions_off if settings else ())

    def asked(question: Question) -> bool:
        return question.id not in questions_off and any(slug in themes for slug in question.themes)

    steps = tuple(Step(s.id, s.title, tuple(q for q in s.questions if asked(q))) for s in questionnaire.steps)
    return TraySurvey(questionnaire=questionnaire, steps=tuple(s for s in steps if s.questions), themes=themes,
                      municipalities=tuple(tray.municipality_codes) if tray is not None else ())


def survey_assess(survey: TraySurvey, answers: Answers) -> Assessment:
    return assessment_score(answers, questions=survey.question_ids, themes=tuple(survey.themes))


def assessment_counts(*, tray: Tray | None = None, start: date, end: date) -> dict[str, int]:
    """Assessments started and completed from `start` to `end`, both days included; tray None: all trays."""
    rows = DailyCount.objects.filter(day__gte=start, day__lte=end)
    if tray is not None:
        rows = rows.filter(tray=tray)
    totals = rows.aggregate(started=Sum("started"), completed=Sum("completed"))
    return {"started": totals["started"] or 0, "completed": totals["completed"] or 0}


@dataclass(frozen=True)
class AnswerCell:
    """One cell of a month's distribution. `count` is None when suppressed (under SUPPRESS_BELOW)."""

    version: int
    question: str  # a question id, "age" or "area"
    value: str  # the option value, "0" for skipped / not told, or a municipality code for "area"
    count: int | None
    question_text: dict[str, str]
    value_text: dict[str, str]

    @property
    def suppressed(self) -> bool:
        return self.count is None


def _texts(version: int, question: str, value: str) -> tuple[dict[str, str], dict[str, str]]:
    questionnaire = questionnaire_get(version)
    if questionnaire is None:
        return {}, {}
    background = questionnaire.background
    if question == AGE:
        group = background.age(int(value)) if value.isdigit() else None
        return background.age_text, group.label if group else {}
    if question == AREA:
        return background.area_text, {}
    found = questionnaire.question(question)
    option = found.option(int(value)) if found is not None and value.isdigit() else None
    return (found.text if found else {}), (option.label if option else {})


def answer_distribution(*, tray: Tray | None = None, month: date, suppress: bool = True) -> list[AnswerCell]:
    """The month's answers per question and value, summed over all trays when `tray` is None, in
    questionnaire order. Cells under SUPPRESS_BELOW have count None unless `suppress` is False (which only
    code that never shows the figures, such as tests, should ask for)."""
    rows = AnswerCount.objects.filter(month=month.replace(day=1))
    if tray is not None:
        rows = rows.filter(tray=tray)
    summed = rows.values("version", "question", "value").annotate(total=Sum("count"))
    cells = []
    for row in summed:
        count = row["total"]
        question_text, value_text = _texts(row["version"], row["question"], row["value"])
        cells.append(AnswerCell(version=row["version"], question=row["question"], value=row["value"],
                                count=None if suppress and count < SUPPRESS_BELOW else count,
                                question_text=question_text, value_text=value_text))
    return sorted(cells, key=lambda c: (c.version, _position(c.version, c.question), c.value))


def _position(version: int, question: str) -> int:
    questionnaire = questionnaire_get(version)
    ids = [q.id for q in questionnaire.questions] + [AGE, AREA] if questionnaire else []
    return ids.index(question) if question in ids else len(ids)
