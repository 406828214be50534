"""REST v1: services, channels, places, events, organisations, themes, trays and search; reads only."""

from __future__ import annotations

from django.http import Http404
from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.response import Response

from tarjotin.catalogue import events as catalogue_events
from tarjotin.catalogue import selectors as catalogue
from tarjotin.catalogue.models import ServiceChannel
from tarjotin.search.selectors import SearchFilters, search_query
from tarjotin.trays.selectors import tray_get, tray_theme_get, tray_themes, trays_active

from . import params as p
from . import reads, represent
from . import serializers as out
from .base import ApiView

ONLINE_KINDS = ("webpage", "echannel", "form")
MAX_PK = 2**63 - 1  # a bigger id cannot exist, and some databases refuse to compare with it
ERRORS = {400: out.Error, 404: out.Error, 429: out.Error}
PK = OpenApiParameter("pk", int, OpenApiParameter.PATH, description="The item's id.")
SLUG = OpenApiParameter("slug", str, OpenApiParameter.PATH, description="The slug.")


def _pk(value: str) -> int:
    """A path's id; anything but a positive integer a database can hold is simply not found."""
    if not (value.isascii() and value.isdigit()) or not 0 < int(value) <= MAX_PK:
        raise Http404
    return int(value)


def _tray(slug: str | None):
    if not slug:
        return None
    found = tray_get(slug)
    if found is None:
        raise Http404
    return found


def _page(request, *, total: int, page: int, size: int, results: list) -> dict:
    def link(number: int) -> str:
        query = request.GET.copy()
        query["page"] = str(number)
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    last = max(1, -(-total // size))
    return {
        "count": total,
        "page": page,
        "page_size": size,
        "results": results,
        "next": link(page + 1) if page < last else None,
        "previous": link(page - 1) if 1 < page <= last else None,
    }


def _queryset_page(request, queryset, args: dict, shape) -> dict:
    page, size = args["page"], args["page_size"]
    total = queryset.count()
    rows = list(queryset[(page - 1) * size : page * size])
    return _page(request, total=total, page=page, size=size, results=[shape(r) for r in rows])


def _theme_key(slug: str, tray) -> str:
    """The index key of a theme; an unknown or hidden slug gives a key that matches nothing."""
    if tray is not None:
        found = tray_theme_get(tray, slug)
        return found.index_key if found else f"{tray.slug}:{slug}"
    found = catalogue.theme_get(slug)
    return found.slug if found else f"-:{slug}"


def search_filters(args: dict) -> SearchFilters:
    """The search page's filters from validated parameters; a regional tray keeps to its own area."""
    tray = _tray(args.get("tray"))
    regional = tray is not None and not tray.is_national
    area = tray.municipality_codes if regional else ()
    kinds = [k for k in args.get("channel") or [] if k != p.ONLINE]
    if p.ONLINE in (args.get("channel") or []):
        kinds += ONLINE_KINDS
    return SearchFilters(
        themes=(_theme_key(args["theme"], tray),) if args.get("theme") else (),
        municipalities=(args["municipality"],) if args.get("municipality") else area,
        target_groups=(args["target_group"],) if args.get("target_group") else (),
        languages=(args["language"],) if args.get("language") else (),
        free=True if args.get("free") else None,
        channel_kinds=tuple(kinds),
        accessibility=True if args.get("accessibility") else None,
        near=(args["near"],) if args.get("near") else (),
        nationwide=tray.include_nationwide if regional else True,
    )


class Index(ApiView):
    @extend_schema(operation_id="api_index", responses=out.ApiIndex, summary="What this API offers")
    def get(self, request):
        names = ("services", "search", "channels", "places", "events", "organisations", "themes", "trays")
        return Response(
            {
                "version": "1",
                "endpoints": {n: request.build_absolute_uri(reverse(f"api:{n}")) for n in names},
                "openapi": request.build_absolute_uri(reverse("api:openapi-json")),
                "hsds": request.build_absolute_uri(reverse("api:hsds-root")),
                "documentation": request.build_absolute_uri(reverse("api:docs-root")),
            }
        )


class Services(ApiView):
    @extend_schema(
        operation_id="services_list",
        parameters=[p.ServiceParams],
        responses={200: out.ServicePage, **ERRORS},
        summary="Services, by Finnish name, with the search page's filters",
    )
    def get(self, request):
        args = p.parsed(p.ServiceParams, request)
        page, size = args["page"], args["page_size"]
        found = search_query(
            text="", lang=self.lang, filters=search_filters(args), offset=(page - 1) * size, limit=size, correct=False
        )
        rows = [represent.service_summary(s, self.lang) for s in catalogue.services_by_ids(found.ids)]
        return Response(out.ServicePage(_page(request, total=found.total, page=page, size=size, results=rows)).data)


class Search(ApiView):
    @extend_schema(
        operation_id="search",
        parameters=[p.SearchParams],
        responses={200: out.SearchResult, **ERRORS},
        summary="Search services: words, filters, spelling help and facet counts",
    )
    def get(self, request):
        args = p.parsed(p.SearchParams, request)
        page, size = args["page"], args["page_size"]
        found = search_query(
            text=args.get("q") or "",
            lang=self.lang,
            filters=search_filters(args),
            offset=(page - 1) * size,
            limit=size,
            facets=True,
            correct=not args.get("exact"),
        )
        rows = [represent.service_summary(s, self.lang) for s in catalogue.services_by_ids(found.ids)]
        body = _page(request, total=found.total, page=page, size=size, results=rows)
        body.update(
            query=args.get("q") or "", corrected=found.corrected, suggestion=found.suggestion, facets=found.facets
        )
        return Response(out.SearchResult(body).data)


class ServiceDetail(ApiView):
    @extend_schema(
        operation_id="services_get",
        parameters=[PK, p.TrayParams],
        responses={200: out.ServiceDetail, **ERRORS},
        summary="One service with its channels, classifications and areas",
    )
    def get(self, request, pk: str):
        args = p.parsed(p.TrayParams, request)
        found = catalogue.service_detail(_pk(pk))
        if found is None:
            raise Http404
        tray = _tray(args.get("tray"))
        themes = tray_themes(tray) if tray else catalogue.themes_visible()
        slugs = catalogue.theme_slugs_for(codes=[c.code for c in found.classifications.all()], themes=themes)
        return Response(out.ServiceDetail(represent.service_detail(found, self.lang, slugs)).data)


class Channels(ApiView):
    @extend_schema(
        operation_id="channels_list",
        parameters=[p.ChannelParams],
        responses={200: out.ChannelPage, **ERRORS},
        summary="Service channels: places, phone numbers, web pages, e-services, forms",
    )
    def get(self, request):
        args = p.parsed(p.ChannelParams, request)
        found = reads.channels_full(
            reads.channels_list(
                kind=args.get("kind"), municipality=args.get("municipality"), organisation=args.get("organisation")
            )
        )
        body = _queryset_page(request, found, args, lambda c: represent.channel(c, self.lang))
        return Response(out.ChannelPage(body).data)


class ChannelDetail(ApiView):
    @extend_schema(
        operation_id="channels_get",
        parameters=[PK, p.LangParams],
        responses={200: out.Channel, **ERRORS},
        summary="One channel",
    )
    def get(self, request, pk: str):
        p.parsed(p.LangParams, request)
        found = reads.channels_full(ServiceChannel.objects.filter(pk=_pk(pk))).first()
        if found is None:
            raise Http404
        return Response(out.Channel(represent.channel(found, self.lang)).data)


class Places(ApiView):
    @extend_schema(
        operation_id="places_list",
        parameters=[p.PlaceParams],
        responses={200: out.PlacePage, **ERRORS},
        summary="Places (location channels), each place once",
    )
    def get(self, request):
        args = p.parsed(p.PlaceParams, request)
        found = reads.places_full(reads.places_list(municipality=args.get("municipality")))
        return Response(
            out.PlacePage(_queryset_page(request, found, args, lambda c: represent.place(c, self.lang))).data
        )


class PlaceDetail(ApiView):
    @extend_schema(
        operation_id="places_get",
        parameters=[PK, p.LangParams],
        responses={200: out.Place, **ERRORS},
        summary="One place",
    )
    def get(self, request, pk: str):
        p.parsed(p.LangParams, request)
        found = reads.places_full(reads.places_list().filter(pk=_pk(pk))).first()
        if found is None:
            raise Http404
        return Response(out.Place(represent.place(found, self.lang)).data)


class Events(ApiView):
    @extend_schema(
        operation_id="events_list",
        parameters=[p.EventParams],
        responses={200: out.EventPage, **ERRORS},
        summary="Coming events, soonest first",
    )
    def get(self, request):
        args = p.parsed(p.EventParams, request)
        tray = _tray(args.get("tray"))
        area = tray.municipality_codes if tray is not None and not tray.is_national else None
        found = catalogue_events.events_upcoming(
            municipalities=(args["municipality"],) if args.get("municipality") else area,
            start=args.get("start"),
            end=args.get("end"),
            free=args.get("free"),
            target_group=args.get("target_group"),
        )
        if args.get("status"):
            found = found.filter(status=args["status"])
        return Response(
            out.EventPage(_queryset_page(request, found, args, lambda e: represent.event(e, self.lang))).data
        )


class EventDetail(ApiView):
    @extend_schema(
        operation_id="events_get",
        parameters=[PK, p.LangParams],
        responses={200: out.Event, **ERRORS},
        summary="One coming event",
    )
    def get(self, request, pk: str):
        p.parsed(p.LangParams, request)
        found = catalogue_events.event_get(_pk(pk))
        if found is None:
            raise Http404
        return Response(out.Event(represent.event(found, self.lang)).data)


class Organisations(ApiView):
    @extend_schema(
        operation_id="organisations_list",
        parameters=[p.OrganisationParams],
        responses={200: out.OrganisationPage, **ERRORS},
        summary="Organisations that produce or offer services",
    )
    def get(self, request):
        args = p.parsed(p.OrganisationParams, request)
        found = reads.organisations_list(municipality=args.get("municipality"))
        return Response(
            out.OrganisationPage(
                _queryset_page(request, found, args, lambda o: represent.organisation(o, self.lang))
            ).data
        )


class OrganisationDetail(ApiView):
    @extend_schema(
        operation_id="organisations_get",
        parameters=[PK, p.LangParams],
        responses={200: out.OrganisationDetail, **ERRORS},
        summary="One organisation with its services",
    )
    def get(self, request, pk: str):
        p.parsed(p.LangParams, request)
        found = catalogue.organization_detail(_pk(pk))
        if found is None:
            raise Http404
        services = catalogue.organization_services(found).select_related("organization")
        body = {
            **represent.organisation(found, self.lang),
            "services": [represent.service_summary(s, self.lang) for s in services],
        }
        return Response(out.OrganisationDetail(body).data)


class Themes(ApiView):
    @extend_schema(
        operation_id="themes_list",
        parameters=[p.TrayParams],
        responses={200: out.Theme(many=True), **ERRORS},
        summary="The national themes, or one tray's themes",
    )
    def get(self, request):
        args = p.parsed(p.TrayParams, request)
        tray = _tray(args.get("tray"))
        themes = tray_themes(tray) if tray else catalogue.themes_visible()
        return Response(out.Theme([represent.theme(t, self.lang) for t in themes], many=True).data)


class ThemeDetail(ApiView):
    @extend_schema(
        operation_id="themes_get",
        parameters=[SLUG, p.TrayParams],
        responses={200: out.Theme, **ERRORS},
        summary="One theme",
    )
    def get(self, request, slug: str):
        args = p.parsed(p.TrayParams, request)
        tray = _tray(args.get("tray"))
        found = tray_theme_get(tray, slug) if tray else catalogue.theme_get(slug)
        if found is None:
            raise Http404
        return Response(out.Theme(represent.theme(found, self.lang)).data)


class Trays(ApiView):
    @extend_schema(
        operation_id="trays_list",
        parameters=[p.LangParams],
        responses={200: out.Tray(many=True), **ERRORS},
        summary="Every active tray: its area, look and contact",
    )
    def get(self, request):
        p.parsed(p.LangParams, request)
        return Response(out.Tray([represent.tray(t, self.lang) for t in trays_active()], many=True).data)


class TrayDetail(ApiView):
    @extend_schema(
        operation_id="trays_get",
        parameters=[SLUG, p.LangParams],
        responses={200: out.TrayDetail, **ERRORS},
        summary="One tray with its themes",
    )
    def get(self, request, slug: str):
        p.parsed(p.LangParams, request)
        found = _tray(slug)
        return Response(out.TrayDetail(represent.tray(found, self.lang, themes=tray_themes(found))).data)


@extend_schema(exclude=True)
class NotFound(ApiView):
    """Any path under the API that names no endpoint: a JSON 404 with the API's headers."""

    def get(self, request, *args, **kwargs):
        raise Http404
