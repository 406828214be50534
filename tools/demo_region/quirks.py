"""Deliberate data-quality problems of the kind real PTV data has, applied to chosen items."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .codes import service_class

OLD_SERVICES = frozenset({"job_club", "housing_advice:598", "book_circle:287", "adult_courses:399",
                          "nature_trails:231", "memory_cafe"})
OLD_CHANNELS = frozenset({"231:outdoor", "280:outdoor", "399:culture", "muistipolku:web",
                          "tuuliviiri:loc:garden", "287:youth_phone"})
TEXT_FIELDS = ("serviceNames", "serviceDescriptions", "serviceChannelNames",
               "serviceChannelDescriptions", "keywords", "requirements")


@dataclass(frozen=True)
class Problem:
    """One deliberate problem on one item."""

    code: str
    entity: str  # Service or ServiceChannel
    key: str
    name: str
    note: str = ""


DESCRIPTIONS: dict[str, str] = {
    "sv_missing": "Swedish texts missing although the municipality is bilingual (`languages` "
                  "still lists `sv`)",
    "sv_copy": "Swedish \"translation\" identical to the Finnish text",
    "summary_missing": "Summary missing",
    "summary_too_long": "Summary longer than 150 characters",
    "summary_is_name": "Summary identical to the name",
    "description_short": "Description too short to be useful",
    "contact_in_text": "Phone number and opening hours written inside the description",
    "no_service_class": "No service class",
    "no_target_group": "No target group",
    "charge_null": "serviceChargeType null",
    "coords_missing": "ServiceLocation with latitude/longitude \"0\" and coordinateState NotReceived",
    "no_hours": "ServiceLocation without any opening hours",
    "old_modified": "Modified more than 12 months before the reference date 2026-11-20",
    "municipal_nationwide": "Municipal service with areaType Nationwide",
    "no_channels": "Service without any channels (serviceChannels [])",
    "channels_null": "serviceChannels null instead of []",
    "bad_url": "Malformed web address",
    "bad_phone": "Malformed phone number",
    "duplicate_location": "Duplicate location: same name and address as another organisation's "
                          "ServiceLocation",
    "fax_null": "Fax row with number null",
    "uri_urn": "Service class with the old URN uri (new URI only in newUri)",
    "uri_ptvserclass": "Service class with the pre-2021 `ptvserclass` URI instead of `ptvserclass2`",
    "area_null": "Channel with areaType null",
    "sami_name": "Northern Sámi (`se`) name alongside Finnish and Swedish",
}


def _name(item: dict) -> str:
    rows = item.get("serviceNames") or item.get("serviceChannelNames") or []
    return next((r["value"] for r in rows if r["language"] == "fi"), "?")


def drop_swedish(item: dict) -> None:
    for f in TEXT_FIELDS:
        if f in item:
            item[f] = [r for r in item[f] if r.get("language") != "sv"]


def copy_finnish(item: dict) -> None:
    for f in TEXT_FIELDS:
        rows = item.get(f) or []
        fi = {r.get("type"): r["value"] for r in rows if r.get("language") == "fi"}
        for r in rows:
            if r.get("language") == "sv" and r.get("type") in fi:
                r["value"] = fi[r.get("type")]


def _desc_field(item: dict) -> str:
    return "serviceDescriptions" if "serviceDescriptions" in item else "serviceChannelDescriptions"


def set_text(item: dict, type_: str, texts: dict[str, str]) -> None:
    field = _desc_field(item)
    for r in item[field]:
        if r["type"] == type_ and r["language"] in texts:
            r["value"] = texts[r["language"]]


def drop_type(item: dict, type_: str) -> None:
    field = _desc_field(item)
    item[field] = [r for r in item[field] if r["type"] != type_]


def summary_is_name(item: dict) -> None:
    names = {r["language"]: r["value"] for r in item["serviceNames"] if r["type"] == "Name"}
    set_text(item, "Summary", names)


def append_contact(item: dict) -> None:
    for r in item["serviceDescriptions"]:
        if r["type"] == "Description" and r["language"] == "fi":
            r["value"] += ("\n\nLisätietoja puh. 06 308 0417 tai 040 000 7341, "
                           "toimisto avoinna ma–to klo 9–15.")
        elif r["type"] == "Description" and r["language"] == "sv":
            r["value"] += "\n\nMer information tfn 06 308 0417, kansliet öppet mån–tors kl. 9–15."


def uri_style(style: str) -> Callable[[dict], None]:
    def apply(item: dict) -> None:
        item["serviceClasses"] = [service_class(c["code"], style) for c in item["serviceClasses"]]
    return apply


def missing_coordinates(item: dict) -> None:
    addr = item["addresses"][0]["streetAddress"]
    addr.update({"latitude": "0", "longitude": "0", "coordinateState": "NotReceived"})
    for entrance in item["addresses"][0]["entrances"]:
        entrance["coordinates"] = None


def add_fax(item: dict) -> None:
    item["phoneNumbers"].append({"type": "Fax", "additionalInformation": None,
                                 "serviceChargeType": "Chargeable", "chargeDescription": None,
                                 "prefixNumber": None, "isFinnishServiceNumber": True,
                                 "number": None, "language": "fi"})


def bad_url(url: str) -> Callable[[dict], None]:
    def apply(item: dict) -> None:
        item["webPages"][0]["url"] = url
    return apply


def bad_phone(item: dict) -> None:
    for row in item["phoneNumbers"]:
        row["number"] = "6-3030 12"


def nationwide(item: dict) -> None:
    item["areaType"], item["areas"] = "Nationwide", []


def sami(name: str) -> Callable[[dict], None]:
    def apply(item: dict) -> None:
        field = "serviceNames" if "serviceNames" in item else "serviceChannelNames"
        item[field].append({"language": "se", "value": name, "type": "Name"})
    return apply
