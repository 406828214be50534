"""Fixtures of the self-assessment tests: a way through the steps as a browser without JavaScript goes."""

from __future__ import annotations

import re
from html import unescape

import pytest

from tarjotin.survey.questionnaire import questionnaire_current

STATE = re.compile(r'name="state" value="([^"]*)"')


def state_of(html: str) -> str:
    found = STATE.search(html)
    assert found, "no state field on the page"
    return unescape(found[1])


@pytest.fixture
def walk(client):
    """Posts every step with the answers given ({question id: value}; absent means left empty) and returns
    the results response, following each 303 as a browser would."""

    def run(lang: str, answers: dict[str, str], *, follow_results: bool = True):
        response = client.get(f"/{lang}/hyvinvointikartoitus/vaihe/1/")
        assert response.status_code == 200
        number = 1
        while True:
            html = response.content.decode()
            fields = {k: v for k, v in answers.items() if f'name="{k}"' in html}
            posted = client.post(f"/{lang}/hyvinvointikartoitus/vaihe/{number}/",
                                 {"state": state_of(html), "go": "next", **fields})
            assert posted.status_code == 303, posted.content[:500]
            if "/tulos/" in posted["Location"]:
                return client.get(posted["Location"]) if follow_results else posted
            number += 1
            response = client.get(posted["Location"])
            assert response.status_code == 200

    return run


LOW = {q.id: str(min(q.options, key=lambda o: o.score).value) for q in questionnaire_current().questions}
HIGH = {q.id: str(max(q.options, key=lambda o: o.score).value) for q in questionnaire_current().questions}
