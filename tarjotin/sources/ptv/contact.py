"""Pure readers for PTV contact data: phones, e-mails, web pages, addresses, hours."""

from __future__ import annotations

from tarjotin.catalogue.dto import AddressDTO, HoursDTO, OpeningTime
from tarjotin.geo.coords import tm35fin_to_wgs84

from .fields import as_list, charge_type, clean, day, municipality_code, texts

DAYS = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6}
_HOUR_KINDS = {"DaysOfTheWeek": "weekly", "Standard": "weekly", "Exceptional": "exceptional",
               "Exception": "exceptional", "OverMidnight": "over_midnight", "Special": "over_midnight"}
# Coordinates PTV geocoded or a person placed; other states mean the point is missing or a guess.
_GOOD_COORDINATE_STATES = {"Ok", "EnteredByUser", ""}


def phones(items: object) -> tuple[dict, ...]:
    """Phone rows with a number; PTV also sends fax rows whose number is null."""
    found = []
    for item in as_list(items):
        if not isinstance(item, dict) or not clean(item.get("number")):
            continue
        prefix, number = clean(item.get("prefixNumber")), clean(item.get("number"))
        found.append({
            "number": f"{prefix} {number}".strip() if prefix and not number.startswith("+") else number,
            "kind": clean(item.get("type")).lower() or "phone",
            "charge_type": charge_type(item.get("serviceChargeType")) or clean(item.get("serviceChargeType")).lower(),
            "charge_description": clean(item.get("chargeDescription")),
            "info": clean(item.get("additionalInformation")),
            "lang": clean(item.get("language")),
        })
    return tuple(found)


def emails(record: dict) -> tuple[dict, ...]:
    """Real v11 responses carry `emails`, the swagger says `supportEmails`: read both."""
    found, seen = [], set()
    for key in ("emails", "supportEmails"):
        for item in as_list(record.get(key)):
            value = clean(item.get("value")) if isinstance(item, dict) else ""
            if value and value not in seen:
                seen.add(value)
                found.append({"value": value, "lang": clean(item.get("language"))})
    return tuple(found)


def web_pages(items: object) -> tuple[dict, ...]:
    found = []
    for item in as_list(items):
        if not isinstance(item, dict):
            continue
        url = clean(item.get("url")) or (clean(item.get("value")) if "url" not in item else "")
        if url:
            found.append({"url": url, "name": clean(item.get("value")) if "url" in item else "",
                          "lang": clean(item.get("language"))})
    return tuple(found)


def form_urls(items: object) -> tuple[dict, ...]:
    """PrintableForm `channelUrls`: `value` is the address and `type` the file format."""
    return tuple(
        {"url": clean(item.get("value")), "name": clean(item.get("type")), "lang": clean(item.get("language"))}
        for item in as_list(items)
        if isinstance(item, dict) and clean(item.get("value"))
    )


def _entrance(item: dict) -> dict:
    coords = item.get("coordinates") or {}
    point = tm35fin_to_wgs84(coords.get("latitude"), coords.get("longitude")) if isinstance(coords, dict) else None
    groups = []
    for group in as_list(item.get("accessibilitySentences")):
        if not isinstance(group, dict):
            continue
        sentences = [texts(s.get("sentence")) for s in as_list(group.get("sentences")) if isinstance(s, dict)]
        groups.append({"group": texts(group.get("sentenceGroup")), "sentences": [s for s in sentences if s]})
    return {"main": bool(item.get("isMainEntrance")), "name": texts(item.get("name")),
            "point": list(point) if point else None, "groups": groups}


def address(item: dict) -> AddressDTO | None:
    kind = {"Location": "visiting", "Visiting": "visiting", "Postal": "postal"}.get(clean(item.get("type")), "")
    if not kind:
        return None
    street = item.get("streetAddress") or item.get("otherAddress") or {}
    if not isinstance(street, dict):
        street = {}
    state = clean(street.get("coordinateState"))
    point = None
    if state in _GOOD_COORDINATE_STATES:
        point = tm35fin_to_wgs84(street.get("latitude"), street.get("longitude"))
    municipality = street.get("municipality") or {}
    sub_kind = clean(item.get("subType")).lower()
    return AddressDTO(
        kind=kind,
        sub_kind={"single": "street", "postofficebox": "post_office_box"}.get(sub_kind, sub_kind),
        street=texts(street.get("street")),
        street_number=clean(street.get("streetNumber")),
        postal_code=clean(street.get("postalCode")),
        post_office=texts(street.get("postOffice")),
        municipality_code=municipality_code(municipality.get("code")) if isinstance(municipality, dict) else "",
        latitude=point[0] if point else None,
        longitude=point[1] if point else None,
        coordinate_state=state,
        additional_info=texts(street.get("additionalInformation")),
        entrances=tuple(_entrance(e) for e in as_list(item.get("entrances")) if isinstance(e, dict)),
    )


def _time(value: object) -> str:
    raw = clean(value)
    return raw[:5] if len(raw) >= 5 else raw


def _opening(item: dict) -> OpeningTime | None:
    day_from = DAYS.get(clean(item.get("dayFrom")))
    if day_from is None:
        return None
    return OpeningTime(day_from, DAYS.get(clean(item.get("dayTo"))), _time(item.get("from")), _time(item.get("to")))


def hours(items: object) -> tuple[HoursDTO, ...]:
    found = []
    for item in as_list(items):
        if not isinstance(item, dict):
            continue
        kind = _HOUR_KINDS.get(clean(item.get("serviceHourType")))
        if not kind:
            continue
        openings = (_opening(o) for o in as_list(item.get("openingHour")) if isinstance(o, dict))
        found.append(HoursDTO(
            kind=kind,
            valid_from=day(item.get("validFrom")),
            valid_to=day(item.get("validTo")),
            is_closed=bool(item.get("isClosed")),
            always_open=bool(item.get("isAlwaysOpen")),
            by_appointment=bool(item.get("isReservation")),
            info=texts(item.get("additionalInformation")),
            opening=tuple(o for o in openings if o),
        ))
    return tuple(found)
