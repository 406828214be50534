"""Answers → life areas: strong ones and ones to strengthen, each with the answers that made it so (pure)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from .answers import Answers
from .questionnaire import SKIPPED, Option, Question, Questionnaire


class Standing(StrEnum):
    STRENGTHEN = "strengthen"
    BETWEEN = "between"
    STRONG = "strong"


@dataclass(frozen=True)
class Reason:
    question: str
    score: int
    said: dict[str, str]  # "You said you rarely meet the people close to you."


@dataclass(frozen=True)
class Area:
    theme: str  # national theme slug
    standing: Standing
    mean: float
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Assessment:
    areas: tuple[Area, ...]
    urgent: bool  # an answer after which the page says where to get help at once
    answered: int  # questions answered (not skipped)

    def of(self, standing: Standing) -> tuple[Area, ...]:
        return tuple(a for a in self.areas if a.standing == standing)

    @property
    def strengthen(self) -> tuple[Area, ...]:
        return self.of(Standing.STRENGTHEN)

    @property
    def strong(self) -> tuple[Area, ...]:
        return self.of(Standing.STRONG)

    @property
    def between(self) -> tuple[Area, ...]:
        return self.of(Standing.BETWEEN)


def _standing(questionnaire: Questionnaire, scores: list[int]) -> Standing:
    """To strengthen: a low mean, or any answer at the very bottom of its scale (one "often lonely" is
    reason enough). Strong: a high mean with no answer in the lower half."""
    mean = sum(scores) / len(scores)
    if mean < questionnaire.strengthen_below or min(scores) == 0:
        return Standing.STRENGTHEN
    if mean >= questionnaire.strong_from and min(scores) >= questionnaire.max_score - 1:
        return Standing.STRONG
    return Standing.BETWEEN


def _reasons(questionnaire: Questionnaire, standing: Standing, chosen: list[tuple[Question, Option]]) -> tuple:
    """What to strengthen is explained by the low answers, lowest first; the rest by every answer."""
    if standing == Standing.STRENGTHEN:
        chosen = sorted((c for c in chosen if c[1].score < questionnaire.max_score - 1), key=lambda c: c[1].score)
    return tuple(Reason(question=q.id, score=o.score, said=o.said) for q, o in chosen)


def assessment_score(answers: Answers, *, questions: Collection[str], themes: Collection[str]) -> Assessment:
    """Only the questions and themes the tray has on count. Areas to strengthen come lowest first, strong
    ones highest first, each group otherwise in questionnaire order."""
    questionnaire = answers.questionnaire
    chosen: list[tuple[Question, Option]] = []
    for question in questionnaire.questions:
        value = answers.value(question.id)
        option = question.option(value) if value not in (None, SKIPPED) and question.id in questions else None
        if option is not None:
            chosen.append((question, option))
    areas = []
    for slug in questionnaire.themes:
        mine = [(q, o) for q, o in chosen if slug in q.themes]
        if slug not in themes or not mine:
            continue
        scores = [o.score for _q, o in mine]
        standing = _standing(questionnaire, scores)
        areas.append(Area(theme=slug, standing=standing, mean=round(sum(scores) / len(scores), 2),
                          reasons=_reasons(questionnaire, standing, mine)))
    order = {Standing.STRENGTHEN: 0, Standing.BETWEEN: 1, Standing.STRONG: 2}
    areas.sort(key=lambda a: (order[a.standing], a.mean if a.standing != Standing.STRONG else -a.mean))
    return Assessment(areas=tuple(areas), urgent=any(o.urgent for _q, o in chosen), answered=len(chosen))
