"""Builders of Linked Events v1 events and pages for the tests, shaped as the 2024 OpenAPI spec and
api.hel.fi answer (`include=location,keywords,audience,in_language`)."""

from __future__ import annotations

API = "https://api.hel.fi/linkedevents/v1"


def ref(kind: str, key: str) -> dict:
    return {"@id": f"{API}/{kind}/{key}/"}


def keyword(key: str, fi: str, sv: str = "", en: str = "") -> dict:
    names = {k: v for k, v in (("fi", fi), ("sv", sv), ("en", en)) if v}
    return {"id": key, "name": names, "data_source": key.split(":")[0], "@id": f"{API}/keyword/{key}/",
            "@type": "Keyword"}


def place(key: str = "tprek:8310", *, name: str = "Vuosaaren kirjasto", street: str = "Mosaiikkitori 2",
          postal: str = "00980", locality: str = "Helsinki", lon: float = 25.144, lat: float = 60.209) -> dict:
    return {
        "id": key, "@id": f"{API}/place/{key}/", "@type": "Place", "data_source": key.split(":")[0],
        "name": {"fi": name, "sv": f"{name} (sv)", "en": f"{name} (en)"},
        "street_address": {"fi": street, "sv": "Mosaiktorget 2"},
        "postal_code": postal,
        "address_locality": {"fi": locality, "sv": "Helsingfors"},
        "position": {"type": "Point", "coordinates": [lon, lat]},
        "divisions": [
            {"type": "muni", "ocd_id": "ocd-division/country:fi/kunta:helsinki",
             "municipality": None, "name": {"fi": "Helsinki", "sv": "Helsingfors"}},
            {"type": "neighborhood", "ocd_id": "ocd-division/country:fi/kunta:helsinki/kaupunginosa:vuosaari",
             "municipality": "ocd-division/country:fi/kunta:helsinki", "name": {"fi": "Vuosaari"}},
        ],
    }


def event(key: str, name: str, *, start: str = "2026-12-05T10:00:00Z", end: str | None = "2026-12-05T12:00:00Z",
          location: dict | None = None, **extra) -> dict:
    record = {
        "id": key,
        "@id": f"{API}/event/{key}/",
        "@type": "Event/LinkedEvent",
        "data_source": key.split(":")[0],
        "publisher": "ahjo:u4804001010",
        "location": location if location is not None else place(),
        "keywords": [keyword("yso:p4354", "lapset", "barn", "children"),
                     keyword("yso:p2625", "teatteritaide", "teaterkonst", "theatre")],
        "audience": [keyword("yso:p13050", "lapsiperheet", "barnfamiljer", "families with children")],
        "super_event": ref("event", "helsinki:series1"),
        "super_event_type": None,
        "event_status": "EventScheduled",
        "publication_status": "public",
        "external_links": [{"name": "extlink_facebook", "link": "https://facebook.com/x", "language": "fi"}],
        "offers": [{"is_free": False, "price": {"fi": "5 €", "en": "5 €"},
                    "info_url": {"fi": "https://liput.example.fi/123"}, "description": None}],
        "sub_events": [],
        "images": [{"id": 1, "url": "https://api.hel.fi/linkedevents/media/images/x.jpg",
                    "name": "Satutunti", "license": "cc_by", "photographer_name": "Kuvaaja",
                    "alt_text": {"fi": "Lapsia lukemassa"}, "@id": f"{API}/image/1/", "@type": "ImageObject"}],
        "in_language": [{"id": "fi", "name": {"fi": "suomi"}, "@id": f"{API}/language/fi/"},
                        ref("language", "sv")],
        "audience_min_age": 3,
        "audience_max_age": 8,
        "last_modified_time": "2026-11-20T08:30:00.123456Z",
        "created_time": "2026-11-01T08:00:00Z",
        "start_time": start,
        "end_time": end,
        "has_start_time": True,
        "has_end_time": end is not None,
        "deleted": False,
        "name": {"fi": name, "sv": f"{name} (sv)", "en": f"{name} (en)"},
        "short_description": {"fi": "Satuja pienille.", "sv": None, "en": ""},
        "description": {"fi": "<p>Tervetuloa <strong>satutuntiin</strong>!</p><p>Lisätietoja "
                              "<a href=\"https://www.helmet.fi/satu\">Helmetistä</a>.<br>Vapaa pääsy.</p>"},
        "provider": {"fi": "Vuosaaren kirjasto"},
        "info_url": {"fi": "https://www.helmet.fi/satu", "sv": "javascript:alert(1)"},
        "location_extra_info": {"fi": "Lastenosasto"},
    }
    record.update(extra)
    return record


def page(events: list[dict], *, count: int | None = None, following: str | None = None) -> dict:
    return {"meta": {"count": len(events) if count is None else count, "next": following, "previous": None},
            "data": events}
