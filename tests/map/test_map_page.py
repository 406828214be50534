"""The map page: the list of places is the text alternative, the map data is JSON, the CSP allows the tiles."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from tarjotin.catalogue.models import Address, Service
from tarjotin.geo.coords import in_finland
from tarjotin.trays.cache import trays_cache_clear
from tarjotin.trays.models import OSM_TILES, Tray

from ..conftest import ROOT

LANGS = ("fi", "sv", "en")
SERVICE_LINK = re.compile(r'href="/(?:fi|sv|en)/palvelut/(\d+)/"')


def _data(response) -> dict:
    found = re.search(r'<script id="map-data" type="application/json">(.*?)</script>', response.content.decode(), re.S)
    assert found, "no map data block"
    return json.loads(found.group(1))


def _service_pks(response) -> set[int]:
    return {s.pk for place in response.context["results"].places for s in place.services}


def _tray(**changes) -> None:
    Tray.objects.filter(slug="pohjanmaa").update(**changes)
    trays_cache_clear()


@pytest.mark.parametrize("lang", LANGS)
def test_map_page_answers_in_its_language(client, demo_catalogue, lang):
    response = client.get(f"/{lang}/kartta/")
    assert response.status_code == 200
    page = response.content.decode()
    assert f'<html lang="{lang}">' in page
    assert not response.cookies
    # The map is in the menu, marked as the current page.
    menu = re.search(r'<nav class="main-nav".*?</nav>', page, re.S).group(0)
    label = {"fi": "Kartta", "sv": "Karta", "en": "Map"}[lang]
    assert f'<li><a href="/{lang}/kartta/" aria-current="page">{label}</a></li>' in re.findall(r"<li>.*?</li>", menu)


def test_places_of_the_demo_region_are_listed_with_links(client, demo_catalogue):
    response = client.get("/fi/kartta/")
    page = response.content.decode()
    places = response.context["results"].places
    with_point = Address.objects.filter(kind="visiting", latitude__isnull=False, channel__kind="location",
                                        channel__connections__isnull=False).values("channel_id").distinct().count()
    assert len(places) == with_point > 20
    for place in places:
        assert f'id="place-{place.channel.pk}"' in page
        assert place.channel.name["fi"] in page
        for service in place.services:
            assert f'href="/fi/palvelut/{service.pk}/"' in page
    first = places[0].address
    assert f"{first.street['fi']} {first.street_number}, {first.postal_code}" in page  # the address


def test_map_data_has_points_in_finland_and_the_trays_tiles(client, demo_catalogue):
    data = _data(client.get("/sv/kartta/"))
    assert data["tiles"] == OSM_TILES
    assert "OpenStreetMap" in data["attribution"]
    assert data["places"]
    for place in data["places"]:
        assert in_finland(place["lat"], place["lon"])
        assert place["name"] and place["services"]
        assert all(s["url"].startswith("/sv/palvelut/") for s in place["services"])
    assert data["icon"]["url"].endswith("vendor/leaflet/images/marker-icon.png")


def test_a_trays_own_tile_server_is_used_and_allowed(client, demo_catalogue):
    _tray(tile_url="https://{s}.tiles.kunta.example/kartta/{z}/{x}/{y}.png",
          logo_url="https://cdn.kunta.example/logo.svg")
    response = client.get("/fi/kartta/")
    assert _data(response)["tiles"] == "https://{s}.tiles.kunta.example/kartta/{z}/{x}/{y}.png"
    img_src = next(d for d in response["Content-Security-Policy"].split("; ") if d.startswith("img-src"))
    assert img_src == "img-src 'self' data: https://cdn.kunta.example https://*.tiles.kunta.example"


def test_the_default_tile_host_is_allowed(client, demo_catalogue):
    csp = client.get("/fi/kartta/")["Content-Security-Policy"]
    assert "img-src 'self' data: https://tile.openstreetmap.org;" in csp
    assert "unsafe-inline" not in csp and "script-src 'self';" in csp


def _listed(client, params: dict) -> set[int]:
    """Every service the search page lists for the same parameters, over all its pages."""
    found: set[int] = set()
    for number in range(1, 50):
        results = client.get("/fi/haku/", {**params, "page": str(number)}).context["results"]
        found |= {s.pk for s in results.services}
        if not results.page.has_next():
            return found
    raise AssertionError("too many pages")


def _with_place(pks: set[int]) -> set[int]:
    return set(Address.objects.filter(kind="visiting", latitude__isnull=False, channel__kind="location",
                                      channel__connections__service_id__in=pks)
               .values_list("channel__connections__service_id", flat=True))


@pytest.mark.parametrize("params", [{"q": "uimahalli"}, {"q": "kirjasto", "municipality": "905"},
                                    {"free": "on"}, {"theme": "liikunta"}, {"q": "neuvola", "language": "sv"}])
def test_the_map_shows_the_places_of_what_the_list_finds(client, demo_catalogue, params):
    on_map = _service_pks(client.get("/fi/kartta/", params))
    assert on_map and on_map == _with_place(_listed(client, params))


def test_search_words_and_filters_narrow_the_places(client, demo_catalogue):
    everything = client.get("/fi/kartta/")
    swimming = client.get("/fi/kartta/", {"q": "uimahalli"})
    assert 0 < len(swimming.context["results"].places) < len(everything.context["results"].places)
    names = " ".join(p.channel.name["fi"].lower() for p in swimming.context["results"].places)
    assert "uimahalli" in names
    free = client.get("/fi/kartta/", {"free": "on"})
    assert _service_pks(free) < _service_pks(everything)
    assert {Service.objects.get(pk=pk).charge_type for pk in _service_pks(free)} == {"free"}


def test_distance_is_shown_and_sorts_when_a_place_is_given(client, demo_catalogue):
    response = client.get("/en/kartta/", {"near": "905", "sort": "distance"})
    places = response.context["results"].places
    distances = [p.km for p in places]
    assert distances == sorted(distances) and distances[0] < 5
    assert "km away" in response.content.decode()
    assert _data(response)["places"][0]["km"] == distances[0]


def test_the_map_is_an_enhancement_of_the_list(client, demo_catalogue):
    page = client.get("/fi/kartta/").content.decode()
    # Without JavaScript the map block stays hidden and the list is the page.
    assert re.search(r'<div class="map-block" id="map-block" hidden>', page)
    assert 'role="region" aria-label="' in page and 'href="#places"' in page and 'id="places"' in page
    assert page.index('id="map"') < page.index('id="places"')
    # No inline script or style: every script has a src, except the JSON data block.
    for tag in re.findall(r"<script[^>]*>", page):
        assert "src=" in tag or 'type="application/json"' in tag
    assert " style=" not in page and "<style" not in page
    assert "vendor/leaflet/leaflet.js" in page and "vendor/leaflet/leaflet.css" in page


def test_leaflet_is_loaded_only_on_the_map_page(client, demo_catalogue):
    assert "vendor/leaflet" not in client.get("/fi/haku/?q=liikunta").content.decode()


def test_search_page_links_to_the_map_with_the_same_query(client, demo_catalogue):
    page = client.get("/fi/haku/", {"q": "liikunta", "free": "on", "page": "2"}).content.decode()
    assert 'href="/fi/kartta/?q=liikunta&amp;free=on">Näytä kartalla</a>' in page


def test_map_links_back_to_the_list_with_the_same_query(client, demo_catalogue):
    page = client.get("/sv/kartta/", {"q": "simhall"}).content.decode()
    assert 'href="/sv/haku/?q=simhall">Visa tjänsterna som en lista</a>' in page


@pytest.mark.parametrize("query", ["<script>alert(1)</script>", "xqzwv", "a" * 5000, "\x00\u202e"])
def test_strange_input_returns_a_page(client, demo_catalogue, query):
    response = client.get("/fi/kartta/", {"q": query, "municipality": "999", "lat": "x", "sort": "bogus"})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_nothing_found_says_so_without_a_map(client, demo_catalogue):
    page = client.get("/en/kartta/", {"q": "xqzwv"}).content.decode()
    assert "None of the services found has a place on the map." in page
    assert 'id="map-data"' not in page


@pytest.mark.skipif(not (ROOT / "node_modules" / "leaflet" / "dist" / "leaflet.js").exists(),
                    reason="Leaflet not installed: run `npm ci`")
@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell")
def test_the_build_step_copies_leaflet_into_static_files(tmp_path):
    subprocess.run(["sh", "tools/vendor-static.sh", str(tmp_path / "leaflet")], cwd=ROOT, check=True)
    copied = {p.relative_to(tmp_path / "leaflet").as_posix() for p in (tmp_path / "leaflet").rglob("*")}
    assert {"leaflet.js", "leaflet.css", "LICENSE", "images/marker-icon.png", "images/marker-shadow.png",
            "images/layers.png"} <= copied
