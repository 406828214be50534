"""The Open Referral HSDS 3.0 API endpoints, read-only, paged as the HSDS OpenAPI describes."""

from __future__ import annotations

from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from tarjotin.catalogue import selectors as catalogue
from tarjotin.catalogue.models import ChannelKind, Classification, Connection, Organization, Service
from tarjotin.core.text import pick_text
from tarjotin.search.selectors import SearchFilters, search_query

from .. import represent
from ..base import ApiView
from ..params import LANGS, SearchText, query_data
from . import mapping
from .ids import row_by_id, row_id

PROFILE = "https://github.com/tarjotin/tarjotin/blob/main/docs/api/hsds-profile.md"
OPENAPI = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"


class Params(serializers.Serializer):
    page = serializers.IntegerField(min_value=1, max_value=10_000, default=1, required=False)
    per_page = serializers.IntegerField(min_value=1, max_value=100, default=50, required=False)
    lang = serializers.ChoiceField(choices=LANGS, required=False)


class ServiceParams(Params):
    search = SearchText(required=False, allow_blank=True, max_length=200)
    taxonomy_term_id = serializers.UUIDField(required=False)
    taxonomy_id = serializers.UUIDField(required=False)
    organization_id = serializers.UUIDField(required=False)
    modified_after = serializers.DateTimeField(required=False)
    full = serializers.BooleanField(required=False, default=False)


class TermParams(Params):
    taxonomy_id = serializers.UUIDField(required=False)
    top_only = serializers.BooleanField(required=False, default=False)
    parent_id = serializers.UUIDField(required=False)


def _args(cls, request) -> dict:
    found = cls(data=query_data(cls(), request.query_params))
    found.is_valid(raise_exception=True)
    return found.validated_data


def _page(items: list, total: int, page: int, size: int) -> dict:
    pages = max(1, -(-total // size))
    return {"total_items": total, "total_pages": pages, "page_number": page, "size": len(items),
            "first_page": page == 1, "last_page": page >= pages, "empty": total == 0, "contents": items}


def _slice(rows, args: dict):
    start = (args["page"] - 1) * args["per_page"]
    return rows[start:start + args["per_page"]]


@extend_schema(exclude=True)
class HsdsView(ApiView):
    pass


class Root(HsdsView):
    def get(self, request):
        return Response({"version": "3.0", "profile": PROFILE, "openapi_url": OPENAPI})


def _themes_of(service, themes) -> list:
    slugs = set(catalogue.theme_slugs_for(codes=[c.code for c in service.classifications.all()], themes=themes))
    return [t for t in themes if t.slug in slugs]


def _term_filter(rows, term: str):
    """Services with this taxonomy term: a classification code, or a theme (through the search index)."""
    themes = {mapping.term_id("theme", t.slug): t.slug for t in catalogue.themes_visible()}
    if term in themes:
        found = search_query(text="", lang="fi", filters=SearchFilters(themes=(themes[term],)), limit=200)
        ids = list(found.ids)
        while len(ids) < found.total:
            ids += search_query(text="", lang="fi", filters=SearchFilters(themes=(themes[term],)),
                                offset=len(ids), limit=200).ids
        return rows.filter(pk__in=ids)
    codes = [c for c in Classification.objects.values_list("pk", "kind", "code")
             if mapping.term_id(c[1], c[2]) == term]
    return rows.filter(classifications__pk__in=[c[0] for c in codes]).distinct()


class Services(HsdsView):
    def get(self, request):
        args = _args(ServiceParams, request)
        rows = Service.objects.select_related("organization").order_by("pk")
        if args.get("search"):
            found = search_query(text=args["search"], lang=self.lang, limit=200, correct=False)
            rows = rows.filter(pk__in=found.ids)
        if args.get("organization_id"):
            org = row_by_id(Organization, "organization", str(args["organization_id"]))
            rows = rows.filter(organization=org) if org else rows.none()
        if args.get("modified_after"):
            rows = rows.filter(source_modified__gte=args["modified_after"])
        if args.get("taxonomy_term_id"):
            rows = _term_filter(rows, str(args["taxonomy_term_id"]))
        if args.get("taxonomy_id"):
            kind = next((k for k in mapping.TAXONOMIES if mapping.taxonomy_id(k) == str(args["taxonomy_id"])), None)
            rows = rows if kind == "theme" else rows.filter(classifications__kind=kind).distinct() if kind \
                else rows.none()
        total = rows.count()
        if args["full"]:
            ids = list(_slice(rows, args).values_list("pk", flat=True))
            items = [self._full(catalogue.service_detail(pk)) for pk in ids]
        else:
            items = [mapping.service(s, self.lang, page_url=self._page_url(s)) for s in _slice(rows, args)]
        return Response(_page(items, total, args["page"], args["per_page"]))

    def _page_url(self, service) -> str:
        return self.request.build_absolute_uri(represent.page_url("service", service.pk, self.lang))

    def _full(self, service) -> dict:
        themes = _themes_of(service, catalogue.themes_visible())
        return mapping.service(service, self.lang, themes=themes, full=True, page_url=self._page_url(service))


class ServiceDetail(Services):
    def get(self, request, pk: str):
        _args(Params, request)
        found = row_by_id(Service, "service", pk)
        detail = catalogue.service_detail(found.pk) if found else None
        if detail is None:
            raise Http404
        return Response(self._full(detail))


class Organizations(HsdsView):
    def get(self, request):
        args = _args(Params, request)
        rows = Organization.objects.order_by("pk")
        items = [mapping.organization(o, self.lang) for o in _slice(rows, args)]
        return Response(_page(items, rows.count(), args["page"], args["per_page"]))


class OrganizationDetail(HsdsView):
    def get(self, request, pk: str):
        _args(Params, request)
        found = row_by_id(Organization, "organization", pk)
        if found is None:
            raise Http404
        services = [{"id": row_id("service", s), "name": pick_text(s.name, self.lang) or s.origin_id,
                     "status": "active"} for s in catalogue.organization_services(found)]
        return Response(mapping.organization(found, self.lang, full=True, services=services))


class ServiceAtLocations(HsdsView):
    def get(self, request):
        args = _args(Params, request)
        rows = (Connection.objects.filter(channel__kind=ChannelKind.LOCATION)
                .select_related("service", "channel__organization")
                .prefetch_related("hours", "channel__hours", "channel__addresses__municipality__county")
                .order_by("pk"))
        items = [mapping.service_at_location(c, self.lang, row_id("service", c.service)) for c in _slice(rows, args)]
        return Response(_page(items, rows.count(), args["page"], args["per_page"]))


class Taxonomies(HsdsView):
    def get(self, request):
        args = _args(Params, request)
        items = [mapping.taxonomy(k) for k in mapping.TAXONOMIES]
        return Response(_page(_slice(items, args), len(items), args["page"], args["per_page"]))


class TaxonomyTerms(HsdsView):
    def get(self, request):
        args = _args(TermParams, request)
        terms = [mapping.theme_term(t, self.lang) for t in catalogue.themes_visible()]
        terms += [mapping.classification_term(c, self.lang) for c in Classification.objects.order_by("kind", "code")]
        if args.get("taxonomy_id"):
            terms = [t for t in terms if t["taxonomy_id"] == str(args["taxonomy_id"])]
        if args.get("parent_id"):
            terms = [t for t in terms if t.get("parent_id") == str(args["parent_id"])]
        if args["top_only"]:
            terms = [t for t in terms if not t.get("parent_id")]
        return Response(_page(_slice(terms, args), len(terms), args["page"], args["per_page"]))


