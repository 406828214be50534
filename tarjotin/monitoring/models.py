"""What monitoring stores: daily counts, feedback answers, campaigns, search demand and criteria answers."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# Nothing here holds a time of day, an IP address, a user agent, a session or a cookie value: each row is a
# count or an answer for one tray and one day, which no visitor can be traced back from.


class DailyVisits(models.Model):
    """Page loads of one tray on one day, counted on the server; front-page visits are a part of them."""

    tray = models.ForeignKey("trays.Tray", verbose_name=_("tray"), on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    front_page = models.PositiveIntegerField(_("front-page visits"), default=0)
    page_loads = models.PositiveIntegerField(_("page loads"), default=0)

    class Meta:
        verbose_name = _("daily visits")
        verbose_name_plural = _("daily visits")
        constraints = [models.UniqueConstraint(fields=["tray", "day"], name="dailyvisits_tray_day")]

    def __str__(self) -> str:
        return f"{self.tray_id} {self.day}: {self.page_loads}"


# The national survey's answers, word for word; a context of their own keeps other catalogues from rewording them.
class RespondentGroup(models.TextChoices):
    RESIDENT = "resident", pgettext_lazy("feedback survey", "Resident")
    COUNTY_EMPLOYEE = "county", pgettext_lazy("feedback survey", "Employee of a wellbeing services county")
    ORGANISATION = "organisation", pgettext_lazy("feedback survey", "Representative of an organisation or association")
    MUNICIPAL_EMPLOYEE = "municipality", pgettext_lazy("feedback survey", "Municipal employee")
    OTHER = "other", pgettext_lazy("feedback survey", "Other")


class Usefulness(models.TextChoices):
    VERY = "very", pgettext_lazy("feedback survey", "Very useful")
    USEFUL = "useful", pgettext_lazy("feedback survey", "Useful")
    CANNOT_SAY = "cannot-say", pgettext_lazy("feedback survey", "Cannot say")
    NOT_VERY = "not-very", pgettext_lazy("feedback survey", "Not very useful")
    NOT_AT_ALL = "not-at-all", pgettext_lazy("feedback survey", "Not at all useful")


class FeedbackAnswer(models.Model):
    """One answer to the feedback survey: the two questions, the tray and the date; nothing else."""

    tray = models.ForeignKey("trays.Tray", verbose_name=_("tray"), on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"), db_index=True)
    respondent = models.CharField(_("respondent"), max_length=20, choices=RespondentGroup.choices)
    usefulness = models.CharField(_("usefulness"), max_length=20, choices=Usefulness.choices)
    during_campaign = models.BooleanField(_("during a campaign"), default=False)

    class Meta:
        verbose_name = _("feedback answer")
        verbose_name_plural = _("feedback answers")
        indexes = [models.Index(fields=["tray", "day"])]

    def __str__(self) -> str:
        return f"{self.tray_id} {self.day}: {self.respondent}/{self.usefulness}"


class FeedbackCampaign(models.Model):
    """A time window in which the tray shows the feedback survey open on every page."""

    tray = models.ForeignKey("trays.Tray", verbose_name=_("tray"), on_delete=models.CASCADE,
                             related_name="+")
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True,
                                   blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("feedback campaign")
        verbose_name_plural = _("feedback campaigns")
        ordering = ["-starts_on", "-pk"]
        constraints = [models.CheckConstraint(condition=models.Q(ends_on__gte=models.F("starts_on")),
                                              name="feedbackcampaign_order")]

    def __str__(self) -> str:
        return f"{self.tray_id} {self.starts_on}–{self.ends_on}"


class SearchDemand(models.Model):
    """How often a normalised query was searched in one tray, language and day, and how often it found nothing."""

    tray = models.ForeignKey("trays.Tray", verbose_name=_("tray"), on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=5)
    query = models.CharField(_("query"), max_length=100)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_results = models.PositiveIntegerField(_("searches without results"), default=0)
    last_result_count = models.PositiveIntegerField(_("results the last time"), default=0)

    class Meta:
        verbose_name = _("search demand")
        verbose_name_plural = _("search demand")
        constraints = [models.UniqueConstraint(fields=["tray", "day", "language", "query"],
                                               name="searchdemand_key")]
        indexes = [models.Index(fields=["day", "tray"])]

    def __str__(self) -> str:
        return f"{self.tray_id} {self.day} {self.language} {self.query!r}: {self.searches}"


class CriterionAnswer(models.Model):
    """A tray's self-assessment of one minimum criterion for one year."""

    class Status(models.TextChoices):
        MET = "met", _("Met")
        PARTLY = "partly", _("Partly met")
        NOT_MET = "not-met", _("Not met")

    tray = models.ForeignKey("trays.Tray", verbose_name=_("tray"), on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField(_("year"))
    criterion = models.CharField(_("criterion"), max_length=40)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    note = models.TextField(_("note"), blank=True, max_length=2000)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("updated by"), null=True,
                                   blank=True, on_delete=models.SET_NULL, related_name="+")
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("criterion answer")
        verbose_name_plural = _("criterion answers")
        ordering = ["tray", "year", "criterion"]
        constraints = [models.UniqueConstraint(fields=["tray", "year", "criterion"], name="criterionanswer_key")]

    def __str__(self) -> str:
        return f"{self.tray_id} {self.year} {self.criterion}: {self.status}"
