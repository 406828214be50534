"""The canonical catalogue: organisations, services, channels, hours, addresses, classifications."""

from __future__ import annotations

from django.db import models

from tarjotin.core.text import pick_text
from tarjotin.geo.models import Municipality


class AreaType(models.TextChoices):
    NATIONWIDE = "nationwide", "Nationwide"
    NATIONWIDE_EXCEPT_ALAND = "nationwide_except_aland", "Nationwide except Åland"
    LIMITED = "limited", "Limited"


class ChargeType(models.TextChoices):
    FREE = "free", "Free of charge"
    CHARGEABLE = "chargeable", "Chargeable"
    UNKNOWN = "", "Not told"


class ChannelKind(models.TextChoices):
    LOCATION = "location", "Service location"
    PHONE = "phone", "Phone"
    WEBPAGE = "webpage", "Web page"
    ECHANNEL = "echannel", "E-service"
    FORM = "form", "Printable form"


class Sourced(models.Model):
    """Provenance every imported row carries; identity is (source, origin_id)."""

    source = models.CharField(max_length=30)
    origin_id = models.CharField(max_length=100)
    source_modified = models.DateTimeField(null=True, blank=True)
    last_seen = models.DateTimeField()
    # Hash of the parsed record: an unchanged record is not written again, so re-runs change nothing.
    content_hash = models.CharField(max_length=64)

    class Meta:
        abstract = True
        constraints = []

    def text(self, field: str, lang: str) -> str:
        return pick_text(getattr(self, field), lang)


class Classification(models.Model):
    """A code of a classification: PTV service class, target group, life event, or ontology term."""

    class Kind(models.TextChoices):
        SERVICE_CLASS = "service_class", "Service class"
        TARGET_GROUP = "target_group", "Target group"
        LIFE_EVENT = "life_event", "Life event"
        ONTOLOGY_TERM = "ontology_term", "Ontology term"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    code = models.CharField(max_length=200)  # P5.7, KR1.2, KE13; the URI for ontology terms
    parent_code = models.CharField(max_length=200, blank=True)
    name = models.JSONField(default=dict)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "code"], name="classification_kind_code")]
        ordering = ["kind", "code"]

    def __str__(self) -> str:
        return f"{self.code} {self.name.get('fi', '')}"


class Theme(models.Model):
    """A national wellbeing theme, defined by service classes, target groups and keywords."""

    slug = models.SlugField(max_length=40, unique=True)
    order = models.PositiveSmallIntegerField(default=0)
    name = models.JSONField(default=dict)
    description = models.JSONField(default=dict)
    service_classes = models.JSONField(default=list)
    target_groups = models.JSONField(default=list)
    keywords = models.JSONField(default=dict)
    hidden = models.BooleanField(default=False)

    class Meta:
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return self.slug


class Organization(Sourced):
    name = models.JSONField(default=dict)
    summary = models.JSONField(default=dict)
    description = models.JSONField(default=dict)
    org_type = models.CharField(max_length=40, blank=True)
    business_code = models.CharField(max_length=20, blank=True)
    municipality = models.ForeignKey(Municipality, null=True, blank=True, on_delete=models.SET_NULL)
    parent_origin_id = models.CharField(max_length=100, blank=True)
    web_pages = models.JSONField(default=list)
    phones = models.JSONField(default=list)
    emails = models.JSONField(default=list)
    addresses = models.JSONField(default=list)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "origin_id"], name="organization_identity")]

    def __str__(self) -> str:
        return pick_text(self.name, "fi")


class Service(Sourced):
    name = models.JSONField(default=dict)
    alternative_name = models.JSONField(default=dict)
    summary = models.JSONField(default=dict)
    description = models.JSONField(default=dict)
    user_instruction = models.JSONField(default=dict)
    charge_info = models.JSONField(default=dict)
    requirements = models.JSONField(default=dict)
    keywords = models.JSONField(default=dict)  # {lang: [word, …]}
    service_type = models.CharField(max_length=40, blank=True)
    funding_type = models.CharField(max_length=40, blank=True)
    charge_type = models.CharField(max_length=12, choices=ChargeType.choices, blank=True)
    area_type = models.CharField(max_length=30, choices=AreaType.choices, blank=True)
    area_counties = models.JSONField(default=list)  # county codes named in the source, for display
    municipalities = models.ManyToManyField(Municipality, blank=True, related_name="services")
    languages = models.JSONField(default=list)  # languages the service is given in
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="services"
    )
    organization_origin_id = models.CharField(max_length=100, blank=True)
    producers = models.JSONField(default=list)  # [{origin_id, name, role, provision}]
    classifications = models.ManyToManyField(Classification, blank=True, related_name="services")
    # The id the system that wrote the record into its source gave it (PTV `sourceId`), as published.
    source_id = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "origin_id"], name="service_identity")]

    def __str__(self) -> str:
        return pick_text(self.name, "fi")


class ServiceChannel(Sourced):
    kind = models.CharField(max_length=12, choices=ChannelKind.choices)
    name = models.JSONField(default=dict)
    summary = models.JSONField(default=dict)
    description = models.JSONField(default=dict)
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="channels"
    )
    organization_origin_id = models.CharField(max_length=100, blank=True)
    area_type = models.CharField(max_length=30, choices=AreaType.choices, blank=True)
    municipalities = models.ManyToManyField(Municipality, blank=True, related_name="channels")
    languages = models.JSONField(default=list)
    web_pages = models.JSONField(default=list)  # [{url, name, lang}]
    phones = models.JSONField(default=list)  # [{number, kind, charge_type, charge_description, info, lang}]
    emails = models.JSONField(default=list)  # [{value, lang}]
    requires_authentication = models.BooleanField(null=True)
    accessibility = models.JSONField(default=list)
    services = models.ManyToManyField(Service, through="Connection", related_name="channels")
    # The same place from another source or organisation (catalogue.merging): shown once, as this one.
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    # PTV `sourceId` as published: "lipas-…" names the LIPAS place this location is (catalogue.duplicates).
    source_id = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "origin_id"], name="channel_identity")]

    def __str__(self) -> str:
        return pick_text(self.name, "fi")


class Connection(models.Model):
    """A service offered through a channel, with texts and hours that hold only for that pair."""

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="connections")
    channel = models.ForeignKey(ServiceChannel, on_delete=models.CASCADE, related_name="connections")
    charge_type = models.CharField(max_length=12, choices=ChargeType.choices, blank=True)
    description = models.JSONField(default=dict)
    charge_info = models.JSONField(default=dict)
    contact_details = models.JSONField(default=dict)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["service", "channel"], name="connection_pair")]

    def __str__(self) -> str:
        return f"{self.service} – {self.channel}"


class Address(models.Model):
    channel = models.ForeignKey(ServiceChannel, on_delete=models.CASCADE, related_name="addresses")
    order = models.PositiveSmallIntegerField(default=0)
    kind = models.CharField(max_length=12)  # visiting | postal
    sub_kind = models.CharField(max_length=20, blank=True)  # street | post_office_box | other | abroad
    street = models.JSONField(default=dict)
    street_number = models.CharField(max_length=30, blank=True)
    postal_code = models.CharField(max_length=10, blank=True)
    post_office = models.JSONField(default=dict)
    municipality = models.ForeignKey(Municipality, null=True, blank=True, on_delete=models.SET_NULL)
    latitude = models.FloatField(null=True, blank=True)  # WGS84
    longitude = models.FloatField(null=True, blank=True)
    coordinate_state = models.CharField(max_length=30, blank=True)
    additional_info = models.JSONField(default=dict)
    entrances = models.JSONField(default=list)  # [{main, name, point: [lat, lon], groups: [{group, sentences}]}]

    class Meta:
        ordering = ["order"]

    def __str__(self) -> str:
        return f"{pick_text(self.street, 'fi')} {self.street_number}, {self.postal_code}".strip()


class ServiceHour(models.Model):
    """A block of service hours of a channel, or of one service at one channel."""

    class Kind(models.TextChoices):
        WEEKLY = "weekly", "Weekly"
        EXCEPTIONAL = "exceptional", "Exceptional"
        OVER_MIDNIGHT = "over_midnight", "Over midnight"

    channel = models.ForeignKey(
        ServiceChannel, null=True, blank=True, on_delete=models.CASCADE, related_name="hours"
    )
    connection = models.ForeignKey(
        Connection, null=True, blank=True, on_delete=models.CASCADE, related_name="hours"
    )
    order = models.PositiveSmallIntegerField(default=0)
    kind = models.CharField(max_length=15, choices=Kind.choices)
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True)
    is_closed = models.BooleanField(default=False)
    always_open = models.BooleanField(default=False)
    by_appointment = models.BooleanField(default=False)
    info = models.JSONField(default=dict)
    opening = models.JSONField(default=list)  # [{day_from: 0-6, day_to: 0-6 or None, opens: "08:00", closes: "16:00"}]

    class Meta:
        ordering = ["order"]

    def __str__(self) -> str:
        return f"{self.kind} {self.valid_from or ''}–{self.valid_to or ''}"


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    RESCHEDULED = "rescheduled", "Rescheduled"
    CANCELLED = "cancelled", "Cancelled"
    POSTPONED = "postponed", "Postponed"


class Event(Sourced):
    """A dated event (Linked Events). Past events are removed on import, so every row is current or coming."""

    name = models.JSONField(default=dict)
    summary = models.JSONField(default=dict)
    description = models.JSONField(default=dict)  # plain text, paragraphs as blank lines
    start = models.DateTimeField(db_index=True)
    # Exclusive. Where the source gives no end it is the end of the start's day and `end_given` is false,
    # so "on now" is always `start <= t < end` and a page shows only the ends the source told.
    end = models.DateTimeField(db_index=True)
    all_day = models.BooleanField(default=False)  # times are local midnights: show dates only
    end_given = models.BooleanField(default=True)
    status = models.CharField(max_length=12, choices=EventStatus.choices, default=EventStatus.SCHEDULED)
    location_origin_id = models.CharField(max_length=200, blank=True)  # e.g. tprek:8310
    location_name = models.JSONField(default=dict)
    street_address = models.JSONField(default=dict)
    postal_code = models.CharField(max_length=10, blank=True)
    locality = models.JSONField(default=dict)
    location_extra_info = models.JSONField(default=dict)
    municipality = models.ForeignKey(Municipality, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="events")
    latitude = models.FloatField(null=True, blank=True)  # WGS84
    longitude = models.FloatField(null=True, blank=True)
    online = models.BooleanField(default=False)  # happens only on the internet
    external_links = models.JSONField(default=list)  # [{name, url, lang}]
    is_free = models.BooleanField(null=True)  # None: the source tells nothing of the price
    offers = models.JSONField(default=list)  # [{is_free, price {lang}, info_url {lang}, description {lang}}]
    audience = models.JSONField(default=list)  # [{id, name {lang}}]
    target_groups = models.JSONField(default=list)  # PTV target group codes, e.g. ["KR1.2"]
    audience_min_age = models.PositiveSmallIntegerField(null=True, blank=True)
    audience_max_age = models.PositiveSmallIntegerField(null=True, blank=True)
    keywords = models.JSONField(default=list)  # [{id, name {lang}}], YSO ids such as yso:p916
    languages = models.JSONField(default=list)  # languages spoken at the event
    images = models.JSONField(default=list)  # [{url, alt_text {lang}, name, license, photographer}]
    provider = models.JSONField(default=dict)  # the organiser, as the source names it
    publisher = models.CharField(max_length=200, blank=True)
    info_url = models.JSONField(default=dict)
    super_event_origin_id = models.CharField(max_length=200, blank=True)
    super_event_type = models.CharField(max_length=12, blank=True)  # recurring | umbrella

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "origin_id"], name="event_identity")]
        ordering = ["start", "pk"]

    def __str__(self) -> str:
        return pick_text(self.name, "fi")
