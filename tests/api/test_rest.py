"""REST v1: the endpoints answer in the asked language, filter like the pages, page, and refuse bad input."""

from __future__ import annotations

import pytest

from tarjotin.catalogue.models import Organization, Service, ServiceChannel

pytestmark = pytest.mark.django_db


def _get(api, url: str, **headers):
    response = api.get(url, **headers)
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return response


def test_index_lists_every_endpoint(api):
    body = _get(api, "/api/v1/").json()
    assert set(body["endpoints"]) == {"services", "search", "channels", "places", "events", "organisations",
                                      "themes", "trays"}
    for url in body["endpoints"].values():
        assert api.get(url).status_code == 200


def test_services_page_through_the_whole_catalogue(api):
    seen: list[int] = []
    url = "/api/v1/services/?page_size=50"
    while url:
        body = _get(api, url).json()
        seen += [row["id"] for row in body["results"]]
        url = body["next"]
    assert body["count"] == Service.objects.count() == len(seen) == len(set(seen))


def test_language_from_parameter_and_from_accept_language(api):
    swedish = _get(api, "/api/v1/search/?q=uimahalli&lang=sv")
    assert swedish["Content-Language"] == "sv"
    assert any("simhall" in row["name"].lower() for row in swedish.json()["results"])
    english = _get(api, "/api/v1/themes/", HTTP_ACCEPT_LANGUAGE="en")
    assert english["Content-Language"] == "en"
    finnish = _get(api, "/api/v1/themes/", HTTP_ACCEPT_LANGUAGE="fi")
    assert [t["slug"] for t in english.json()] == [t["slug"] for t in finnish.json()]
    assert [t["name"] for t in english.json()] != [t["name"] for t in finnish.json()]
    assert "Accept-Language" in english["Vary"]


def test_search_filters_narrow_like_the_page(api):
    every = _get(api, "/api/v1/search/?q=liikunta").json()
    free = _get(api, "/api/v1/search/?q=liikunta&free=true").json()
    assert 0 < free["count"] < every["count"]
    assert all(row["charge_type"] == "free" for row in free["results"])
    assert "theme" in every["facets"] and "municipality" in every["facets"]
    vaasa = _get(api, "/api/v1/services/?municipality=905&page_size=100").json()
    for row in vaasa["results"]:
        service = Service.objects.get(pk=row["id"])
        assert service.area_type.startswith("nationwide") or service.municipalities.filter(code="905").exists()


def test_a_tray_keeps_to_its_area_and_an_unknown_theme_finds_nothing(api):
    national = _get(api, "/api/v1/services/?tray=suomi").json()["count"]
    regional = _get(api, "/api/v1/services/?tray=keski-suomi").json()["count"]
    assert regional < national
    assert _get(api, "/api/v1/services/?theme=no-such-theme").json()["count"] == 0
    assert _get(api, "/api/v1/services/?tray=no-such-tray").status_code == 404


def test_service_detail_has_channels_classes_and_themes(api):
    service = Service.objects.filter(connections__isnull=False).first()
    body = _get(api, f"/api/v1/services/{service.pk}/?lang=fi").json()
    assert body["name"] == service.name["fi"]
    assert body["channels"] and all("kind" in c for c in body["channels"])
    assert body["service_classes"] and body["page"] == f"/fi/palvelut/{service.pk}/"
    assert _get(api, f"/api/v1/services/{service.pk}/?lang=sv").json()["page"] == f"/sv/palvelut/{service.pk}/"


@pytest.mark.parametrize("path", ["services", "channels", "places", "events", "organisations"])
@pytest.mark.parametrize("pk", ["0", "-1", "abc", "99999999999999999999999", "1e3", "%C3%A4"])
def test_bad_ids_are_json_404s(client, path, pk):
    response = _get(client, f"/api/v1/{path}/{pk}/")
    assert response.status_code == 404
    assert response.json()["detail"]


@pytest.mark.parametrize("query", ["page=0", "page=abc", "page_size=1000", "lang=de", "lang=", "free=yes",
                                   "channel=teleport", "municipality=9051", "q=" + "x" * 201])
def test_bad_parameters_are_400_naming_the_parameter(client, query):
    response = _get(client, f"/api/v1/search/?{query}")
    assert response.status_code == 400
    assert query.split("=")[0] in response.json()["errors"]


def test_lists_of_channels_places_organisations(api):
    phones = _get(api, "/api/v1/channels/?kind=phone&page_size=100").json()
    assert phones["count"] == ServiceChannel.objects.filter(kind="phone").count()
    places = _get(api, "/api/v1/places/?page_size=100").json()
    assert places["count"] == ServiceChannel.objects.filter(kind="location", duplicate_of__isnull=True).count()
    assert all(p["address"] is None or "latitude" in p["address"] for p in places["results"])
    org = Organization.objects.filter(services__isnull=False).first()
    detail = _get(api, f"/api/v1/organisations/{org.pk}/").json()
    assert {s["id"] for s in detail["services"]} == set(org.services.values_list("pk", flat=True))


def test_trays_and_their_themes(api):
    trays = _get(api, "/api/v1/trays/").json()
    assert {"pohjanmaa", "suomi"} <= {t["slug"] for t in trays}
    detail = _get(api, "/api/v1/trays/pohjanmaa/").json()
    assert detail["themes"] and "905" in detail["municipalities"]
    assert _get(api, "/api/v1/themes/liikunta/").status_code in (200, 404)
    assert _get(api, "/api/v1/trays/ei-ole/").status_code == 404


def test_events_endpoint_filters_dates(api):
    body = _get(api, "/api/v1/events/?start=2030-01-01&end=2029-01-01").json()
    assert body["count"] == 0
    assert _get(api, "/api/v1/events/?start=0001-01-01&end=9999-12-31").status_code == 200


def test_writes_are_refused(api):
    for method in ("post", "put", "patch", "delete"):
        response = getattr(api, method)("/api/v1/services/")
        assert response.status_code in (403, 405)
