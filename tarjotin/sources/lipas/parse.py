"""Pure functions from one LIPAS sports place (API v1 or v2) to a catalogue service and its location."""

from __future__ import annotations

from dataclasses import dataclass

from tarjotin.catalogue.dto import AddressDTO, AreaDTO, ChannelDTO, ConnectionDTO, ServiceDTO, Texts

from . import fields as f
from .fields import RecordError
from .types import NOT_FOR_RESIDENTS, LipasType, type_get

# What a resident can use; the v2 API filters by these statuses and files are read the same way.
DEFAULT_STATUSES = ("active",)


@dataclass(frozen=True)
class Place:
    service: ServiceDTO
    channel: ChannelDTO


def is_place(record: object) -> bool:
    return isinstance(record, dict) and ("lipas-id" in record or "sportsPlaceId" in record)


def status(record: dict) -> str:
    """The legacy API has no status: it only ever published places in use."""
    return f.clean(record.get("status")) or "active"


def channel_id(place_id: str) -> str:
    return f"place-{place_id}"


def _description(record: dict) -> Texts:
    """v2 `comment` is what the legacy API calls `properties.infoFi`: free text, in Finnish."""
    properties = record.get("properties") if isinstance(record.get("properties"), dict) else {}
    text = f.clean(record.get("comment")) or f.clean(f.pick(properties, "info-fi", "infoFi"))
    return {"fi": text} if text else {}


def _producers(record: dict) -> tuple[dict, ...]:
    """LIPAS names no organisation, only the kind of owner and administrator: kept as text."""
    found = []
    for role in ("owner", "admin"):
        name = f.party(record.get(role))
        if name:
            found.append({"origin_id": "", "name": name, "role": role, "provision": ""})
    return tuple(found)


def _type(record: dict) -> LipasType:
    code = f.type_code(record)
    found = type_get(code)
    if found is None:
        raise RecordError(f"unknown type code {code}")
    if found.main_category in NOT_FOR_RESIDENTS:
        raise RecordError(f"type {code} ({found.name.get('fi', '')}) is a service building, not for residents")
    return found


def _address(location: dict, municipality: str) -> AddressDTO | None:
    street = f.street(location.get("address"))
    postal_code = f.postal_code(f.pick(location, "postal-code", "postalCode"))
    office = f.clean(f.pick(location, "postal-office", "postalOffice"))
    neighborhood = f.clean(f.pick(location, "neighborhood") or f.pick(location.get("city"), "neighborhood"))
    found = f.point(location)
    if not (street or postal_code or found):
        return None
    return AddressDTO(
        kind="visiting", sub_kind="street",
        street={"fi": street} if street else {},
        postal_code=postal_code,
        post_office={"fi": office} if office else {},
        municipality_code=municipality,
        latitude=found[0] if found else None,
        longitude=found[1] if found else None,
        additional_info={"fi": neighborhood} if neighborhood else {},
    )


def _web_pages(record: dict) -> tuple[dict, ...]:
    urls = (f.web_url(record.get("www")), f.web_url(f.pick(record, "reservations-link", "reservationsLink")))
    return tuple({"url": url, "name": "", "lang": ""} for url in dict.fromkeys(u for u in urls if u))


def _phones(record: dict) -> tuple[dict, ...]:
    number = f.clean(f.pick(record, "phone-number", "phoneNumber"))
    return ({"number": number, "kind": "phone", "charge_type": "", "charge_description": "", "info": "",
             "lang": ""},) if number else ()


def parse_place(record: dict) -> Place:
    """One LIPAS sports place as a service with one location channel; RecordError when unreadable."""
    origin = f.place_id(record)
    kind = _type(record)
    name, modified = f.names(record), f.timestamp(record)
    location = record.get("location") if isinstance(record.get("location"), dict) else {}
    municipality = f.municipality_code(location)
    area = AreaDTO("limited", (municipality,)) if municipality else AreaDTO()
    address = _address(location, municipality)
    email = f.email(record.get("email"))
    marketing = f.clean(f.pick(record, "marketing-name", "marketingName"))
    service = ServiceDTO(
        origin_id=origin, modified=modified, name=name,
        alternative_name={"fi": marketing} if marketing and marketing != name.get("fi") else {},
        summary=dict(kind.name),
        description=_description(record),
        keywords=kind.search_words(),
        area=area,
        producers=_producers(record),
        classifications=kind.classifications(),
        connections=(ConnectionDTO(channel_origin_id=channel_id(origin)),),
    )
    channel = ChannelDTO(
        origin_id=channel_id(origin), modified=modified, kind="location", name=name, area=area,
        web_pages=_web_pages(record), phones=_phones(record),
        emails=({"value": email, "lang": ""},) if email else (),
        addresses=(address,) if address else (),
    )
    return Place(service, channel)
