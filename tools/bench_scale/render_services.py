"""Renders planned services as PTV v11 service records."""

from __future__ import annotations

import csv
import random
from pathlib import Path
from typing import Any

from .activities import ACTIVITY_BY_KEY, TARGET_GROUPS
from .basics import BASICS, NATIONAL
from .places import Municipality
from .plan import Plan, Serv
from .ptv import finto, localized, modified, ontology_term, ref, weekly
from .texts import Where, activity_en, activity_fi, activity_sv, basic_fi, basic_sv, generic_fi, national_fi

DATA = Path(__file__).resolve().parents[2] / "tarjotin" / "catalogue" / "data"
BASIC_BY_KEY = {b.key: b for b in BASICS}
KINDS = {"service_classes.csv": "service_class", "target_groups.csv": "target_group",
         "life_events.csv": "life_event"}
Codes = dict[str, tuple[str, dict[str, str], str]]  # code → (kind, names, parent)


def code_lists() -> Codes:
    """The shipped PTV code lists, so records embed real codes with their real fi/sv/en labels."""
    found: Codes = {}
    for filename, kind in KINDS.items():
        with (DATA / filename).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                names = {lang: row[f"name_{lang}"] for lang in ("fi", "sv", "en") if row[f"name_{lang}"]}
                found[row["code"]] = (kind, names, row["parent_code"])
    return found


def _where(plan: Plan, serv: Serv, rng: random.Random) -> Where:
    muni: Municipality = serv.muni
    place = next((plan.channels[c] for c in serv.channels if plan.channels[c].kind == "ServiceLocation"), None)
    if place is not None:
        loc, street = place.loc, f"{place.street[0]} {place.number}"
    else:
        loc = (f"{muni.gen_fi} keskustassa", f"i centrum av {muni.name_sv}")
        street = f"Keskuskatu {rng.randint(1, 40)}"
    return Where(muni.name_fi, muni.gen_fi, muni.name_sv, muni.org_gen_fi, loc[0], loc[1], street)


def _texts(plan: Plan, serv: Serv, codes: Codes, rng: random.Random) -> dict[str, dict[str, str]]:
    """{lang: {name, summary, description, instruction}} in the service's text languages."""
    org = serv.org.name.get("fi") or serv.org.name.get("sv", "")
    found: dict[str, dict[str, str]] = {}
    if serv.family == "national":
        row = NATIONAL[int(serv.what)]
        tg = TARGET_GROUPS[serv.target]
        found["fi"] = national_fi(rng, row[1], row[6], tg, org)
        found["sv"] = {"name": f"{row[2]} {tg.sv}", "summary": f"{row[2]} {tg.sv}, i hela landet."}
        found["en"] = {"name": f"{row[3]} {tg.en}", "summary": f"{row[3]} {tg.en}, nationwide."}
        return {lang: found[lang] for lang in serv.langs}
    where = _where(plan, serv, rng)
    if serv.family == "activity":
        act, tg = ACTIVITY_BY_KEY[serv.what], TARGET_GROUPS[serv.target]
        found["fi"] = activity_fi(rng, act, tg, where, org, serv.slot, serv.price)
        found["sv"] = activity_sv(rng, act, tg, where, serv.slot, serv.price)
        found["en"] = activity_en(act, tg, where)
    elif serv.family == "basic":
        basic = BASIC_BY_KEY[serv.what]
        found["fi"], found["sv"] = basic_fi(rng, basic, where, org), basic_sv(rng, basic, where)
        found["en"] = {"name": basic.en, "summary": f"{basic.en} in {where.muni_fi}."}
        if serv.variant:
            for lang in found:
                found[lang]["name"] += f", {serv.variant}"
    else:
        names = codes[serv.what][1]
        found["fi"] = generic_fi(rng, names["fi"], where, org)
        found["sv"] = {"name": names.get("sv", names["fi"]), "summary": f"Rådgivning och tjänster inom området "
                       f"”{names.get('sv', names['fi']).lower()}” i {where.muni_sv}."}
        found["en"] = {"name": names.get("en", names["fi"]), "summary": f"{names.get('en', '')} in {where.muni_fi}."}
    return {lang: found[lang] for lang in serv.langs}


def _classification_codes(serv: Serv) -> tuple[list[str], list[str]]:
    """(PTV codes, ontology words) of a service."""
    if serv.family == "activity":
        act = ACTIVITY_BY_KEY[serv.what]
        return list(act.classes) + list(TARGET_GROUPS[serv.target].codes), list(act.keywords)
    if serv.family == "basic":
        basic = BASIC_BY_KEY[serv.what]
        return list(basic.classes) + list(basic.targets) + list(basic.life_events), [basic.fi.lower()]
    if serv.family == "national":
        return list(NATIONAL[int(serv.what)][4]) + list(TARGET_GROUPS[serv.target].codes), []
    return [serv.what, "KR1"], []


def _classifications(serv: Serv, codes: Codes) -> dict[str, list[dict[str, Any]]]:
    wanted, words = _classification_codes(serv)
    found: dict[str, list[dict[str, Any]]] = {"service_class": [], "target_group": [], "life_event": []}
    for code in dict.fromkeys(wanted):
        if code in codes:
            kind, names, parent = codes[code]
            found[kind].append(finto(kind, code, names, parent))
    return {"serviceClasses": found["service_class"], "targetGroups": found["target_group"],
            "lifeEvents": found["life_event"], "ontologyTerms": [ontology_term(w) for w in words]}


def _areas(plan: Plan, serv: Serv) -> tuple[str, list[dict[str, Any]]]:
    kind, codes = serv.area
    if kind == "Nationwide":
        return "Nationwide", []
    members = [plan.by_code[c] for c in codes] if kind == "Municipality" else plan.by_county[codes[0]]
    listed = [{"code": m.code, "name": localized({"fi": m.name_fi, "sv": m.name_sv})} for m in members]
    if kind == "Municipality":
        return "LimitedType", [{"type": kind, "code": None, "name": None, "municipalities": listed}]
    county = codes[0]
    return "LimitedType", [{"type": kind, "code": county, "name": localized(plan.counties[county]),
                            "municipalities": listed}]


def _connection(plan: Plan, serv: Serv, index: int, rng: random.Random) -> dict[str, Any]:
    chan = plan.channels[index]
    hours = [weekly(((serv.slot.day, "", serv.slot.opens, serv.slot.closes),))] \
        if serv.slot and chan.kind == "ServiceLocation" else []
    description = [{"language": "fi", "value": "Ryhmä kokoontuu rakennuksen toisessa kerroksessa.",
                    "type": "Description"}] if hours and rng.random() < 0.15 else []
    return {"serviceChannel": ref(chan.id, chan.name.get("fi") or chan.name.get("sv", "")),
            "serviceChargeType": None, "description": description, "serviceHours": hours, "contactDetails": None,
            "digitalAuthorizations": [], "extraTypes": [], "isASTIConnection": False, "modified": modified(rng)}


def _descriptions(texts: dict[str, dict[str, str]], price: int, rng: random.Random) -> list[dict[str, Any]]:
    found = []
    for kind, field in (("Summary", "summary"), ("Description", "description"), ("UserInstruction", "instruction")):
        found += localized({lang: t[field] for lang, t in texts.items() if t.get(field)}, kind)
    if price:
        found += localized({"fi": f"Osallistumismaksu {price} € kaudelta."}, "ChargeTypeAdditionalInfo")
    if rng.random() < 0.2:  # real records carry unused description types with null values
        found.append({"language": "fi", "value": None, "type": "ProcessingTime"})
    return found


def _charge(serv: Serv, rng: random.Random) -> str | None:
    if serv.price or (serv.family == "basic" and BASIC_BY_KEY[serv.what].charge == "Chargeable"):
        return "Chargeable"
    return None if rng.random() < 0.15 else "FreeOfCharge"  # half of real records leave it out; some here


def service_record(plan: Plan, serv: Serv, codes: Codes, seed: int) -> dict[str, Any]:
    """One V11VmOpenApiService."""
    rng = random.Random(f"{seed}:service:{serv.index}")
    texts = _texts(plan, serv, codes, rng)
    area_type, areas = _areas(plan, serv)
    served = list(texts) + (["ru", "ar"] if serv.target == "immigrants" and rng.random() < 0.3 else [])
    org_name = serv.org.name.get("fi") or serv.org.name.get("sv", "")
    keywords = ACTIVITY_BY_KEY[serv.what].keywords if serv.family == "activity" else ()
    return {
        "id": serv.id, "sourceId": None, "type": "Service", "subType": None,
        "fundingType": "MarketFunded" if rng.random() < 0.05 else "PubliclyFunded",
        "serviceNames": localized({lang: t["name"] for lang, t in texts.items()}, "Name"),
        "displayNameType": [{"type": "Name", "language": lang} for lang in texts],
        "serviceDescriptions": _descriptions(texts, serv.price, rng),
        "serviceChargeType": _charge(serv, rng), "areaType": area_type, "areas": areas, "languages": served,
        **_classifications(serv, codes), "industrialClasses": [],
        "keywords": [{"language": "fi", "value": k} for k in keywords],
        "requirements": [], "legislation": [], "serviceVouchersInUse": False, "serviceVouchers": [],
        "generalDescriptionId": None,
        "organizations": [{"roleType": "Responsible", "provisionType": None,
                           "organization": ref(serv.org.id, org_name), "additionalInformation": []}],
        "serviceChannels": [_connection(plan, serv, c, rng) for c in serv.channels],
        "serviceCollections": [], "publishingStatus": "Published", "modified": modified(rng),
    }
