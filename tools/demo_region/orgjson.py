"""Serialisation of organisations into V10VmOpenApiOrganization."""
from __future__ import annotations

from .channels import area_fields
from .geo import BY_CODE, municipality, municipality_area, street_address
from .orgs import Org, main_number
from .util import business_code, localized, uid


def _addresses(org: Org) -> list[dict]:
    street = street_address(org.address)
    visiting = {"type": "Visiting", "subType": "Street", "postOfficeBoxAddress": None,
                "streetAddress": street, "otherAddress": None, "foreignAddress": None,
                "country": "FI"}
    if org.type != "Municipality":
        return [visiting]
    place = BY_CODE[org.muni or ""].places[0]
    box = {"postOfficeBox": [{"value": "PL 3", "language": "fi"},
                             {"value": "PB 3", "language": "sv"}],
           "postalCode": place.postal[:4] + "1", "postOffice": street["postOffice"],
           "municipality": municipality(org.muni or ""), "additionalInformation": []}
    postal = {"type": "Postal", "subType": "PostOfficeBox", "postOfficeBoxAddress": box,
              "streetAddress": None, "otherAddress": None, "foreignAddress": None, "country": "FI"}
    return [visiting, postal]


def _contacts(org: Org) -> dict:
    langs = [k for k in ("fi", "sv", "en") if k in org.name]
    info = {"fi": "Vaihde", "sv": "Växel", "en": "Switchboard"}
    phones = [{"additionalInformation": info[k], "serviceChargeType": "Chargeable",
               "chargeDescription": None, "prefixNumber": "+358", "isFinnishServiceNumber": False,
               "number": main_number(org),
               "language": k} for k in langs[:2]]
    emails = [{"description": None, "value": f"{'kirjaamo' if org.type != 'Organization' else 'info'}"
               f"@{org.domain}", "language": "fi"}]
    paths = {"fi": "", "sv": "sv", "en": "en"}
    webs = [{"url": f"https://{org.domain}/{paths[k]}", "value": org.name[k], "language": k}
            for k in langs]
    return {"emails": emails, "phoneNumbers": phones, "webPages": webs}


def _area(org: Org) -> tuple[str | None, list[dict]]:
    if org.type == "Municipality":
        return "LimitedType", municipality_area((org.muni or "",))
    return area_fields(org.area)


def emit(org: Org, services: list[dict], modified: str) -> dict:
    """The organisation object with its service roles."""
    area_type, areas = _area(org)
    names = localized(org.name, "Name") + localized(org.alt_name, "AlternativeName")
    descs = localized(org.summary, "Summary") + localized(org.description, "Description")
    display = [{"type": "Name", "language": k} for k in org.name]
    return {
        "id": uid("org", org.key), "versionId": uid("org-version", org.key, modified),
        "sourceId": None, "oid": None, "parentOrganizationId": None,
        "organizationRootId": uid("org", org.key),
        "municipality": municipality(org.muni) if org.muni else None,
        "organizationType": org.type, "businessCode": business_code(org.key),
        "businessName": None, "organizationNames": names, "displayNameType": display,
        "areaType": area_type, "areas": areas, "organizationDescriptions": descs,
        **_contacts(org), "addresses": _addresses(org), "electronicInvoicings": [],
        "publishingStatus": "Published", "services": services, "modified": modified,
        "subOrganizations": [],
    }


def service_roles(org_key: str, services: dict[str, dict]) -> list[dict]:
    """The organisation's `services[]`: every role it has in a service."""
    org_id = uid("org", org_key)
    rows = []
    for svc in services.values():
        name = next(n["value"] for n in svc["serviceNames"] if n["language"] == "fi")
        for role in svc["organizations"]:
            if role["organization"]["id"] == org_id:
                rows.append({"organizationId": org_id, "service": {"id": svc["id"], "name": name},
                             "roleType": role["roleType"], "provisionType": role["provisionType"],
                             "additionalInformation": []})
    return rows

