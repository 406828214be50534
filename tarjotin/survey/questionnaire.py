"""The questionnaire as data: versioned JSON files in survey/data, checked against their schema, read once."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import jsonschema

from tarjotin.core.exceptions import TarjotinError

DATA = Path(__file__).resolve().parent / "data"
SCHEMA = DATA / "questionnaire.schema.json"
FILE_NAME = re.compile(r"^questionnaire-v(\d+)\.json$")
SKIPPED = 0  # the value of a question seen but left unanswered ("I'd rather not say")


class QuestionnaireError(TarjotinError):
    """A questionnaire file is missing or does not follow its schema."""


@dataclass(frozen=True)
class Option:
    value: int
    score: int
    label: dict[str, str]
    said: dict[str, str]  # the reason shown in the results: "you said you rarely meet friends"
    urgent: bool = False  # an answer after which the results say where to get help at once


@dataclass(frozen=True)
class Question:
    id: str
    themes: tuple[str, ...]  # national theme slugs
    text: dict[str, str]
    hint: dict[str, str]
    options: tuple[Option, ...]

    def option(self, value: int) -> Option | None:
        return next((o for o in self.options if o.value == value), None)


@dataclass(frozen=True)
class Step:
    id: str
    title: dict[str, str]
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class AgeGroup:
    value: int
    label: dict[str, str]
    prefer: tuple[str, ...]  # target groups put first for this age group
    allow: tuple[str, ...]  # age-specific target groups that still fit it


@dataclass(frozen=True)
class Background:
    id: str
    title: dict[str, str]
    age_text: dict[str, str]
    age_hint: dict[str, str]
    ages: tuple[AgeGroup, ...]
    area_text: dict[str, str]
    area_hint: dict[str, str]

    def age(self, value: int) -> AgeGroup | None:
        return next((a for a in self.ages if a.value == value), None)


@dataclass(frozen=True)
class Questionnaire:
    version: int
    published: str
    age_groups: tuple[str, ...]  # target-group codes that mean an age group (seniors, families, young people)
    strengthen_below: float
    strong_from: float
    max_score: int
    steps: tuple[Step, ...]
    background: Background

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for step in self.steps for q in step.questions)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    @property
    def themes(self) -> tuple[str, ...]:
        """Every theme slug the questions point to, in the order they first appear."""
        return tuple(dict.fromkeys(slug for q in self.questions for slug in q.themes))


def _question(raw: dict) -> Question:
    options = tuple(Option(value=o["value"], score=o["score"], label=o["label"], said=o["said"],
                           urgent=bool(o.get("urgent"))) for o in raw["options"])
    return Question(id=raw["id"], themes=tuple(raw["themes"]), text=raw["text"], hint=raw.get("hint", {}),
                    options=options)


def _background(raw: dict) -> Background:
    age, area = raw["age"], raw["area"]
    return Background(
        id=raw["id"], title=raw["title"], age_text=age["text"], age_hint=age.get("hint", {}),
        ages=tuple(AgeGroup(value=a["value"], label=a["label"], prefer=tuple(a["prefer"]), allow=tuple(a["allow"]))
                   for a in age["options"]),
        area_text=area["text"], area_hint=area.get("hint", {}),
    )


def _check(raw: dict, path: Path) -> None:
    """The schema, then what a schema cannot say: unique ids and values, and a sane threshold order."""
    try:
        jsonschema.validate(raw, json.loads(SCHEMA.read_text(encoding="utf-8")))
    except jsonschema.ValidationError as error:
        raise QuestionnaireError(f"{path.name}: {error.message} at {list(error.absolute_path)}") from error
    ids = [q["id"] for s in raw["steps"] for q in s["questions"]] + ["age", "area", "v"]
    if len(ids) != len(set(ids)):
        raise QuestionnaireError(f"{path.name}: question ids are not unique")
    for q in (q for s in raw["steps"] for q in s["questions"]):
        values = [o["value"] for o in q["options"]]
        if len(values) != len(set(values)) or not any(o["score"] == raw["scoring"]["max_score"] for o in q["options"]):
            raise QuestionnaireError(f"{path.name}: {q['id']} needs unique values and one best answer")
    if not raw["scoring"]["strengthen_below"] < raw["scoring"]["strong_from"] <= raw["scoring"]["max_score"]:
        raise QuestionnaireError(f"{path.name}: thresholds out of order")
    if FILE_NAME.match(path.name) and int(FILE_NAME.match(path.name)[1]) != raw["version"]:
        raise QuestionnaireError(f"{path.name}: the file name and the version differ")


def questionnaire_read(path: Path) -> Questionnaire:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise QuestionnaireError(f"{path.name}: {error}") from error
    _check(raw, path)
    return Questionnaire(
        version=raw["version"], published=raw["published"], age_groups=tuple(raw["age_groups"]),
        strengthen_below=raw["scoring"]["strengthen_below"], strong_from=raw["scoring"]["strong_from"],
        max_score=raw["scoring"]["max_score"],
        steps=tuple(Step(id=s["id"], title=s["title"], questions=tuple(_question(q) for q in s["questions"]))
                    for s in raw["steps"]),
        background=_background(raw["background"]),
    )


@functools.cache
def _all() -> dict[int, Questionnaire]:
    found = {}
    for path in sorted(DATA.glob("questionnaire-v*.json")):
        if FILE_NAME.match(path.name):
            questionnaire = questionnaire_read(path)
            found[questionnaire.version] = questionnaire
    if not found:
        raise QuestionnaireError(f"no questionnaire-v<N>.json in {DATA}")
    return found


def questionnaire_versions() -> tuple[int, ...]:
    return tuple(sorted(_all()))


def questionnaire_get(version: int | None = None) -> Questionnaire | None:
    """A version (links made with an older one keep working while its file is kept); None: the newest."""
    found = _all()
    return found[max(found)] if version is None else found.get(version)


def questionnaire_current() -> Questionnaire:
    found = _all()
    return found[max(found)]
