"""Derive the geo and catalogue reference data the project ships from the shared source data."""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from reference_themes import THEMES, ThemeSpec

REPO = Path(__file__).resolve().parents[1]
GEO_OUT = REPO / "tarjotin" / "geo" / "data"
CATALOGUE_OUT = REPO / "tarjotin" / "catalogue" / "data"
NAME_COLUMNS = ["name_fi", "name_sv", "name_en"]
CLASS_COLUMNS = ["code", "parent_code", *NAME_COLUMNS]

HELSINKI_COUNTY = "90"
ALAND_COUNTY = "91"
EXPECTED_MUNICIPALITIES = 308
EXPECTED_COUNTIES = 22  # 21 wellbeing services counties and Helsinki
# kielisuhde_code -> (languages, majority first; words its Finnish label must contain).
LANGUAGE_CODES: dict[str, tuple[str, tuple[str, ...]]] = {
    "0": ("fi", ("yksikielinen", "suomenkielinen")),
    "1": ("fi sv", ("kaksikielinen", "enemmistön kieli on suomi")),
    "2": ("sv", ("yksikielinen", "ruotsinkielinen")),
    "3": ("sv fi", ("kaksikielinen", "enemmistön kieli on ruotsi")),
}

Row = dict[str, str]


def natural_key(code: str) -> tuple[object, ...]:
    """Sort key that orders P2 before P10 and P5.2 before P5.10."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", code) if part)


def read_csv(path: Path) -> list[Row]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [{key: (value or "").strip() for key, value in row.items()} for row in csv.DictReader(handle)]


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Row]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = list(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8", newline="\n")


def municipality_languages(row: Row) -> str:
    """Map kielisuhde_code to languages, checking the code against its Finnish label."""
    languages, words = LANGUAGE_CODES[row["kielisuhde_code"]]
    label = row["kielisuhde_fi"].lower()
    if not all(word in label for word in words):
        raise ValueError(f"{row['kuntanumero']}: kielisuhde {row['kielisuhde_code']} is {label!r}")
    return languages


def municipalities(rows: list[Row]) -> list[Row]:
    out = [
        {
            "code": row["kuntanumero"].zfill(3),
            "name_fi": row["name_fi"],
            "name_sv": row["name_sv"],
            "name_en": row["name_en"],
            "county_code": "" if row["hyvinvointialue_code"] == ALAND_COUNTY else row["hyvinvointialue_code"],
            "region_code": row["maakunta_code"],
            "languages": municipality_languages(row),
        }
        for row in rows
    ]
    if len(out) != EXPECTED_MUNICIPALITIES or len({row["code"] for row in out}) != len(out):
        raise ValueError(f"expected {EXPECTED_MUNICIPALITIES} unique municipalities, got {len(out)}")
    return sorted(out, key=lambda row: row["code"])


def unique_by_code(rows: list[Row], prefix: str) -> dict[str, Row]:
    """Collect {code, name_*} from the columns `<prefix>_code`, `<prefix>_fi`, ... and check they agree."""
    found: dict[str, Row] = {}
    for row in rows:
        item = {"code": row[f"{prefix}_code"]} | {
            f"name_{lang}": row[f"{prefix}_{lang}"] for lang in "fi sv en".split()
        }
        if found.setdefault(item["code"], item) != item:
            raise ValueError(f"{prefix} {item['code']} has two names: {found[item['code']]} / {item}")
    return found


def counties(rows: list[Row]) -> list[Row]:
    found = unique_by_code(rows, "hyvinvointialue")
    found.pop(ALAND_COUNTY, None)
    out = [row | {"kind": "city" if code == HELSINKI_COUNTY else "county"} for code, row in found.items()]
    if len(out) != EXPECTED_COUNTIES or HELSINKI_COUNTY not in found:
        raise ValueError(f"expected {EXPECTED_COUNTIES} counties including Helsinki, got {sorted(found)}")
    return sorted(out, key=lambda row: row["code"])


def regions(rows: list[Row]) -> list[Row]:
    return sorted(unique_by_code(rows, "maakunta").values(), key=lambda row: row["code"])


def service_classes(rows: list[Row]) -> list[Row]:
    return sorted((row for row in rows if row["status"] == "VALID"), key=lambda row: natural_key(row["code"]))


def life_events(rows: list[Row]) -> list[Row]:
    out = [
        row | {"parent_code": row["parent_uri"].rsplit("/", 1)[-1] if row["parent_uri"] else ""}
        for row in rows
    ]
    return sorted(out, key=lambda row: natural_key(row["code"]))


def check_parents(rows: list[Row], what: str) -> None:
    codes = {row["code"] for row in rows}
    missing = sorted({row["parent_code"] for row in rows if row["parent_code"]} - codes)
    if missing:
        raise ValueError(f"{what}: parents missing: {missing}")


def split_keywords(text: str) -> list[str]:
    return sorted({word.strip().lower() for word in text.split(",") if word.strip()})


def theme_json(theme: ThemeSpec, order: int, known_classes: set[str]) -> dict[str, object]:
    """Normalise one theme: checked, naturally sorted classes; sorted, unique keywords."""
    classes = sorted(set(theme["service_classes"].split()), key=natural_key)
    unknown = [code for code in classes if code not in known_classes]
    if unknown:
        raise ValueError(f"theme {theme['slug']}: unknown service classes {unknown}")
    return {
        "slug": theme["slug"],
        "order": order,
        "name": theme["name"],
        "description": theme["description"],
        "service_classes": classes,
        "target_groups": [],
        "keywords": {lang: split_keywords(words) for lang, words in theme["keywords"].items()},
    }


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else REPO / ".." / "shared" / "data"
    source = source.resolve()
    geo_rows = read_csv(source / "statfi-geofi" / "municipalities_2026.csv")
    classes = service_classes(read_csv(source / "derived" / "ptv_service_classes_ptvserclass2.csv"))
    groups = sorted(
        read_csv(source / "derived" / "ptv_target_groups_ptvkohderyhmat.csv"),
        key=lambda row: natural_key(row["code"]),
    )
    events = life_events(read_csv(source / "derived" / "ptv_life_events_ptvelti.csv"))
    for rows, what in ((classes, "service classes"), (groups, "target groups"), (events, "life events")):
        check_parents(rows, what)
    known = {row["code"] for row in classes}
    themes = [theme_json(theme, order, known) for order, theme in enumerate(THEMES, start=1)]
    counts = {
        "geo/municipalities.csv": write_csv(
            GEO_OUT / "municipalities.csv",
            ["code", *NAME_COLUMNS, "county_code", "region_code", "languages"],
            municipalities(geo_rows),
        ),
        "geo/counties.csv": write_csv(
            GEO_OUT / "counties.csv", ["code", *NAME_COLUMNS, "kind"], counties(geo_rows)
        ),
        "geo/regions.csv": write_csv(GEO_OUT / "regions.csv", ["code", *NAME_COLUMNS], regions(geo_rows)),
        "catalogue/service_classes.csv": write_csv(
            CATALOGUE_OUT / "service_classes.csv", CLASS_COLUMNS, classes
        ),
        "catalogue/target_groups.csv": write_csv(CATALOGUE_OUT / "target_groups.csv", CLASS_COLUMNS, groups),
        "catalogue/life_events.csv": write_csv(CATALOGUE_OUT / "life_events.csv", CLASS_COLUMNS, events),
    }
    write_json(CATALOGUE_OUT / "themes.json", themes)
    counts["catalogue/themes.json"] = len(themes)
    for name, count in counts.items():
        print(f"{name}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
