"""The map page: the places of the services found and the coming events at a place, as lists that are
the text alternative, and map data."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_safe

from tarjotin.catalogue import events as catalogue_events
from tarjotin.catalogue import selectors as catalogue
from tarjotin.catalogue.models import Address, ChannelKind, Event, Service, ServiceChannel
from tarjotin.core.text import pick_text
from tarjotin.geo.coords import distance_km, in_finland
from tarjotin.search.selectors import events_for_theme, events_search, search_query
from tarjotin.trays.models import OSM_TILES

from .events import event_when
from .search_page import filters_from, resident_point, search_form

# A few hundred markers stay readable and quick to draw; the list page pages through the rest.
MAX_SERVICES = 300
BATCH = 200  # the search index's largest page
MAX_EVENTS = 200  # the soonest; the what's-on page lists them all
MAX_SEARCHED = 1000  # events a search or a theme narrows the map to, as on the what's-on page


@dataclass
class Place:
    """A location channel with its visiting address point and the services found there."""

    channel: ServiceChannel
    address: Address
    services: list[Service] = field(default_factory=list)
    km: float | None = None

    @property
    def anchor(self) -> str:
        return f"place-{self.channel.pk}"

    @property
    def point(self) -> tuple[float, float]:
        return self.address.latitude, self.address.longitude


@dataclass
class EventPin:
    """A coming event at a place with a point."""

    event: Event
    when: str
    place: str  # the place's name and address in the page's language
    km: float | None = None

    @property
    def anchor(self) -> str:
        return f"event-{self.event.pk}"

    @property
    def point(self) -> tuple[float, float]:
        return self.event.latitude, self.event.longitude


@dataclass
class MapResults:
    places: list[Place]
    found: int  # services matched by the search, uncapped
    shown: int  # services looked at for the map (at most MAX_SERVICES)
    without_place: int  # of those, services with no place on the map (phone, online, no coordinates)
    base_query: str
    corrected: str | None = None
    events: list[EventPin] = field(default_factory=list)


def _lang() -> str:
    return (get_language() or "fi")[:2]


def _service_ids(text: str, lang: str, filters) -> tuple[list[int], int, str | None]:
    ids: list[int] = []
    total, corrected = 0, None
    while len(ids) < MAX_SERVICES:
        asked = min(BATCH, MAX_SERVICES - len(ids))
        found = search_query(text=text, lang=lang, filters=filters, offset=len(ids), limit=asked)
        ids.extend(found.ids)
        total, corrected = found.total, corrected or found.corrected
        if len(found.ids) < asked:
            break
    return ids, total, corrected


def _places(services: list[Service]) -> list[Place]:
    """Places in the order their best-ranked service was found; services_by_ids brought the channels along."""
    channels: dict[int, ServiceChannel] = {}
    services_at: dict[int, list[Service]] = {}
    for service in services:
        for connection in service.connections.all():
            if connection.channel.kind == ChannelKind.LOCATION:
                channels.setdefault(connection.channel_id, connection.channel)
                services_at.setdefault(connection.channel_id, []).append(service)
    points: dict[int, Address] = {}
    for address in Address.objects.filter(
        channel_id__in=list(channels), kind="visiting", latitude__isnull=False, longitude__isnull=False,
    ).order_by("channel_id", "order"):
        if in_finland(address.latitude, address.longitude):
            points.setdefault(address.channel_id, address)
    return [Place(channel=channels[pk], address=points[pk], services=services_at[pk])
            for pk in channels if pk in points]


def _event_ids(form, area: tuple[str, ...] | None, lang: str) -> list[int] | None:
    """The events the words and the theme leave, or None when neither is given (as on the what's-on page)."""
    text, theme = form.query_text(), form.theme_views.get(form.value("theme") or "")
    found: list[int] | None = None
    if text:
        found = events_search(text=text, lang=lang, municipalities=area or (), limit=MAX_SEARCHED)
    if theme is not None:
        keep = set(events_for_theme(theme, area or (), limit=MAX_SEARCHED))
        found = [pk for pk in found if pk in keep] if found is not None else sorted(keep)
    return found


def _event_place(event: Event, lang: str) -> str:
    town = " ".join(p for p in (event.postal_code, pick_text(event.locality, lang)) if p)
    return ", ".join(p for p in (pick_text(event.location_name, lang), pick_text(event.street_address, lang), town)
                     if p)


def map_events(form, lang: str) -> list[EventPin]:
    """Coming events at a place, narrowed by the same form as the services. Filters an event cannot meet
    (phone or online use only, accessibility information) leave none; past events never come."""
    kinds = form.value("channel") or []
    if (kinds and ChannelKind.LOCATION not in kinds) or form.value("access"):
        return []
    municipality = form.value("municipality")
    area = (municipality,) if municipality else (form.area_codes or None)  # None: the national tray
    ids = _event_ids(form, area, lang)
    events = catalogue_events.events_upcoming(
        municipalities=area, start=None, end=None, free=True if form.value("free") else None,
        target_group=form.value("target_group") or None, ids=ids)
    found = catalogue_events.events_on_map(events, on_now=bool(form.value("open_now")),
                                           language=form.value("language") or None)
    return [EventPin(event=e, when=event_when(e), place=_event_place(e, lang))
            for e in found[:MAX_EVENTS] if in_finland(e.latitude, e.longitude)]


def _sort(results: MapResults, sort: str, point, lang: str) -> None:
    if point:
        for item in (*results.places, *results.events):
            item.km = round(distance_km(point, item.point), 1)
    if sort == "distance" and point:
        results.places.sort(key=lambda p: p.km)
        results.events.sort(key=lambda e: e.km)
    elif sort == "name":
        results.places.sort(key=lambda p: pick_text(p.channel.name, lang).lower())
        results.events.sort(key=lambda e: pick_text(e.event.name, lang).lower())


def map_results(request: HttpRequest, form, lang: str) -> MapResults:
    ids, total, corrected = _service_ids(form.query_text(), lang, filters_from(form))
    if form.value("open_now"):
        keep = catalogue.services_open_now(ids)
        ids = [i for i in ids if i in keep]
        total = len(ids)
    services = catalogue.services_by_ids(ids)
    places = _places(services)
    on_map = {s.pk for p in places for s in p.services}
    params = request.GET.copy()
    params.pop("page", None)
    results = MapResults(places=places, found=total, shown=len(services),
                         without_place=len(services) - len(on_map), base_query=params.urlencode(),
                         corrected=corrected, events=map_events(form, lang))
    _sort(results, form.value("sort") or "relevance", resident_point(form), lang)
    return results


def _attribution(tile_url: str) -> str:
    """Leaflet shows this as HTML; it is built here from our own strings, never from the tray's input."""
    host = urlsplit(tile_url).netloc
    if host == urlsplit(OSM_TILES).netloc:
        return format_html('<a href="https://www.openstreetmap.org/copyright">{}</a>',
                           gettext("© OpenStreetMap contributors"))
    # A tray's own tile server: name it, as its terms usually ask; the tray admin owes any fuller credit.
    return format_html("{} {}", gettext("Map tiles:"), host)


def _address_line(address: Address, lang: str) -> str:
    street = " ".join(p for p in (pick_text(address.street, lang), address.street_number) if p)
    town = " ".join(p for p in (address.postal_code, pick_text(address.post_office, lang)) if p)
    return ", ".join(p for p in (street, town) if p)


def map_data(request: HttpRequest, results: MapResults, lang: str) -> dict:
    """What map.js needs, sent as a JSON script block: data, not code, so the CSP lets it be."""
    tile_url = getattr(request.tray, "tile_url", "") or OSM_TILES
    return {
        "tiles": tile_url,
        "attribution": _attribution(tile_url),
        # Explicit icon addresses: Leaflet's own guess from its CSS fails on the hashed names of collectstatic.
        "icon": {"url": static("vendor/leaflet/images/marker-icon.png"),
                 "retina": static("vendor/leaflet/images/marker-icon-2x.png"),
                 "shadow": static("vendor/leaflet/images/marker-shadow.png")},
        "labels": {"zoomIn": gettext("Zoom in"), "zoomOut": gettext("Zoom out"), "close": gettext("Close"),
                   "inList": gettext("Show in the list"), "event": gettext("Event")},
        "places": [{
            "id": place.anchor,
            "lat": place.address.latitude, "lon": place.address.longitude,
            "name": pick_text(place.channel.name, lang),
            "address": _address_line(place.address, lang),
            "km": place.km,
            "services": [{"name": pick_text(s.name, lang), "url": reverse("web:service", args=[s.pk])}
                         for s in place.services],
        } for place in results.places],
        "events": [{
            "id": pin.anchor,
            "lat": pin.event.latitude, "lon": pin.event.longitude,
            "name": pick_text(pin.event.name, lang),
            "when": pin.when,
            "place": pin.place,
            "km": pin.km,
            "url": reverse("web:event", args=[pin.event.pk]),
        } for pin in results.events],
    }


@require_safe
def map_page(request: HttpRequest) -> HttpResponse:
    lang = _lang()
    form = search_form(request, lang)
    results = map_results(request, form, lang)
    return render(request, "web/map.html", {
        "form": form, "results": results, "map_data": map_data(request, results, lang),
        "capped": results.found > MAX_SERVICES,
    })
