"""Feedback campaigns: a tray admin sets the window for their own tray only."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from tarjotin.monitoring.models import FeedbackCampaign
from tarjotin.trays.models import AuditEvent

TODAY = timezone.localdate()


def _window(days: int = 14) -> dict[str, str]:
    return {"starts_on": TODAY.isoformat(), "ends_on": (TODAY + dt.timedelta(days=days)).isoformat()}


def test_a_tray_admin_adds_a_campaign_and_the_survey_opens(client, trays, pohjanmaa_admin):
    client.force_login(pohjanmaa_admin)
    response = client.post("/fi/raportit/kampanjat/", {"tray": "pohjanmaa", **_window()})
    assert response.status_code == 302
    campaign = FeedbackCampaign.objects.get()
    assert campaign.tray.slug == "pohjanmaa" and campaign.created_by == pohjanmaa_admin
    assert AuditEvent.objects.filter(object_type="monitoring.feedbackcampaign", action="add").exists()
    client.logout()
    assert '<details class="filters" open>' in client.get("/fi/").content.decode()


def test_a_tray_admin_cannot_add_or_remove_another_trays_campaign(client, trays, pohjanmaa_admin, national_admin):
    client.force_login(pohjanmaa_admin)
    assert client.post("/fi/raportit/kampanjat/", {"tray": "lappi", **_window()}).status_code == 404
    client.force_login(national_admin)
    client.post("/fi/raportit/kampanjat/", {"tray": "lappi", **_window()})
    lappi = FeedbackCampaign.objects.get()
    client.force_login(pohjanmaa_admin)
    assert client.post(f"/fi/raportit/kampanjat/{lappi.pk}/poista/").status_code == 404
    assert "Lapin hyvinvointialue" not in client.get("/fi/raportit/kampanjat/").content.decode()
    client.force_login(national_admin)
    assert client.post(f"/fi/raportit/kampanjat/{lappi.pk}/poista/").status_code == 302
    assert not FeedbackCampaign.objects.exists()


def test_a_window_backwards_or_in_the_past_is_explained(client, trays, pohjanmaa_admin):
    client.force_login(pohjanmaa_admin)
    backwards = {"starts_on": (TODAY + dt.timedelta(days=5)).isoformat(), "ends_on": TODAY.isoformat()}
    past = {"starts_on": "2020-01-01", "ends_on": "2020-01-31"}
    for data, message in ((backwards, "Viimeinen päivä on ennen ensimmäistä päivää."),
                          (past, "Kampanja olisi jo päättynyt."), ({"starts_on": "eilen"}, "")):
        response = client.post("/fi/raportit/kampanjat/", {"tray": "pohjanmaa", **data})
        assert response.status_code == 200 and message in response.content.decode()
    assert not FeedbackCampaign.objects.exists()
