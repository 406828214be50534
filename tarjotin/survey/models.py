"""A tray's self-assessment settings, and the only things kept of assessments: counts with no person in them."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class SurveySettings(models.Model):
    """Which questions and themes a tray leaves out. Stored as what is off, so a question added in a new
    questionnaire version is asked until the tray admin turns it off."""

    tray = models.OneToOneField("trays.Tray", verbose_name=_("tray"), on_delete=models.CASCADE,
                                related_name="survey_settings")
    questions_off = models.JSONField(_("questions turned off"), default=list, blank=True)
    themes_off = models.JSONField(_("themes turned off"), default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("self-assessment settings")
        verbose_name_plural = _("self-assessment settings")
        ordering = ["tray"]

    def __str__(self) -> str:
        return str(self.tray)


class DailyCount(models.Model):
    """Assessments started and completed on one tray on one day; nothing else, by design."""

    tray = models.ForeignKey("trays.Tray", verbose_name=_("tray"), on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    started = models.PositiveIntegerField(_("started"), default=0)
    completed = models.PositiveIntegerField(_("completed"), default=0)

    class Meta:
        verbose_name = _("self-assessments per day")
        verbose_name_plural = _("self-assessments per day")
        ordering = ["-day", "tray"]
        constraints = [models.UniqueConstraint(fields=["tray", "day"], name="survey_dailycount_unique")]

    def __str__(self) -> str:
        return f"{self.tray_id} {self.day}: {self.started}/{self.completed}"


class AnswerCount(models.Model):
    """How many completed assessments of a month gave one answer to one question. Each answer is counted
    on its own, so no row, and no set of rows, says which answers came together."""

    tray = models.ForeignKey("trays.Tray", verbose_name=_("tray"), on_delete=models.CASCADE, related_name="+")
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    version = models.PositiveSmallIntegerField(_("questionnaire version"))
    question = models.CharField(_("question"), max_length=12)
    value = models.CharField(_("answer"), max_length=3)  # an option value, "0" for skipped, or a municipality code
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("answers per month")
        verbose_name_plural = _("answers per month")
        ordering = ["-month", "tray", "version", "question", "value"]
        constraints = [models.UniqueConstraint(fields=["tray", "month", "version", "question", "value"],
                                               name="survey_answercount_unique")]

    def __str__(self) -> str:
        return f"{self.tray_id} {self.month:%Y-%m} v{self.version} {self.question}={self.value}: {self.count}"
