"""App configuration of tarjotin.sources."""

from django.apps import AppConfig


class SourcesConfig(AppConfig):
    name = "tarjotin.sources"
    label = "sources"
    default_auto_field = "django.db.models.BigAutoField"
