"""Channel specification and its serialisation into the five polymorphic PTV channel shapes."""
from __future__ import annotations

from dataclasses import dataclass, field

from .access import entrances
from .geo import Address, county_area, location_address, municipality_area
from .hours import profile
from .util import L, lang_items, localized, uid


@dataclass
class Phone:
    """One phone row; `number` without the leading zero (or a full service number)."""

    number: str | None
    info: L = field(default_factory=dict)
    charge: str = "Chargeable"
    charge_desc: L = field(default_factory=dict)
    type: str = "Phone"
    service_number: bool = False


@dataclass
class ChannelSpec:
    """Everything needed to emit one channel."""

    key: str
    kind: str  # ServiceLocation, Phone, WebPage, EChannel, PrintableForm
    org: str
    name: L
    summary: L
    description: L
    area: tuple[str, ...] | str | None = None  # codes, "county", "nationwide" or None (null)
    address: Address | None = None
    hours: str | None = None
    phones: list[Phone] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    urls: L = field(default_factory=dict)  # language -> url (web page / e-service / form file)
    langs: tuple[str, ...] = ("fi", "sv")
    auth: bool = False
    form_id: L = field(default_factory=dict)
    with_entrances: bool = False
    email_key: str = "emails"
    shared: bool = False
    delivery: L = field(default_factory=dict)  # printable form: where to return it
    receiver: L = field(default_factory=dict)


def area_fields(area: tuple[str, ...] | str | None) -> tuple[str | None, list[dict]]:
    """(areaType, areas) for an area specification."""
    if area is None:
        return None, []
    if area == "nationwide":
        return "Nationwide", []
    if area == "county":
        return "LimitedType", county_area()
    return "LimitedType", municipality_area(tuple(area))


def phone_rows(spec: ChannelSpec, with_type: bool = True) -> list[dict]:
    """Phone numbers repeated per text language, as PTV emits them."""
    rows = []
    for p in spec.phones:
        for lang in (x for x in ("fi", "sv", "en") if x in spec.name):
            row = {"type": p.type} if with_type else {}
            row.update({"additionalInformation": p.info.get(lang), "serviceChargeType": p.charge,
                        "chargeDescription": p.charge_desc.get(lang),
                        "prefixNumber": None if p.service_number else "+358",
                        "isFinnishServiceNumber": p.service_number, "number": p.number,
                        "language": lang})
            rows.append(row)
    return rows


def email_rows(spec: ChannelSpec) -> list[dict]:
    return [{"value": e, "language": lang} for e in spec.emails
            for lang in ("fi", "sv") if lang in spec.name]


def web_rows(spec: ChannelSpec) -> list[dict]:
    return [{"url": url, "value": spec.name.get(lang, spec.name["fi"]), "language": lang}
            for lang, url in spec.urls.items()]


def _head(spec: ChannelSpec, modified: str) -> dict:
    area_type, areas = area_fields(spec.area)
    descs = localized(spec.summary, "Summary") + localized(spec.description, "Description")
    return {"id": uid("channel", spec.key), "versionId": uid("channel-version", spec.key, modified),
            "sourceId": None, "serviceChannelType": spec.kind, "organizationId": uid("org", spec.org),
            "serviceChannelNames": localized(spec.name, "Name"),
            "serviceChannelDescriptions": descs, "areaType": area_type, "areas": areas}


def _tail(spec: ChannelSpec, modified: str) -> dict:
    return {"services": [], "serviceCollections": [], "publishingStatus": "Published",
            "modified": modified, "responsibleSoteOrganization": None, "ontologyTerms": [],
            "isVisibleForAll": spec.shared}


def _location(spec: ChannelSpec, modified: str) -> dict:
    head = _head(spec, modified)
    head["oid"] = None
    head["displayNameType"] = [{"type": "Name", "language": k} for k in spec.name]
    entries = entrances(spec.key, spec.address.coordinates()) if spec.with_entrances else None
    addr = location_address(spec.address, entries)
    body = {"phoneNumbers": phone_rows(spec), spec.email_key: email_rows(spec),
            "languages": list(spec.langs), "webPages": web_rows(spec), "addresses": [addr],
            "serviceHours": profile(spec.hours, tuple(spec.name))}
    order = ("id", "versionId", "sourceId", "oid", "serviceChannelType", "organizationId",
             "serviceChannelNames", "displayNameType", "serviceChannelDescriptions", "areaType",
             "areas")
    return {**{k: head[k] for k in order}, **body, **_tail(spec, modified)}


def _support(spec: ChannelSpec) -> dict:
    return {"supportPhones": phone_rows(spec, with_type=False), "supportEmails": email_rows(spec),
            "languages": list(spec.langs), "webPages": web_rows(spec),
            "serviceHours": profile(spec.hours, tuple(spec.name))}


def _accessibility(spec: ChannelSpec) -> list[dict]:
    url = next(iter(spec.urls.values()), "")
    base = url.split("/")[0] + "//" + url.split("/")[2] if "://" in url else url
    return [{"accessibilityClassificationLevel": "PartiallyCompliant", "wcagLevel": "LevelAA",
             "accessibilityStatementWebPageName": "Saavutettavuusseloste",
             "accessibilityStatementWebPage": f"{base}/saavutettavuus", "language": "fi"}]


def _phone(spec: ChannelSpec, modified: str) -> dict:
    body = {"phoneNumbers": phone_rows(spec), "supportEmails": email_rows(spec),
            "languages": list(spec.langs), "webPages": [],
            "serviceHours": profile(spec.hours, tuple(spec.name))}
    return {**_head(spec, modified), **body, **_tail(spec, modified)}


def _web(spec: ChannelSpec, modified: str) -> dict:
    body = {**_support(spec), "accessibilityClassification": _accessibility(spec)}
    return {**_head(spec, modified), **body, **_tail(spec, modified)}


def _echannel(spec: ChannelSpec, modified: str) -> dict:
    body = {"signatureQuantity": 0, "requiresSignature": False,
            "requiresAuthentication": spec.auth, "attachments": [], **_support(spec),
            "accessibilityClassification": _accessibility(spec)}
    return {**_head(spec, modified), **body, **_tail(spec, modified)}


def _form(spec: ChannelSpec, modified: str) -> dict:
    delivery = {"subType": "NoAddress", "postOfficeBoxAddress": None, "streetAddress": None,
                "deliveryAddressInText": lang_items(spec.delivery),
                "receiver": lang_items(spec.receiver)}
    body = {"formIdentifier": lang_items(spec.form_id),
            "deliveryAddresses": [delivery] if spec.delivery else [],
            "channelUrls": [{"language": k, "value": v, "type": "PDF"} for k, v in spec.urls.items()],
            "attachments": [], **_support(spec)}
    body["webPages"] = []
    return {**_head(spec, modified), **body, **_tail(spec, modified)}


EMITTERS = {"ServiceLocation": _location, "Phone": _phone, "WebPage": _web, "EChannel": _echannel,
            "PrintableForm": _form}


def emit(spec: ChannelSpec, modified: str) -> dict:
    """The PTV v11 JSON object of a channel (services[] filled in later)."""
    return EMITTERS[spec.kind](spec, modified)
