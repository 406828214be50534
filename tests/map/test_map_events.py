"""Events on the map page: coming events at a place, as markers of their own and in the list, filtered
like the services; past, online and pointless events never."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tarjotin.search.services import index_rebuild

from ..events.factory import local, make_event, season


def _data(response) -> dict:
    found = re.search(r'<script id="map-data" type="application/json">(.*?)</script>', response.content.decode(), re.S)
    assert found, "no map data block"
    return json.loads(found.group(1))


def _pks(response) -> list[int]:
    return [pin.event.pk for pin in response.context["results"].events]


@pytest.fixture
def events(demo_catalogue):
    found = season()  # past, today (on now), week, month: all at Vaasa's library
    now = timezone.now()
    found["online"] = make_event("online", "Etäjumppa", start=local(3, 10), municipality=None, online=True,
                                 latitude=None, longitude=None)
    found["pointless"] = make_event("pointless", "Lukupiiri", start=local(4, 17), latitude=None, longitude=None)
    found["korsholm"] = make_event("korsholm", "Kylätalon joulumyyjäiset", start=local(9, 12), municipality="499",
                                   latitude=63.1125, longitude=21.6833, languages=["sv", "fi"], free=True)
    found["helsinki"] = make_event("helsinki", "Satutunti", start=local(2, 10), municipality="091",
                                   latitude=60.2090, longitude=25.1440)
    found["past_korsholm"] = make_event("past2", "Mennyt kävelyretki", start=now - timedelta(days=2),
                                        end=now - timedelta(days=2) + timedelta(hours=2), municipality="499",
                                        latitude=63.1125, longitude=21.6833)
    index_rebuild()
    return found


def test_coming_events_at_a_place_are_on_the_map_and_in_the_list(client, events):
    response = client.get("/fi/kartta/")
    shown = _pks(response)
    assert shown == [events[k].pk for k in ("today", "week", "korsholm", "month")]  # soonest first
    data = _data(response)
    week = next(e for e in data["events"] if e["id"] == f"event-{events['week'].pk}")
    assert (week["lat"], week["lon"]) == (63.0963, 21.6158)
    assert week["name"] == "Joulukonsertti perheille" and week["url"] == f"/fi/tapahtumat/{events['week'].pk}/"
    assert week["place"] == "Vaasan kaupunginkirjasto, Kirjastonkatu 13, 65100 Vaasa" and week["when"]
    page = response.content.decode()
    assert f'id="event-{events["week"].pk}"' in page and f'href="/fi/tapahtumat/{events["week"].pk}/"' in page
    assert 'class="map-legend"' in page and 'class="map-event-icon"' in page
    # Never the past, the online-only, those without a point, or another tray's.
    for key in ("past", "past_korsholm", "online", "pointless", "helsinki"):
        assert events[key].pk not in shown
        assert f'id="event-{events[key].pk}"' not in page


def test_the_national_tray_shows_the_whole_country(client, events):
    shown = _pks(client.get("/t/suomi/sv/kartta/"))
    assert events["helsinki"].pk in shown and events["past"].pk not in shown


@pytest.mark.parametrize(("params", "keys"), [
    ({"municipality": "499"}, ["korsholm"]),
    ({"free": "on"}, ["today", "korsholm", "month"]),
    ({"target_group": "KR1.1"}, ["today", "month"]),
    ({"language": "sv"}, ["korsholm"]),
    ({"open_now": "on"}, ["today"]),
    ({"q": "konsertti"}, ["week"]),
    ({"q": "joulu"}, ["week", "korsholm"]),
    ({"channel": "location"}, ["today", "week", "korsholm", "month"]),
    ({"channel": "phone"}, []),
    ({"access": "on"}, []),
])
def test_events_are_filtered_like_the_services(client, events, params, keys):
    assert _pks(client.get("/fi/kartta/", params)) == [events[k].pk for k in keys]


def test_events_sort_by_distance_and_name(client, events):
    near = client.get("/en/kartta/", {"near": "499", "sort": "distance"}).context["results"].events
    assert [p.km for p in near] == sorted(p.km for p in near) and near[0].event.pk == events["korsholm"].pk
    assert "km away" in client.get("/en/kartta/", {"near": "499"}).content.decode()
    names = [p.event.name["fi"] for p in client.get("/fi/kartta/", {"sort": "name"}).context["results"].events]
    assert names == sorted(names, key=str.lower)


def test_events_alone_still_give_a_map(client, events):
    response = client.get("/en/kartta/", {"q": "joulukonsertti", "municipality": "905"})
    assert _pks(response) == [events["week"].pk]
    assert 'id="map-data"' in response.content.decode()
