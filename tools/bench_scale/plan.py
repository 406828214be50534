"""The seeded plan of a national catalogue: who offers what, where, and through which channels."""

from __future__ import annotations

import csv
import random
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .basics import ASSOCIATIONS, NATIONAL
from .places import Municipality, genitive_sv, slug
from .ptv import gid
from .texts import Slot

Texts = dict[str, str]
COUNTIES_CSV = Path(__file__).resolve().parents[2] / "tarjotin" / "geo" / "data" / "counties.csv"
CHANNEL_SHARES = {"ServiceLocation": 0.40, "Phone": 0.20, "WebPage": 0.22, "EChannel": 0.10, "PrintableForm": 0.08}
NATIONAL_SHARE = 0.02  # of services, and of phone, web page and e-service channels
COUNTY_UNITS = ("homecare", "elderly", "social", "mental", "family", "health", "disability")
MUNICIPAL_UNITS = ("sport", "culture", "youth", "library", "education", "employment", "social")


@dataclass(slots=True)
class Org:
    key: str
    id: str
    kind: str  # municipality | county | ngo | parish | national
    name: Texts
    muni: Municipality | None
    domain: str
    acts: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    national: int = -1  # index into basics.NATIONAL

    @property
    def units(self) -> tuple[str, ...]:
        return {"county": COUNTY_UNITS, "municipality": MUNICIPAL_UNITS}.get(self.kind, ("",))


@dataclass(slots=True)
class Chan:
    index: int
    id: str
    kind: str  # PTV serviceChannelType
    org: Org
    muni: Municipality | None
    unit: str = ""
    venue: str = ""
    name: Texts = field(default_factory=dict)
    loc: tuple[str, str] = ("", "")  # fi locative, sv "på … i …"
    street: tuple[str, str] = ("", "")
    number: str = ""
    postal: str = ""
    point: tuple[str, str] | None = None
    activity: str = ""  # an e-service for signing up to this activity
    services: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Serv:
    index: int
    id: str
    family: str  # activity | basic | generic | national
    org: Org
    muni: Municipality | None
    what: str  # activity key, basic key, service class code, or national index
    target: str = ""
    variant: str = ""  # the district of a repeated basic service
    langs: tuple[str, ...] = ("fi",)
    slot: Slot | None = None
    price: int = 0
    area: tuple[str, tuple[str, ...]] = ("Municipality", ())
    channels: list[int] = field(default_factory=list)


@dataclass
class Plan:
    munis: list[Municipality]
    counties: dict[str, Texts]
    orgs: list[Org] = field(default_factory=list)
    channels: list[Chan] = field(default_factory=list)
    services: list[Serv] = field(default_factory=list)
    muni_org: dict[str, Org] = field(default_factory=dict)
    county_org: dict[str, Org] = field(default_factory=dict)
    ngos: dict[str, list[Org]] = field(default_factory=lambda: defaultdict(list))
    by_venue: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(list))
    by_org: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(list))
    by_unit: dict[tuple[str, str, str], list[int]] = field(default_factory=lambda: defaultdict(list))
    locations: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_region: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_code: dict[str, Municipality] = field(default_factory=dict)
    by_county: dict[str, list[Municipality]] = field(default_factory=lambda: defaultdict(list))

    def owner_of(self, muni: Municipality, county_side: bool) -> Org:
        """The county runs health and social services; Helsinki and Åland run their own."""
        if county_side and muni.county in self.county_org:
            return self.county_org[muni.county]
        return self.muni_org[muni.code]


def allocate(total: int, weights: list[float]) -> list[int]:
    """Split a total by weights with the largest-remainder rule, so the parts add up exactly."""
    whole = sum(weights)
    raw = [total * w / whole for w in weights]
    parts = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (parts[i] - raw[i], i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def counties_load() -> dict[str, Texts]:
    with COUNTIES_CSV.open(encoding="utf-8", newline="") as handle:
        return {r["code"]: {"fi": r["name_fi"], "sv": r["name_sv"]} for r in csv.DictReader(handle)
                if r["kind"] == "county"}


def _add_org(plan: Plan, org: Org) -> Org:
    plan.orgs.append(org)
    return org


def _association(plan: Plan, muni: Municipality, template: tuple, number: int) -> Org:
    fi_pattern, sv_pattern, acts, targets = template
    fi = fi_pattern.format(gen=muni.gen_fi)
    sv = sv_pattern.format(svg=genitive_sv(muni.name_sv))
    name = {"sv": sv, "fi": fi} if muni.swedish_first else {"fi": fi, **({"sv": sv} if muni.bilingual else {})}
    kind = "parish" if "seurakunta" in fi_pattern else "ngo"
    domain = f"www.{slug(fi.removesuffix(' ry'))}.fi"
    return _add_org(plan, Org(f"ngo:{muni.code}:{number}", gid(f"org:ngo:{muni.code}:{number}"), kind, name, muni,
                              domain, acts, targets))


def organisations(plan: Plan, rng: random.Random) -> None:
    """A municipality org per municipality, a county org per county, local associations, national ones."""
    for code, names in sorted(plan.counties.items()):
        plan.county_org[code] = _add_org(plan, Org(
            f"county:{code}", gid(f"org:county:{code}"), "county", names, None, f"www.{slug(names['fi'])}.fi"))
    for muni in plan.munis:
        name = {"fi": muni.org_name_fi, "sv": muni.org_name_sv}
        if muni.swedish_first:
            name = {"sv": muni.org_name_sv, "fi": muni.org_name_fi}
        elif not muni.bilingual:
            name = {"fi": muni.org_name_fi}
        plan.muni_org[muni.code] = _add_org(plan, Org(
            f"muni:{muni.code}", gid(f"org:muni:{muni.code}"), "municipality", name, muni, muni.domain))
        count = min(len(ASSOCIATIONS), 3 + 2 * muni.weight)
        for number, template in enumerate(rng.sample(ASSOCIATIONS, count)):
            plan.ngos[muni.code].append(_association(plan, muni, template, number))
    for number, row in enumerate(NATIONAL):
        _add_org(plan, Org(f"national:{number}", gid(f"org:national:{number}"), "national", {"fi": row[0]}, None,
                           f"www.{slug(row[0].removesuffix(' ry').removesuffix(' sr'))}.fi", national=number))

