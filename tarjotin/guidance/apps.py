"""App configuration of tarjotin.guidance."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidanceConfig(AppConfig):
    name = "tarjotin.guidance"
    label = "guidance"
    verbose_name = _("Client and service guidance")
    default_auto_field = "django.db.models.BigAutoField"
