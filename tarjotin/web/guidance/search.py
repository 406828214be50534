"""The professional search: the residents' search with what guidance needs shown, and "add to referral"."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from tarjotin.catalogue.selectors import NATIONWIDE
from tarjotin.core.text import pick_text
from tarjotin.guidance import audit
from tarjotin.guidance.selectors import basket_refs

from ..search_page import search_form, search_results
from .access import lang, professional_required
from .present import addresses_by_channel, channel_facts, charge_text


@dataclass
class ServiceRow:
    service: object
    ref: str  # "service:<pk>", what the basket takes
    in_basket: bool
    requirements: str = ""
    providers: list[str] = field(default_factory=list)
    lines: list[tuple[str, str]] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    charge: str = ""
    available: bool | None = None  # in the client's municipality; None when none is chosen


def _available(service, municipality: str | None) -> bool | None:
    if not municipality:
        return None
    if service.area_type in NATIONWIDE:
        return True
    return any(m.code == municipality for m in service.municipalities.all())


def service_rows(services: list, *, municipality: str | None, refs: set[str], lang: str) -> list[ServiceRow]:
    channels = {s.pk: [c.channel for c in s.connections.all()] for s in services}
    addresses = addresses_by_channel(c.pk for found in channels.values() for c in found)
    rows = []
    for service in services:
        lines, links = channel_facts(channels[service.pk], addresses, lang)
        producers = [p.get("name") for p in service.producers or [] if isinstance(p, dict) and p.get("name")]
        organization = pick_text(service.organization.name, lang) if service.organization else ""
        rows.append(ServiceRow(
            service=service, ref=f"service:{service.pk}", in_basket=f"service:{service.pk}" in refs,
            requirements=pick_text(service.requirements, lang),
            providers=[p for p in [organization, *producers] if p],
            lines=lines[:4], links=links[:2], charge=charge_text(service, lang),
            available=_available(service, municipality),
        ))
    return rows


@require_safe
@professional_required
def search(request: HttpRequest) -> HttpResponse:
    current = lang()
    form = search_form(request, current)
    results = search_results(request, form, current)
    refs = basket_refs(user=request.user, tray=request.tray)
    municipality = form.value("municipality")
    audit.guidance_audit(user=request.user, action=audit.VIEW, tray=request.tray, what="catalogue.search")
    return render(request, "web/guidance/search.html", {
        "results": results,
        "rows": service_rows(results.services, municipality=municipality, refs=refs, lang=current),
        "event_items": [(row, f"event:{row.event.pk}", f"event:{row.event.pk}" in refs) for row in results.events],
        "municipality": next((m for m in form.municipality_objects if m.code == municipality), None),
        "next": request.get_full_path(),
    })
