"""Facet counts: per filter value, each facet counted with the other filters but not its own."""

from __future__ import annotations

import pytest
from django.utils import timezone

from tarjotin.catalogue.models import Address, AreaType, ChannelKind, ChargeType, Connection, ServiceChannel
from tarjotin.search import facets
from tarjotin.search.selectors import SearchFilters, search_query
from tarjotin.search.services import index_rebuild

ENTRANCE = [{"main": True, "name": {}, "point": None,
             "groups": [{"group": {"fi": "Sisäänkäynti"}, "sentences": [{"fi": "Ovet avautuvat itsestään."}]}]}]


def _channel(service, kind: str, *, entrances=None, accessibility=None) -> None:
    channel = ServiceChannel.objects.create(source="test", origin_id=f"c{service.pk}{kind}", last_seen=timezone.now(),
                                            content_hash="x", kind=kind, accessibility=accessibility or [])
    if entrances is not None:
        Address.objects.create(channel=channel, kind="visiting", entrances=entrances)
    Connection.objects.create(service=service, channel=channel)


@pytest.fixture
def catalogue(make_service):
    made = {
        "gym": make_service({"fi": "Kuntosali"}, municipalities=["091"], classes=["P27.1", "KR1.1"],
                            charge_type=ChargeType.FREE, languages=["fi"]),
        "hall": make_service({"fi": "Kuntosalivuorot"}, municipalities=["905"], charge_type=ChargeType.CHARGEABLE,
                             languages=["sv"]),
        "debt": make_service({"fi": "Velkaneuvonta"}, area_type=AreaType.NATIONWIDE, charge_type=ChargeType.FREE,
                             languages=["fi", "sv"]),
        "aland": make_service({"fi": "Kuntosali Maarianhamina"}, municipalities=["478"], languages=["sv"]),
    }
    _channel(made["gym"], ChannelKind.LOCATION, entrances=ENTRANCE)
    _channel(made["hall"], ChannelKind.LOCATION, entrances=[{"groups": []}])
    _channel(made["debt"], ChannelKind.WEBPAGE, accessibility=[{"accessibilityClassificationLevel": "Unknown"}])
    _channel(made["aland"], ChannelKind.ECHANNEL,
             accessibility=[{"accessibilityClassificationLevel": "PartiallyCompliant", "wcagLevel": "LevelAA"}])
    index_rebuild()
    return {key: service.pk for key, service in made.items()}


def counted(text: str = "", **filters) -> dict[str, dict[str, int]]:
    return search_query(text=text, lang="fi", filters=SearchFilters(**filters), facets=True).facets


@pytest.fixture(params=["aggregate", "walk"])
def method(request, monkeypatch):
    """Both ways of counting give the same numbers."""
    monkeypatch.setattr(facets, "AGGREGATE_SHARE", 2.0 if request.param == "aggregate" else -1.0)
    return request.param


def test_no_facets_unless_asked(catalogue):
    assert search_query(text="", lang="fi").facets == {}


def test_counts_of_every_facet(catalogue, method):
    found = counted()
    assert set(found) == {"theme", "municipality", "target_group", "language", "free", "channel_kind",
                          "accessibility"}
    assert found["free"] == {"free": 2, "unknown": 1, "chargeable": 1}
    assert found["language"] == {"sv": 3, "fi": 2}
    assert found["channel_kind"] == {"echannel": 1, "location": 2, "webpage": 1}
    assert found["target_group"] == {"KR1": 1, "KR1.1": 1}
    assert found["theme"]["liikunta"] == 3  # the keyword kuntosali, and the class P27.1
    assert found["accessibility"] == {"no": 2, "yes": 2}


def test_a_municipality_counts_the_nationwide_services_as_its_filter_does(catalogue, method):
    found = counted()["municipality"]
    assert found == {"091": 2, "905": 2, "478": 2, "nationwide": 1}
    assert search_query(text="", lang="fi", filters=SearchFilters(municipalities=("091",))).total == 2


def test_nationwide_except_aland_is_not_counted_in_aland(make_service, method):
    make_service({"fi": "Neuvonta"}, area_type=AreaType.NATIONWIDE_EXCEPT_ALAND)
    make_service({"fi": "Kuntosali"}, municipalities=["478"])
    make_service({"fi": "Kuntosali"}, municipalities=["091"])
    index_rebuild()
    assert counted()["municipality"] == {"091": 2, "478": 1, "nationwide": 1}


def test_words_narrow_every_facet(catalogue, method):
    found = counted("kuntosali")
    assert found["free"] == {"chargeable": 1, "free": 1, "unknown": 1}
    assert "091" in found["municipality"] and "nationwide" not in found["municipality"]


def test_a_facet_ignores_its_own_filter_but_not_the_others(catalogue, method):
    found = counted(free=True)
    assert found["free"] == {"free": 2, "unknown": 1, "chargeable": 1}  # all choices stay visible
    assert found["language"] == {"fi": 2, "sv": 1}  # the free ones only
    both = counted(free=True, languages=("sv",))
    assert both["free"] == {"chargeable": 1, "free": 1, "unknown": 1}
    assert both["language"] == {"fi": 2, "sv": 1}
    assert both["municipality"] == {"nationwide": 1}


def test_the_filters_municipalities_are_all_counted(catalogue, method):
    """The options a page offers (the tray's municipalities) all get a count, nationwide ones included."""
    found = counted("velkaneuvonta", municipalities=("091", "905", "478", "", 42))["municipality"]
    assert found == {"091": 1, "478": 1, "905": 1, "nationwide": 1}


def test_accessibility_filter(catalogue):
    page = search_query(text="", lang="fi", filters=SearchFilters(accessibility=True))
    assert set(page.ids) == {catalogue["gym"], catalogue["aland"]}
    page = search_query(text="", lang="fi", filters=SearchFilters(accessibility=False))
    assert set(page.ids) == {catalogue["hall"], catalogue["debt"]}


def test_facets_with_strange_filters(catalogue):
    found = counted("kuntosali", municipalities=("", "999"), themes=("no-such",), target_groups=("x" * 300,))
    assert found["municipality"] == {} and found["free"] == {}
