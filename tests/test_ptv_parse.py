"""The PTV parser against real v11 records from public sources and against PTV's known quirks."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tarjotin.sources.ptv import parse
from tarjotin.sources.ptv.client import unwrap_records
from tarjotin.sources.ptv.fields import RecordError

from .conftest import shared

REAL_FOLDERS = ("auroraai/ptv-v11-records", "kunta-api-server/ptv-out-2017-2019", "smbackend/ptv-v11-list-responses")


def _records(folder: str):
    for path in sorted(shared(folder).rglob("*.json")):
        for record in unwrap_records(json.loads(path.read_text(encoding="utf-8"))):
            yield path.name, record


@pytest.mark.parametrize("folder", REAL_FOLDERS)
def test_every_real_record_parses(folder):
    parsed = 0
    for name, record in _records(folder):
        kind = parse.record_kind(record)
        assert kind, f"{name}: record of unknown kind"
        dto = parse.PARSERS[kind](record)
        assert dto.origin_id and dto.name, name
        parsed += 1
    assert parsed > 0


def _one(folder: str, filename: str) -> dict:
    data = json.loads(shared(folder, filename).read_text(encoding="utf-8"))
    return data


def test_service_location_with_coordinates_entrances_and_emails():
    record = _one("auroraai/ptv-v11-records", "servicelocation_otavan_opisto_961f1a02.json")
    channel = parse.parse_channel(record)
    assert channel.kind == "location"
    address = channel.addresses[0]
    # EPSG:3067 northing 6834688 / easting 503879 is Otava, south of Mikkeli.
    assert 61.6 < address.latitude < 61.7 and 27.0 < address.longitude < 27.1
    assert address.municipality_code == "491"
    assert address.entrances and address.entrances[0]["groups"]
    assert {"info@otavia.fi"} <= {e["value"] for e in channel.emails}  # the `emails` key of real data
    assert channel.hours[0].kind == "weekly" and channel.hours[0].opening[0].opens == "08:00"
    assert "3668d250-cd80-45c4-abcc-9b2d3a2b3e42" in channel.service_origin_ids


def test_service_classifications_matched_by_code_across_uri_generations():
    record = _one("auroraai/ptv-v11-records", "service_nettilukio_3668d250.json")
    service = parse.parse_service(record)
    codes = {(c.kind, c.code) for c in service.classifications}
    assert ("target_group", "KR1") in codes  # its uri is the old URN; the code still matches
    assert any(kind == "service_class" for kind, _ in codes)
    assert service.organization_origin_id == "df0c2f24-d2bd-4ba7-bdcd-fcfc9f0d65a7"
    assert service.requirements["fi"].startswith("Nettilukio on aikuislukio")


def _minimal_channel(**extra) -> dict:
    return {"id": "0b1e3c5a-0000-4000-8000-000000000001", "serviceChannelType": "ServiceLocation",
            "serviceChannelNames": [{"language": "fi", "value": "Paikka", "type": "Name"}], **extra}


def test_quirks_null_lists_zero_coordinates_fax_without_number_and_support_emails():
    record = _minimal_channel(
        services=None, serviceHours=None, webPages=None,
        addresses=[{"type": "Location", "subType": "Single", "streetAddress": {
            "street": [{"language": "fi", "value": "Kauppatie"}], "streetNumber": "1", "postalCode": "65100",
            "latitude": "0", "longitude": "0", "coordinateState": "NotReceived",
            "municipality": {"code": "905", "name": []}}}],
        phoneNumbers=[{"type": "Fax", "number": None, "prefixNumber": "+358"}],
        supportEmails=[{"value": "neuvonta@kunta.example", "language": "fi"}],
        serviceChannelDescriptions=[{"language": "fi", "value": None, "type": "Description"}],
    )
    channel = parse.parse_channel(record)
    assert channel.addresses[0].latitude is None and channel.addresses[0].municipality_code == "905"
    assert channel.phones == ()
    assert channel.emails[0]["value"] == "neuvonta@kunta.example"
    assert channel.description == {}


def test_missing_name_or_malformed_id_is_a_record_error():
    with pytest.raises(RecordError):
        parse.parse_channel(_minimal_channel(serviceChannelNames=[{"language": "fi", "value": None}]))
    with pytest.raises(RecordError):
        parse.parse_channel(_minimal_channel(id="not-a-guid"))


def test_hours_over_midnight_exceptional_and_appointment():
    hours = parse.contact.hours([
        {"serviceHourType": "OverMidnight", "openingHour": [
            {"dayFrom": "Friday", "dayTo": "Saturday", "from": "22:00:00", "to": "02:00:00"}]},
        {"serviceHourType": "Exceptional", "validFrom": "2026-12-24T00:00:00", "validTo": "2026-12-26T00:00:00",
         "isClosed": True},
        {"serviceHourType": "DaysOfTheWeek", "isReservation": True, "openingHour": []},
        {"serviceHourType": "DaysOfTheWeek", "isAlwaysOpen": True, "openingHour": None},
    ])
    assert hours[0].kind == "over_midnight" and hours[0].opening[0].day_to == 5
    assert hours[1].is_closed and hours[1].valid_from == date(2026, 12, 24)
    assert hours[2].by_appointment and hours[3].always_open


def test_area_types_and_short_municipality_codes():
    service = parse.parse_service({
        "id": "0b1e3c5a-0000-4000-8000-000000000002",
        "serviceNames": [{"language": "sv", "value": "Simskola", "type": "Name"}],
        "areaType": "LimitedType",
        "areas": [{"type": "Municipality", "code": None, "municipalities": [{"code": "91"}]},
                  {"type": "WellbeingServiceCounties", "code": "17", "municipalities": []}],
        "serviceChannels": None, "serviceChargeType": "FreeOfCharge",
    })
    assert service.area.municipality_codes == ("091",)
    assert service.area.county_codes == ("17",)
    assert service.charge_type == "free" and service.connections == ()
    assert service.name == {"sv": "Simskola"}


def test_source_id_is_kept_on_services_and_channels_as_published():
    channel = _one("auroraai/ptv-v11-records", "servicelocation_otavan_opisto_961f1a02.json")
    assert channel.get("sourceId") is None  # public reads normally carry none
    assert parse.parse_channel(channel).source_id == ""
    written = {**channel, "sourceId": " lipas-7b83257d-06ad-4e3b-985d-16a5c9d3fced-89913-2024-01-01 "}
    assert parse.parse_channel(written).source_id == "lipas-7b83257d-06ad-4e3b-985d-16a5c9d3fced-89913-2024-01-01"
    service = _one("auroraai/ptv-v11-records", "service_nettilukio_3668d250.json")
    assert parse.parse_service({**service, "sourceId": "lipas-7b83257d-06ad-4e3b-985d-16a5c9d3fced-2500"}
                               ).source_id == "lipas-7b83257d-06ad-4e3b-985d-16a5c9d3fced-2500"
    assert parse.parse_service({**service, "sourceId": 42}).source_id == ""  # not a string: not kept
