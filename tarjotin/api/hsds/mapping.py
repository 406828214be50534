"""Catalogue rows as HSDS 3.0 objects (texts in one language), with the Finnish profile's extensions."""

from __future__ import annotations

from urllib.parse import urlsplit

from tarjotin.catalogue.models import ChannelKind, Classification
from tarjotin.core.text import pick_text

from .ids import name_id, row_id

# The taxonomies: PTV's code lists, the ontology terms (YSO/KOKO) and the trays' national themes.
TAXONOMIES = {
    Classification.Kind.SERVICE_CLASS: ("PTV service classes", "http://uri.suomi.fi/codelist/ptv/ptvserclass2"),
    Classification.Kind.TARGET_GROUP: ("PTV target groups", "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat"),
    Classification.Kind.LIFE_EVENT: ("PTV life events", "http://uri.suomi.fi/codelist/ptv/ptvlifeevents"),
    Classification.Kind.ONTOLOGY_TERM: ("Ontology terms (YSO, KOKO)", "https://finto.fi/koko/"),
    "theme": ("Tarjotin wellbeing themes", "https://tarjotin.fi/hsds/themes"),
}
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _t(values, lang: str) -> str:
    return pick_text(values if isinstance(values, dict) else None, lang)


def _url(value: object) -> str | None:
    """Only absolute http(s) addresses are given as URIs; anything else in the data is left out."""
    text = str(value or "").strip()
    parts = urlsplit(text)
    return text if parts.scheme in ("http", "https") and parts.netloc and " " not in text else None


def _drop_none(found: dict) -> dict:
    return {k: v for k, v in found.items() if v is not None}


def taxonomy_id(key: str) -> str:
    return name_id("taxonomy", key)


def taxonomy(key: str) -> dict:
    name, uri = TAXONOMIES[key]
    return {"id": taxonomy_id(key), "name": name, "description": name, "uri": uri, "version": "", "metadata": []}


def term_id(kind: str, code: str) -> str:
    return name_id("taxonomy_term", kind, code)


def classification_term(c: Classification, lang: str) -> dict:
    parent = c.parent_code.split(";")[0] if c.parent_code else ""
    return _drop_none({
        "id": term_id(c.kind, c.code), "code": c.code, "name": _t(c.name, lang) or c.code, "description": "",
        "parent_id": term_id(c.kind, parent) if parent else None, "taxonomy": TAXONOMIES[c.kind][0],
        "taxonomy_id": taxonomy_id(c.kind), "language": lang,
        "term_uri": _url(c.code) if c.kind == Classification.Kind.ONTOLOGY_TERM else None, "metadata": [],
    })


def theme_term(theme, lang: str) -> dict:
    return {"id": term_id("theme", theme.slug), "code": theme.slug, "name": _t(theme.name, lang) or theme.slug,
            "description": _t(theme.description, lang), "taxonomy": TAXONOMIES["theme"][0],
            "taxonomy_id": taxonomy_id("theme"), "language": lang, "metadata": []}


def _attribute(owner_id: str, entity: str, term: dict) -> dict:
    return {"id": name_id("attribute", owner_id, term["id"]), "link_id": owner_id, "link_type": term["taxonomy"],
            "link_entity": entity, "taxonomy_term_id": term["id"], "value": term["code"], "taxonomy_term": term,
            "metadata": []}


def _in_language(rows, lang: str) -> list[dict]:
    """Rows (phones) in the answer's language, else in the first of fi, sv, en that has any."""
    rows = [r for r in rows or [] if isinstance(r, dict)]
    for code in (lang, "fi", "sv", "en"):
        found = [r for r in rows if r.get("lang") in (code, "", None)]
        if found:
            return found
    return rows


def _phones(rows, lang: str, owner: dict) -> list[dict]:
    return [{"id": name_id("phone", *owner.values(), n), **owner, "number": str(phone["number"]),
             "type": "voice" if phone.get("kind", "phone") == "phone" else str(phone.get("kind")),
             "description": str(phone.get("info") or ""), "languages": [], "attributes": [], "metadata": []}
            for n, phone in enumerate(r for r in _in_language(rows, lang) if r.get("number"))]


def _languages(codes, owner: dict) -> list[dict]:
    return [{"id": name_id("language", *owner.values(), c), **owner, "code": str(c), "name": str(c),
             "attributes": [], "metadata": []} for c in codes or []]


def organization(o, lang: str, *, full: bool = False, services: list | None = None) -> dict:
    oid = row_id("organization", o)
    web = next((_url(w.get("url")) for w in o.web_pages or [] if isinstance(w, dict) and _url(w.get("url"))), None)
    found = _drop_none({
        "id": oid, "name": _t(o.name, lang) or o.origin_id,
        "description": _t(o.description, lang) or _t(o.summary, lang),
        "website": web, "x_source": o.source, "x_origin_id": o.origin_id,
    })
    if full:
        found["organization_identifiers"] = [
            {"id": name_id("organization_identifier", oid), "organization_id": oid, "identifier_scheme": "FI-YTJ",
             "identifier_type": "Y-tunnus", "identifier": o.business_code, "attributes": [], "metadata": []}
        ] if o.business_code else []
        found["phones"] = _phones(o.phones, lang, {"organization_id": oid})
        found["contacts"], found["funding"], found["locations"], found["programs"] = [], [], [], []
        found["attributes"], found["metadata"] = [], []
        if services is not None:
            found["services"] = services
    return found


def _schedules(blocks, lang: str, owner: dict) -> list[dict]:
    """Weekly hours as one schedule per opening (RFC 5545 words); other blocks as their description."""
    found = []
    for b, block in enumerate(blocks):
        base = {**owner, "valid_from": block.valid_from.isoformat() if block.valid_from else None,
                "valid_to": block.valid_to.isoformat() if block.valid_to else None,
                "description": _t(block.info, lang), "attributes": [], "metadata": []}
        openings = block.opening if block.kind == "weekly" and not block.is_closed else []
        for n, opening in enumerate(o for o in openings if isinstance(o, dict)):
            day = opening.get("day_from")
            if not isinstance(day, int) or not 0 <= day < 7:
                continue
            found.append(_drop_none({**base, "id": name_id("schedule", *owner.values(), b, n), "freq": "WEEKLY",
                                     "byday": DAYS[day], "opens_at": str(opening.get("opens") or ""),
                                     "closes_at": str(opening.get("closes") or "")}))
        if not openings:
            found.append(_drop_none({**base, "id": name_id("schedule", *owner.values(), b),
                                     "notes": "closed" if block.is_closed else block.kind}))
    return found


def _address(a, lid: str, lang: str) -> dict:
    county = a.municipality.county.name if a.municipality and a.municipality.county_id else {}
    street = f"{_t(a.street, lang)} {a.street_number}".strip()
    return {"id": name_id("address", lid, a.pk), "location_id": lid, "address_1": street,
            "city": _t(a.post_office, lang) or (_t(a.municipality.name, lang) if a.municipality else ""),
            "region": _t(a.municipality.name, lang) if a.municipality else "",
            "state_province": _t(county, lang), "postal_code": a.postal_code, "country": "FI",
            "address_type": "postal" if a.kind == "postal" else "physical", "attributes": [], "metadata": []}


def location(c, lang: str) -> dict:
    lid = row_id("location", c)
    addresses = list(c.addresses.all())
    point = next((a for a in addresses if a.latitude is not None), None)
    return _drop_none({
        "id": lid, "location_type": "physical" if c.kind == ChannelKind.LOCATION else "virtual",
        "organization_id": row_id("organization", c.organization) if c.organization else None,
        "name": _t(c.name, lang), "description": _t(c.description, lang) or _t(c.summary, lang),
        "latitude": point.latitude if point else None, "longitude": point.longitude if point else None,
        "external_identifier": c.origin_id, "external_identifier_type": c.source,
        "languages": _languages(c.languages, {"location_id": lid}),
        "addresses": [_address(a, lid, lang) for a in addresses],
        "phones": _phones(c.phones, lang, {"location_id": lid}),
        "schedules": _schedules(list(c.hours.all()), lang, {"location_id": lid}),
        "accessibility": [], "contacts": [], "attributes": [], "metadata": [],
    })


def service_at_location(connection, lang: str, service_id: str) -> dict:
    channel = connection.channel
    lid = row_id("location", channel)
    sid = name_id("service_at_location", service_id, lid)
    return {"id": sid, "service_id": service_id, "location_id": lid, "description": _t(connection.description, lang),
            "schedules": _schedules(list(connection.hours.all()), lang, {"service_at_location_id": sid}),
            "location": location(channel, lang), "contacts": [], "phones": [], "attributes": [], "metadata": []}


def service(s, lang: str, *, themes=(), full: bool = False, page_url: str | None = None) -> dict:
    sid = row_id("service", s)
    found = _drop_none({
        "id": sid, "organization_id": row_id("organization", s.organization) if s.organization else None,
        "name": _t(s.name, lang) or s.origin_id, "alternate_name": _t(s.alternative_name, lang) or None,
        "description": _t(s.description, lang) or _t(s.summary, lang), "url": _url(page_url), "status": "active",
        "application_process": _t(s.user_instruction, lang), "fees_description": _t(s.charge_info, lang),
        "eligibility_description": _t(s.requirements, lang),
        "last_modified": s.source_modified.isoformat() if s.source_modified else None,
        "x_source": s.source, "x_origin_id": s.origin_id, "x_charge_type": s.charge_type or None,
        "x_area_type": s.area_type or None,
    })
    if not full:
        return found
    terms = [classification_term(c, lang) for c in s.classifications.all()] + [theme_term(t, lang) for t in themes]
    locations = [c for c in s.connections.all() if c.channel.kind == ChannelKind.LOCATION]
    found.update({
        "organization": organization(s.organization, lang) if s.organization else None,
        "service_at_locations": [service_at_location(c, lang, sid) for c in locations],
        "languages": _languages(s.languages, {"service_id": sid}),
        "service_areas": [{"id": name_id("service_area", sid, m.code), "service_id": sid, "name": _t(m.name, lang),
                           "extent_type": "FI:municipality", "extent": m.code, "attributes": [], "metadata": []}
                          for m in s.municipalities.all()],
        "cost_options": [{"id": name_id("cost_option", sid), "service_id": sid, "option": "free", "amount": 0,
                          "currency": "EUR", "attributes": [], "metadata": []}] if s.charge_type == "free" else [],
        "attributes": [_attribute(sid, "service", term) for term in terms],
        "phones": [], "schedules": [], "funding": [], "required_documents": [], "contacts": [], "metadata": [],
    })
    return _drop_none(found)
