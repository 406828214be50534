"""A referral in the documented JSON format (schema/referral.schema.json), for client information systems."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from .codes import OFFICIAL_LANGUAGE, oab_code_get
from .models import Referral
from .selectors import ItemView

SCHEMA = Path(__file__).resolve().parent / "schema" / "referral.schema.json"
FORMAT = "tarjotin.wellbeing-referral"
VERSION = "1.0"


@cache
def referral_schema() -> dict[str, Any]:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def _organization(view: ItemView) -> dict[str, Any] | None:
    if view.service is not None and view.service.organization is not None:
        org = view.service.organization
        return {"name": org.name, "ptvId": org.origin_id if org.source == "ptv" else None}
    name = view.organization
    return {"name": name, "ptvId": None} if name else None


def _item(view: ItemView, url_for: Callable[[str, int], str]) -> dict[str, Any]:
    item = view.item
    current = view.service or view.event
    return {
        "kind": item.kind,
        "catalogueId": current.pk if current is not None else None,
        "source": item.source,
        "originId": item.origin_id,
        "ptvId": item.origin_id if item.source == "ptv" and item.kind == "service" else None,
        "name": view.title,
        "organization": _organization(view),
        "url": url_for(item.kind, current.pk) if current is not None else None,
        "status": view.status,
    }


def referral_export(referral: Referral, *, items: list[ItemView], link: str | None,
                    url_for: Callable[[str, int], str]) -> dict[str, Any]:
    """`url_for(kind, pk)` gives an item's absolute page address: the web layer knows its URLs, we do not."""
    unit = referral.unit
    return {
        "format": FORMAT,
        "version": VERSION,
        "id": str(referral.uid),
        "status": referral.status,
        "issued": referral.issued_at.isoformat(),
        "validUntil": referral.expires_at.isoformat(),
        "language": referral.language,
        "easyToRead": referral.easy_read,
        "note": referral.note,
        "codes": [{"code": c, "name": oab_code_get(c).name_in(OFFICIAL_LANGUAGE)} for c in referral.codes
                  if oab_code_get(c)],
        "tray": {"slug": referral.tray.slug, "name": referral.tray.name},
        "unit": {"code": unit.code, "name": unit.name} if unit else None,
        "link": link,
        "items": [_item(v, url_for) for v in items],
    }
