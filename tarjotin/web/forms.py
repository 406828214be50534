"""The search form: every value checked against the choices the page offers, never trusted."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from tarjotin.catalogue.models import ChannelKind

MAX_QUERY = 200


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search words"), required=False, max_length=2000, strip=True)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    municipality = forms.ChoiceField(label=_("Municipality"), required=False)
    target_group = forms.ChoiceField(label=_("For whom"), required=False)
    language = forms.ChoiceField(label=_("Service language"), required=False)
    free = forms.BooleanField(label=_("Free of charge only"), required=False)
    channel = forms.MultipleChoiceField(
        label=_("How the service is used"), required=False, widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, data, *, themes, municipalities, target_groups, lang: str):
        super().__init__(data)
        self.municipality_objects = list(municipalities)
        anything = [("", _("All"))]
        self.fields["theme"].choices = anything + [(t.slug, t.name.get(lang) or t.name.get("fi")) for t in themes]
        self.fields["municipality"].choices = anything + [
            (m.code, m.name.get(lang) or m.name.get("fi")) for m in self.municipality_objects
        ]
        self.fields["target_group"].choices = anything + [
            (c.code, c.name.get(lang) or c.name.get("fi")) for c in target_groups
        ]
        self.fields["language"].choices = anything + [("fi", _("Finnish")), ("sv", _("Swedish")),
                                                      ("en", _("English"))]
        self.fields["channel"].choices = [
            (ChannelKind.LOCATION, _("At a place")), (ChannelKind.PHONE, _("By phone")),
            ("online", _("Online")),
        ]

    def query_text(self) -> str:
        # Long pasted text is cut, not refused: the resident still gets a page of results.
        return (self.cleaned_data.get("q") or "")[:MAX_QUERY] if self.is_valid() else ""
