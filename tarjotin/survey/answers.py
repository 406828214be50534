"""Answers as a compact query string ("v=1&friends=2&…&area=905"): the only place they ever live, read strictly."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode

from tarjotin.core.exceptions import TarjotinError

from .questionnaire import SKIPPED, Questionnaire, questionnaire_current, questionnaire_get

VERSION, AGE, AREA = "v", "age", "area"
NOT_GIVEN_AREA = "0"
MAX_QUERY = 1000  # a full set of answers is about 150 characters
DIGIT = re.compile(r"^[0-9]$")
MUNICIPALITY = re.compile(r"^[0-9]{3}$")


class InvalidAnswers(TarjotinError):
    """A link or form whose answers are not what this site writes: tampered, cut short or foreign.
    `outdated` is true when it only names a questionnaire version no longer kept."""

    def __init__(self, message: str, *, outdated: bool = False) -> None:
        super().__init__(message)
        self.outdated = outdated


@dataclass(frozen=True)
class Answers:
    """Option values by question id (SKIPPED: seen but not answered), the age group (0: not told) and the
    municipality code ("0": not told). A question that is absent has not been reached yet."""

    questionnaire: Questionnaire
    values: Mapping[str, int] = field(default_factory=dict)
    age: int | None = None
    area: str | None = None

    @property
    def version(self) -> int:
        return self.questionnaire.version

    def has_any(self, ids: Iterable[str]) -> bool:
        """Whether any of these questions was seen before ("age" and "area" included)."""
        seen = set(self.values)
        seen |= {key for key, value in ((AGE, self.age), (AREA, self.area)) if value is not None}
        return any(i in seen for i in ids)

    def value(self, question_id: str) -> int | None:
        return self.values.get(question_id)

    @property
    def municipality(self) -> str:
        return self.area if self.area and self.area != NOT_GIVEN_AREA else ""

    def merged(self, *, values: Mapping[str, int] | None = None, age: int | None = None,
               area: str | None = None) -> Answers:
        return Answers(self.questionnaire, {**self.values, **(values or {})},
                       self.age if age is None else age, self.area if area is None else area)

    def encode(self) -> str:
        """Questions in questionnaire order, so equal answers always give the same link."""
        pairs = [(VERSION, str(self.version))]
        pairs += [(q.id, str(self.values[q.id])) for q in self.questionnaire.questions if q.id in self.values]
        if self.age is not None:
            pairs.append((AGE, str(self.age)))
        if self.area is not None:
            pairs.append((AREA, self.area))
        return urlencode(pairs)


def answers_empty(questionnaire: Questionnaire | None = None) -> Answers:
    return Answers(questionnaire or questionnaire_current())


def _pairs(query: str) -> list[tuple[str, str]]:
    if len(query) > MAX_QUERY:
        raise InvalidAnswers("too long")
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=True, max_num_fields=40)
    except ValueError as error:
        raise InvalidAnswers(f"not a query string: {error}") from error
    keys = [k for k, _v in pairs]
    if len(keys) != len(set(keys)):
        raise InvalidAnswers("a key given twice")
    return pairs


def _questionnaire(raw: str | None) -> Questionnaire:
    if raw is None or not raw.isascii() or not raw.isdigit() or len(raw) > 4:
        raise InvalidAnswers("no version")
    found = questionnaire_get(int(raw))
    if found is None:
        raise InvalidAnswers(f"version {raw} is not kept", outdated=True)
    return found


def _digit(key: str, raw: str, allowed: Collection[int]) -> int:
    if not DIGIT.match(raw) or int(raw) not in allowed:
        raise InvalidAnswers(f"{key}: {raw!r} is not an answer")
    return int(raw)


def answers_parse(query: str, *, municipalities: Collection[str], required: bool = False) -> Answers:
    """Every key known, each once, every value one the questionnaire offers; the municipality one of the
    tray's. An empty query is a fresh start, unless `required` (a results link must carry its answers)."""
    pairs = _pairs(query or "")
    if not pairs:
        if required:
            raise InvalidAnswers("no answers")
        return answers_empty()
    given = dict(pairs)
    questionnaire = _questionnaire(given.pop(VERSION, None))
    values: dict[str, int] = {}
    age = area = None
    for key, raw in given.items():
        question = questionnaire.question(key)
        if question is not None:
            values[key] = _digit(key, raw, {SKIPPED, *(o.value for o in question.options)})
        elif key == AGE:
            age = _digit(key, raw, {SKIPPED, *(a.value for a in questionnaire.background.ages)})
        elif key == AREA:
            if raw != NOT_GIVEN_AREA and not (MUNICIPALITY.match(raw) and raw in municipalities):
                raise InvalidAnswers(f"area: {raw!r} is not a municipality of this tray")
            area = raw
        else:
            raise InvalidAnswers(f"unknown key {key!r}")
    return Answers(questionnaire, values, age, area)


def answers_with_step(answers: Answers, posted: Mapping[str, str], *, keys: Iterable[str],
                      municipalities: Collection[str]) -> Answers:
    """A step's form on top of the earlier answers, checked as strictly as a link: a field left empty is a
    question skipped, and any value the form did not offer is refused."""
    query = {VERSION: str(answers.version)}
    for key in keys:
        query[key] = posted.get(key) or (NOT_GIVEN_AREA if key == AREA else str(SKIPPED))
    step = answers_parse(urlencode(query), municipalities=municipalities)
    return answers.merged(values=step.values, age=step.age, area=step.area)
