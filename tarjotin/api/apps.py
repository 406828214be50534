"""App configuration of tarjotin.api."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "tarjotin.api"
    label = "api"
    verbose_name = _("Open API")
    default_auto_field = "django.db.models.BigAutoField"
