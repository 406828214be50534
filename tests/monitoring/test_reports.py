"""Report pages: staff only, each tray admin their own tray, the national admin every tray; CSV suppressed."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.utils import timezone

from tarjotin.monitoring.models import DailyVisits, FeedbackAnswer
from tarjotin.monitoring.services import search_recorded

from .conftest import make_user

TODAY = timezone.localdate()


def _feedback(tray, respondent: str, usefulness: str, n: int, day: dt.date = TODAY) -> None:
    FeedbackAnswer.objects.bulk_create(
        [FeedbackAnswer(tray=tray, day=day, respondent=respondent, usefulness=usefulness) for _ in range(n)])


@pytest.fixture
def figures(trays):
    """This month: Pohjanmaa 12 answers and 40 visits, Lappi 3 answers, the national tray 6."""
    _feedback(trays["pohjanmaa"], "resident", "very", 9)
    _feedback(trays["pohjanmaa"], "county", "useful", 3)
    _feedback(trays["lappi"], "organisation", "cannot-say", 3)
    _feedback(trays["suomi"], "resident", "useful", 6)
    _feedback(trays["pohjanmaa"], "other", "not-at-all", 50, day=TODAY.replace(day=1) - dt.timedelta(days=40))
    DailyVisits.objects.create(tray=trays["pohjanmaa"], day=TODAY, front_page=25, page_loads=40)
    DailyVisits.objects.create(tray=trays["lappi"], day=TODAY, front_page=7, page_loads=11)
    for _ in range(6):
        search_recorded(tray=trays["pohjanmaa"], query="Uimahalli", language="fi", result_count=3)
    search_recorded(tray=trays["pohjanmaa"], query="avantouinti", language="fi", result_count=0)
    search_recorded(tray=trays["lappi"], query="porotila", language="fi", result_count=0)


def _rows(response) -> list[list[str]]:
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8"))))


def test_anonymous_and_non_staff_users_are_sent_to_the_login(client, trays):
    for path in ("/fi/raportit/", "/fi/raportit/haut/", "/fi/raportit/kriteerit/",
                 "/fi/raportit/csv/overview/visits-over-time/"):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/?next=")
    from django.contrib.auth.models import User

    client.force_login(User.objects.create_user("asukas", password="x" * 16))
    assert client.get("/fi/raportit/").status_code == 302


def test_staff_without_any_tray_are_refused(client, trays):
    client.force_login(make_user("nobody", None))
    assert client.get("/fi/raportit/").status_code == 403


def test_a_tray_admin_sees_their_own_tray_only(client, figures, pohjanmaa_admin):
    client.force_login(pohjanmaa_admin)
    page = client.get("/fi/raportit/").content.decode()
    assert "Pohjanmaan hyvinvointialue" in page and "Lapin hyvinvointialue" not in page
    assert "Koko Suomi" not in page
    for path in ("/fi/raportit/?tray=lappi", "/fi/raportit/haut/?tray=lappi", "/fi/raportit/kriteerit/?tray=suomi",
                 "/fi/raportit/csv/overview/respondent-regional/?tray=lappi", "/fi/raportit/kriteerit/lappi/"):
        assert client.get(path).status_code == 404, path
    demand = client.get("/fi/raportit/haut/").content.decode()
    assert "uimahalli" in demand and "avantouinti" in demand and "porotila" not in demand


def test_the_national_admin_sees_every_tray_side_by_side(client, figures, national_admin):
    client.force_login(national_admin)
    response = client.get("/fi/raportit/")
    page = response.content.decode()
    assert "Vastaajat, valtakunnallinen tarjotin" in page and "Vastaajat, alueelliset tarjottimet" in page
    assert "Koko Suomi" in page and "Pohjanmaan hyvinvointialue" in page and "Lapin hyvinvointialue" in page
    regional = next(i["table"] for i in response.context["feedback"] if i["table"].key == "respondent-regional")
    assert [c.group for c in regional.columns][::2] == ["Lapin hyvinvointialue", "Pohjanmaan hyvinvointialue",
                                                        "Kaikki alueelliset tarjottimet"]
    resident = next(r for r in regional.rows if r.label == "Asukas")
    assert resident.values == (0, 0.0, 9, 75.0, 9, 60.0)
    assert regional.rows[-1].total and regional.rows[-1].values == (3, 100.0, 12, 100.0, 15, 100.0)
    assert "porotila" in client.get("/en/raportit/haut/").content.decode()


def test_periods_pick_what_is_counted(client, figures, national_admin):
    client.force_login(national_admin)
    last_month = client.get("/en/raportit/?preset=last-month&tray=pohjanmaa").context
    assert last_month["period"].end == TODAY.replace(day=1) - dt.timedelta(days=1)
    start = (TODAY.replace(day=1) - dt.timedelta(days=40)).isoformat()
    own = client.get(f"/fi/raportit/?tray=pohjanmaa&start={start}&end={start}").context
    usefulness = next(i["table"] for i in own["feedback"] if i["table"].key == "usefulness-regional")
    assert next(r for r in usefulness.rows if r.label == "Ei lainkaan hyödyllistä").values == (50, 100.0)


@pytest.mark.parametrize("query", ["start=2025-05-10&end=2025-05-01", "start=nonsense&end=2025-01-01",
                                   "start=2025-01-01", "preset=everything", "start=1900-01-01&end=2025-01-01"])
def test_bad_periods_are_explained_and_fall_back_to_this_month(client, trays, national_admin, query):
    client.force_login(national_admin)
    response = client.get(f"/fi/raportit/?{query}")
    assert response.status_code == 200
    assert response.context["period"].start == TODAY.replace(day=1)


def test_csv_hides_counts_under_five_and_what_would_give_them_away(client, figures, national_admin):
    client.force_login(national_admin)
    rows = _rows(client.get("/fi/raportit/csv/overview/respondent-regional/?preset=this-month"))
    assert rows[0][0] == "Vastaus" and rows[0][1] == "Lapin hyvinvointialue n"
    by_label = {r[0]: r[1:] for r in rows[1:]}
    # Lappi: 3 answers, all hidden (the total too).
    assert by_label["Järjestön tai yhdistyksen edustaja"][:2] == ["<5", ".."]
    assert by_label["Yhteensä"][:2] == ["<5", ".."]
    # Pohjanmaa: 9 + 3 = 12; hiding the 3 alone would leave it as 12 - 9, so the 9 goes too.
    assert by_label["Hyvinvointialueen työntekijä"][2:4] == ["<5", ".."]
    assert by_label["Asukas"][2:4] == ["..", ".."] and by_label["Yhteensä"][2:4] == ["12", "100.0"]
    assert by_label["Muu"][2:4] == ["0", "0.0"]
    # The regional sum has two small cells (3 and 3): neither alone can be worked out from the total.
    assert by_label["Asukas"][4:] == ["9", "60.0"]
    assert "attachment" in client.get("/fi/raportit/csv/overview/respondent-regional/")["Content-Disposition"]


def test_visits_are_not_suppressed_and_unknown_tables_are_404(client, figures, national_admin):
    client.force_login(national_admin)
    rows = _rows(client.get("/fi/raportit/csv/overview/visits-by-tray/"))
    assert ["Lapin hyvinvointialue", "7", "11"] in rows
    assert client.get("/fi/raportit/csv/overview/nothing/").status_code == 404
    assert client.get("/fi/raportit/csv/elsewhere/visits-by-tray/").status_code == 404


def test_charts_are_drawn_on_the_server_with_a_text_equivalent(client, figures, pohjanmaa_admin):
    client.force_login(pohjanmaa_admin)
    page = client.get("/fi/raportit/").content.decode()
    assert '<svg viewBox="0 0 640' in page and 'role="img"' in page
    assert "<desc id=\"chart-respondent-regional-desc\">Asukas: 9; Hyvinvointialueen työntekijä: 3;" in page
    assert "<script" not in page.split("</head>")[1]


def test_self_assessment_and_guidance_show_not_available_without_their_apps(client, figures, national_admin,
                                                                            monkeypatch):
    from tarjotin.monitoring import selectors

    monkeypatch.setattr(selectors, "_optional", lambda module, name: None)
    client.force_login(national_admin)
    response = client.get("/en/raportit/")
    assert response.status_code == 200 and response.context["assessments"] is None
    assert response.content.decode().count("Not available yet.") == 2


def test_self_assessment_and_guidance_use_the_other_apps_counts(client, figures, national_admin, monkeypatch):
    import types

    fake = types.SimpleNamespace(
        assessment_counts=lambda *, tray=None, start, end: {"started": 10,
                                                            "completed": 7 if tray.slug == "lappi" else 0},
        guidance_counts=lambda *, tray=None, start, end: {"OAB61": 2, "OAB63": 8})
    from tarjotin.monitoring import selectors

    monkeypatch.setattr(selectors, "_optional", lambda module, name: getattr(fake, name))
    client.force_login(national_admin)
    context = client.get("/fi/raportit/").context
    assessments, guidance = context["assessments"]["table"], context["guidance"]["table"]
    assert next(r for r in assessments.rows if r.label == "Lapin hyvinvointialue").values == (10, 7)
    assert [c.label for c in guidance.columns] == ["OAB61", "OAB62", "OAB63", "OAB64"]
    assert guidance.rows[-1].total and guidance.rows[-1].values[2] == 8 * 23
