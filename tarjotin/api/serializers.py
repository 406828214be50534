"""The shapes of the v1 answers; the OpenAPI document is generated from these, and answers pass through them."""

from __future__ import annotations

from rest_framework import serializers as s

from tarjotin.catalogue.models import AreaType, ChannelKind, ChargeType, EventStatus
from tarjotin.trays.models import Tray as TrayModel

TrayKind = TrayModel.Kind

TEXT = {"allow_blank": True}


class Ref(s.Serializer):
    id = s.IntegerField()
    name = s.CharField(**TEXT)


class Code(s.Serializer):
    code = s.CharField()
    name = s.CharField(**TEXT)


class MunicipalityRef(Code):
    pass


class Link(s.Serializer):
    url = s.CharField(**TEXT)
    name = s.CharField(**TEXT)
    lang = s.CharField(**TEXT)


class Phone(s.Serializer):
    number = s.CharField(**TEXT)
    kind = s.CharField(**TEXT)
    charge_type = s.CharField(**TEXT)
    info = s.CharField(**TEXT)
    lang = s.CharField(**TEXT)


class Provenance(s.Serializer):
    source = s.CharField(help_text="ptv, lipas or linkedevents")
    origin_id = s.CharField(help_text="The item's id in its source.")


class ServiceSummary(Provenance):
    id = s.IntegerField()
    name = s.CharField(**TEXT)
    summary = s.CharField(**TEXT)
    organisation = Ref(allow_null=True)
    charge_type = s.ChoiceField(choices=ChargeType.choices, allow_blank=True)
    area_type = s.ChoiceField(choices=AreaType.choices, allow_blank=True)
    languages = s.ListField(child=s.CharField())
    modified = s.DateTimeField(allow_null=True)
    page = s.CharField(help_text="Path of the resident page.")


class Address(s.Serializer):
    kind = s.CharField(**TEXT)
    street = s.CharField(**TEXT)
    street_number = s.CharField(**TEXT)
    postal_code = s.CharField(**TEXT)
    post_office = s.CharField(**TEXT)
    municipality = MunicipalityRef(allow_null=True)
    latitude = s.FloatField(allow_null=True)
    longitude = s.FloatField(allow_null=True)
    additional_info = s.CharField(**TEXT)


class Channel(Provenance):
    id = s.IntegerField()
    kind = s.ChoiceField(choices=ChannelKind.choices)
    name = s.CharField(**TEXT)
    summary = s.CharField(**TEXT)
    description = s.CharField(**TEXT)
    organisation = Ref(allow_null=True)
    languages = s.ListField(child=s.CharField())
    web_pages = Link(many=True)
    phones = Phone(many=True)
    emails = s.ListField(child=s.CharField(**TEXT))
    addresses = Address(many=True)
    hours = s.ListField(child=s.CharField(**TEXT), help_text="Service hours as text lines.")
    duplicate_of = s.IntegerField(allow_null=True, help_text="The channel this same place is shown as.")
    modified = s.DateTimeField(allow_null=True)


class ServiceDetail(ServiceSummary):
    alternative_name = s.CharField(**TEXT)
    description = s.CharField(**TEXT)
    user_instruction = s.CharField(**TEXT)
    charge_info = s.CharField(**TEXT)
    requirements = s.CharField(**TEXT)
    keywords = s.ListField(child=s.CharField(**TEXT))
    service_classes = Code(many=True)
    target_groups = Code(many=True)
    life_events = Code(many=True)
    municipalities = MunicipalityRef(many=True)
    themes = s.ListField(child=s.CharField(), help_text="Slugs of the themes the service belongs to.")
    channels = Channel(many=True)


class Place(Provenance):
    id = s.IntegerField(help_text="The location channel's id.")
    name = s.CharField(**TEXT)
    summary = s.CharField(**TEXT)
    organisation = Ref(allow_null=True)
    address = Address(allow_null=True)
    services = s.ListField(child=s.IntegerField())


class Organisation(Provenance):
    id = s.IntegerField()
    name = s.CharField(**TEXT)
    summary = s.CharField(**TEXT)
    description = s.CharField(**TEXT)
    org_type = s.CharField(**TEXT)
    business_code = s.CharField(**TEXT)
    municipality = MunicipalityRef(allow_null=True)
    web_pages = Link(many=True)
    phones = Phone(many=True)
    emails = s.ListField(child=s.CharField(**TEXT))
    modified = s.DateTimeField(allow_null=True)
    page = s.CharField()


class OrganisationDetail(Organisation):
    services = ServiceSummary(many=True)


class Event(Provenance):
    id = s.IntegerField()
    name = s.CharField(**TEXT)
    summary = s.CharField(**TEXT)
    description = s.CharField(**TEXT)
    start = s.DateTimeField()
    end = s.DateTimeField(help_text="Exclusive.")
    all_day = s.BooleanField()
    end_given = s.BooleanField(help_text="False when the source gave no end (the end is the start's day's end).")
    status = s.ChoiceField(choices=EventStatus.choices)
    location_name = s.CharField(**TEXT)
    street_address = s.CharField(**TEXT)
    postal_code = s.CharField(**TEXT)
    locality = s.CharField(**TEXT)
    municipality = MunicipalityRef(allow_null=True)
    latitude = s.FloatField(allow_null=True)
    longitude = s.FloatField(allow_null=True)
    online = s.BooleanField()
    is_free = s.BooleanField(allow_null=True)
    prices = s.ListField(child=s.CharField(**TEXT))
    info_url = s.CharField(**TEXT)
    keywords = s.ListField(child=s.CharField(**TEXT))
    languages = s.ListField(child=s.CharField())
    target_groups = s.ListField(child=s.CharField())
    audience_min_age = s.IntegerField(allow_null=True)
    audience_max_age = s.IntegerField(allow_null=True)
    page = s.CharField()


class Theme(s.Serializer):
    slug = s.CharField()
    name = s.CharField(**TEXT)
    description = s.CharField(**TEXT)
    order = s.IntegerField()
    service_classes = s.ListField(child=s.CharField())
    target_groups = s.ListField(child=s.CharField())


class Contact(s.Serializer):
    name = s.CharField(**TEXT)
    email = s.CharField(**TEXT)
    phone = s.CharField(**TEXT)


class Tray(s.Serializer):
    slug = s.CharField()
    kind = s.ChoiceField(choices=TrayKind.choices)
    name = s.CharField(**TEXT)
    display_name = s.CharField(**TEXT)
    county = Code(allow_null=True)
    municipalities = s.ListField(child=s.CharField())
    include_nationwide = s.BooleanField()
    hostnames = s.ListField(child=s.CharField())
    path_prefix = s.CharField(**TEXT)
    primary_color = s.CharField()
    text_color = s.CharField()
    logo_url = s.CharField(**TEXT)
    contact = Contact()


class TrayDetail(Tray):
    themes = Theme(many=True)


class PageBase(s.Serializer):
    count = s.IntegerField(help_text="Items in all pages.")
    page = s.IntegerField()
    page_size = s.IntegerField()
    next = s.CharField(allow_null=True, help_text="URL of the next page.")
    previous = s.CharField(allow_null=True, help_text="URL of the previous page.")


def page_of(item: type[s.Serializer], name: str) -> type[s.Serializer]:
    return type(name, (PageBase,), {"results": item(many=True), "__module__": __name__})


ServicePage = page_of(ServiceSummary, "ServicePage")
ChannelPage = page_of(Channel, "ChannelPage")
PlacePage = page_of(Place, "PlacePage")
EventPage = page_of(Event, "EventPage")
OrganisationPage = page_of(Organisation, "OrganisationPage")


class SearchResult(ServicePage):
    query = s.CharField(**TEXT)
    corrected = s.CharField(allow_null=True, help_text="The query the results are for, when words were corrected.")
    suggestion = s.CharField(allow_null=True, help_text="A better-spelt query to offer.")
    facets = s.DictField(child=s.DictField(child=s.IntegerField()),
                         help_text="facet → value → services with every other filter applied.")


class Error(s.Serializer):
    detail = s.CharField()
    errors = s.DictField(child=s.JSONField(), required=False, help_text="Parameter → what is wrong with it.")


class ApiIndex(s.Serializer):
    version = s.CharField()
    endpoints = s.DictField(child=s.CharField())
    openapi = s.CharField()
    hsds = s.CharField()
    documentation = s.CharField()
