"""The admin's import runs and "Sync status" page: readable by every admin role, editable by nobody."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tarjotin.sources.models import ImportRun
from tarjotin.trays import roles
from tarjotin.trays.models import Tray, TrayMembership

from ..trays.conftest import make_user

pytestmark = pytest.mark.django_db
STATUS = "/admin/sources/importrun/status/"
CHANGELIST = "/admin/sources/importrun/"
COUNTS = {"service": {"created": 3, "updated": 1, "unchanged": 120, "deleted": 0},
          "channel": {"created": 2, "updated": 0, "unchanged": 80, "deleted": 1}}


def _at(day: int, hour: int = 3) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


@pytest.fixture
def runs():
    def run(source, mode, day, status, **fields):
        return ImportRun.objects.create(source=source, mode=mode, started_at=_at(day),
                                        finished_at=_at(day, 4), status=status, **fields)

    return {
        "ptv_ok": run("ptv", "full", 1, "succeeded", counts=COUNTS),
        "ptv_failed": run("ptv", "incremental", 2, "failed",
                          error="GET https://api.palvelutietovaranto.suomi.fi/api/v11/Service/list failed "
                                "after 5 attempts: HTTP 503"),
        "lipas_failed": run("lipas", "full", 1, "failed", error="lipas: would delete 900 of 1000 service rows"),
        "lipas_ok": run("lipas", "full", 2, "succeeded", counts=COUNTS,
                        skipped=[{"kind": "service", "id": "73467", "reason": "type 7000 is a service building"}]),
    }


@pytest.fixture
def people(db):
    from tarjotin.trays.services import trays_roles_ensure

    trays_roles_ensure()
    tray = Tray.objects.get(slug="pohjanmaa")
    return {
        "national": make_user("thl", roles.NATIONAL_ADMIN),
        "admin": make_user("pohjanmaa-admin", roles.TRAY_ADMIN, memberships=[(tray, TrayMembership.Role.ADMIN)]),
        "viewer": make_user("pohjanmaa-viewer", roles.CONTENT_VIEWER,
                            memberships=[(tray, TrayMembership.Role.VIEWER)]),
        "no role": make_user("staff-without-role", None),
    }


def test_status_lists_last_success_and_failure_per_source(client, runs, people):
    client.force_login(people["national"])
    response = client.get(STATUS, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    rows = {row.source: row for row in response.context["rows"]}
    assert set(rows) == {"ptv", "lipas", "linkedevents"}
    assert rows["ptv"].last_success == runs["ptv_ok"] and rows["ptv"].last_failure == runs["ptv_failed"]
    assert rows["ptv"].failing and not rows["lipas"].failing
    assert rows["linkedevents"].last_run is None
    page = response.content.decode()
    assert "FAILED" in page  # said in words, not only by colour
    assert "failed after 5 attempts: HTTP 503" in page
    assert "2026-03-01 05:00" in page  # the last PTV success, in the server's time zone (Europe/Helsinki)
    assert "5 new, 1 updated, 1 deleted, 200 unchanged" in page
    assert "would delete 900 of 1000 service rows" in page  # LIPAS's older failure, after a success since
    assert "73467: type 7000 is a service building" in page  # what the latest LIPAS run skipped
    assert "never run" in page


def test_anonymous_users_are_sent_to_the_login(client, runs):
    response = client.get(STATUS)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/?next=")
    assert client.get(CHANGELIST).status_code == 302


@pytest.mark.parametrize("who", ["admin", "viewer"])
def test_tray_admins_and_viewers_may_read(client, runs, people, who):
    client.force_login(people[who])
    assert client.get(STATUS).status_code == 200
    response = client.get(CHANGELIST)
    assert response.status_code == 200 and response.context["cl"].result_count == 4
    assert client.get(f"{CHANGELIST}{runs['lipas_ok'].pk}/change/").status_code == 200


def test_staff_without_a_role_may_not(client, runs, people):
    client.force_login(people["no role"])
    assert client.get(STATUS).status_code == 403
    assert client.get(CHANGELIST).status_code == 403


@pytest.mark.parametrize("who", ["national", "admin"])
def test_nobody_edits_an_import_run(client, runs, people, who, admin_user):
    run = runs["ptv_failed"]
    for user in (people[who], admin_user):  # superusers included
        client.force_login(user)
        assert client.get(f"{CHANGELIST}add/").status_code == 403
        assert client.post(f"{CHANGELIST}{run.pk}/change/", {"status": "succeeded", "error": ""}).status_code == 403
        assert client.post(f"{CHANGELIST}{run.pk}/delete/", {"post": "yes"}).status_code == 403
        assert client.post(CHANGELIST, {"action": "delete_selected", "_selected_action": [run.pk],
                                        "post": "yes"}).status_code in (200, 302)
    run.refresh_from_db()
    assert run.status == "failed" and ImportRun.objects.count() == 4


def test_changelist_columns_and_filters(client, runs, people):
    client.force_login(people["national"])
    response = client.get(CHANGELIST, {"source": "ptv", "status": "failed"})
    assert [r.pk for r in response.context["cl"].result_list] == [runs["ptv_failed"].pk]
    page = response.content.decode()
    assert "HTTP 503" in page and "3600.0 s" in page and STATUS in page
    response = client.get(CHANGELIST, {"source": "lipas"})
    assert "5 new, 1 updated, 1 deleted, 200 unchanged" in response.content.decode()
