"""App configuration of tarjotin.geo."""

from django.apps import AppConfig


class GeoConfig(AppConfig):
    name = "tarjotin.geo"
    label = "geo"
    default_auto_field = "django.db.models.BigAutoField"
