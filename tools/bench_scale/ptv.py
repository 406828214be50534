"""Builders of PTV v11 building blocks: localised lists, Finto items, hours, addresses, phones, pages."""

from __future__ import annotations

import random
import uuid
import zlib
from typing import Any

NS = uuid.UUID("3b0f6a52-8f0e-4d9b-a6f4-0c2d7f1e9b11")
Texts = dict[str, str]
_URI = {"service_class": ("ptvserclass2", "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/"),
        "target_group": ("ptvkohderyhmat", "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/"),
        "life_event": ("ptvelti", "http://uri.suomi.fi/codelist/ptv/ptvelti/code/")}
_PHONE_CHARGE = "Puhelun hinta on paikallisverkko- tai matkapuhelinmaksu."
_DAY_ORDER = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def gid(key: str) -> str:
    """A stable GUID for a key, so every run writes the same ids."""
    return str(uuid.uuid5(NS, key))


def modified(rng: random.Random) -> str:
    """A UTC time in PTV v11's form, without offset: 2025-04-22T09:45:14.154795."""
    year, month, day = rng.choice((2024, 2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
    return (f"{year}-{month:02d}-{day:02d}T{rng.randint(5, 17):02d}:{rng.randint(0, 59):02d}:"
            f"{rng.randint(0, 59):02d}.{rng.randint(0, 999_999):06d}")


def localized(texts: Texts, kind: str | None = None) -> list[dict[str, Any]]:
    """A PTV localised list; `kind` adds the `type` (Name, Summary, Description, …)."""
    if kind is None:
        return [{"language": lang, "value": value} for lang, value in texts.items()]
    return [{"language": lang, "value": value, "type": kind} for lang, value in texts.items()]


def finto(kind: str, code: str, names: Texts, parent: str = "") -> dict[str, Any]:
    """An embedded code-list item (service class, target group, life event) as v11 sends it."""
    ontology, base = _URI[kind]
    return {"id": gid(f"finto:{code}"), "name": localized(names), "code": code, "ontologyType": ontology,
            "uri": base + code, "parentId": gid(f"finto:{parent}") if parent else None,
            "parentUri": base + parent if parent else None, "override": False}


def ontology_term(word: str) -> dict[str, Any]:
    """A KOKO-style ontology term; the concept numbers are synthetic, derived from the word."""
    number = 10_000 + zlib.crc32(word.encode()) % 80_000
    return {"id": gid(f"koko:{word}"), "name": [{"language": "fi", "value": word}], "code": None,
            "ontologyType": "YSO", "uri": f"http://www.yso.fi/onto/koko/p{number}", "parentId": None,
            "parentUri": None, "override": False}


def _days(day_from: str, day_to: str) -> list[str]:
    start = _DAY_ORDER.index(day_from)
    end = _DAY_ORDER.index(day_to) if day_to else start
    return list(_DAY_ORDER[start:end + 1])


def weekly(ranges: tuple[tuple[str, str, str, str], ...], order: int = 1, info: Texts | None = None,
           reservation: bool = False) -> dict[str, Any]:
    """DaysOfTheWeek hours: one openingHour entry per weekday, as PTV sends them."""
    opening = [{"dayFrom": day, "dayTo": "", "from": f"{opens}:00", "to": f"{closes}:00"}
               for day_from, day_to, opens, closes in ranges for day in _days(day_from, day_to)]
    return {"serviceHourType": "DaysOfTheWeek", "validFrom": None, "validTo": None, "isClosed": False,
            "validForNow": True, "isAlwaysOpen": False, "isReservation": reservation,
            "additionalInformation": localized(info or {}), "openingHour": opening, "orderNumber": order}


def always_open(order: int = 1) -> dict[str, Any]:
    return {"serviceHourType": "DaysOfTheWeek", "validFrom": None, "validTo": None, "isClosed": False,
            "validForNow": True, "isAlwaysOpen": True, "isReservation": False,
            "additionalInformation": [{"value": "Avoinna aina", "language": "fi"}], "openingHour": [],
            "orderNumber": order}


def closed(day_from: str, day_to: str, info: Texts, order: int) -> dict[str, Any]:
    """An Exceptional block: closed on a date range (holidays, summer maintenance)."""
    return {"serviceHourType": "Exceptional", "validFrom": f"{day_from}T00:00:00", "validTo": f"{day_to}T00:00:00",
            "isClosed": True, "validForNow": False, "isAlwaysOpen": False, "isReservation": False,
            "additionalInformation": localized(info), "openingHour": [], "orderNumber": order}


def over_midnight(day_from: str, day_to: str, opens: str, closes: str, info: Texts, order: int) -> dict[str, Any]:
    return {"serviceHourType": "OverMidnight", "validFrom": None, "validTo": None, "isClosed": False,
            "validForNow": True, "isAlwaysOpen": False, "isReservation": False,
            "additionalInformation": localized(info),
            "openingHour": [{"dayFrom": day_from, "dayTo": day_to, "from": f"{opens}:00", "to": f"{closes}:00"}],
            "orderNumber": order}


def phone(number: str, info: str = "", lang: str = "fi", charge: str = "Chargeable") -> dict[str, Any]:
    return {"type": "Phone", "prefixNumber": "+358", "number": number, "isFinnishServiceNumber": False,
            "serviceChargeType": charge, "chargeDescription": _PHONE_CHARGE if charge == "Chargeable" else None,
            "additionalInformation": info or None, "language": lang}


def phone_number(rng: random.Random) -> str:
    """A Finnish number without its leading zero: a mobile or an area-code line."""
    if rng.random() < 0.5:
        return f"{rng.choice(('40', '44', '45', '50'))}{rng.randint(1_000_000, 9_999_999)}"
    return f"{rng.choice(('6', '8', '9', '13', '14', '15', '17', '19'))}{rng.randint(100_000, 9_999_999)}"


def web_page(url: str, title: str, lang: str = "fi") -> dict[str, Any]:
    return {"url": url, "value": title, "language": lang}


def accessibility(url: str) -> list[dict[str, Any]]:
    return [{"accessibilityClassificationLevel": "PartiallyCompliant", "wcagLevel": "LevelAA",
             "accessibilityStatementWebPageName": "Saavutettavuusseloste",
             "accessibilityStatementWebPage": f"{url}/saavutettavuusseloste", "language": "fi"}]


def street_address(street: Texts, number: str, postal: str, office: Texts, muni: tuple[str, Texts],
                   point: tuple[str, str] | None) -> dict[str, Any]:
    """A v11 streetAddress; `point` is PTV's (latitude = northing, longitude = easting)."""
    code, names = muni
    return {"street": localized(street), "streetNumber": number, "postalCode": postal,
            "postOffice": localized(office), "municipality": {"code": code, "name": localized(names)},
            "additionalInformation": [], "latitude": point[0] if point else "0",
            "longitude": point[1] if point else "0", "coordinateState": "Ok" if point else "NotReceived"}


def location_address(address: dict[str, Any], kind: str = "Location") -> dict[str, Any]:
    return {"type": kind, "subType": "Single", "streetAddress": address, "postOfficeBoxAddress": None,
            "otherAddress": None, "locationAbroad": [], "country": "FI", "entrances": []}


def entrance(point: tuple[str, str]) -> dict[str, Any]:
    """A main entrance with accessibility sentences, as in real ServiceLocation records."""
    sentence = {"sentence": [{"language": "fi", "value": "Pääsisäänkäynnin ovi aukeaa automaattisesti."},
                             {"language": "sv", "value": "Huvudingångens dörr öppnas automatiskt."}]}
    return {"isMainEntrance": True, "coordinates": {"latitude": point[0], "longitude": point[1]},
            "accessibilitySentences": [{"sentenceGroup": [{"language": "fi", "value": "Sisäänkäynti"},
                                                          {"language": "sv", "value": "Ingång"}],
                                        "sentences": [sentence]}]}


def ref(item_id: str, name: str) -> dict[str, str]:
    return {"id": item_id, "name": name}


def page(items: list[dict[str, Any]], number: int, count: int) -> dict[str, Any]:
    return {"pageNumber": number, "pageSize": 100, "pageCount": count, "itemList": items}


def business_code(rng: random.Random) -> str:
    """A Finnish business id (Y-tunnus) with a valid check digit."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(7)]
        remainder = sum(d * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if remainder != 1:
            check = 0 if remainder == 0 else 11 - remainder
            return "".join(map(str, digits)) + f"-{check}"
