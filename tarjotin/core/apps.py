"""App configuration of tarjotin.core."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "tarjotin.core"
    label = "core"
    default_auto_field = "django.db.models.BigAutoField"
