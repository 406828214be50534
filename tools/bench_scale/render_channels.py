"""Renders planned channels (all five v11 types) and organisations as PTV v11 records."""

from __future__ import annotations

import random
from typing import Any

from .activities import TARGET_GROUPS
from .places import slug
from .plan import Chan, Org, Plan
from .plan_channels import url_of
from .ptv import (
    accessibility,
    always_open,
    business_code,
    closed,
    entrance,
    localized,
    location_address,
    modified,
    over_midnight,
    phone,
    phone_number,
    ref,
    street_address,
    web_page,
    weekly,
)
from .texts import cap
from .venues import ACCESSIBLE_FI, ACCESSIBLE_SV, VENUES

ABOUT = {
    "Phone": ("Puhelinpalvelusta saat neuvontaa ja ohjausta.", "Puheluihin vastataan arkisin, ja ruuhka-aikoina "
              "voit jättää takaisinsoittopyynnön.", "Telefontjänsten ger rådgivning och handledning."),
    "WebPage": ("Verkkosivuilta löydät ajankohtaiset tiedot palveluista ja yhteystiedot.", "Sivuilla kerrotaan "
                "myös tapahtumista ja poikkeusaukioloista.", "På webbplatsen finns aktuell information om tjänsterna."),
    "EChannel": ("Sähköisessä asioinnissa voit hoitaa asian mihin aikaan tahansa.", "Asiointi edellyttää vahvaa "
                 "tunnistautumista pankkitunnuksilla tai mobiilivarmenteella.", "I e-tjänsten kan du sköta ärendet "
                 "när som helst."),
    "PrintableForm": ("Täytä lomake ja palauta se allekirjoitettuna postitse tai palvelupisteeseen.", "Lomakkeen "
                      "liitteeksi tarvitaan tarvittavat selvitykset.", "Fyll i blanketten och returnera den "
                      "underskriven per post."),
}
HOLIDAY = ("2026-06-19", "2026-06-19", {"fi": "Juhannusaatto", "sv": "Midsommarafton"})
SUMMER_BREAK = ("2026-06-22", "2026-07-26", {"fi": "Kesätauko huoltotöiden vuoksi"})
ORG_TYPES = {"municipality": "Municipality", "county": "Region", "ngo": "Organization", "parish": "Organization",
             "national": "Organization"}


def _muni_area(chan_or_org: Chan | Org) -> tuple[str | None, list[dict[str, Any]], list[dict[str, Any]]]:
    muni = chan_or_org.muni
    if muni is None:
        return "Nationwide", [], []
    listed = [{"code": muni.code, "name": localized({"fi": muni.name_fi, "sv": muni.name_sv})}]
    return "LimitedType", [{"type": "Municipality", "code": None, "name": None, "municipalities": listed}], listed


def _venue_hours(chan: Chan, rng: random.Random) -> list[dict[str, Any]]:
    """The place's weekly hours (shifted a little per place), with holidays and breaks where they apply."""
    venue = VENUES[chan.venue]
    if chan.venue == "nature":
        return [always_open()]
    if not venue.hours:
        return [weekly((), reservation=True, info={"fi": "Tilat ovat käytössä varauksen mukaan"})]
    shift = rng.choice((-1, 0, 0, 1))
    ranges = tuple((a, b, f"{int(o[:2]) + shift:02d}{o[2:]}", c) for a, b, o, c in venue.hours)
    found = [weekly(ranges, info={"fi": "Normaalit aukioloajat"})]
    if chan.venue == "swimminghall":
        found.append(closed(*SUMMER_BREAK, order=2))
    if chan.venue in ("healthstation", "library", "office"):
        found.append(closed(*HOLIDAY, order=2))
    if chan.venue == "youthclub" and rng.random() < 0.5:
        found.append(over_midnight("Friday", "Saturday", "18:00", "01:00", {"fi": "Perjantain myöhäisilta"}, 3))
    return found


def _location(chan: Chan, rng: random.Random) -> dict[str, Any]:
    muni = chan.muni
    street = {"fi": chan.street[0], **({"sv": chan.street[1]} if muni.bilingual else {})}
    office = {"fi": muni.name_fi.upper(), **({"sv": muni.name_sv.upper()} if muni.bilingual else {})}
    address = location_address(street_address(street, chan.number, chan.postal, office,
                                              (muni.code, {"fi": muni.name_fi, "sv": muni.name_sv}), chan.point))
    if chan.point and rng.random() < 0.1:
        address["entrances"] = [entrance(chan.point)]
    addresses = [address]
    if rng.random() < 0.2:
        postal = street_address(street, chan.number, chan.postal, office, (muni.code, {"fi": muni.name_fi}), None)
        addresses.append({**location_address(postal, "Postal"), "subType": "Street"})
    mail = chan.org.domain.removeprefix("www.")
    return {"addresses": addresses, "phoneNumbers": [phone(phone_number(rng), "Asiakaspalvelu")],
            "emails": [{"value": f"{slug(VENUES[chan.venue].form(0))}@{mail}", "language": "fi"}],
            "serviceHours": _venue_hours(chan, rng)}


def _remote(chan: Chan, rng: random.Random) -> dict[str, Any]:
    fi_name = chan.name.get("fi") or chan.name.get("sv", "")
    if chan.kind == "Phone":
        numbers = [phone(phone_number(rng), "", lang, rng.choice(("Chargeable", "FreeOfCharge"))) for lang in chan.name]
        return {"phoneNumbers": numbers, "supportEmails": [],
                "serviceHours": [weekly((("Monday", "Friday", "09:00", "15:00"),))]}
    url = url_of(chan)
    if chan.kind == "PrintableForm":
        return {"formIdentifier": [{"value": f"LOM-{chan.index:05d}", "language": "fi"}],
                "channelUrls": [{"value": url, "type": "PDF", "language": "fi"}],
                "deliveryAddresses": [{"subType": "NoAddress", "streetAddress": None, "receiver": [],
                                       "deliveryAddressInText": [{"value": f"{fi_name}, palautus postitse",
                                                                  "language": "fi"}]}],
                "attachments": [], "webPages": [], "serviceHours": []}
    found = {"webPages": [web_page(url, fi_name)], "accessibilityClassification": accessibility(url),
             "serviceHours": [always_open()] if chan.kind == "EChannel" and rng.random() < 0.3 else []}
    if chan.kind == "EChannel":
        found.update(requiresAuthentication=not chan.activity, requiresSignature=False, signatureQuantity=None,
                     attachments=[])
    return found


def _descriptions(chan: Chan) -> list[dict[str, Any]]:
    if chan.kind == "ServiceLocation":
        venue = VENUES[chan.venue]
        fi = " ".join(venue.about_fi) + f" {ACCESSIBLE_FI} Osoite on {chan.street[0]} {chan.number}, " \
                                        f"{chan.postal} {chan.muni.name_fi}."
        summary = {"fi": venue.about_fi[0], "sv": venue.about_sv}
        description = {"fi": fi, "sv": f"{venue.about_sv} {ACCESSIBLE_SV}"}
    else:
        first, second, sv_text = ABOUT[chan.kind]
        summary, description = {"fi": first, "sv": sv_text}, {"fi": f"{first} {second}", "sv": sv_text}
    langs = list(chan.name)
    return (localized({lang: summary[lang] for lang in langs}, "Summary")
            + localized({lang: description[lang] for lang in langs}, "Description"))


def channel_record(plan: Plan, chan: Chan, service_names: list[str], seed: int) -> dict[str, Any]:
    """One channel of any of the five v11 types, with the services it lists."""
    rng = random.Random(f"{seed}:channel:{chan.index}")
    area_type, areas, listed = _muni_area(chan)
    body = _location(chan, rng) if chan.kind == "ServiceLocation" else _remote(chan, rng)
    services = [{"service": ref(plan.services[i].id, service_names[i]), "serviceChargeType": None,
                 "description": [], "serviceHours": [], "contactDetails": None, "digitalAuthorizations": [],
                 "extraTypes": [], "isASTIConnection": False, "modified": modified(rng)} for i in chan.services]
    return {
        "id": chan.id, "sourceId": None, "organizationId": chan.org.id, "serviceChannelType": chan.kind,
        "serviceChannelNames": localized(chan.name, "Name"),
        "displayNameType": [{"type": "Name", "language": lang} for lang in chan.name],
        "serviceChannelDescriptions": _descriptions(chan),
        "areaType": None if rng.random() < 0.1 else area_type,  # real channels often leave it out
        "areas": areas, "areaMunicipalities": listed, "languages": list(chan.name),
        "supportPhones": [], "supportEmails": [], "webPages": [], **body, "services": services,
        "serviceCollections": [], "isVisibleForAll": False, "ontologyTerms": [],
        "publishingStatus": "Published", "modified": modified(rng),
    }


def _org_about(org: Org) -> dict[str, str]:
    name = org.name.get("fi") or org.name.get("sv", "")
    if org.kind == "municipality":
        return {"fi": f"{name} tuottaa asukkailleen sivistys-, liikunta-, kulttuuri- ja nuorisopalveluja sekä "
                      "edistää kuntalaisten hyvinvointia ja terveyttä."}
    if org.kind == "county":
        return {"fi": f"{name} vastaa alueensa sosiaali- ja terveyspalveluista sekä pelastustoimesta."}
    if org.kind == "national":
        return {"fi": f"{name} on valtakunnallinen toimija, joka tarjoaa maksutonta tukea ja neuvontaa."}
    group = TARGET_GROUPS[org.targets[0]].form(0) if org.targets else "kaikille"
    return {"fi": f"{cap(name)} on paikallinen yhdistys, joka järjestää {group} suunnattua vertaistukea, "
                  "harrastustoimintaa ja tapahtumia."}


def organization_record(org: Org, seed: int) -> dict[str, Any]:
    rng = random.Random(f"{seed}:org:{org.key}")
    about = _org_about(org)
    area_type, areas, listed = _muni_area(org)
    muni = org.muni
    record = {
        "id": org.id, "oid": None, "sourceId": None, "organizationType": ORG_TYPES[org.kind],
        "businessCode": business_code(rng), "organizationNames": localized(org.name, "Name"),
        "displayNameType": [{"type": "Name", "language": lang} for lang in org.name],
        "organizationDescriptions": localized(about, "Summary") + localized(about, "Description"),
        "areaType": area_type, "areas": areas, "areaMunicipalities": listed,
        "emails": [{"value": f"info@{org.domain.removeprefix('www.')}", "description": None, "language": "fi"}],
        "phoneNumbers": [phone(phone_number(rng), "Vaihde")],
        "webPages": [web_page(f"https://{org.domain}", org.name.get("fi") or org.name.get("sv", ""))],
        "addresses": [], "electronicInvoicings": [], "parentOrganizationId": None, "organizationRootId": org.id,
        "subOrganizations": [], "publishingStatus": "Published", "modified": modified(rng),
    }
    if org.kind == "municipality" and muni is not None:
        record["municipality"] = {"code": muni.code, "name": localized({"fi": muni.name_fi, "sv": muni.name_sv})}
        street = street_address({"fi": "Kunnantalontie"}, str(rng.randint(1, 20)), f"{muni.postal_prefix}00",
                                {"fi": muni.name_fi.upper()}, (muni.code, {"fi": muni.name_fi}), None)
        record["addresses"] = [{"type": "Visiting", "subType": "Street", "streetAddress": street}]
    return record
