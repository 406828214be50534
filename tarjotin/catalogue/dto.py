"""Source-neutral records that adapters produce and catalogue services write."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime

Texts = dict[str, str]


@dataclass(frozen=True)
class ClassificationRef:
    kind: str  # service_class | target_group | life_event | ontology_term
    code: str
    name: Texts = field(default_factory=dict)
    parent_code: str = ""


@dataclass(frozen=True)
class OpeningTime:
    day_from: int  # 0 = Monday
    day_to: int | None
    opens: str  # "08:00"
    closes: str


@dataclass(frozen=True)
class HoursDTO:
    kind: str  # weekly | exceptional | over_midnight
    valid_from: date | None = None
    valid_to: date | None = None
    is_closed: bool = False
    always_open: bool = False
    by_appointment: bool = False
    info: Texts = field(default_factory=dict)
    opening: tuple[OpeningTime, ...] = ()


@dataclass(frozen=True)
class AddressDTO:
    kind: str  # visiting | postal
    sub_kind: str = ""
    street: Texts = field(default_factory=dict)
    street_number: str = ""
    postal_code: str = ""
    post_office: Texts = field(default_factory=dict)
    municipality_code: str = ""
    latitude: float | None = None
    longitude: float | None = None
    coordinate_state: str = ""
    additional_info: Texts = field(default_factory=dict)
    entrances: tuple[dict, ...] = ()


@dataclass(frozen=True)
class AreaDTO:
    area_type: str = ""  # nationwide | nationwide_except_aland | limited | ""
    municipality_codes: tuple[str, ...] = ()
    county_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrganizationDTO:
    origin_id: str
    modified: datetime | None
    name: Texts
    summary: Texts = field(default_factory=dict)
    description: Texts = field(default_factory=dict)
    org_type: str = ""
    business_code: str = ""
    municipality_code: str = ""
    parent_origin_id: str = ""
    web_pages: tuple[dict, ...] = ()
    phones: tuple[dict, ...] = ()
    emails: tuple[dict, ...] = ()
    addresses: tuple[dict, ...] = ()


@dataclass(frozen=True)
class ConnectionDTO:
    channel_origin_id: str
    charge_type: str = ""
    description: Texts = field(default_factory=dict)
    charge_info: Texts = field(default_factory=dict)
    contact_details: dict = field(default_factory=dict)
    hours: tuple[HoursDTO, ...] = ()


@dataclass(frozen=True)
class ServiceDTO:
    origin_id: str
    modified: datetime | None
    name: Texts
    alternative_name: Texts = field(default_factory=dict)
    summary: Texts = field(default_factory=dict)
    description: Texts = field(default_factory=dict)
    user_instruction: Texts = field(default_factory=dict)
    charge_info: Texts = field(default_factory=dict)
    requirements: Texts = field(default_factory=dict)
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    service_type: str = ""
    funding_type: str = ""
    charge_type: str = ""
    area: AreaDTO = field(default_factory=AreaDTO)
    languages: tuple[str, ...] = ()
    organization_origin_id: str = ""
    producers: tuple[dict, ...] = ()
    classifications: tuple[ClassificationRef, ...] = ()
    connections: tuple[ConnectionDTO, ...] = ()
    source_id: str = ""  # the id the system that wrote the record into its source gave it (PTV sourceId)


@dataclass(frozen=True)
class ChannelDTO:
    origin_id: str
    modified: datetime | None
    kind: str  # location | phone | webpage | echannel | form
    name: Texts
    summary: Texts = field(default_factory=dict)
    description: Texts = field(default_factory=dict)
    organization_origin_id: str = ""
    area: AreaDTO = field(default_factory=AreaDTO)
    languages: tuple[str, ...] = ()
    web_pages: tuple[dict, ...] = ()
    phones: tuple[dict, ...] = ()
    emails: tuple[dict, ...] = ()
    requires_authentication: bool | None = None
    accessibility: tuple[dict, ...] = ()
    addresses: tuple[AddressDTO, ...] = ()
    hours: tuple[HoursDTO, ...] = ()
    service_origin_ids: tuple[str, ...] = ()  # connections as the channel lists them
    source_id: str = ""  # PTV sourceId: LIPAS writes "lipas-…" on the places it pushes into PTV


def content_hash(record: object) -> str:
    """A stable hash of a record's content, so an unchanged record is never written again."""
    payload = json.dumps(asdict(record), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


@dataclass(frozen=True)
class EventDTO:
    """A dated event. Times are aware; `end` is exclusive and, where the source gives none, the end of the
    start's day (`end_given` false); an `all_day` event's times are local midnights."""

    origin_id: str
    modified: datetime | None
    name: Texts
    start: datetime
    end: datetime
    all_day: bool = False
    end_given: bool = True
    status: str = "scheduled"  # scheduled | rescheduled | cancelled | postponed
    summary: Texts = field(default_factory=dict)
    description: Texts = field(default_factory=dict)
    location_origin_id: str = ""
    location_name: Texts = field(default_factory=dict)
    street_address: Texts = field(default_factory=dict)
    postal_code: str = ""
    locality: Texts = field(default_factory=dict)
    location_extra_info: Texts = field(default_factory=dict)
    municipality_code: str = ""
    latitude: float | None = None  # WGS84
    longitude: float | None = None
    online: bool = False  # happens only on the internet
    external_links: tuple[dict, ...] = ()  # [{name, url, lang}]
    is_free: bool | None = None  # None: the source tells nothing of the price
    offers: tuple[dict, ...] = ()  # [{is_free, price {lang}, info_url {lang}, description {lang}}]
    audience: tuple[dict, ...] = ()  # [{id, name {lang}}]
    target_groups: tuple[str, ...] = ()  # PTV codes (KR1.1 …) the audience maps to
    audience_min_age: int | None = None
    audience_max_age: int | None = None
    keywords: tuple[dict, ...] = ()  # [{id, name {lang}}], YSO ids such as yso:p916
    languages: tuple[str, ...] = ()  # languages spoken at the event
    images: tuple[dict, ...] = ()  # [{url, alt_text {lang}, name, license, photographer}]
    provider: Texts = field(default_factory=dict)  # the organiser, as the source names it
    publisher: str = ""  # the publishing organisation's id in the source
    info_url: Texts = field(default_factory=dict)
    super_event_origin_id: str = ""
    super_event_type: str = ""  # recurring | umbrella | ""
