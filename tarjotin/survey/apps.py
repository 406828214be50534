"""App configuration of tarjotin.survey."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveyConfig(AppConfig):
    name = "tarjotin.survey"
    label = "survey"
    verbose_name = _("Wellbeing self-assessment")
    default_auto_field = "django.db.models.BigAutoField"
