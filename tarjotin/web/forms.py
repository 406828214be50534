"""The search form: every value checked against the choices the page offers, never trusted."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from tarjotin.catalogue.models import ChannelKind

from .widgets import Select

MAX_QUERY = 200
ONLINE = "online"
SORTS = ("relevance", "distance", "name")


def _label(text: str, count: int | None) -> str:
    return f"{text} ({count})" if count is not None else text


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search words"), required=False, max_length=2000, strip=True)
    theme = forms.ChoiceField(label=_("Theme"), required=False, widget=Select)
    municipality = forms.ChoiceField(label=_("Available in municipality"), required=False, widget=Select)
    target_group = forms.ChoiceField(label=_("For whom"), required=False, widget=Select)
    language = forms.ChoiceField(label=_("Service language"), required=False, widget=Select)
    channel = forms.MultipleChoiceField(
        label=_("How the service is used"), required=False, widget=forms.CheckboxSelectMultiple,
    )
    free = forms.BooleanField(label=_("Free of charge only"), required=False)
    access = forms.BooleanField(label=_("Accessibility information given"), required=False)
    open_now = forms.BooleanField(label=_("Open now"), required=False)
    near = forms.ChoiceField(label=_("Your municipality"), required=False, widget=Select)
    postal_code = forms.RegexField(label=_("or your postal code"), regex=r"^\d{5}$", required=False, max_length=5)
    lat = forms.FloatField(required=False, widget=forms.HiddenInput, min_value=59.0, max_value=71.0)
    lon = forms.FloatField(required=False, widget=forms.HiddenInput, min_value=19.0, max_value=32.0)
    sort = forms.ChoiceField(label=_("Order"), required=False, widget=Select)

    def __init__(self, data, *, themes, municipalities, target_groups, lang: str, national: bool = False,
                 nationwide: bool = True):
        super().__init__(data)
        self.lang = lang
        self.municipality_objects = list(municipalities)
        self.theme_views = {t.slug: t for t in themes}
        # The national tray does not narrow by area at all; a regional one keeps to its municipalities.
        self.area_codes = () if national else tuple(m.code for m in self.municipality_objects)
        self.nationwide = nationwide  # whether the tray shows nationwide services besides its own area
        self._choices = {
            "theme": [(t.slug, t.name.get(lang) or t.name.get("fi")) for t in themes],
            "municipality": [(m.code, m.name.get(lang) or m.name.get("fi")) for m in self.municipality_objects],
            "target_group": [(c.code, c.name.get(lang) or c.name.get("fi")) for c in target_groups],
            "language": [("fi", _("Finnish")), ("sv", _("Swedish")), ("en", _("English"))],
            "channel": [(ChannelKind.LOCATION, _("At a place")), (ChannelKind.PHONE, _("By phone")),
                        (ONLINE, _("Online"))],
        }
        self.with_counts({})
        self.fields["near"].choices = [("", _("Not chosen"))] + self._choices["municipality"]
        self.fields["sort"].choices = [("relevance", _("Best match first")), ("distance", _("Nearest first")),
                                       ("name", _("Alphabetical"))]

    def with_counts(self, facets: dict[str, dict[str, int]]) -> None:
        """Show how many services each filter value would give, as the search counted them."""
        anything = [("", _("All"))]
        for name in ("theme", "municipality", "target_group", "language"):
            counts = facets.get(name)
            self.fields[name].choices = anything + [
                (value, _label(text, counts.get(self._facet_key(name, value), 0) if counts is not None else None))
                for value, text in self._choices[name]
            ]
        kinds = facets.get("channel_kind")
        online = sum(kinds.get(k, 0) for k in ("webpage", "echannel", "form")) if kinds is not None else None
        self.fields["channel"].choices = [
            (value, _label(text, online if value == ONLINE else (kinds.get(value, 0) if kinds is not None else None)))
            for value, text in self._choices["channel"]
        ]
        self.free_count = facets.get("free", {}).get("free") if "free" in facets else None
        self.access_count = facets.get("accessibility", {}).get("yes") if "accessibility" in facets else None

    def _facet_key(self, name: str, value: str) -> str:
        return self.theme_views[value].index_key if name == "theme" else value

    def value(self, name: str):
        """A field's clean value; a bad value in one field never throws away the others."""
        self.is_valid()
        return self.cleaned_data.get(name)

    def query_text(self) -> str:
        # Long pasted text is cut, not refused: the resident still gets a page of results.
        return (self.value("q") or "")[:MAX_QUERY]
