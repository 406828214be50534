"""Small pure readers for PTV v11 building blocks: localised texts, dates, areas, codes."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from tarjotin.catalogue.dto import AreaDTO, ClassificationRef, Texts
from tarjotin.core.text import CONTENT_LANGUAGES


class RecordError(ValueError):
    """A PTV record that cannot be read; the importer skips it and reports the reason."""


def as_list(value: object) -> list:
    """PTV sends null where it means an empty list (e.g. `serviceChannels: null`)."""
    return value if isinstance(value, list) else []


# NUL and other C0 controls (but tab and line breaks) carry no meaning in a text, and PostgreSQL refuses NUL.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(value: object) -> str:
    return _CONTROLS.sub("", value).strip() if isinstance(value, str) else ""


def texts(items: object, kind: str | None = None) -> Texts:
    """{lang: text} from a localised list, optionally only the entries of one `type`; nulls dropped."""
    found: Texts = {}
    for item in as_list(items):
        if not isinstance(item, dict):
            continue
        if kind is not None and item.get("type") != kind:
            continue
        lang, value = clean(item.get("language")), clean(item.get("value"))
        if lang in CONTENT_LANGUAGES and value and lang not in found:
            found[lang] = value
    return found


def joined_texts(items: object) -> Texts:
    """All values per language joined by line breaks (requirements, several entries per language)."""
    found: dict[str, list[str]] = {}
    for item in as_list(items):
        if isinstance(item, dict):
            lang, value = clean(item.get("language")), clean(item.get("value"))
            if lang in CONTENT_LANGUAGES and value:
                found.setdefault(lang, []).append(value)
    return {lang: "\n".join(values) for lang, values in found.items()}


def keywords(items: object) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for item in as_list(items):
        if isinstance(item, dict):
            lang, value = clean(item.get("language")), clean(item.get("value"))
            if lang and value and value not in found.get(lang, []):
                found.setdefault(lang, []).append(value)
    return {lang: tuple(values) for lang, values in sorted(found.items())}


def timestamp(value: object) -> datetime | None:
    """PTV's `modified`: UTC, ISO without offset in v11 (`2020-04-22T09:45:14.154795`), `Z` in older ones."""
    raw = clean(value)
    if not raw:
        return None
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise RecordError(f"unreadable timestamp {raw!r}") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def day(value: object) -> date | None:
    stamp = timestamp(value)
    return stamp.date() if stamp else None


def municipality_code(value: object) -> str:
    """3-digit code; some data carries '1' for '001'."""
    raw = clean(str(value)) if value is not None else ""
    return raw.zfill(3) if raw.isdigit() else ""


_AREA_TYPES = {
    "Nationwide": "nationwide",
    "WholeCountry": "nationwide",
    "NationwideExceptAlandIslands": "nationwide_except_aland",
    "WholeCountryExceptAlandIslands": "nationwide_except_aland",
    "LimitedType": "limited",
    "AreaType": "limited",
}


def area(record: dict) -> AreaDTO:
    """Area type plus the municipalities and counties listed; a county's members are added later."""
    municipalities: set[str] = set()
    counties: set[str] = set()
    for entry in as_list(record.get("areas")):
        if not isinstance(entry, dict):
            continue
        for member in as_list(entry.get("municipalities")):
            if isinstance(member, dict) and municipality_code(member.get("code")):
                municipalities.add(municipality_code(member.get("code")))
        if clean(entry.get("type")).startswith("WellbeingService") and clean(entry.get("code")):
            counties.add(clean(entry.get("code")).zfill(2))
    for member in as_list(record.get("areaMunicipalities")):
        if isinstance(member, dict) and municipality_code(member.get("code")):
            municipalities.add(municipality_code(member.get("code")))
    area_type = _AREA_TYPES.get(clean(record.get("areaType")), "")
    if not area_type and (municipalities or counties):
        area_type = "limited"
    return AreaDTO(area_type, tuple(sorted(municipalities)), tuple(sorted(counties)))


_CODE_IN_URI = re.compile(r"/code/([A-Z]+[0-9.]+)$")
_KINDS = {"ptvserclass": "service_class", "ptvserclass2": "service_class", "ptvkohderyhmat": "target_group",
          "ptvelti": "life_event"}


def classification(item: dict, kind: str) -> ClassificationRef | None:
    """A Finto item matched by its code: URIs come in three generations, the code is stable."""
    code = clean(item.get("code"))
    if not code:
        for key in ("newUri", "uri"):
            match = _CODE_IN_URI.search(clean(item.get(key)))
            if match:
                code = match.group(1)
                break
    if kind == "ontology_term":
        code = clean(item.get("uri")) or code
    if not code:
        return None
    parent = clean(item.get("newParentUri")) or clean(item.get("parentUri"))
    parent_match = _CODE_IN_URI.search(parent)
    parent_code = parent_match.group(1) if parent_match else (parent if kind == "ontology_term" else "")
    return ClassificationRef(kind=kind, code=code, name=texts(item.get("name")), parent_code=parent_code)


def classifications(record: dict) -> tuple[ClassificationRef, ...]:
    found: dict[tuple[str, str], ClassificationRef] = {}
    for field_name, kind in (("serviceClasses", "service_class"), ("targetGroups", "target_group"),
                             ("lifeEvents", "life_event"), ("ontologyTerms", "ontology_term")):
        for item in as_list(record.get(field_name)):
            ref = classification(item, kind) if isinstance(item, dict) else None
            if ref and (ref.kind, ref.code) not in found:
                found[(ref.kind, ref.code)] = ref
    return tuple(found[key] for key in sorted(found))


def charge_type(value: object) -> str:
    return {"FreeOfCharge": "free", "Chargeable": "chargeable", "Free": "free", "Charged": "chargeable"}.get(
        clean(value), ""
    )


def languages(value: object) -> tuple[str, ...]:
    return tuple(dict.fromkeys(clean(v).lower() for v in as_list(value) if clean(v)))
