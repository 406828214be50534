"""Answers in a link: written compactly, read strictly; anything this site did not write is refused."""

from __future__ import annotations

import pytest

from tarjotin.survey.answers import InvalidAnswers, answers_parse, answers_with_step
from tarjotin.survey.questionnaire import questionnaire_current

AREA = ("905", "499")


def test_encode_and_parse_give_the_same_answers():
    answers = answers_parse("v=1&lonely=2&friends=1&age=0&area=905", municipalities=AREA)
    assert answers.encode() == "v=1&friends=1&lonely=2&age=0&area=905"  # questionnaire order
    again = answers_parse(answers.encode(), municipalities=AREA)
    assert (again.values, again.age, again.area) == ({"friends": 1, "lonely": 2}, 0, "905")
    assert again.municipality == "905"


def test_an_empty_query_is_a_fresh_start_but_not_a_result():
    fresh = answers_parse("", municipalities=AREA)
    assert fresh.values == {} and fresh.version == questionnaire_current().version
    with pytest.raises(InvalidAnswers):
        answers_parse("", municipalities=AREA, required=True)


@pytest.mark.parametrize("query", [
    "friends=1",  # no version
    "v=x&friends=1",
    "v=1&friends=9",  # not an option
    "v=1&friends=-1",
    "v=1&friends=01",
    "v=1&friends=1&friends=2",  # twice
    "v=1&friends=",
    "v=1&who=me",  # unknown key
    "v=1&age=7",
    "v=1&area=091",  # Helsinki is not in this tray
    "v=1&area=90",
    "v=1&friends=%EF%BC%91",  # a full-width digit
    "v=1&friends",
    "v=1&" + "a" * 2000,
    "v=1;friends=1",
])
def test_tampered_answers_are_refused(query):
    with pytest.raises(InvalidAnswers) as caught:
        answers_parse(query, municipalities=AREA)
    assert not caught.value.outdated


def test_an_unknown_version_is_told_apart_from_tampering():
    with pytest.raises(InvalidAnswers) as caught:
        answers_parse("v=99&friends=1", municipalities=AREA)
    assert caught.value.outdated


def test_a_step_empty_field_is_a_skip_and_a_foreign_value_is_refused():
    start = answers_parse("v=1&friends=4", municipalities=AREA)
    after = answers_with_step(start, {"move": "2", "nature": ""}, keys=("move", "nature", "culture"),
                              municipalities=AREA)
    assert after.values == {"friends": 4, "move": 2, "nature": 0, "culture": 0}
    assert after.has_any(("culture",)) and not after.has_any(("sleep",))
    with pytest.raises(InvalidAnswers):
        answers_with_step(start, {"move": "12"}, keys=("move",), municipalities=AREA)
    background = answers_with_step(start, {}, keys=("age", "area"), municipalities=AREA)
    assert (background.age, background.area, background.municipality) == (0, "0", "")
