"""Resident pages."""

from django.urls import include, path

from . import events as event_views
from . import map as map_views
from . import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("haku/", views.search, name="search"),
    path("haku/ehdotukset/", views.suggestions, name="suggestions"),
    path("teemat/<slug:slug>/", views.theme, name="theme"),
    path("palvelut/<int:pk>/", views.service, name="service"),
    path("organisaatiot/<int:pk>/", views.organization, name="organization"),
    path("tapahtumat/", event_views.events, name="events"),
    path("tapahtumat/<int:pk>/", event_views.event, name="event"),
    path("saavutettavuus/", views.statement, {"kind": "accessibility"}, name="accessibility"),
    path("tietosuoja/", views.statement, {"kind": "privacy"}, name="privacy"),
    path("kartta/", map_views.map_page, name="map"),
    path("ammattilaiset/", include("tarjotin.web.guidance.urls")),
    path("hyvinvointikartoitus/", include("tarjotin.web.survey.urls")),
    path("raportit/", include("tarjotin.web.reports.urls")),
    path("upotus/", include("tarjotin.web.widget.urls")),
    path("laatu/", include("tarjotin.web.quality.urls")),
]
