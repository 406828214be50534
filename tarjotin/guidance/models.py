"""Professionals and their units, referrals with their items, guidance events, login throttling.

Nothing here holds a client's identity: a referral is services and a note, a guidance event is counts.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tarjotin.core.text import pick_text

from .codes import CODE_CHOICES

LANGUAGE_CHOICES = [("fi", _("Finnish")), ("sv", _("Swedish")), ("en", _("English"))]
NOTE_MAX = 1500


class Unit(models.Model):
    """An organisational unit of a tray's county (a health station, a social work team)."""

    tray = models.ForeignKey("trays.Tray", verbose_name=_("tray"), on_delete=models.CASCADE,
                             related_name="guidance_units")
    code = models.SlugField(_("code"), max_length=60)
    name = models.JSONField(_("name"), default=dict, help_text=_("{lang: text}"))

    class Meta:
        verbose_name = _("organisational unit")
        verbose_name_plural = _("organisational units")
        ordering = ["tray", "code"]
        constraints = [models.UniqueConstraint(fields=["tray", "code"], name="guidance_unit_code")]

    def __str__(self) -> str:
        return pick_text(self.name, "fi") or self.code


class Professional(models.Model):
    """A user who does client and service guidance: in which trays, for which unit."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE,
                                related_name="professional")
    trays = models.ManyToManyField("trays.Tray", verbose_name=_("trays"), related_name="professionals")
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="professionals")

    class Meta:
        verbose_name = _("professional")
        verbose_name_plural = _("professionals")

    def __str__(self) -> str:
        return self.user.get_username()


class Referral(models.Model):
    """A wellbeing referral: a draft is the professional's basket; an issued one has a token and expires."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        ISSUED = "issued", _("issued")

    uid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    tray = models.ForeignKey("trays.Tray", verbose_name=_("tray"), on_delete=models.CASCADE,
                             related_name="referrals")
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), null=True, blank=True, on_delete=models.SET_NULL)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("professional"), null=True,
                                   on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES, default="fi")
    easy_read = models.BooleanField(_("easy-to-read wording"), default=False)
    note = models.TextField(_("note to the client"), max_length=NOTE_MAX, blank=True)
    codes = models.JSONField(_("guidance codes"), default=list, blank=True)
    token = models.CharField(_("link token"), max_length=64, unique=True, null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    issued_at = models.DateTimeField(_("issued"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)

    class Meta:
        verbose_name = _("wellbeing referral")
        verbose_name_plural = _("wellbeing referrals")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.uid} ({self.status})"


class ReferralItem(models.Model):
    """A service or event on a referral, with what it was when the referral was issued."""

    class Kind(models.TextChoices):
        SERVICE = "service", _("service")
        EVENT = "event", _("event")

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    # Null once the catalogue no longer has the row; (source, origin_id) finds a re-imported one.
    service = models.ForeignKey("catalogue.Service", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="+")
    event = models.ForeignKey("catalogue.Event", null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")
    source = models.CharField(_("source"), max_length=30)
    origin_id = models.CharField(_("origin id"), max_length=100)
    snapshot = models.JSONField(_("as issued"), default=dict,
                                help_text=_("{title, organization, content_hash, modified}"))
    order = models.PositiveSmallIntegerField(default=0)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("referral item")
        verbose_name_plural = _("referral items")
        ordering = ["order", "pk"]
        constraints = [models.UniqueConstraint(fields=["referral", "kind", "source", "origin_id"],
                                               name="guidance_item_once")]

    def __str__(self) -> str:
        return f"{self.kind}:{self.source}:{self.origin_id}"


class GuidanceEvent(models.Model):
    """One recorded guidance with one OAB code: where, when, and what kind of help; counts, never people."""

    code = models.CharField(_("code"), max_length=5, choices=CODE_CHOICES)
    tray = models.ForeignKey("trays.Tray", verbose_name=_("tray"), on_delete=models.PROTECT,
                             related_name="guidance_events")
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="guidance_events")
    date = models.DateField(_("date"), db_index=True)
    themes = models.JSONField(_("themes"), default=list, blank=True, help_text=_("theme slugs of the items"))
    item_kinds = models.JSONField(_("items by kind"), default=dict, blank=True, help_text=_("{kind: count}"))
    referral = models.ForeignKey(Referral, null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="guidance_events")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("guidance event")
        verbose_name_plural = _("guidance events")
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["tray", "date"])]

    def __str__(self) -> str:
        return f"{self.date} {self.code}"


class LoginThrottle(models.Model):
    """Failed logins per user name (kept as a keyed hash, never the address they came from)."""

    key = models.CharField(max_length=64, unique=True)
    failures = models.PositiveIntegerField(default=0)
    locked_until = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.key[:8]}… {self.failures}"
