"""Checks of the shipped reference data (geo and catalogue code lists, themes)."""

import csv
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "tarjotin"
GEO = ROOT / "geo" / "data"
CATALOGUE = ROOT / "catalogue" / "data"
LANGS = ("fi", "sv", "en")
ANCHORS = {
    "P4.12": "yhteisollisyys",
    "P27.2": "luonto",
    "P27.1": "liikunta",
    "P25.1": "kulttuuri",
    "P10.8": "toimeentulo",
    "P5.17": "ohjaus",
}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def municipalities() -> list[dict[str, str]]:
    return read_csv(GEO / "municipalities.csv")


@pytest.fixture(scope="module")
def counties() -> list[dict[str, str]]:
    return read_csv(GEO / "counties.csv")


@pytest.fixture(scope="module")
def service_classes() -> list[dict[str, str]]:
    return read_csv(CATALOGUE / "service_classes.csv")


@pytest.fixture(scope="module")
def themes() -> list[dict]:
    return json.loads((CATALOGUE / "themes.json").read_text(encoding="utf-8"))


def test_308_municipalities_with_unique_three_digit_codes(municipalities):
    codes = [row["code"] for row in municipalities]
    assert len(codes) == 308
    assert len(set(codes)) == 308
    assert all(re.fullmatch(r"\d{3}", code) for code in codes)


def test_municipality_languages_and_regions(municipalities):
    assert {row["languages"] for row in municipalities} == {"fi", "sv", "fi sv", "sv fi"}
    by_code = {row["code"]: row for row in municipalities}
    assert by_code["091"]["languages"] == "fi sv"
    assert by_code["710"]["languages"] == "sv fi"  # Raasepori
    assert by_code["478"]["languages"] == "sv"  # Maarianhamina
    regions = {row["code"] for row in read_csv(GEO / "regions.csv")}
    assert len(regions) == 19
    assert {row["region_code"] for row in municipalities} == regions


def test_every_county_code_exists(municipalities, counties):
    county_codes = {row["code"] for row in counties}
    for row in municipalities:
        if row["region_code"] == "21":  # Åland is outside the wellbeing services reform
            assert row["county_code"] == ""
        else:
            assert row["county_code"] in county_codes, row
    assert sum(1 for row in municipalities if row["county_code"] == "") == 16


def test_22_counties_with_helsinki_as_city(counties):
    assert len(counties) == 22
    kinds = {row["code"]: row["kind"] for row in counties}
    assert kinds.pop("90") == "city"
    assert set(kinds) == {f"{n:02d}" for n in range(1, 22)}
    assert set(kinds.values()) == {"county"}


def test_every_service_class_parent_exists(service_classes):
    codes = {row["code"] for row in service_classes}
    assert len(codes) == len(service_classes)
    for row in service_classes:
        assert row["parent_code"] == "" or row["parent_code"] in codes, row
        assert all(row[f"name_{lang}"] == row[f"name_{lang}"].strip() != "" for lang in LANGS), row


@pytest.mark.parametrize("name", ["target_groups.csv", "life_events.csv"])
def test_every_code_list_parent_exists(name):
    rows = read_csv(CATALOGUE / name)
    codes = {row["code"] for row in rows}
    assert all(row["parent_code"] == "" or row["parent_code"] in codes for row in rows)


def test_service_classes_in_natural_order(service_classes):
    codes = [row["code"] for row in service_classes]
    assert codes.index("P2") < codes.index("P10")
    assert codes.index("P5.2") < codes.index("P5.10")


def test_theme_service_classes_exist(themes, service_classes):
    codes = {row["code"] for row in service_classes}
    for theme in themes:
        assert theme["service_classes"], theme["slug"]
        assert set(theme["service_classes"]) <= codes, theme["slug"]


def test_eight_themes_with_names_and_descriptions(themes):
    assert len(themes) == 8
    assert [theme["order"] for theme in themes] == list(range(1, 9))
    for theme in themes:
        for lang in LANGS:
            assert theme["name"][lang].strip(), (theme["slug"], lang)
            assert theme["description"][lang].strip(), (theme["slug"], lang)
            assert theme["keywords"][lang], (theme["slug"], lang)


@pytest.mark.parametrize(("code", "slug"), sorted(ANCHORS.items()))
def test_anchor_classes_are_mapped(themes, code, slug):
    by_slug = {theme["slug"]: theme for theme in themes}
    assert code in by_slug[slug]["service_classes"]
