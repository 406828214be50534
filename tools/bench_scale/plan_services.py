"""Plans the services: activities of associations and towns, basic public services, class-named ones."""

from __future__ import annotations

import csv
import random
from collections import defaultdict
from pathlib import Path

from .activities import ACTIVITIES, ACTIVITY_BY_KEY, TARGET_GROUPS
from .basics import BASICS, NATIONAL
from .places import Municipality
from .plan import NATIONAL_SHARE, Org, Plan, Serv, allocate
from .ptv import gid
from .texts import Slot
from .venues import DISTRICTS, WEEKDAYS

FAMILIES = ("activity", "basic", "generic")
FAMILY_WEIGHTS = (0.55, 0.25, 0.20)
PRICES = (5, 10, 15, 20, 25, 30, 40, 50)
SERVICE_CLASSES_CSV = Path(__file__).resolve().parents[2] / "tarjotin" / "catalogue" / "data" / "service_classes.csv"


def subclasses() -> list[str]:
    with SERVICE_CLASSES_CSV.open(encoding="utf-8", newline="") as handle:
        return [row["code"] for row in csv.DictReader(handle) if row["parent_code"]]


def _pick(plan: Plan, key: tuple, rng: random.Random) -> int | None:
    found = plan.by_unit[key] if len(key) == 3 else plan.by_org[key]
    return rng.choice(found) if found else None


def _slot(rng: random.Random) -> Slot:
    day = rng.choices(WEEKDAYS + ("Saturday",), weights=(5, 5, 5, 5, 3, 2))[0]
    start = rng.randint(9, 19) * 60 + rng.choice((0, 30))
    end = start + rng.choice((60, 90, 120))
    return Slot(day, f"{start // 60:02d}:{start % 60:02d}", f"{end // 60:02d}:{end % 60:02d}")


def _langs(muni: Municipality | None, public: bool, rng: random.Random) -> tuple[str, ...]:
    """Text languages: Finnish-only places write Finnish, bilingual ones often both, Åland Swedish."""
    if muni is None or muni.languages == ("fi",):
        langs = ["fi"] + (["sv"] if rng.random() < 0.03 else [])
    elif muni.languages == ("sv",):
        langs = ["sv"] + (["fi"] if rng.random() < 0.1 else [])
    elif muni.swedish_first:
        langs = ["sv"] + (["fi"] if rng.random() < (0.85 if public else 0.4) else [])
    else:
        langs = ["fi"] + (["sv"] if rng.random() < (0.7 if public else 0.35) else [])
    if muni is not None and muni.weight >= 5 and rng.random() < 0.06:
        langs.append("en")
    return tuple(langs)


def _area(plan: Plan, muni: Municipality, rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """The home municipality, sometimes with a neighbour or two of the same region."""
    codes = [muni.code]
    if rng.random() < 0.2:
        same = [code for code in plan.by_region[muni.region] if code != muni.code]
        codes += rng.sample(same, min(len(same), rng.randint(1, 2)))
    return "Municipality", tuple(sorted(codes))


def _activity(plan: Plan, serv: Serv, rng: random.Random) -> None:
    muni = serv.muni
    local = plan.ngos[muni.code]
    if local and rng.random() < 0.6:
        serv.org = rng.choice(local)
        act = ACTIVITY_BY_KEY[rng.choice(serv.org.acts)]
        serv.target = rng.choice([t for t in act.targets if t in serv.org.targets] or list(act.targets))
        serv.price = rng.choice(PRICES) if rng.random() < 0.25 else 0
    else:
        act = rng.choice(ACTIVITIES)
        serv.target = rng.choice(act.targets)
        serv.price = rng.choice(PRICES) if rng.random() < 0.3 else 0
    serv.what, serv.slot, serv.area = act.key, _slot(rng), _area(plan, muni, rng)
    venues = [v for v in act.venues if plan.by_venue[(muni.code, v)]]
    places = plan.by_venue[(muni.code, rng.choice(venues))] if venues else plan.locations[muni.code]
    wanted = [rng.choice(places) if places else None]
    for kind, chance in (("Phone", 0.35), ("WebPage", 0.35), ("EChannel", 0.1)):
        if rng.random() < chance:
            wanted.append(_pick(plan, (serv.org.key, kind), rng))
    serv.channels = [c for c in dict.fromkeys(wanted) if c is not None]


def _basic(plan: Plan, serv: Serv, used: dict[str, set[str]], rng: random.Random) -> None:
    muni = serv.muni
    fresh = [b for b in BASICS if b.key not in used[muni.code]]
    basic = rng.choice(fresh or BASICS)
    if not fresh:
        serv.variant = rng.choice(DISTRICTS).split("|")[0]
    used[muni.code].add(basic.key)
    serv.what, serv.org = basic.key, plan.owner_of(muni, basic.owner == "county")
    county_wide = serv.org.kind == "county" and rng.random() < 0.4
    serv.area = ("WellbeingServiceCounties", (muni.county,)) if county_wide else ("Municipality", (muni.code,))
    wanted = [rng.choice(plan.by_venue[(muni.code, basic.venue)]) if plan.by_venue[(muni.code, basic.venue)]
              else None]
    for kind, chance in (("Phone", 0.7), ("WebPage", 0.6), ("EChannel", 0.3), ("PrintableForm", 0.2)):
        if rng.random() < chance:
            wanted.append(_pick(plan, (serv.org.key, basic.unit, kind), rng)
                          or _pick(plan, (serv.org.key, kind), rng))
    serv.channels = [c for c in dict.fromkeys(wanted) if c is not None]


def _generic(plan: Plan, serv: Serv, classes: list[str], rng: random.Random) -> None:
    muni = serv.muni
    code = rng.choice(classes)
    serv.what = code
    serv.org = plan.owner_of(muni, code.split(".")[0] in ("P3", "P4", "P5"))
    serv.area = ("Municipality", (muni.code,))
    wanted = []
    for kind, chance in (("WebPage", 0.6), ("Phone", 0.4)):
        if rng.random() < chance:
            wanted.append(_pick(plan, (serv.org.key, kind), rng))
    if rng.random() < 0.3 and plan.by_venue[(muni.code, "office")]:
        wanted.append(rng.choice(plan.by_venue[(muni.code, "office")]))
    serv.channels = [c for c in dict.fromkeys(wanted) if c is not None]


def _national(plan: Plan, serv: Serv, nationals: list[Org], rng: random.Random) -> None:
    serv.org = nationals[serv.index % len(nationals)]
    serv.what, serv.target = str(serv.org.national), rng.choice(list(TARGET_GROUPS))
    serv.area = ("Nationwide", ())
    own = plan.by_org[(serv.org.key, NATIONAL[serv.org.national][5])]
    web = plan.by_org[(serv.org.key, "WebPage")]
    wanted = (rng.choice(own) if own else None, rng.choice(web) if web else None)
    serv.channels = [c for c in dict.fromkeys(wanted) if c is not None]


def services_plan(plan: Plan, total: int, rng: random.Random) -> None:
    """Split the services over municipalities by weight, choose what each is, and connect its channels."""
    classes = subclasses()
    national = round(total * NATIONAL_SHARE)
    per_muni = allocate(total - national, [m.weight for m in plan.munis])
    used: dict[str, set[str]] = defaultdict(set)
    for muni, count in zip(plan.munis, per_muni, strict=True):
        for _ in range(count):
            index = len(plan.services)
            serv = Serv(index, gid(f"service:{index}"), rng.choices(FAMILIES, FAMILY_WEIGHTS)[0],
                        plan.muni_org[muni.code], muni, "")
            if serv.family == "activity":
                _activity(plan, serv, rng)
            elif serv.family == "basic":
                _basic(plan, serv, used, rng)
            else:
                _generic(plan, serv, classes, rng)
            serv.langs = _langs(muni, serv.org.kind in ("municipality", "county"), rng)
            plan.services.append(serv)
    nationals = [o for o in plan.orgs if o.kind == "national"]
    for _ in range(national):
        index = len(plan.services)
        serv = Serv(index, gid(f"service:{index}"), "national", nationals[0], None, "")
        _national(plan, serv, nationals, rng)
        serv.langs = ("fi", "sv") if rng.random() < 0.5 else ("fi",)
        plan.services.append(serv)
    for serv in plan.services:
        for chan in serv.channels:
            plan.channels[chan].services.append(serv.index)
