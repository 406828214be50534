"""Pure mapping of one Linked Events v1 event to an EventDTO."""

from __future__ import annotations

from collections.abc import Mapping

from tarjotin.catalogue.dto import EventDTO
from tarjotin.geo.coords import in_finland

from .audience import target_groups
from .fields import RecordError, age, clean, event_times, ref_id, refs, texts, timestamp, urls, web_url

STATUSES = {"EventScheduled": "scheduled", "EventRescheduled": "rescheduled", "EventCancelled": "cancelled",
            "EventPostponed": "postponed"}
# Linked Events' own place for "on the internet only" (helsinki:internet), and Turku's.
ONLINE_SUFFIX = ":internet"
ONLINE_IDS = {"virtual:public"}
MAX_ID = 100  # Sourced.origin_id


def event_id(record: object) -> str:
    origin = ref_id(record)
    if not origin:
        raise RecordError("no id")
    if len(origin) > MAX_ID:
        raise RecordError(f"id longer than {MAX_ID} characters")
    return origin


def is_gone(record: dict) -> bool:
    """Deleted at the source (`show_deleted=true` lists them) or not public: gone from the tray."""
    return record.get("deleted") is True or clean(record.get("publication_status")) == "draft"


def is_undated_postponement(record: dict) -> bool:
    """A postponed event has no date until it gets a new one; until then it is not on the tray."""
    return clean(record.get("event_status")) == "EventPostponed" and not clean(record.get("start_time"))


def _municipality(place: dict, codes: Mapping[str, str]) -> str:
    """The municipality code from the place's `muni` division, else its locality, by name (fi or sv)."""
    names: list[str] = []
    for division in place.get("divisions") or []:
        if isinstance(division, dict) and clean(division.get("type")) == "muni":
            names += list(texts(division.get("name")).values())
            ocd = clean(division.get("ocd_id"))
            names.append(ocd.rsplit("kunta:", 1)[-1] if "kunta:" in ocd else "")
    names += list(texts(place.get("address_locality")).values())
    for name in names:
        if name and name.lower() in codes:
            return codes[name.lower()]
    return ""


def _position(place: dict) -> tuple[float | None, float | None]:
    """(lat, lon) of the GeoJSON point [lon, lat], if it is in Finland."""
    position = place.get("position")
    coords = position.get("coordinates") if isinstance(position, dict) else None
    if not isinstance(coords, list) or len(coords) < 2:
        return None, None
    try:
        lon, lat = float(coords[0]), float(coords[1])
    except (TypeError, ValueError):
        return None, None
    return (round(lat, 6), round(lon, 6)) if in_finland(lat, lon) else (None, None)


def _location(record: dict, codes: Mapping[str, str]) -> dict:
    """The place's fields: all of them when embedded (`include=location`), only its id when a reference."""
    place = record.get("location")
    if not isinstance(place, dict):
        return {}
    origin = ref_id(place)
    found: dict = {"location_origin_id": origin[:200],
                   "online": origin.endswith(ONLINE_SUFFIX) or origin in ONLINE_IDS}
    if "@id" in place and len(place) == 1:
        return found
    postal = clean(place.get("postal_code"))
    found.update(
        location_name=texts(place.get("name")), street_address=texts(place.get("street_address")),
        postal_code=postal if len(postal) <= 10 else "", locality=texts(place.get("address_locality")),
        municipality_code=_municipality(place, codes),
    )
    found["latitude"], found["longitude"] = _position(place)
    return found


def _offers(value: object) -> tuple[tuple[dict, ...], bool | None]:
    """The offers, and whether the event is free: yes if any offer is, no if all that tell are not,
    unknown when none tells (many sources give no price at all)."""
    offers = []
    for item in value if isinstance(value, list) else []:
        if not isinstance(item, dict):
            continue
        free = item.get("is_free") if isinstance(item.get("is_free"), bool) else None
        offer = {"is_free": free, "price": texts(item.get("price")), "info_url": urls(item.get("info_url")),
                 "description": texts(item.get("description"), html=True)}
        if free is not None or any(offer[k] for k in ("price", "info_url", "description")):
            offers.append(offer)
    told = [o["is_free"] for o in offers if o["is_free"] is not None]
    return tuple(offers), (any(told) if told else None)


def _links(value: object) -> tuple[dict, ...]:
    found = []
    for item in value if isinstance(value, list) else []:
        url = web_url(item.get("link")) if isinstance(item, dict) else ""
        if url:
            found.append({"name": clean(item.get("name")), "url": url, "lang": clean(item.get("language"))})
    return tuple(found)


def _images(value: object) -> tuple[dict, ...]:
    """Embedded images with an address; a bare reference has none to show."""
    found = []
    for item in value if isinstance(value, list) else []:
        url = web_url(item.get("url")) if isinstance(item, dict) else ""
        if url:
            found.append({"url": url, "alt_text": texts(item.get("alt_text")), "name": clean(item.get("name")),
                          "license": clean(item.get("license")),
                          "photographer": clean(item.get("photographer_name"))})
    return tuple(found)


def _languages(value: object) -> tuple[str, ...]:
    found = [ref_id(item) for item in (value if isinstance(value, list) else [])]
    return tuple(dict.fromkeys(code for code in found if code and len(code) <= 10))


def parse_event(record: dict, *, municipalities: Mapping[str, str] | None = None) -> EventDTO:
    """One event. `municipalities` maps lower-case municipality names (fi, sv) to 3-digit codes."""
    origin = event_id(record)
    name = texts(record.get("name"), html=True)
    if not name:
        raise RecordError("no name in fi, sv or en")
    start, end, all_day, end_given = event_times(record)
    offers, is_free = _offers(record.get("offers"))
    audience = refs(record.get("audience"))
    keywords = refs(record.get("keywords"))
    super_type = clean(record.get("super_event_type"))
    return EventDTO(
        origin_id=origin,
        modified=timestamp(record.get("last_modified_time")),
        name=name,
        start=start,
        end=end,
        all_day=all_day,
        end_given=end_given,
        status=STATUSES.get(clean(record.get("event_status")), "scheduled"),
        summary=texts(record.get("short_description"), html=True),
        description=texts(record.get("description"), html=True),
        location_extra_info=texts(record.get("location_extra_info")),
        **_location(record, municipalities or {}),
        external_links=_links(record.get("external_links")),
        is_free=is_free,
        offers=offers,
        audience=audience,
        # Helsinki tags an event for children with the keyword as often as with the audience.
        target_groups=target_groups([a["id"] for a in audience] + [k["id"] for k in keywords]),
        audience_min_age=age(record.get("audience_min_age")),
        audience_max_age=age(record.get("audience_max_age")),
        keywords=keywords,
        languages=_languages(record.get("in_language")),
        images=_images(record.get("images")),
        provider=texts(record.get("provider")),
        publisher=clean(record.get("publisher"))[:200],
        info_url=urls(record.get("info_url")),
        super_event_origin_id=ref_id(record.get("super_event"))[:200],
        super_event_type=super_type if super_type in ("recurring", "umbrella") else "",
    )
