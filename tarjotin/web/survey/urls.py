"""URLs of survey pages."""

from django.urls import path

from . import views

app_name = "survey"
urlpatterns = [
    path("", views.start, name="start"),
    path("vaihe/<int:number>/", views.step, name="step"),
    path("tulos/", views.results, name="results"),
]
