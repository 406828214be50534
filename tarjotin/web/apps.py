"""App configuration of tarjotin.web."""

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "tarjotin.web"
    label = "web"
    default_auto_field = "django.db.models.BigAutoField"
