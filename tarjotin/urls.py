"""URL configuration: resident pages under a language prefix, plus health and admin."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from tarjotin.web import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("tray.css", views.tray_stylesheet, name="tray-css"),
    path("admin/", admin.site.urls),
    path("api/", include("tarjotin.api.urls")),
]
urlpatterns += i18n_patterns(path("", include("tarjotin.web.urls")), prefix_default_language=True)

handler404 = "tarjotin.web.views.not_found"
handler500 = "tarjotin.web.views.server_error"
