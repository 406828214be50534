"""Builders of LIPAS API v2 records and pages for the tests (shaped as api.lipas.fi/v2 answers)."""

from __future__ import annotations


def point(lon: float, lat: float) -> dict:
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": {}}]}


def site(lipas_id: int, name: str, *, type_code: int = 3110, city: int = 91, status: str = "active",
         event_date: str = "2025-03-01T10:00:00.000Z", **extra) -> dict:
    record = {
        "lipas-id": lipas_id,
        "status": status,
        "event-date": event_date,
        "name": name,
        "name-localized": {"se": f"{name} (sv)"},
        "owner": "city",
        "admin": "city-sports",
        "type": {"type-code": type_code},
        "location": {
            "city": {"city-code": city, "neighborhood": "Keskusta"},
            "address": "Testikatu 4",
            "postal-code": "00900",
            "postal-office": "Helsinki",
            "geometries": point(25.08, 60.21),
        },
        "www": "www.example.fi/uimahalli",
        "phone-number": "09 123 4567",
        "email": "liikunta@example.fi",
        "comment": "Kaksi allasta ja sauna.",
    }
    record.update(extra)
    return record


def page(items: list, number: int = 1, pages: int = 1) -> dict:
    return {"items": items, "pagination": {"current-page": number, "page-size": 100,
                                           "total-items": len(items), "total-pages": pages}}
