"""Minimum criteria: kept as data in fi/sv/en, answered per tray and year, summed up nationally."""

from __future__ import annotations

import json

from tarjotin.monitoring.criteria import CRITERIA_FILE, criteria_codes, criteria_list
from tarjotin.monitoring.models import CriterionAnswer
from tarjotin.monitoring.services import criteria_answers_save
from tarjotin.trays.models import AuditEvent


def test_every_criterion_has_a_code_and_a_text_in_finnish_swedish_and_english():
    data = json.loads(CRITERIA_FILE.read_text(encoding="utf-8"))
    codes = criteria_codes()
    assert len(codes) == len(set(codes)) >= 10
    assert all(set(c.text) == {"fi", "sv", "en"} and all(c.text.values()) for c in criteria_list())
    assert set(data["source"]) == {"fi", "sv", "en"}
    for code in ("no-login", "ptv-content", "themes", "languages", "accessibility", "feedback",
                 "maintenance-contact", "guidance"):
        assert code in codes


def test_answers_are_saved_changed_and_removed_each_with_an_audit_event(trays, pohjanmaa_admin):
    tray = trays["pohjanmaa"]
    changed = criteria_answers_save(user=pohjanmaa_admin, tray=tray, year=2026, answers={
        "no-login": ("met", ""), "languages": ("partly", " Ruotsi puuttuu osasta kuvauksia. "),
        "made-up": ("met", "")})
    assert changed == 2
    assert CriterionAnswer.objects.get(tray=tray, year=2026, criterion="languages").note == (
        "Ruotsi puuttuu osasta kuvauksia.")
    assert criteria_answers_save(user=pohjanmaa_admin, tray=tray, year=2026, answers={
        "no-login": ("met", ""), "languages": ("met", ""), "themes": ("", "")}) == 1
    assert criteria_answers_save(user=pohjanmaa_admin, tray=tray, year=2026, answers={"no-login": ("", "")}) == 1
    assert set(CriterionAnswer.objects.values_list("criterion", "status")) == {("languages", "met")}
    events = AuditEvent.objects.filter(object_type="monitoring.criterionanswer", tray=tray)
    assert sorted(events.values_list("action", flat=True)) == ["add", "add", "change", "delete"]
    assert all(e.username == "pohjanmaa-admin" for e in events)


def test_the_form_saves_the_trays_answers_for_the_year(client, trays, pohjanmaa_admin):
    client.force_login(pohjanmaa_admin)
    page = client.get("/fi/raportit/kriteerit/pohjanmaa/?year=2026").content.decode()
    assert "Asukas voi käyttää palvelutarjotinta kirjautumatta" in page and page.count("<fieldset") >= 13
    response = client.post("/fi/raportit/kriteerit/pohjanmaa/", {
        "year": "2026", "status_no-login": "met", "status_feedback": "not-met",
        "note_feedback": "Kysely aloitetaan syksyllä."})
    assert response.status_code == 302 and response["Location"] == "/fi/raportit/kriteerit/?tray=pohjanmaa&year=2026"
    report = client.get(response["Location"]).content.decode()
    assert "Kysely aloitetaan syksyllä." in report and "Täyttyy" in report and "Ei täyty" in report
    assert CriterionAnswer.objects.filter(tray=trays["pohjanmaa"], year=2026).count() == 2


def test_a_made_up_status_is_refused_and_nothing_saved(client, trays, pohjanmaa_admin):
    client.force_login(pohjanmaa_admin)
    response = client.post("/sv/raportit/kriteerit/pohjanmaa/", {"year": "2026", "status_no-login": "sort-of"})
    assert response.status_code == 200 and "Kontrollera svaren" in response.content.decode()
    assert not CriterionAnswer.objects.exists()


def test_a_content_viewer_reads_but_cannot_answer(client, trays, pohjanmaa_viewer):
    client.force_login(pohjanmaa_viewer)
    assert client.get("/fi/raportit/kriteerit/").status_code == 200
    assert client.get("/fi/raportit/kriteerit/pohjanmaa/").status_code == 404
    assert client.post("/fi/raportit/kriteerit/pohjanmaa/", {"status_no-login": "met"}).status_code == 404
    assert not CriterionAnswer.objects.exists()


def test_the_national_summary_counts_trays_per_status(client, trays, pohjanmaa_admin, national_admin):
    criteria_answers_save(user=pohjanmaa_admin, tray=trays["pohjanmaa"], year=2026,
                          answers={"no-login": ("met", ""), "feedback": ("partly", "")})
    criteria_answers_save(user=national_admin, tray=trays["lappi"], year=2026, answers={"no-login": ("met", "")})
    client.force_login(national_admin)
    context = client.get("/fi/raportit/kriteerit/?year=2026").context
    summary = next(i["table"] for i in context["tables"] if i["table"].key == "criteria-summary")
    no_login = next(r for r in summary.rows if r.label.startswith("Asukas voi käyttää"))
    assert no_login.values == (2, 0, 0, len(trays) - 2)
    by_tray = next(i["table"] for i in context["tables"] if i["table"].key == "criteria-by-tray")
    assert next(r for r in by_tray.rows if r.label == "Pohjanmaan hyvinvointialue").values == (
        1, 1, 0, len(criteria_codes()) - 2)
    other_year = client.get("/fi/raportit/kriteerit/?year=2025").context
    assert next(i["table"] for i in other_year["tables"]).rows[0].values[0] == 0
