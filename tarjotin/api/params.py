"""Query parameters of the API, each checked against what it may be: bad input is a 400, never a 500."""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from tarjotin.catalogue.models import ChannelKind, EventStatus

LANGS = [("fi", "Finnish"), ("sv", "Swedish"), ("en", "English")]
MAX_PAGE = 500
MAX_PAGE_SIZE = 100
MUNICIPALITY = r"^[0-9]{3}$"
CODE = r"^[A-Za-z0-9.]{1,40}$"
SLUG = r"^[-a-zA-Z0-9_]{1,40}$"
ONLINE = "online"
EARLIEST, LATEST = date(1900, 1, 1), date(9000, 12, 31)


class SearchText(serializers.CharField):
    """Words as typed: a NUL character (which DRF refuses outright) is dropped, like other noise in a query."""

    def run_validation(self, data=serializers.empty):
        if isinstance(data, str):
            data = data.replace("\x00", "")
        return super().run_validation(data)


class LangParams(serializers.Serializer):
    lang = serializers.ChoiceField(choices=LANGS, required=False,
                                   help_text=_("Language of the texts; without it, Accept-Language decides."))


class PageParams(LangParams):
    page = serializers.IntegerField(min_value=1, max_value=MAX_PAGE, default=1, required=False)
    page_size = serializers.IntegerField(min_value=1, max_value=MAX_PAGE_SIZE, default=20, required=False)


class StrictBoolean(serializers.BooleanField):
    """Only true and false, as the OpenAPI document says; DRF would also take yes, on, 1 and blank."""

    def to_internal_value(self, data):
        if data in (True, False):
            return data
        if isinstance(data, str) and data in ("true", "false"):
            return data == "true"
        self.fail("invalid", input=data)


def _flag(help_text: str) -> serializers.BooleanField:
    return StrictBoolean(required=False, default=None, help_text=help_text)


class ServiceParams(PageParams):
    """The search page's filters."""

    tray = serializers.RegexField(SLUG, required=False, help_text=_("Keep to this tray's area and themes."))
    theme = serializers.RegexField(SLUG, required=False, help_text=_("A theme's slug (see /themes/)."))
    municipality = serializers.RegexField(MUNICIPALITY, required=False,
                                          help_text=_("Available in this municipality (3-digit code)."))
    target_group = serializers.RegexField(CODE, required=False, help_text=_("PTV target group code, e.g. KR1.2."))
    language = serializers.ChoiceField(choices=LANGS, required=False, help_text=_("Given in this language."))
    free = _flag(_("true: free of charge only."))
    channel = serializers.ListField(
        child=serializers.ChoiceField(choices=[ChannelKind.LOCATION.value, ChannelKind.PHONE.value, ONLINE]),
        required=False, max_length=3, help_text=_("How the service is used; repeat for several."))
    accessibility = _flag(_("true: accessibility information given."))
    near = serializers.RegexField(MUNICIPALITY, required=False,
                                  help_text=_("The user's municipality: its services rank first."))


class SearchParams(ServiceParams):
    q = SearchText(required=False, allow_blank=True, max_length=200, trim_whitespace=True,
                   help_text=_("Search words."))
    exact = _flag(_("true: no spelling correction."))


class ChannelParams(PageParams):
    kind = serializers.ChoiceField(choices=ChannelKind.choices, required=False)
    municipality = serializers.RegexField(MUNICIPALITY, required=False)
    organisation = serializers.IntegerField(min_value=1, max_value=2**62, required=False)


class PlaceParams(PageParams):
    municipality = serializers.RegexField(MUNICIPALITY, required=False)


class EventParams(PageParams):
    tray = serializers.RegexField(SLUG, required=False, help_text=_("Keep to this tray's area."))
    municipality = serializers.RegexField(MUNICIPALITY, required=False)
    start = serializers.DateField(required=False, help_text=_("First day (inclusive)."))
    end = serializers.DateField(required=False, help_text=_("Last day (inclusive)."))
    free = _flag(_("true: free events only; false: paid ones."))
    target_group = serializers.RegexField(CODE, required=False)
    status = serializers.ChoiceField(choices=EventStatus.choices, required=False)

    def validate(self, attrs):
        # Any date is a valid question; the far past and future are clamped to what a datetime can hold.
        for name in ("start", "end"):
            if attrs.get(name):
                attrs[name] = min(max(attrs[name], EARLIEST), LATEST)
        return attrs


class OrganisationParams(PageParams):
    municipality = serializers.RegexField(MUNICIPALITY, required=False)


class TrayParams(LangParams):
    tray = serializers.RegexField(SLUG, required=False, help_text=_("This tray's themes, not the national ones."))


def query_data(serializer: serializers.Serializer, query) -> dict:
    """The query string as plain data: a blank value is a value (and an error), not a missing one as in an
    HTML form; list parameters keep every value."""
    fields = serializer.fields
    return {key: query.getlist(key) if isinstance(fields.get(key), serializers.ListField) else query.get(key)
            for key in query}


def parsed(serializer_class: type[serializers.Serializer], request) -> dict:
    """The request's query parameters, validated; a ValidationError becomes a 400 with every problem."""
    found = serializer_class()
    found = serializer_class(data=query_data(found, request.query_params))
    found.is_valid(raise_exception=True)
    return found.validated_data
