"""App configuration of tarjotin.quality."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QualityConfig(AppConfig):
    name = "tarjotin.quality"
    label = "quality"
    verbose_name = _("Data quality")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Imported here: sources is only the sender, and the app registry must be ready first.
        from tarjotin.sources.signals import catalogue_changed

        from .services import quality_run_on_change

        catalogue_changed.connect(quality_run_on_change, dispatch_uid="quality.quality_run")
