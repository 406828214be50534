"""Builders of small PTV v11 records in the real shapes, for importer tests."""

from __future__ import annotations

import uuid

NS = uuid.UUID("6f1c1a2e-3c55-4a7e-9d0e-5b8f3f1b2a10")


def gid(key: str) -> str:
    return str(uuid.uuid5(NS, key))


def _names(value: str, key: str = "serviceNames") -> dict:
    return {key: [{"language": "fi", "value": value, "type": "Name"}]}


def organization(key: str, name: str) -> dict:
    return {"id": gid(key), "organizationType": "Municipality", "publishingStatus": "Published",
            "modified": "2026-10-01T08:00:00.000000", **_names(name, "organizationNames")}


def service(key: str, name: str, *, org: str = "org", channels: tuple[str, ...] = (),
            modified: str = "2026-10-01T08:00:00.000000", municipalities: tuple[str, ...] = ("905",)) -> dict:
    return {
        "id": gid(key), "type": "Service", "publishingStatus": "Published", "modified": modified,
        **_names(name),
        "serviceDescriptions": [{"language": "fi", "value": f"{name} lyhyesti.", "type": "Summary"}],
        "serviceChargeType": "FreeOfCharge", "areaType": "LimitedType",
        "areas": [{"type": "Municipality", "code": None, "name": None,
                   "municipalities": [{"code": m, "name": []} for m in municipalities]}],
        "serviceClasses": [{"code": "P27.1", "name": [{"language": "fi", "value": "Liikunta ja urheilu"}],
                            "uri": "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27.1"}],
        "targetGroups": [{"code": "KR1.1", "uri": "http://urn.fi/URN:NBN:fi:au:ptvl:v2004", "name": []}],
        "organizations": [{"roleType": "Responsible", "organization": {"id": gid(org), "name": "Kunta"}}],
        "serviceChannels": [{"serviceChannel": {"id": gid(c), "name": c}, "serviceHours": [], "description": []}
                            for c in channels],
    }


def channel(key: str, name: str, *, org: str = "org", services: tuple[str, ...] = ()) -> dict:
    return {
        "id": gid(key), "serviceChannelType": "Phone", "organizationId": gid(org),
        "publishingStatus": "Published", "modified": "2026-10-01T08:00:00.000000",
        **_names(name, "serviceChannelNames"),
        "phoneNumbers": [{"type": "Phone", "prefixNumber": "+358", "number": "401234567", "language": "fi"}],
        "services": [{"service": {"id": gid(s), "name": s}} for s in services],
    }


def page(items: list, number: int = 1, count: int = 1) -> dict:
    return {"pageNumber": number, "pageSize": 100, "pageCount": count, "itemList": items}
