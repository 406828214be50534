"""URLs of the open API: REST v1, the HSDS 3.0 endpoints, and the API's own documentation page."""

from django.urls import URLResolver, path, re_path

from . import pages, views
from .hsds import views as hsds
from .language import LanguageSegment

app_name = "api"
v1 = [
    path("", views.Index.as_view(), name="index"),
    path("openapi.json", pages.OpenApiJson.as_view(), name="openapi-json"),
    path("openapi.yaml", pages.OpenApiYaml.as_view(), name="openapi-yaml"),
    path("services/", views.Services.as_view(), name="services"),
    re_path(r"^services/(?P<pk>[^/]+)/$", views.ServiceDetail.as_view(), name="service"),
    path("search/", views.Search.as_view(), name="search"),
    path("channels/", views.Channels.as_view(), name="channels"),
    re_path(r"^channels/(?P<pk>[^/]+)/$", views.ChannelDetail.as_view(), name="channel"),
    path("places/", views.Places.as_view(), name="places"),
    re_path(r"^places/(?P<pk>[^/]+)/$", views.PlaceDetail.as_view(), name="place"),
    path("events/", views.Events.as_view(), name="events"),
    re_path(r"^events/(?P<pk>[^/]+)/$", views.EventDetail.as_view(), name="event"),
    path("organisations/", views.Organisations.as_view(), name="organisations"),
    re_path(r"^organisations/(?P<pk>[^/]+)/$", views.OrganisationDetail.as_view(), name="organisation"),
    path("themes/", views.Themes.as_view(), name="themes"),
    re_path(r"^themes/(?P<slug>[^/]+)/$", views.ThemeDetail.as_view(), name="theme"),
    path("trays/", views.Trays.as_view(), name="trays"),
    re_path(r"^trays/(?P<slug>[^/]+)/$", views.TrayDetail.as_view(), name="tray"),
    re_path(r"", views.NotFound.as_view()),  # a JSON 404 for any other path, not the resident 404 page
]
hsds_urls = [
    path("", hsds.Root.as_view(), name="hsds-root"),
    path("services", hsds.Services.as_view(), name="hsds-services"),
    re_path(r"^services/(?P<pk>[^/]+)$", hsds.ServiceDetail.as_view(), name="hsds-service"),
    path("organizations", hsds.Organizations.as_view(), name="hsds-organizations"),
    re_path(r"^organizations/(?P<pk>[^/]+)$", hsds.OrganizationDetail.as_view(), name="hsds-organization"),
    path("service_at_locations", hsds.ServiceAtLocations.as_view(), name="hsds-service-at-locations"),
    path("taxonomies", hsds.Taxonomies.as_view(), name="hsds-taxonomies"),
    path("taxonomy_terms", hsds.TaxonomyTerms.as_view(), name="hsds-taxonomy-terms"),
    re_path(r"", views.NotFound.as_view()),
]
urlpatterns = [
    path("", pages.api_redirect, name="docs-root"),
    path("v1/", (v1, None, None)),
    path("hsds/", (hsds_urls, None, None)),
    # /api/fi/, /api/sv/, /api/en/: the documentation page; the language menu links between them.
    URLResolver(LanguageSegment(), [path("", pages.api_page, name="docs")]),
]
