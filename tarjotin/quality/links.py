"""Where a content owner fixes an item: the PTV editor, and the item's public page on Suomi.fi."""

from __future__ import annotations

import re

from django.utils.text import slugify

PTV_EDITOR = "https://palvelutietovaranto.suomi.fi"
SUOMI_FI = "https://www.suomi.fi/palvelut"
# The editor's own routes for each kind of item (the PTV user interface, vrk-kpa/ptv).
EDITOR_PATHS = {
    "organization": "organization",
    "service": "service",
    "location": "channels/serviceLocation",
    "phone": "channels/phone",
    "webpage": "channels/webPage",
    "echannel": "channels/electronic",
    "form": "channels/printableForm",
}
# Suomi.fi shows services and three channel kinds on pages of their own; the name part of the address is
# for people only, the id finds the page.
PUBLIC_PATHS = {"service": "", "location": "palvelupiste/", "echannel": "verkkoasiointi/",
                "phone": "puhelinasiointi/"}
PTV_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


def ptv_edit_url(kind: str, origin_id: str) -> str:
    """The item in the PTV editor (the owner logs in there), or "" when it is not a PTV id."""
    path = EDITOR_PATHS.get(kind)
    return f"{PTV_EDITOR}/{path}/{origin_id.lower()}" if path and PTV_ID.match(origin_id or "") else ""


def suomifi_url(kind: str, origin_id: str, name: str) -> str:
    """The item's public page on Suomi.fi, or "" for kinds that have none."""
    path = PUBLIC_PATHS.get(kind)
    if path is None or not PTV_ID.match(origin_id or ""):
        return ""
    return f"{SUOMI_FI}/{path}{slugify(name) or 'x'}/{origin_id.lower()}"
