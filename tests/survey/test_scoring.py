"""Scoring: areas to strengthen and strong areas, each explained by the answers that made it so."""

from __future__ import annotations

from tarjotin.survey.answers import answers_parse
from tarjotin.survey.questionnaire import questionnaire_current
from tarjotin.survey.scoring import Standing, assessment_score

ALL_QUESTIONS = tuple(q.id for q in questionnaire_current().questions)
ALL_THEMES = questionnaire_current().themes


def _score(query: str, *, questions=ALL_QUESTIONS, themes=ALL_THEMES):
    return assessment_score(answers_parse("v=1&" + query, municipalities=()), questions=questions, themes=themes)


def test_rarely_meeting_friends_is_an_area_to_strengthen_with_that_reason():
    result = _score("friends=1&lonely=3&belong=3")
    [area] = result.areas
    assert (area.theme, area.standing) == ("yhteisollisyys", Standing.STRENGTHEN)
    assert [r.question for r in area.reasons] == ["friends"]  # only the low answer explains it
    assert area.reasons[0].said["en"] == "You said you rarely or never meet the people close to you."


def test_good_answers_make_a_strong_area_explained_by_all_of_them():
    result = _score("friends=4&lonely=4&belong=3&move=4")
    strong = {a.theme: a for a in result.strong}
    assert set(strong) == {"yhteisollisyys", "liikunta"}
    assert [r.question for r in strong["yhteisollisyys"].reasons] == ["friends", "lonely", "belong"]
    assert result.strengthen == () and not result.urgent


def test_middling_answers_are_in_between():
    result = _score("sleep=3&meals=2")  # scores 2 and 1: mean 1.5
    assert [(a.theme, a.standing) for a in result.areas] == [("ravitsemus-uni", Standing.BETWEEN)]


def test_lowest_areas_come_first_and_skipped_questions_do_not_count():
    result = _score("friends=2&lonely=2&move=1&nature=0&culture=4")
    assert [a.theme for a in result.strengthen] == ["liikunta", "yhteisollisyys"]
    assert "luonto" not in {a.theme for a in result.areas}
    assert result.answered == 4


def test_a_heavy_answer_asks_the_page_to_say_where_help_is():
    assert _score("mood=1").urgent
    assert not _score("mood=2&stress=2&use=2").urgent


def test_questions_and_themes_turned_off_are_left_out():
    assert _score("friends=1&move=1", questions=("move",)).areas[0].theme == "liikunta"
    assert [a.theme for a in _score("friends=1&move=1", themes=("yhteisollisyys",)).areas] == ["yhteisollisyys"]
