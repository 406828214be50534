"""Rules on the structure of services and channels: classes, channels, area, places, hours, contacts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

from tarjotin.catalogue.models import Classification
from tarjotin.geo.coords import in_finland

from .registry import CHANNELS, ITEM_KINDS, SERVICE, Severity, rule
from .snapshot import Context, Item

STALE_AFTER = timedelta(days=365)
# Organisation types whose own area is one municipality or one county (PTV organizationType).
LOCAL_ORGANISATIONS = ("Municipality", "Region")
HOST = re.compile(r"^[\w-]+(\.[\w-]+)+\.?(:\d{1,5})?$")
COUNTRY_CODE = re.compile(r"^\+(\d{1,3}) ?(.*)$")


@rule("service_class_missing", severity=Severity.ERROR, kinds=SERVICE,
      title=_("No service class"),
      fix=_("Choose at least one service class. Trays and Suomi.fi find services by their class; "
            "a service without one is left out of the theme lists."))
def service_class_missing(item: Item, ctx: Context) -> str | None:
    return None if Classification.Kind.SERVICE_CLASS in item.classification_kinds else "–"


@rule("target_group_missing", severity=Severity.ERROR, kinds=SERVICE,
      title=_("No target group"),
      fix=_("Choose the target group (for example citizens, or a narrower group such as older people). "
            "Trays leave out services without one."))
def target_group_missing(item: Item, ctx: Context) -> str | None:
    return None if Classification.Kind.TARGET_GROUP in item.classification_kinds else "–"


@rule("channels_missing", severity=Severity.ERROR, kinds=SERVICE,
      title=_("Service without channels"),
      fix=_("Connect the service to at least one channel: a place, a phone number, a web page or an "
            "e-service. Without one a resident cannot tell how to use it."))
def channels_missing(item: Item, ctx: Context) -> str | None:
    return None if item.channel_count else "0"


@rule("charge_missing", severity=Severity.NOTICE, kinds=SERVICE,
      title=_("Charge not told"),
      fix=_("Tell whether the service is free of charge or chargeable: residents filter by it."))
def charge_missing(item: Item, ctx: Context) -> str | None:
    return None if item.charge_type else "–"


@rule("not_updated", severity=Severity.WARNING, kinds=ITEM_KINDS,
      title=_("Not updated in 12 months"),
      fix=_("Check that the information is still correct and save it in PTV, even if nothing changed: "
            "the date shows readers that the content is looked after."))
def not_updated(item: Item, ctx: Context) -> str | None:
    if item.modified and ctx.now - item.modified > STALE_AFTER:
        return item.modified.date().isoformat()
    return None


@rule("area_wider_than_organisation", severity=Severity.WARNING, kinds=SERVICE,
      title=_("Area wider than the organisation's own"),
      fix=_("Set the service's area to the municipalities where it is really offered. A municipality's "
            "or county's service marked nationwide shows up in every tray in Finland."))
def area_wider_than_organisation(item: Item, ctx: Context) -> str | None:
    org = ctx.organizations.get(item.organization_origin_id)
    if org and org.org_type in LOCAL_ORGANISATIONS and item.nationwide:
        return f"{org.org_type}: {item.area_type}"
    return None


@rule("channel_area_missing", severity=Severity.NOTICE, kinds=("phone", "webpage", "echannel", "form"),
      title=_("Channel area not told"),
      fix=_("Choose the channel's area (the whole country or the municipalities it serves), so that trays "
            "know where to show it."))
def channel_area_missing(item: Item, ctx: Context) -> str | None:
    return None if item.area_type else "–"


def _visiting(item: Item) -> list:
    return [p for p in item.points if p.kind == "visiting" and p.sub_kind != "abroad"]


@rule("coordinates_missing", severity=Severity.ERROR, kinds=("location",),
      title=_("Location without coordinates"),
      fix=_("Check the visiting address so that PTV can place it on the map, or set the point by hand. "
            "Without coordinates the place is missing from maps and from 'near me' searches."))
def coordinates_missing(item: Item, ctx: Context) -> str | None:
    visiting = _visiting(item)
    if any(p.latitude is not None and p.longitude is not None for p in visiting):
        return None
    return (visiting[0].state or "–") if visiting else "–"


@rule("location_outside_finland", severity=Severity.ERROR, kinds=("location",),
      title=_("Location outside Finland"),
      fix=_("The map point lies outside Finland: the coordinates are probably swapped or in the wrong "
            "system. Place the point again on the map."))
def location_outside_finland(item: Item, ctx: Context) -> Iterator[str]:
    for p in _visiting(item):
        if p.latitude is not None and p.longitude is not None and not in_finland(p.latitude, p.longitude):
            yield f"{p.latitude:.4f}, {p.longitude:.4f}"


@rule("hours_missing", severity=Severity.WARNING, kinds=("location", "phone"),
      title=_("No opening hours"),
      fix=_("Add the channel's own service hours, or mark it open by appointment or always open. Hours "
            "given only for one service at the place do not tell when the place itself is open."))
def hours_missing(item: Item, ctx: Context) -> str | None:
    return None if item.has_hours else "–"


@rule("duplicate_location", severity=Severity.WARNING, kinds=("location",),
      title=_("The same place described twice"),
      fix=_("Another location with the same name and address exists. Agree with its owner which one "
            "stays; connect your services to it and archive the other."))
def duplicate_location(item: Item, ctx: Context) -> list[str]:
    return item.same_place


def url_malformed(url: str) -> bool:
    if not url or any(c.isspace() for c in url):
        return True
    try:
        parts = urlsplit(url)
    except ValueError:
        return True
    return parts.scheme not in ("http", "https") or not HOST.match(parts.netloc.rsplit("@", 1)[-1])


@rule("web_address_malformed", severity=Severity.ERROR, kinds=CHANNELS,
      title=_("Malformed web address"),
      fix=_("Write the whole address with https:// at the start and without spaces, and check that it opens."))
def web_address_malformed(item: Item, ctx: Context) -> list[str]:
    return sorted({w.get("url", "") for w in item.web_pages if url_malformed(w.get("url", ""))})


def phone_malformed(number: str) -> bool:
    """PTV keeps the country code apart and the number as digits; a service number (116117) has none."""
    prefixed = COUNTRY_CODE.match(number.strip())
    country, rest = prefixed.groups() if prefixed else ("", number.strip())
    if not re.fullmatch(r"[\d ]+", rest):
        return True
    digits = rest.replace(" ", "")
    if country == "358":
        return digits.startswith("0") or not 5 <= len(digits) <= 12
    return not 3 <= len(digits) <= 14


@rule("phone_malformed", severity=Severity.ERROR, kinds=CHANNELS,
      title=_("Malformed phone number"),
      fix=_("Give the country code (+358) in its own field and the number with digits only, without "
            "the leading zero, for example 40 123 4567."))
def phone_malformed_rule(item: Item, ctx: Context) -> list[str]:
    return sorted({p.get("number", "") for p in item.phones if phone_malformed(p.get("number", ""))})
