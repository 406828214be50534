"""Small but real-shaped answers of PTV, LIPAS and Linked Events, and the faults an upstream can have."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from werkzeug import Request, Response

from .server import DEMO

FAULTS = ("ok", "timeout", "http_500", "malformed_json", "truncated_page", "duplicate_ids", "empty_page",
          "mass_deletion", "small_deletion")
TIMEOUT = 0.5  # the importer's timeout in the matrix; a timeout fault answers later than this


def ptv_records() -> dict[str, list[dict]]:
    """The shipped demo region by kind, as PTV's list endpoints page them."""
    found: dict[str, list[dict]] = {"Organization": [], "Service": [], "ServiceChannel": []}
    for path in sorted(Path(DEMO).glob("*.json")):
        found[path.name.split("-")[0]] += json.loads(path.read_text(encoding="utf-8"))["itemList"]
    return found


def lipas_records() -> list[dict]:
    names = ("Vaasan uimahalli", "Hietalahden kenttä", "Palosaaren kuntosali", "Sundomin ulkoilureitti",
             "Gerbyn lähiliikuntapaikka", "Huutoniemen tekonurmi", "Vöyrinkaupungin tenniskentät",
             "Kotiranta, uimaranta", "Ristinummen kuntorata", "Onkilahden pallokenttä")
    return [{"lipas-id": 905000 + n, "status": "active", "event-date": "2026-03-01T10:00:00.000Z", "name": name,
             "owner": "city", "admin": "city-sports", "type": {"type-code": 3110 if n == 0 else 1120},
             "location": {"city": {"city-code": 905}, "address": f"Liikuntatie {n + 1}", "postal-code": "65100",
                          "postal-office": "Vaasa", "geometries": {"type": "FeatureCollection", "features": [
                              {"type": "Feature", "properties": {},
                               "geometry": {"type": "Point", "coordinates": [21.6 + n / 100, 63.09]}}]}},
             "www": "https://www.vaasa.fi/liikunta", "phone-number": "06 325 1111"} for n, name in enumerate(names)]


def linkedevents_records(now: datetime) -> list[dict]:
    start = now + timedelta(days=2)
    place = {"id": "tprek:905001", "name": {"fi": "Vaasan kaupunginkirjasto"}, "postal_code": "65100",
             "street_address": {"fi": "Kirjastonkatu 13"}, "address_locality": {"fi": "Vaasa", "sv": "Vasa"},
             "position": {"type": "Point", "coordinates": [21.6158, 63.0963]}, "divisions": []}
    return [{"id": f"vaasa:tapahtuma{n}", "location": place, "keywords": [], "audience": [], "super_event": None,
             "super_event_type": None, "event_status": "EventScheduled", "publication_status": "public",
             "offers": [{"is_free": True}], "in_language": [], "deleted": False,
             "start_time": (start + timedelta(days=n)).strftime("%Y-%m-%dT%H:%M:%SZ"),
             "end_time": (start + timedelta(days=n, hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ"),
             "name": {"fi": f"Liikuntailtapäivä {n + 1}"}, "last_modified_time": "2026-11-20T08:30:00Z"}
            for n in range(10)]


def _items(source: str, kind: str, now: datetime) -> list[dict]:
    if source == "ptv":
        return ptv_records()[kind]
    return lipas_records() if source == "lipas" else linkedevents_records(now)


def _page(source: str, items: list[dict]) -> dict:
    if source == "ptv":
        return {"pageNumber": 1, "pageSize": 1000, "pageCount": 1, "itemList": items}
    if source == "lipas":
        return {"items": items, "pagination": {"current-page": 1, "page-size": 100, "total-items": len(items),
                                               "total-pages": 1}}
    return {"meta": {"count": len(items), "next": None, "previous": None}, "data": items}


def _apply(fault: str, items: list[dict]) -> list[dict]:
    if fault == "duplicate_ids":
        return items + items[: max(1, len(items) // 4)]  # the same records again, as on two pages
    if fault == "empty_page":
        return []
    if fault == "mass_deletion":
        return items[: len(items) // 2]
    if fault == "small_deletion":
        return items[1:]
    return items


class Upstream:
    """A werkzeug handler that answers as one source, with the fault of the moment."""

    def __init__(self, source: str, now: datetime | None = None) -> None:
        self.source = source
        self.fault = "ok"
        self.now = now or datetime.now(UTC)

    def __call__(self, request: Request) -> Response:
        if self.fault == "timeout":
            time.sleep(TIMEOUT * 3)
        if self.fault == "http_500":
            return Response("Internal Server Error", status=500)
        if self.fault == "malformed_json":
            return Response("{\"itemList\": [{\"id\": ", status=200, content_type="application/json")
        body = self._body(request)
        text = json.dumps(body)
        if self.fault == "truncated_page":
            text = text[: len(text) // 2]
        return Response(text, status=200, content_type="application/json")

    def _body(self, request: Request) -> object:
        path = request.path.strip("/").removeprefix(self.source).strip("/")  # served under /<source>/
        if self.source == "ptv":
            kind = path.split("/")[0]
            items = _items("ptv", kind, self.now)
            if path.endswith("/list") and "guids" in request.args:  # connections outside the area pages
                wanted = set(request.args["guids"].split(","))
                return [r for r in _apply(self.fault, items) if r.get("id") in wanted]
            return _page("ptv", _apply(self.fault, items))
        return _page(self.source, _apply(self.fault, _items(self.source, "", self.now)))
