"""The LIPAS parser against the real legacy API sample, the v2 shape, and the oddities of real data."""

from __future__ import annotations

import copy
import json
from collections import Counter
from datetime import UTC, datetime

import pytest

from tarjotin.geo.coords import in_finland
from tarjotin.sources.lipas import derive_types
from tarjotin.sources.lipas.fields import RecordError
from tarjotin.sources.lipas.parse import parse_place
from tarjotin.sources.lipas.types import DATA, type_get

from ..conftest import shared
from . import records as r

SAMPLE = ("lipas", "legacy-api-v1-fixtures", "sports-places-1000.json")


@pytest.fixture(scope="module")
def sample() -> list[dict]:
    return json.loads(shared(*SAMPLE).read_text(encoding="utf-8"))


def _by_id(sample: list[dict], place_id: int) -> dict:
    return copy.deepcopy(next(p for p in sample if p["sportsPlaceId"] == place_id))


def test_every_real_record_parses_or_is_skipped_for_a_known_reason(sample):
    parsed, skipped = 0, Counter()
    for record in sample:
        try:
            place = parse_place(record)
        except RecordError as exc:
            skipped[str(exc)] += 1
            continue
        parsed += 1
        assert place.service.name and place.channel.origin_id == f"place-{place.service.origin_id}"
        assert all(len(code) == 3 for code in place.service.area.municipality_codes)
        for address in place.channel.addresses:
            assert address.latitude is None or in_finland(address.latitude, address.longitude)
    # The one service building (type 7000) of the sample is the only record left out.
    assert (parsed, dict(skipped)) == (999, {
        "type 7000 (Huoltorakennus) is a service building, not for residents": 1})


def test_a_neighbourhood_sports_area_in_keuruu(sample):
    place = parse_place(_by_id(sample, 72269))
    service, channel = place.service, place.channel
    assert service.origin_id == "72269"
    assert service.name == {"fi": "Keuruun Koulukeskuksen lähiliikunta-alue /ala-aste"}
    assert service.summary == {"fi": "Lähiliikuntapaikka", "sv": "Näridrottsplats", "en": "Neighbourhood sports area"}
    assert service.description["fi"].startswith("Pannakenttä, lasten leikkivälineitä")
    assert service.area.municipality_codes == ("249",)
    assert service.charge_type == "" and service.organization_origin_id == ""
    assert [p["name"] for p in service.producers] == ["Kunta", "Kunta / tekninen toimi"]
    assert ("service_class", "P27.2") in {(c.kind, c.code) for c in service.classifications}
    assert "Lähiliikuntapaikka" in service.keywords["fi"] and service.keywords["sv"] == ("Näridrottsplats",)
    assert service.modified == datetime(2019, 8, 29, 12, 55, 30, 259000, tzinfo=UTC)  # 15:55 in Helsinki
    assert [c.channel_origin_id for c in service.connections] == ["place-72269"]
    address = channel.addresses[0]
    assert channel.kind == "location"
    assert (address.street, address.postal_code, address.post_office) == ({"fi": "Keuruuntie 18"}, "42700",
                                                                          {"fi": "Keuruu"})
    assert address.municipality_code == "249"
    assert 62.26 < address.latitude < 62.27 and 24.70 < address.longitude < 24.71
    assert channel.phones[0]["number"] == "0400-541638"
    assert channel.emails == ({"value": "heli.nousiainen@keuruu.fi", "lang": ""},)
    assert channel.web_pages[0]["url"] == "http://www.keuruu.fi/asukkaat/liikunta-ja-vapaa-aika"
    assert channel.hours == ()  # LIPAS has no structured opening hours


def test_two_digit_city_code_and_placeholder_address(sample):
    record = next(p for p in sample if p["location"]["address"] == "-")
    record["location"]["city"]["cityCode"] = 91
    place = parse_place(record)
    assert place.service.area.municipality_codes == ("091",)
    assert place.channel.addresses[0].street == {}


def test_only_tm35fin_coordinates_are_converted(sample):
    record = _by_id(sample, 72269)
    del record["location"]["coordinates"]["wgs84"]
    address = parse_place(record).channel.addresses[0]
    assert address.latitude == pytest.approx(62.26132, abs=1e-4)
    assert address.longitude == pytest.approx(24.70511, abs=1e-4)


def test_v2_record_reads_names_keys_and_geometry():
    place = parse_place(r.site(501, "Testikylän uimahalli", **{"name-localized": {"se": "Testby simhall"},
                                                                "marketing-name": "Testiaalto"}))
    service, channel = place.service, place.channel
    assert service.name == {"fi": "Testikylän uimahalli", "sv": "Testby simhall"}
    assert service.alternative_name == {"fi": "Testiaalto"}
    assert service.keywords["fi"][0] == "Uimahalli" and service.keywords["sv"] == ("Simhall",)
    assert {c.code for c in service.classifications if c.kind == "service_class"} == {"P27.1", "P27.2"}
    assert [p["name"] for p in service.producers] == ["Kunta", "Kunta / liikuntatoimi"]
    assert service.description == {"fi": "Kaksi allasta ja sauna."}
    assert service.modified == datetime(2025, 3, 1, 10, 0, tzinfo=UTC)
    address = channel.addresses[0]
    assert (address.latitude, address.longitude) == (60.21, 25.08)
    assert address.municipality_code == "091" and address.additional_info == {"fi": "Keskusta"}
    assert channel.web_pages[0]["url"] == "https://www.example.fi/uimahalli"


def test_a_route_is_placed_at_its_start():
    route = {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {
        "type": "LineString", "coordinates": [[25.5, 62.1], [25.6, 62.2]]}}]}
    record = r.site(502, "Kuntorata", type_code=4405)
    record["location"]["geometries"] = route
    address = parse_place(record).channel.addresses[0]
    assert (address.latitude, address.longitude) == (62.1, 25.5)


@pytest.mark.parametrize("change, reason", [
    ({"lipas-id": None}, "missing or malformed id"),
    ({"name": "  ", "name-localized": None}, "no name in any language"),
    ({"type": {"type-code": 9999}}, "unknown type code 9999"),
    ({"type": None}, "missing or malformed type code"),
    ({"event-date": "eilen"}, "unreadable timestamp"),
])
def test_unreadable_records_say_why(change, reason):
    record = r.site(503, "Halli")
    record.update(change)
    with pytest.raises(RecordError, match=reason):
        parse_place(record)


def test_links_that_are_not_links_are_dropped():
    place = parse_place(r.site(504, "Halli", www="Liikuntasihteeri: sari@example.fi", email="ei ole"))
    assert place.channel.web_pages == () and place.channel.emails == ()


def test_shipped_type_list_is_derived_from_the_lipas_mapping():
    source = json.loads(shared("lipas", "lipas_types_with_ptv_mapping.json").read_text(encoding="utf-8"))
    assert derive_types.dumps(derive_types.derive(source)) == DATA.read_text(encoding="utf-8")
    assert type_get(3110).name == {"fi": "Uimahalli", "sv": "Simhall", "en": "Public indoor swimming pool"}
