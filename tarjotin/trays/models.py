"""Trays (national or regional), their theme overrides, who may administer them, and the audit log."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from tarjotin.core.text import pick_text

from . import validation

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_PRIMARY = "#005a9c"
DEFAULT_TEXT = "#ffffff"


class Tray(models.Model):
    """One tray: its area, where it answers (host names, path prefix), texts, look and contact."""

    class Kind(models.TextChoices):
        NATIONAL = "national", _("national")
        REGIONAL = "regional", _("regional")

    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.REGIONAL)
    county = models.ForeignKey("geo.County", verbose_name=_("county"), null=True, blank=True,
                               on_delete=models.PROTECT, related_name="trays",
                               help_text=_("Empty for the national tray."))
    name = models.JSONField(_("name"), default=dict, help_text=_("{lang: text}; the area's name."))
    hostnames = models.JSONField(_("host names"), default=list, blank=True,
                                 help_text=_("Host names this tray answers on, without port."))
    path_prefix = models.SlugField(_("path prefix"), max_length=40, blank=True,
                                   help_text=_("On a shared host the tray answers under /t/<prefix>/."))
    include_nationwide = models.BooleanField(_("include nationwide phone and online services"), default=True)
    front_page = models.JSONField(_("front page texts"), default=dict, blank=True,
                                  help_text=_("{lang: {title, lead}}"))
    display_name = models.JSONField(_("display name"), default=dict, blank=True,
                                    help_text=_("{lang: text}; the brand shown in the header, if not the name."))
    # A URL, not an upload: web nodes are stateless and share no media disk (DESIGN.md, Scale).
    logo_url = models.CharField(_("logo address"), max_length=300, blank=True)
    primary_color = models.CharField(_("primary colour"), max_length=7, default=DEFAULT_PRIMARY)
    text_color = models.CharField(_("text colour on the primary colour"), max_length=7, default=DEFAULT_TEXT)
    tile_url = models.CharField(_("map tile address"), max_length=300, default=OSM_TILES)
    contact_name = models.CharField(_("maintenance contact"), max_length=200, blank=True)
    contact_email = models.EmailField(_("maintenance contact e-mail"), blank=True)
    contact_phone = models.CharField(_("maintenance contact phone"), max_length=40, blank=True)
    accessibility_statement = models.JSONField(_("accessibility statement"), default=dict, blank=True,
                                               help_text=_("{lang: plain text}; paragraphs split by a blank line."))
    privacy_notice = models.JSONField(_("privacy notice"), default=dict, blank=True,
                                      help_text=_("{lang: plain text}; paragraphs split by a blank line."))
    sources = models.JSONField(_("sources"), default=dict, blank=True,
                               help_text=_('For example {"ptv": {"areas": ["WellbeingServiceCounties:17"]}}.'))
    active = models.BooleanField(_("active"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("tray")
        verbose_name_plural = _("trays")
        ordering = ["kind", "county_id", "slug"]
        permissions = [("manage_all_trays", "Can see and change every tray (national admin)")]
        constraints = [
            models.UniqueConstraint(fields=["path_prefix"], condition=~Q(path_prefix=""),
                                    name="tray_path_prefix_unique"),
            models.CheckConstraint(
                condition=Q(kind="national", county__isnull=True) | Q(kind="regional", county__isnull=False),
                name="tray_kind_county"),
        ]

    def __str__(self) -> str:
        return pick_text(self.name, "fi") or self.slug

    @property
    def is_national(self) -> bool:
        return self.kind == self.Kind.NATIONAL

    @property
    def municipality_codes(self) -> tuple[str, ...]:
        """The tray's area: its county's municipalities, or every municipality for the national tray."""
        cached = getattr(self, "_municipality_codes", None)
        if cached is None:
            from .selectors import tray_municipality_codes

            cached = self._municipality_codes = tray_municipality_codes(self)
        return cached

    def front_text(self, part: str, lang: str) -> str:
        """`part` is "title" or "lead"; falls back fi → sv → en like every translated text."""
        return pick_text({k: v.get(part, "") for k, v in self.front_page.items() if isinstance(v, dict)}, lang)

    def clean(self) -> None:
        if isinstance(self.hostnames, list):  # anything else is refused by hostnames_check below
            names = [h for h in self.hostnames if isinstance(h, str) and h.strip()]
            self.hostnames = [validation.hostname_normalise(h) for h in names]
        errors: dict[str, list[str]] = validation.colours_check(self.primary_color, self.text_color)
        if self.kind == self.Kind.NATIONAL and self.county_id:
            errors["county"] = [gettext("The national tray has no county.")]
        if self.kind == self.Kind.REGIONAL and not self.county_id:
            errors["county"] = [gettext("A regional tray needs its county.")]
        checks = {
            "hostnames": validation.hostnames_check(self.hostnames) or self._hostnames_taken(),
            "sources": validation.sources_check(self.sources),
            "tile_url": validation.tile_url_check(self.tile_url),
            "logo_url": validation.logo_url_check(self.logo_url),
        }
        errors.update({field: found for field, found in checks.items() if found})
        if errors:
            raise ValidationError(errors)

    def _hostnames_taken(self) -> list[str]:
        taken = sorted({h for t in Tray.objects.exclude(pk=self.pk) for h in t.hostnames} & set(self.hostnames))
        if taken:
            return [gettext("Another tray already answers on %(names)s.") % {"names": ", ".join(taken)}]
        return []


class TrayTheme(models.Model):
    """A tray's change to a national theme (rename, hide, other mapping), or a theme of the tray's own."""

    tray = models.ForeignKey(Tray, verbose_name=_("tray"), on_delete=models.CASCADE, related_name="themes")
    theme = models.ForeignKey("catalogue.Theme", verbose_name=_("national theme"), null=True, blank=True,
                              on_delete=models.CASCADE, related_name="tray_overrides",
                              help_text=_("Empty for a theme of this tray's own."))
    slug = models.SlugField(_("slug"), max_length=40, blank=True,
                            help_text=_("Empty keeps the national theme's slug."))
    order = models.PositiveSmallIntegerField(_("order"), null=True, blank=True,
                                             help_text=_("Empty keeps the national theme's order."))
    name = models.JSONField(_("name"), default=dict, blank=True, help_text=_("{lang: text}; replaces per language."))
    description = models.JSONField(_("description"), default=dict, blank=True)
    hidden = models.BooleanField(_("hidden"), default=False)
    # None inherits the national theme's mapping; a list (even an empty one) replaces it.
    service_classes = models.JSONField(_("service classes"), null=True, blank=True)
    target_groups = models.JSONField(_("target groups"), null=True, blank=True)
    keywords = models.JSONField(_("keywords"), null=True, blank=True, help_text=_("{lang: [word, …]}"))

    class Meta:
        verbose_name = _("tray theme")
        verbose_name_plural = _("tray themes")
        ordering = ["tray", "order", "slug"]
        constraints = [
            models.UniqueConstraint(fields=["tray", "theme"], condition=Q(theme__isnull=False),
                                    name="traytheme_one_override"),
            models.UniqueConstraint(fields=["tray", "slug"], condition=~Q(slug=""), name="traytheme_slug_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.tray.slug}: {self.slug or (self.theme.slug if self.theme_id else '?')}"

    @property
    def effective_slug(self) -> str:
        return self.slug or (self.theme.slug if self.theme_id else "")

    def clean(self) -> None:
        errors: dict[str, list[str]] = {}
        if not self.theme_id:
            if not self.slug:
                errors["slug"] = [gettext("A theme of the tray's own needs a slug.")]
            if not pick_text(self.name, "fi"):
                errors["name"] = [gettext("A theme of the tray's own needs a name.")]
        for field in ("service_classes", "target_groups"):
            value = getattr(self, field)
            if value is not None and (not isinstance(value, list) or not all(isinstance(c, str) for c in value)):
                errors[field] = [gettext("A list of codes, for example [\"P27.1\"], or empty to inherit.")]
        if self.keywords is not None and not isinstance(self.keywords, dict):
            errors["keywords"] = [gettext("An object {lang: [word, …]}, or empty to inherit.")]
        if self.tray_id and self.effective_slug and not errors.get("slug"):
            errors.update(self._slug_taken())
        if errors:
            raise ValidationError(errors)

    def _slug_taken(self) -> dict[str, list[str]]:
        from .selectors import tray_themes

        def is_self(view) -> bool:
            return (self.pk is not None and view.override_id == self.pk) or (
                self.theme_id is not None and view.theme_id == self.theme_id)

        others = [v for v in tray_themes(self.tray, include_hidden=True, cached=False)
                  if v.slug == self.effective_slug and not is_self(v)]
        if not others:
            return {}
        return {"slug": [gettext("This tray already has a theme %(slug)s.") % {"slug": self.effective_slug}]}


class TrayMembership(models.Model):
    """Who may administer (or only read) which tray; national admins need none."""

    class Role(models.TextChoices):
        ADMIN = "admin", _("tray admin")
        VIEWER = "viewer", _("content viewer")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE,
                             related_name="tray_memberships")
    tray = models.ForeignKey(Tray, verbose_name=_("tray"), on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.ADMIN)

    class Meta:
        verbose_name = _("tray membership")
        verbose_name_plural = _("tray memberships")
        constraints = [models.UniqueConstraint(fields=["user", "tray"], name="traymembership_unique")]

    def __str__(self) -> str:
        return f"{self.user} – {self.tray.slug} ({self.role})"


class AuditEvent(models.Model):
    """One change a person made, written in the same transaction as the change itself."""

    class Action(models.TextChoices):
        ADD = "add", _("added")
        CHANGE = "change", _("changed")
        DELETE = "delete", _("deleted")
        # Where login is needed the Information Management Act asks for reads to be logged too.
        VIEW = "view", _("viewed")
        EXPORT = "export", _("exported")
        SEND = "send", _("sent")
        LOGIN = "login", _("logged in")
        LOGOUT = "logout", _("logged out")

    at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), null=True,
                             on_delete=models.SET_NULL, related_name="+")
    # Kept as text too: the log outlives deleted users and trays.
    username = models.CharField(_("user name"), max_length=150, blank=True)
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    object_type = models.CharField(_("object type"), max_length=100)  # "app_label.model"
    object_id = models.CharField(_("object id"), max_length=64)
    object_repr = models.CharField(_("object"), max_length=200, blank=True)
    tray = models.ForeignKey(Tray, verbose_name=_("tray"), null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="audit_events")
    tray_slug = models.SlugField(_("tray slug"), max_length=40, blank=True)
    changes = models.JSONField(_("changes"), default=dict, help_text=_("{field: {old, new}}"))

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.action} {self.object_type} {self.object_id}"
