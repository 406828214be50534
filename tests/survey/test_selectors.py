"""The counts contract for monitoring reports: started and completed per period, answer distributions."""

from __future__ import annotations

from datetime import date

import pytest

from tarjotin.survey.answers import answers_parse
from tarjotin.survey.selectors import SUPPRESS_BELOW, answer_distribution, assessment_counts
from tarjotin.survey.services import assessment_completed_record, assessment_started_record
from tarjotin.trays.models import Tray

pytestmark = pytest.mark.django_db
QUESTIONS = ("friends", "lonely")


@pytest.fixture
def two_trays():
    return Tray.objects.get(slug="pohjanmaa"), Tray.objects.get(slug="keski-suomi")


def _complete(tray, query: str, day: date, times: int = 1) -> None:
    answers = answers_parse(query, municipalities=tray.municipality_codes)
    for _ in range(times):
        assessment_completed_record(tray=tray, answers=answers, questions=QUESTIONS, day=day)


def test_counts_per_tray_and_all_trays_with_both_days_included(two_trays):
    pohjanmaa, keski = two_trays
    for day, tray in [(date(2026, 3, 1), pohjanmaa), (date(2026, 3, 31), pohjanmaa), (date(2026, 4, 1), pohjanmaa),
                      (date(2026, 3, 15), keski)]:
        assessment_started_record(tray=tray, day=day)
    _complete(pohjanmaa, "v=1&friends=1", date(2026, 3, 31))
    march = {"start": date(2026, 3, 1), "end": date(2026, 3, 31)}
    assert assessment_counts(tray=pohjanmaa, **march) == {"started": 2, "completed": 1}
    assert assessment_counts(**march) == {"started": 3, "completed": 1}
    assert assessment_counts(tray=keski, start=date(2026, 4, 1), end=date(2026, 4, 30)) == {"started": 0,
                                                                                          "completed": 0}


def test_distribution_suppresses_small_cells_and_sums_trays_before_that(two_trays):
    pohjanmaa, keski = two_trays
    _complete(pohjanmaa, "v=1&friends=1&lonely=2", date(2026, 5, 3), times=3)
    _complete(keski, "v=1&friends=1&lonely=3", date(2026, 5, 20), times=2)
    _complete(pohjanmaa, "v=1&friends=4", date(2026, 5, 9), times=SUPPRESS_BELOW)
    cells = {(c.question, c.value): c for c in answer_distribution(tray=pohjanmaa, month=date(2026, 5, 1))}
    assert cells[("friends", "4")].count == 5 and not cells[("friends", "4")].suppressed
    assert cells[("friends", "1")].count is None and cells[("friends", "1")].suppressed
    assert ("lonely", "0") not in cells  # a question never reached is not counted as skipped
    every = {(c.question, c.value): c.count for c in answer_distribution(month=date(2026, 5, 17))}
    assert every[("friends", "1")] == 5  # 3 + 2: shown once the trays together reach the threshold
    raw = {(c.question, c.value): c.count for c in answer_distribution(month=date(2026, 5, 1), suppress=False)}
    assert raw[("lonely", "2")] == 3 and raw[("lonely", "3")] == 2
    assert answer_distribution(month=date(2026, 6, 1)) == []


def test_distribution_cells_carry_their_texts_in_questionnaire_order(two_trays):
    pohjanmaa, _keski = two_trays
    _complete(pohjanmaa, "v=1&lonely=2&friends=3&age=4&area=905", date(2026, 7, 2))
    cells = answer_distribution(tray=pohjanmaa, month=date(2026, 7, 1), suppress=False)
    assert [(c.question, c.value) for c in cells] == [("friends", "3"), ("lonely", "2"), ("age", "4"), ("area", "905")]
    assert cells[0].question_text["en"].startswith("How often do you meet friends")
    assert cells[0].value_text["sv"] == "Varje vecka"
    assert cells[2].value_text["fi"] == "65-vuotias tai vanhempi" and cells[3].value_text == {}
