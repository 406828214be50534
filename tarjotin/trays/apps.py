"""App configuration of tarjotin.trays."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TraysConfig(AppConfig):
    name = "tarjotin.trays"
    label = "trays"
    verbose_name = _("Trays")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import signals

        signals.connect(self)
