"""App configuration of tarjotin.catalogue."""

from django.apps import AppConfig


class CatalogueConfig(AppConfig):
    name = "tarjotin.catalogue"
    label = "catalogue"
    default_auto_field = "django.db.models.BigAutoField"
