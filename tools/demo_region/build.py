"""Builds the whole demo region: services, channels, organisations and their connections."""
from __future__ import annotations

from dataclasses import dataclass

from . import channels as channel_json
from . import orgjson, quirks_plan
from . import services as service_json
from .catalog import channel_specs
from .channels import ChannelSpec
from .connections import connection, extras
from .instances import Instance, all_instances
from .orgs import ORGS
from .quirks import OLD_CHANNELS, OLD_SERVICES, Problem
from .util import old_stamp, recent_stamp, uid


@dataclass
class Region:
    """The generated PTV objects plus what the check and the README need to know."""

    organizations: dict[str, dict]
    services: dict[str, dict]
    channels: dict[str, dict]
    instances: dict[str, Instance]
    specs: dict[str, ChannelSpec]
    problems: list[Problem]


def _stamp(kind: str, key: str, old: frozenset[str]) -> str:
    return old_stamp(kind, key) if key in old else recent_stamp(kind, key)


def _fi_name(item: dict, field: str) -> str:
    return next(r["value"] for r in item[field] if r["language"] == "fi" and r["type"] == "Name")


def _venue_key(inst: Instance) -> str | None:
    if inst.muni and inst.arch.venue:
        return f"{inst.muni}:{inst.arch.venue}"
    return None


def connect(insts: list[Instance], services: dict[str, dict], channels: dict[str, dict]) -> None:
    """Adds each connection to both sides with the same data."""
    for inst in insts:
        svc = services[inst.key]
        for ch_key in dict.fromkeys(inst.channels):
            ch = channels[ch_key]
            desc, hours = extras(inst, ch_key, _venue_key(inst))
            modified = min(svc["modified"], ch["modified"])
            svc["serviceChannels"].append(connection(
                "serviceChannel", {"id": ch["id"], "name": _fi_name(ch, "serviceChannelNames")},
                None, desc, hours, modified))
            ch["services"].append(connection(
                "service", {"id": svc["id"], "name": _fi_name(svc, "serviceNames")},
                None, desc, hours, modified))


def aggregate_channel_data(services: dict[str, dict], channels: dict[str, dict]) -> None:
    """Channel ontology terms = union over connected services; shared flag for cross-org use."""
    by_id = {s["id"]: s for s in services.values()}
    for ch in channels.values():
        terms: dict[str, dict] = {}
        for conn in ch["services"]:
            svc = by_id[conn["service"]["id"]]
            for term in svc["ontologyTerms"]:
                terms.setdefault(term["uri"], term)
            owner = svc["organizations"][0]["organization"]["id"]
            if owner != ch["organizationId"]:
                ch["isVisibleForAll"] = True
        ch["ontologyTerms"] = list(terms.values())


def build() -> Region:
    """The complete, deterministic demo region."""
    specs = channel_specs()
    insts = all_instances(set(specs))
    services = {i.key: service_json.emit(i, _stamp("service", i.key, OLD_SERVICES)) for i in insts}
    channels = {k: channel_json.emit(s, _stamp("channel", k, OLD_CHANNELS))
                for k, s in specs.items()}
    connect(insts, services, channels)
    aggregate_channel_data(services, channels)
    problems = quirks_plan.apply(services, channels)
    orgs = {}
    for key, org in ORGS.items():
        roles = orgjson.service_roles(key, services)
        orgs[key] = orgjson.emit(org, roles, recent_stamp("org", key))
    return Region(orgs, services, channels, {i.key: i for i in insts}, specs, problems)


def org_id(key: str) -> str:
    return uid("org", key)
