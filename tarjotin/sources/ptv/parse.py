"""Pure functions from PTV v11 JSON records to the catalogue's source-neutral records."""

from __future__ import annotations

import uuid

from tarjotin.catalogue.dto import ChannelDTO, ConnectionDTO, OrganizationDTO, ServiceDTO

from . import contact
from .fields import (
    RecordError,
    area,
    as_list,
    charge_type,
    classifications,
    clean,
    joined_texts,
    keywords,
    languages,
    municipality_code,
    texts,
    timestamp,
)

CHANNEL_KINDS = {"ServiceLocation": "location", "Phone": "phone", "WebPage": "webpage",
                 "EChannel": "echannel", "PrintableForm": "form"}
# Only published content is shown; the list endpoints return nothing else, files might.
_SHOWN_STATUSES = {"Published", ""}


def record_kind(record: object) -> str:
    """'organization', 'service' or 'channel' by the record's own fields; '' if none fits."""
    if not isinstance(record, dict):
        return ""
    if "serviceChannelType" in record:
        return "channel"
    if "serviceNames" in record:
        return "service"
    if "organizationNames" in record:
        return "organization"
    return ""


def is_published(record: dict) -> bool:
    return clean(record.get("publishingStatus")) in _SHOWN_STATUSES


def _id(record: dict) -> str:
    raw = clean(record.get("id"))
    try:
        return str(uuid.UUID(raw))
    except ValueError as exc:
        raise RecordError(f"missing or malformed id {raw!r}") from exc


def _name(record: dict, key: str) -> dict[str, str]:
    names = texts(record.get(key), "Name")
    if not names:
        names = texts(record.get(key))
    if not names:
        raise RecordError("no name in any language")
    return names


def _ref_id(item: object, key: str) -> str:
    ref = item.get(key) if isinstance(item, dict) else None
    return clean(ref.get("id")) if isinstance(ref, dict) else ""


def parse_organization(record: dict) -> OrganizationDTO:
    municipality = record.get("municipality")
    return OrganizationDTO(
        origin_id=_id(record),
        modified=timestamp(record.get("modified")),
        name=_name(record, "organizationNames"),
        summary=texts(record.get("organizationDescriptions"), "Summary"),
        description=texts(record.get("organizationDescriptions"), "Description"),
        org_type=clean(record.get("organizationType")),
        business_code=clean(record.get("businessCode")),
        municipality_code=municipality_code(municipality.get("code")) if isinstance(municipality, dict) else "",
        parent_origin_id=clean(record.get("parentOrganizationId")),
        web_pages=contact.web_pages(record.get("webPages")),
        phones=contact.phones(record.get("phoneNumbers")),
        emails=contact.emails(record),
        addresses=tuple(
            {"street": a.street, "street_number": a.street_number, "postal_code": a.postal_code,
             "post_office": a.post_office, "kind": a.kind}
            for a in (contact.address(i) for i in as_list(record.get("addresses")) if isinstance(i, dict))
            if a
        ),
    )


def _responsible(record: dict) -> tuple[str, tuple[dict, ...]]:
    responsible, others = "", []
    for item in as_list(record.get("organizations")):
        org_id = _ref_id(item, "organization")
        if not org_id:
            continue
        role = clean(item.get("roleType"))
        if role == "Responsible" and not responsible:
            responsible = org_id
        else:
            name = item["organization"].get("name")
            others.append({"origin_id": org_id, "name": clean(name), "role": role,
                           "provision": clean(item.get("provisionType"))})
    main = record.get("mainOrganization")
    if not responsible and isinstance(main, dict):
        responsible = clean(main.get("id"))
    return responsible, tuple(others)


def _connection(item: dict) -> ConnectionDTO | None:
    channel_id = _ref_id(item, "serviceChannel")
    if not channel_id:
        return None
    details = item.get("contactDetails") if isinstance(item.get("contactDetails"), dict) else {}
    return ConnectionDTO(
        channel_origin_id=channel_id,
        charge_type=charge_type(item.get("serviceChargeType")),
        description=texts(item.get("description"), "Description"),
        charge_info=texts(item.get("description"), "ChargeTypeAdditionalInfo"),
        contact_details={
            "phones": list(contact.phones(details.get("phoneNumbers"))),
            "emails": list(contact.emails(details)),
            "web_pages": list(contact.web_pages(details.get("webPages"))),
        } if details else {},
        hours=contact.hours(item.get("serviceHours")),
    )


def parse_service(record: dict) -> ServiceDTO:
    descriptions = record.get("serviceDescriptions")
    responsible, producers = _responsible(record)
    connections = (_connection(i) for i in as_list(record.get("serviceChannels")) if isinstance(i, dict))
    return ServiceDTO(
        origin_id=_id(record),
        modified=timestamp(record.get("modified")),
        name=_name(record, "serviceNames"),
        alternative_name=texts(record.get("serviceNames"), "AlternativeName"),
        summary=texts(descriptions, "Summary") or texts(descriptions, "ShortDescription"),
        description=texts(descriptions, "Description"),
        user_instruction=texts(descriptions, "UserInstruction") or texts(descriptions, "ServiceUserInstruction"),
        charge_info=texts(descriptions, "ChargeTypeAdditionalInfo"),
        requirements=joined_texts(record.get("requirements")),
        keywords=keywords(record.get("keywords")),
        service_type=clean(record.get("type")),
        funding_type=clean(record.get("fundingType")),
        charge_type=charge_type(record.get("serviceChargeType")),
        area=area(record),
        languages=languages(record.get("languages")),
        organization_origin_id=responsible,
        producers=producers,
        classifications=classifications(record),
        connections=tuple(c for c in connections if c),
        source_id=clean(record.get("sourceId")),
    )


def _channel_web_pages(record: dict, kind: str) -> tuple[dict, ...]:
    pages = contact.web_pages(record.get("webPages"))
    if kind == "form":
        pages = contact.form_urls(record.get("channelUrls")) + pages
    return pages


def parse_channel(record: dict) -> ChannelDTO:
    kind = CHANNEL_KINDS.get(clean(record.get("serviceChannelType")))
    if not kind:
        raise RecordError(f"unknown channel type {record.get('serviceChannelType')!r}")
    phones = contact.phones(record.get("phoneNumbers")) + contact.phones(record.get("supportPhones"))
    addresses = (contact.address(a) for a in as_list(record.get("addresses")) if isinstance(a, dict))
    return ChannelDTO(
        origin_id=_id(record),
        modified=timestamp(record.get("modified")),
        kind=kind,
        name=_name(record, "serviceChannelNames"),
        summary=texts(record.get("serviceChannelDescriptions"), "Summary")
        or texts(record.get("serviceChannelDescriptions"), "ShortDescription"),
        description=texts(record.get("serviceChannelDescriptions"), "Description"),
        organization_origin_id=clean(record.get("organizationId")),
        area=area(record),
        languages=languages(record.get("languages")),
        web_pages=_channel_web_pages(record, kind),
        phones=phones,
        emails=contact.emails(record),
        requires_authentication=record.get("requiresAuthentication")
        if isinstance(record.get("requiresAuthentication"), bool) else None,
        accessibility=tuple(a for a in as_list(record.get("accessibilityClassification")) if isinstance(a, dict)),
        addresses=tuple(a for a in addresses if a),
        hours=contact.hours(record.get("serviceHours")),
        service_origin_ids=tuple(sorted({i for i in (_ref_id(s, "service") for s in as_list(record.get("services")))
                                         if i})),
        source_id=clean(record.get("sourceId")),
    )


PARSERS = {"organization": parse_organization, "service": parse_service, "channel": parse_channel}
