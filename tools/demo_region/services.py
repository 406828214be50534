"""Serialisation of a service instance into V11VmOpenApiService."""
from __future__ import annotations

from .channels import area_fields
from .codes import life_event, ontology_term, service_class, target_group
from .geo import BY_CODE
from .instances import Instance, fill
from .orgs import ORGS
from .util import h, localized, uid

NULL_TYPES = ("ValidityTime", "ProcessingTime", "DeadLine")


def names(inst: Instance) -> list[dict]:
    rows = localized(fill(inst.arch.name, inst.params, inst.langs), "Name")
    return rows + localized(fill(inst.arch.alt_name, inst.params, inst.langs), "AlternativeName")


def descriptions(inst: Instance) -> list[dict]:
    """Summary, Description, UserInstruction, ChargeTypeAdditionalInfo (+ null rows)."""
    a, p, langs = inst.arch, inst.params, inst.langs
    rows = (localized(fill(a.summary, p, langs), "Summary")
            + localized(fill(a.description, p, langs), "Description")
            + localized(fill(a.instruction, p, langs), "UserInstruction")
            + localized(fill(a.charge_info, p, langs), "ChargeTypeAdditionalInfo"))
    if h("nulls", inst.key) % 3 == 0:  # many real records carry unused types as null
        rows += [{"language": "fi", "value": None, "type": t} for t in NULL_TYPES]
        if not a.charge_info:
            rows.append({"language": "fi", "value": None, "type": "ChargeTypeAdditionalInfo"})
    return rows


def languages(inst: Instance) -> list[str]:
    """Languages the service is provided in (not the text languages)."""
    org = ORGS[inst.org]
    muni_lang = BY_CODE[inst.muni].lang if inst.muni else None
    base = ["fi"] if muni_lang == "fi-only" else ["fi", "sv"]
    if muni_lang == "sv" or (muni_lang is None and org.swedish_first):
        base.reverse()
    return base + [x for x in inst.arch.langs if x not in base]


def area(inst: Instance) -> tuple[str | None, list[dict]]:
    if inst.muni:
        return area_fields((inst.muni,))
    return area_fields(inst.arch.area or ORGS[inst.org].area)


def organizations(inst: Instance) -> list[dict]:
    org = ORGS[inst.org]
    rows = [{"organization": {"id": uid("org", org.key), "name": org.name["fi"]},
             "roleType": "Responsible", "provisionType": None, "additionalInformation": []}]
    applies = not (inst.muni and inst.arch.producers_in and inst.muni not in inst.arch.producers_in)
    producers = list(inst.arch.producers) if applies else []
    if org.type in ("Municipality", "Region") and not producers:
        producers = [(org.key, "SelfProducedServices")]
    for key, provision in producers:
        rows.append({"organization": {"id": uid("org", key), "name": ORGS[key].name["fi"]},
                     "roleType": "Producer", "provisionType": provision,
                     "additionalInformation": []})
    return rows


def keywords(inst: Instance) -> list[dict]:
    return [{"value": word, "language": lang} for lang, words in inst.arch.keywords.items()
            if lang in inst.langs for word in words]


def emit(inst: Instance, modified: str) -> dict:
    """The service object; serviceChannels are filled in by the builder."""
    a = inst.arch
    area_type, areas = area(inst)
    return {
        "id": uid("service", inst.key), "versionId": uid("service-version", inst.key, modified),
        "sourceId": None, "generalDescriptionId": None, "subType": None, "type": "Service",
        "fundingType": a.funding, "serviceNames": names(inst), "serviceChargeType": a.charge,
        "areaType": area_type, "areas": areas, "serviceDescriptions": descriptions(inst),
        "languages": languages(inst), "serviceClasses": [service_class(c) for c in a.classes],
        "ontologyTerms": [ontology_term(t) for t in a.terms],
        "targetGroups": [target_group(c) for c in a.targets],
        "lifeEvents": [life_event(c) for c in a.events], "industrialClasses": [],
        "legislation": [], "keywords": keywords(inst),
        "requirements": [{"value": v, "language": k}
                         for k, v in fill(a.requirements, inst.params, inst.langs).items()],
        "serviceChannels": [], "organizations": organizations(inst),
        "serviceVouchersInUse": False, "serviceVouchers": [], "serviceCollections": [],
        "publishingStatus": "Published", "modified": modified,
        "responsibleSoteOrganization": None,
    }
