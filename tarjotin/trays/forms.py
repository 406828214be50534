"""Admin forms: one input per language instead of raw JSON, host names one per line, colour pickers."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Tray, TrayTheme

# Labelled in each language's own name, as a language switcher is.
LANGS = (("fi", "suomi"), ("sv", "svenska"), ("en", "English"))
COLOUR = forms.TextInput(attrs={"type": "color"})


class TranslatedWidget(forms.MultiWidget):
    """Inputs named <field>_fi, <field>_sv, <field>_en, each with its own label."""

    template_name = "trays/widgets/translated.html"

    def __init__(self, *, long: bool = False, attrs: dict | None = None) -> None:
        def make() -> forms.Widget:
            return forms.Textarea(attrs={"rows": 6, "cols": 80}) if long else forms.TextInput(attrs={"size": 60})

        super().__init__({code: make() for code, _ in LANGS}, attrs)

    def decompress(self, value: Any) -> list[str]:
        value = value if isinstance(value, dict) else {}
        return [value.get(code, "") for code, _ in LANGS]

    def get_context(self, name: str, value: Any, attrs: dict | None) -> dict:
        context = super().get_context(name, value, attrs)
        for sub, (code, label) in zip(context["widget"]["subwidgets"], LANGS, strict=True):
            sub["lang_code"], sub["lang_label"] = code, label
        return context


class TranslatedField(forms.MultiValueField):
    """{lang: text}, empty languages left out (pages fall back fi → sv → en)."""

    def __init__(self, *, long: bool = False, **kwargs: Any) -> None:
        fields = tuple(forms.CharField(required=False, strip=True) for _ in LANGS)
        super().__init__(fields, widget=TranslatedWidget(long=long), require_all_fields=False, **kwargs)

    def compress(self, data_list: list[str]) -> dict[str, str]:
        return {code: text for (code, _), text in zip(LANGS, data_list or [], strict=False) if text}


class HostnamesField(forms.CharField):
    """One host name per line (or separated by commas or spaces), stored as a list."""

    widget = forms.Textarea(attrs={"rows": 3, "cols": 60})

    def prepare_value(self, value: Any) -> str:
        return "\n".join(value) if isinstance(value, list) else (value or "")

    def to_python(self, value: Any) -> list[str]:
        if isinstance(value, list):
            return value
        return [name for name in re.split(r"[\s,]+", super().to_python(value) or "") if name]


class TrayAdminForm(forms.ModelForm):
    name = TranslatedField(label=_("name"))
    display_name = TranslatedField(label=_("display name"), required=False)
    front_title = TranslatedField(label=_("front page title"), required=False)
    front_lead = TranslatedField(label=_("front page lead"), required=False, long=True)
    accessibility_statement = TranslatedField(label=_("accessibility statement"), required=False, long=True)
    privacy_notice = TranslatedField(label=_("privacy notice"), required=False, long=True)
    hostnames = HostnamesField(label=_("host names"), required=False,
                               help_text=_("One per line, without https:// or port."))

    class Meta:
        model = Tray
        # The admin narrows these to its fieldsets (and drops the read-only ones per role).
        fields = ("slug", "kind", "county", "name", "active", "hostnames", "path_prefix", "include_nationwide",
                  "sources", "display_name", "logo_url", "primary_color", "text_color", "tile_url", "contact_name",
                  "contact_email", "contact_phone", "accessibility_statement", "privacy_notice")
        widgets = {"primary_color": COLOUR, "text_color": COLOUR}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        front = self.instance.front_page or {}
        for part in ("title", "lead"):
            self.initial.setdefault(f"front_{part}", {k: v.get(part, "") for k, v in front.items()
                                                      if isinstance(v, dict)})

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if "front_title" in self.fields:
            titles, leads = data.get("front_title") or {}, data.get("front_lead") or {}
            # Set on the instance: front_page itself is not a form field, and model validation runs after.
            self.instance.front_page = {
                lang: {k: v for k, v in (("title", titles.get(lang, "")), ("lead", leads.get(lang, ""))) if v}
                for lang in sorted(set(titles) | set(leads))
            }
        return data


class TrayThemeAdminForm(forms.ModelForm):
    name = TranslatedField(label=_("name"), required=False,
                           help_text=_("Only the languages you fill in replace the national name."))
    description = TranslatedField(label=_("description"), required=False, long=True)

    class Meta:
        model = TrayTheme
        fields = ("tray", "theme", "slug", "order", "hidden", "name", "description", "service_classes",
                  "target_groups", "keywords")
