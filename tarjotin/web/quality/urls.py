"""URLs of quality pages."""

from django.urls import path

from . import views

app_name = "quality"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("saannot/", views.rules, name="rules"),
    path("organisaatiot/<slug:origin_id>/", views.organization, name="organization"),
    path("organisaatiot/<slug:origin_id>/korjauslista.csv", views.fixlist, name="fixlist"),
]
