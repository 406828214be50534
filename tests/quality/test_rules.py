"""Each rule on its own: it finds the problem it is for, and stays quiet on an item without it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tarjotin.quality.registry import ITEM_KINDS, RULES, Severity, item_score, rule_get, rules_all
from tarjotin.quality.snapshot import Context, Item, OrgInfo, Point

NOW = datetime(2026, 11, 20, 9, tzinfo=UTC)
GOOD_TEXT = {
    "name": {"fi": "Kuntosaliryhmä ikäihmisille", "sv": "Gymgrupp för seniorer"},
    "summary": {"fi": "Ohjattu kuntosaliryhmä yli 65-vuotiaille kahdesti viikossa.",
                "sv": "Handledd gymgrupp för personer över 65 år två gånger i veckan."},
    "description": {
        "fi": "Ryhmässä harjoitellaan lihasvoimaa ja tasapainoa liikunnanohjaajan johdolla. Laitteet säädetään "
              "jokaiselle sopiviksi, eikä aiempaa kokemusta tarvita.",
        "sv": "I gruppen tränar man muskelstyrka och balans under ledning av en idrottsinstruktör. Redskapen "
              "ställs in för var och en, och ingen tidigare erfarenhet behövs.",
    },
}


def service(**changes) -> Item:
    base = dict(kind="service", pk=1, origin_id="6c41df3e-0650-54eb-8bd4-8112d62b10e0", **GOOD_TEXT,
                modified=datetime(2026, 10, 1, tzinfo=UTC), area_type="limited", organization_origin_id="org",
                municipalities=frozenset({"905"}), classification_kinds=frozenset({"service_class", "target_group"}),
                channel_count=2, charge_type="free")
    return Item(**{**base, **changes})


def location(**changes) -> Item:
    base = dict(kind="location", pk=2, origin_id="778f54db-9f68-5c1f-b5c2-3cf0792601e2", **GOOD_TEXT,
                modified=datetime(2026, 10, 1, tzinfo=UTC), area_type="limited", organization_origin_id="org",
                municipalities=frozenset({"905"}), points=[Point("visiting", "street", 63.096, 21.616, "Ok")],
                has_hours=True, web_pages=[{"url": "https://vaasa.example/kirjasto", "lang": "fi"}],
                phones=[{"number": "+358 63253511"}])
    return Item(**{**base, **changes})


def ctx(**changes) -> Context:
    base = dict(now=NOW, bilingual=frozenset({"905", "499"}), county_of={"905": "17", "399": "17", "837": "06"},
                organizations={"org": OrgInfo({"fi": "Vaasan kaupunki"}, "Municipality", "905")})
    return Context(**{**base, **changes})


def found(rule_id: str, item: Item, context: Context | None = None) -> list[str]:
    return rule_get(rule_id).details(item, context or ctx())


@pytest.mark.parametrize("item", [service(), location()], ids=["service", "location"])
def test_a_well_described_item_breaks_no_rule(item):
    assert {r.id: r.details(item, ctx()) for r in rules_all() if item.kind in r.kinds
            and r.id != "english_missing" and r.details(item, ctx())} == {}


def test_registry_has_every_rule_of_the_issue_with_texts_and_known_kinds():
    ids = set(RULES) | {r.id for r in rules_all()}
    assert {"swedish_missing", "english_missing", "summary_missing", "summary_too_long", "summary_is_name",
            "description_short", "contact_in_description", "service_class_missing", "target_group_missing",
            "coordinates_missing", "location_outside_finland", "hours_missing", "not_updated",
            "translation_copy", "area_wider_than_organisation", "channels_missing", "web_address_malformed",
            "phone_malformed", "duplicate_location"} <= ids
    for r in rules_all():
        assert set(r.kinds) <= set(ITEM_KINDS) and r.kinds
        assert str(r.title) and len(str(r.fix)) > 40
        assert r.severity in Severity.values


def test_swedish_missing_only_where_the_area_is_bilingual():
    finnish_only = service(name={"fi": "Kuntosali"}, summary={"fi": "Kuntosali."}, description={"fi": "Sali."})
    assert found("swedish_missing", finnish_only) == ["name", "summary", "description"]
    assert found("swedish_missing", service(
        name={"fi": "Kuntosali"}, summary={"fi": "Kuntosali."}, description={"fi": "Sali."},
        municipalities=frozenset({"399"}))) == []  # Laihia is Finnish-speaking
    assert found("swedish_missing", service(name={"fi": "Kuntosali"}, area_type="nationwide",
                                            municipalities=frozenset())) == ["name"]
    only_location = location(name={"fi": "Jokitörmä"}, municipalities=frozenset(),
                             address_municipalities=frozenset({"905"}))
    assert "name" in found("swedish_missing", only_location)
    assert found("swedish_missing", service()) == []


def test_english_missing_is_a_notice_about_services():
    assert found("english_missing", service()) == ["en"]
    english = service(name={**GOOD_TEXT["name"], "en": "Gym group"}, summary={**GOOD_TEXT["summary"], "en": "A gym."})
    assert found("english_missing", english) == []
    assert rule_get("english_missing").severity == Severity.NOTICE
    assert rule_get("english_missing").kinds == ("service",)


def test_summary_missing_in_the_main_language():
    assert found("summary_missing", service(summary={})) == ["fi"]
    assert found("summary_missing", service(name={"sv": "Gym"}, summary={"fi": "x"})) == ["sv"]
    assert found("summary_missing", service()) == []


def test_summary_longer_than_ptv_allows():
    long = "Kansalaisopiston kuoro " + "laulaa " * 20
    assert found("summary_too_long", service(summary={"fi": long.strip()})) == [f"fi: {len(long.strip())} > 150"]
    assert found("summary_too_long", service(summary={"fi": "x" * 150})) == []


def test_summary_the_same_as_the_name_ignores_case_and_punctuation():
    same = service(summary={"fi": "kuntosaliryhmä ikäihmisille.", "sv": "Gymgrupp för seniorer"})
    assert found("summary_is_name", same) == ["fi", "sv"]
    assert found("summary_is_name", service()) == []


def test_description_too_short_or_missing_in_the_main_language():
    assert found("description_short", service(description={"fi": "Kursseja.", "sv": GOOD_TEXT["description"]["sv"]})) \
        == ["fi: 9 < 100"]
    assert found("description_short", service(description={})) == ["fi: 0 < 100"]  # the missing Swedish is not
    assert found("description_short", location(description={"fi": "Pääkirjasto keskustassa, sisäänkäynti pihalta."})) \
        == []  # channels need less text than services
    assert found("description_short", service()) == []


def test_contact_details_in_the_text():
    text = GOOD_TEXT["description"]["fi"] + " Lisätietoja puh. 06 308 0417 tai 040-000 7341, kerho@kajuutta.example."
    assert found("contact_in_description", service(description={"fi": text})) == [
        "06 308 0417", "040-000 7341", "kerho@kajuutta.example"]
    harmless = "Osoite Kirjastonkatu 13, 65100 Vaasa. Avoinna 1.9.2026 alkaen, 20 000 kirjaa ja 2 500 lehteä."
    assert found("contact_in_description", service(description={"fi": harmless})) == []


def test_service_class_and_target_group():
    assert found("service_class_missing", service(classification_kinds=frozenset({"target_group"}))) == ["–"]
    assert found("target_group_missing", service(classification_kinds=frozenset({"service_class"}))) == ["–"]
    assert found("service_class_missing", service()) == found("target_group_missing", service()) == []


def test_location_without_coordinates_or_outside_finland():
    assert found("coordinates_missing", location(points=[Point("visiting", "street", None, None, "NotReceived")])) \
        == ["NotReceived"]
    assert found("coordinates_missing", location(points=[Point("postal", "street", 63.1, 21.6, "Ok")])) == ["–"]
    assert found("coordinates_missing", location()) == []
    swapped = location(points=[Point("visiting", "street", 21.616, 63.096, "Ok")])
    assert found("location_outside_finland", swapped) == ["21.6160, 63.0960"]
    assert found("location_outside_finland", location()) == []


def test_no_opening_hours_on_places_and_phones_only():
    assert found("hours_missing", location(has_hours=False)) == ["–"]
    assert found("hours_missing", location()) == []
    assert "webpage" not in rule_get("hours_missing").kinds


def test_not_updated_in_twelve_months():
    assert found("not_updated", service(modified=datetime(2025, 11, 1, tzinfo=UTC))) == ["2025-11-01"]
    assert found("not_updated", service(modified=datetime(2025, 12, 1, tzinfo=UTC))) == []
    assert found("not_updated", service(modified=None)) == []


def test_translation_identical_to_finnish():
    copied = service(summary={**GOOD_TEXT["summary"], "sv": GOOD_TEXT["summary"]["fi"]})
    assert found("translation_copy", copied) == ["sv: summary"]
    assert found("translation_copy", service(summary={"fi": "Kela", "sv": "Kela"})) == []  # too short to tell
    assert found("translation_copy", service()) == []


def test_municipal_service_marked_nationwide():
    assert found("area_wider_than_organisation", service(area_type="nationwide")) == ["Municipality: nationwide"]
    ngo = ctx(organizations={"org": OrgInfo({}, "Organization", "")})
    assert found("area_wider_than_organisation", service(area_type="nationwide"), ngo) == []
    assert found("area_wider_than_organisation", service()) == []


def test_service_without_channels_and_without_charge():
    assert found("channels_missing", service(channel_count=0)) == ["0"]
    assert found("channels_missing", service()) == []
    assert found("charge_missing", service(charge_type="")) == ["–"]
    assert found("charge_missing", service()) == []


@pytest.mark.parametrize("url", ["htp://strandpipan.example/", "www.kristinestad.example/uimahalli",
                                 "https://vaasa example/", "https://localhost/", ""])
def test_malformed_web_address(url):
    assert found("web_address_malformed", location(web_pages=[{"url": url}])) == [url]


@pytest.mark.parametrize("url", ["https://vaasa.example/kirjasto", "http://www.närpes.example/bibliotek?a=1#b",
                                 "https://kunta.example:8443/"])
def test_good_web_address(url):
    assert found("web_address_malformed", location(web_pages=[{"url": url}])) == []


@pytest.mark.parametrize("number", ["+358 6-3030 12", "+358 0401234567", "+358 40", "06 (308) 0417", "puh"])
def test_malformed_phone_number(number):
    assert found("phone_malformed", location(phones=[{"number": number}])) == [number]


@pytest.mark.parametrize("number", ["+358 63253511", "+358 40 123 4567", "0800000123", "116117", "+46 8123456"])
def test_good_phone_number(number):
    assert found("phone_malformed", location(phones=[{"number": number}])) == []


def test_duplicate_location_names_the_other_place():
    dup = location(same_place=["Vaasan pääkirjasto (Mielenmaja ry)"])
    assert found("duplicate_location", dup) == ["Vaasan pääkirjasto (Mielenmaja ry)"]
    assert found("duplicate_location", location()) == []


def test_channel_area_and_incomplete_language_versions_are_notices():
    assert found("channel_area_missing", location(kind="webpage", area_type="")) == ["–"]
    assert found("channel_area_missing", location(kind="webpage")) == []
    sami = service(name={**GOOD_TEXT["name"], "se": "Gymmajoavku"})
    assert found("language_version_incomplete", sami) == ["se"]
    assert found("language_version_incomplete", service()) == []


def test_item_score_is_100_minus_the_weights_never_below_zero():
    assert item_score([]) == 100
    assert item_score(["error", "warning", "notice"]) == 100 - 20 - 8 - 2
    assert item_score(["error"] * 6) == 0
