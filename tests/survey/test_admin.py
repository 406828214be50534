"""Per-tray settings: a tray admin turns questions and themes off for their own tray only."""

from __future__ import annotations

import pytest

from tarjotin.survey.models import SurveySettings
from tarjotin.survey.questionnaire import questionnaire_current
from tarjotin.trays import roles
from tarjotin.trays.models import AuditEvent, Tray, TrayMembership

from ..trays.conftest import make_user

pytestmark = pytest.mark.django_db
ADMIN, VIEWER = TrayMembership.Role.ADMIN, TrayMembership.Role.VIEWER
QUESTIONS = [q.id for q in questionnaire_current().questions]
THEMES = list(questionnaire_current().themes)
LIST = "/admin/survey/surveysettings/"


@pytest.fixture
def people():
    pohjanmaa, keski = Tray.objects.get(slug="pohjanmaa"), Tray.objects.get(slug="keski-suomi")
    return {
        "pohjanmaa": pohjanmaa, "keski": keski,
        "admin": make_user("pohjanmaa-admin", roles.TRAY_ADMIN, memberships=[(pohjanmaa, ADMIN)]),
        "viewer": make_user("pohjanmaa-viewer", roles.CONTENT_VIEWER, memberships=[(pohjanmaa, VIEWER)]),
        "other": make_user("keski-admin", roles.TRAY_ADMIN, memberships=[(keski, ADMIN)]),
    }


def _form(tray: Tray, *, questions_off=(), themes_off=()) -> dict:
    return {"tray": tray.pk, "questions_on": [q for q in QUESTIONS if q not in questions_off],
            "themes_on": [t for t in THEMES if t not in themes_off]}


def test_tray_admin_turns_off_a_question_and_a_theme_and_it_is_audited(client, people):
    client.force_login(people["admin"])
    response = client.post(LIST + "add/", _form(people["pohjanmaa"], questions_off=["friends"], themes_off=["luonto"]))
    assert response.status_code == 302, response.content.decode()[:2000]
    settings = SurveySettings.objects.get(tray=people["pohjanmaa"])
    assert (settings.questions_off, settings.themes_off) == (["friends"], ["luonto"])
    assert AuditEvent.objects.filter(object_type="survey.surveysettings", tray=people["pohjanmaa"]).exists()


def test_settings_change_what_is_asked_and_shown(client, people):
    SurveySettings.objects.create(tray=people["pohjanmaa"], questions_off=["friends"], themes_off=["luonto"])
    step1 = client.get("/fi/hyvinvointikartoitus/vaihe/1/").content.decode()
    assert 'name="friends"' not in step1 and 'name="lonely"' in step1
    step2 = client.get("/fi/hyvinvointikartoitus/vaihe/2/").content.decode()
    assert 'name="nature"' not in step2 and 'name="move"' in step2
    results = client.get("/en/hyvinvointikartoitus/tulos/?v=1&friends=1&nature=1&lonely=1").content.decode()
    assert 'id="area-luonto"' not in results and "meet the people close to you" not in results
    assert "You said you often feel lonely." in results


def test_tray_admin_sees_and_reaches_only_their_own_tray(client, people):
    own = SurveySettings.objects.create(tray=people["pohjanmaa"])
    other = SurveySettings.objects.create(tray=people["keski"])
    client.force_login(people["admin"])
    response = client.get(LIST)
    assert response.status_code == 200
    assert [s.pk for s in response.context["cl"].result_list] == [own.pk]
    assert client.get(f"{LIST}{other.pk}/change/").status_code == 404
    assert client.post(f"{LIST}{other.pk}/change/", _form(people["keski"], themes_off=["luonto"])).status_code == 404
    assert SurveySettings.objects.get(pk=other.pk).themes_off == []
    # Only trays the admin administers can be chosen for new settings.
    choices = response.context and client.get(LIST + "add/").context["adminform"].form.fields["tray"].queryset
    assert list(choices) == [people["pohjanmaa"]]


def test_content_viewer_can_read_but_not_change(client, people):
    own = SurveySettings.objects.create(tray=people["pohjanmaa"])
    client.force_login(people["viewer"])
    assert client.get(f"{LIST}{own.pk}/change/").status_code == 200
    client.post(f"{LIST}{own.pk}/change/", _form(people["pohjanmaa"], themes_off=["luonto"]))
    assert SurveySettings.objects.get(pk=own.pk).themes_off == []
    assert client.get(LIST + "add/").status_code == 403


def test_everything_off_is_refused(client, people):
    client.force_login(people["admin"])
    response = client.post(LIST + "add/", {"tray": people["pohjanmaa"].pk, "questions_on": [], "themes_on": []})
    assert response.status_code == 200 and not SurveySettings.objects.exists()
