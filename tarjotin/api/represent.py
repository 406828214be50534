"""Catalogue rows as plain dicts in one language, the shape the v1 serializers describe."""

from __future__ import annotations

from django.urls import reverse
from django.utils import translation

from tarjotin.catalogue.hours import hours_describe
from tarjotin.catalogue.models import Classification
from tarjotin.core.text import pick_text


def _t(values, lang: str) -> str:
    return pick_text(values if isinstance(values, dict) else None, lang)


def page_url(name: str, pk: int | str, lang: str) -> str:
    """The resident page of an item, in the answer's language (a path; the host is the tray's)."""
    with translation.override(lang):
        return reverse(f"web:{name}", args=[pk])


def _items(values, keys: tuple[str, ...]) -> list[dict]:
    return [{k: str(v.get(k) or "") for k in keys} for v in values or [] if isinstance(v, dict)]


def municipality(m, lang: str) -> dict | None:
    return {"code": m.code, "name": _t(m.name, lang)} if m is not None else None


def organisation_ref(org, lang: str) -> dict | None:
    return {"id": org.pk, "name": _t(org.name, lang)} if org is not None else None


def code(c: Classification, lang: str) -> dict:
    return {"code": c.code, "name": _t(c.name, lang)}


def service_summary(s, lang: str) -> dict:
    return {
        "id": s.pk, "name": _t(s.name, lang), "summary": _t(s.summary, lang),
        "organisation": organisation_ref(s.organization, lang), "charge_type": s.charge_type or "",
        "area_type": s.area_type or "", "languages": [str(x) for x in s.languages or []],
        "source": s.source, "origin_id": s.origin_id, "modified": s.source_modified,
        "page": page_url("service", s.pk, lang),
    }


def _codes(service, kind: str, lang: str) -> list[dict]:
    return [code(c, lang) for c in service.classifications.all() if c.kind == kind]


def service_detail(s, lang: str, themes: list[str]) -> dict:
    return {
        **service_summary(s, lang),
        "alternative_name": _t(s.alternative_name, lang), "description": _t(s.description, lang),
        "user_instruction": _t(s.user_instruction, lang), "charge_info": _t(s.charge_info, lang),
        "requirements": _t(s.requirements, lang),
        "keywords": [str(k) for k in (s.keywords or {}).get(lang, [])] if isinstance(s.keywords, dict) else [],
        "service_classes": _codes(s, Classification.Kind.SERVICE_CLASS, lang),
        "target_groups": _codes(s, Classification.Kind.TARGET_GROUP, lang),
        "life_events": _codes(s, Classification.Kind.LIFE_EVENT, lang),
        "municipalities": [municipality(m, lang) for m in s.municipalities.all()],
        "themes": themes,
        "channels": [channel(c.channel, lang, connection=c) for c in s.connections.all()],
    }


def address(a, lang: str) -> dict:
    return {
        "kind": a.kind, "street": _t(a.street, lang), "street_number": a.street_number,
        "postal_code": a.postal_code, "post_office": _t(a.post_office, lang),
        "municipality": municipality(a.municipality, lang), "latitude": a.latitude, "longitude": a.longitude,
        "additional_info": _t(a.additional_info, lang),
    }


def channel(c, lang: str, connection=None) -> dict:
    hours = list(connection.hours.all()) if connection is not None else []
    return {
        "id": c.pk, "kind": c.kind, "name": _t(c.name, lang), "summary": _t(c.summary, lang),
        "description": _t(c.description, lang), "organisation": organisation_ref(c.organization, lang),
        "languages": [str(x) for x in c.languages or []],
        "web_pages": _items(c.web_pages, ("url", "name", "lang")),
        "phones": _items(c.phones, ("number", "kind", "charge_type", "info", "lang")),
        "emails": [str(e.get("value") or "") for e in c.emails or [] if isinstance(e, dict)],
        "addresses": [address(a, lang) for a in c.addresses.all()],
        "hours": hours_describe(hours or list(c.hours.all()), lang),
        "duplicate_of": c.duplicate_of_id,
        "source": c.source, "origin_id": c.origin_id, "modified": c.source_modified,
    }


def place(c, lang: str) -> dict:
    addresses = list(c.addresses.all())
    visiting = next((a for a in addresses if a.kind == "visiting"), addresses[0] if addresses else None)
    return {
        "id": c.pk, "name": _t(c.name, lang), "summary": _t(c.summary, lang),
        "organisation": organisation_ref(c.organization, lang),
        "address": address(visiting, lang) if visiting else None,
        "services": sorted(conn.service_id for conn in c.connections.all()),
        "source": c.source, "origin_id": c.origin_id,
    }


def organisation(o, lang: str) -> dict:
    return {
        "id": o.pk, "name": _t(o.name, lang), "summary": _t(o.summary, lang), "description": _t(o.description, lang),
        "org_type": o.org_type, "business_code": o.business_code,
        "municipality": municipality(o.municipality, lang),
        "web_pages": _items(o.web_pages, ("url", "name", "lang")),
        "phones": _items(o.phones, ("number", "kind", "charge_type", "info", "lang")),
        "emails": [str(e.get("value") or "") for e in o.emails or [] if isinstance(e, dict)],
        "source": o.source, "origin_id": o.origin_id, "modified": o.source_modified,
        "page": page_url("organization", o.pk, lang),
    }


def _offers(offers) -> list[dict]:
    return [o for o in offers or [] if isinstance(o, dict)]


def event(e, lang: str) -> dict:
    return {
        "id": e.pk, "name": _t(e.name, lang), "summary": _t(e.summary, lang), "description": _t(e.description, lang),
        "start": e.start, "end": e.end, "all_day": e.all_day, "end_given": e.end_given, "status": e.status,
        "location_name": _t(e.location_name, lang), "street_address": _t(e.street_address, lang),
        "postal_code": e.postal_code, "locality": _t(e.locality, lang),
        "municipality": municipality(e.municipality, lang), "latitude": e.latitude, "longitude": e.longitude,
        "online": e.online, "is_free": e.is_free,
        "prices": [_t(o.get("price"), lang) for o in _offers(e.offers) if _t(o.get("price"), lang)],
        "info_url": _t(e.info_url, lang),
        "keywords": [_t(k.get("name"), lang) for k in e.keywords or [] if isinstance(k, dict)],
        "languages": [str(x) for x in e.languages or []], "target_groups": [str(x) for x in e.target_groups or []],
        "audience_min_age": e.audience_min_age, "audience_max_age": e.audience_max_age,
        "source": e.source, "origin_id": e.origin_id, "page": page_url("event", e.pk, lang),
    }


def theme(t, lang: str) -> dict:
    return {
        "slug": t.slug, "name": _t(t.name, lang), "description": _t(t.description, lang), "order": t.order,
        "service_classes": [str(c) for c in t.service_classes or []],
        "target_groups": [str(c) for c in t.target_groups or []],
    }


def tray(t, lang: str, themes: list | None = None) -> dict:
    found = {
        "slug": t.slug, "kind": t.kind, "name": _t(t.name, lang),
        "display_name": _t(t.display_name, lang) or _t(t.name, lang),
        "county": {"code": t.county.code, "name": _t(t.county.name, lang)} if t.county_id else None,
        "municipalities": list(t.municipality_codes), "include_nationwide": t.include_nationwide,
        "hostnames": [str(h) for h in t.hostnames or []], "path_prefix": t.path_prefix,
        "primary_color": t.primary_color, "text_color": t.text_color, "logo_url": t.logo_url,
        "contact": {"name": t.contact_name, "email": t.contact_email, "phone": t.contact_phone},
    }
    if themes is not None:
        found["themes"] = [theme(v, lang) for v in themes]
    return found
