"""URLs of widget pages."""

from django.urls import path

from . import views

app_name = "widget"
urlpatterns = [
    path("", views.themes, name="themes"),
    path("haku/", views.search, name="search"),
]
