"""Small pure readers for LIPAS records of both shapes: legacy API v1 (camelCase) and API v2 (kebab-case)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from tarjotin.catalogue.dto import Texts
from tarjotin.geo.coords import in_finland, tm35fin_to_wgs84

# LIPAS writes Swedish as "se"; the catalogue uses ISO 639-1 "sv".
LANGS = (("fi", "fi"), ("se", "sv"), ("en", "en"))
# The legacy API writes local Helsinki time without an offset ("2019-08-29 15:55:30.259").
HELSINKI = ZoneInfo("Europe/Helsinki")
_POSTAL_CODE = re.compile(r"^\d{5}$")
_HOST_LIKE = re.compile(r"^[\w.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)
# v2 sends owner and admin as keys, the legacy API as Finnish labels (newer versions as keys too).
PARTIES = {
    "city": "Kunta", "registered-association": "Rekisteröity yhdistys", "company-ltd": "Yritys",
    "city-main-owner": "Kuntaenemmistöinen yritys", "foundation": "Säätiö", "state": "Valtio", "other": "Muu",
    "city-sports": "Kunta / liikuntatoimi", "city-education": "Kunta / opetustoimi",
    "city-technical-services": "Kunta / tekninen toimi", "city-other": "Kunta / muu",
    "private-association": "Yksityinen / yhdistys", "private-company": "Yksityinen / yritys",
    "private-foundation": "Yksityinen / säätiö",
}
UNKNOWN_PARTIES = {"unknown", "no-information", "Ei tietoa"}


class RecordError(ValueError):
    """A LIPAS record that cannot be read; the importer skips it and reports the reason."""


def clean(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def pick(record: object, *keys: str) -> object:
    """The first of `keys` (the v2 and the v1 spelling) that the record has a value for."""
    if not isinstance(record, dict):
        return None
    for key in keys:
        if record.get(key) is not None:
            return record[key]
    return None


def place_id(record: dict) -> str:
    raw = pick(record, "lipas-id", "sportsPlaceId")
    if isinstance(raw, bool) or not isinstance(raw, int | str) or not str(raw).strip().isdigit():
        raise RecordError(f"missing or malformed id {raw!r}")
    number = int(str(raw).strip())
    if number < 1:
        raise RecordError(f"missing or malformed id {raw!r}")
    return str(number)


def names(record: dict) -> Texts:
    """v1 gives one name (Finnish, or {fi, se, en} in newer versions); v2 a name plus `name-localized`."""
    raw, found = record.get("name"), {}
    if isinstance(raw, dict):
        found = {ours: clean(raw.get(theirs)) for theirs, ours in LANGS}
    else:
        found["fi"] = clean(raw)
    localized = record.get("name-localized")
    if isinstance(localized, dict):
        for theirs, ours in LANGS[1:]:
            found[ours] = found.get(ours) or clean(localized.get(theirs))
    found = {lang: text for lang, text in found.items() if text}
    if not found:
        raise RecordError("no name in any language")
    return found


def timestamp(record: dict) -> datetime | None:
    raw = clean(pick(record, "event-date", "lastModified"))
    if not raw:
        return None
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise RecordError(f"unreadable timestamp {raw!r}") from exc
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=HELSINKI).astimezone(UTC)


def type_code(record: dict) -> int:
    raw = pick(record.get("type"), "type-code", "typeCode")
    if isinstance(raw, bool) or not str(raw).strip().isdigit():
        raise RecordError(f"missing or malformed type code {raw!r}")
    return int(str(raw).strip())


def municipality_code(location: dict) -> str:
    """LIPAS city codes are Statistics Finland municipality codes without the leading zeros."""
    raw = pick(location.get("city"), "city-code", "cityCode")
    text = str(raw).strip() if isinstance(raw, int | str) and not isinstance(raw, bool) else ""
    return text.zfill(3) if text.isdigit() and len(text) <= 3 else ""


def _wgs84(pair: object) -> tuple[float, float] | None:
    """(lat, lon) of a {lon, lat} object or a GeoJSON [lon, lat] position, if it is in Finland."""
    if isinstance(pair, dict):
        pair = [pair.get("lon"), pair.get("lat")]
    if not isinstance(pair, list | tuple) or len(pair) < 2:
        return None
    try:
        lon, lat = float(pair[0]), float(pair[1])
    except (TypeError, ValueError):
        return None
    return (round(lat, 6), round(lon, 6)) if in_finland(lat, lon) else None


def _first_position(geometries: object) -> object:
    """The first position of the first feature: a point, a route's start, an area's first corner.
    This is the point the legacy API itself gives for lines and areas, so both shapes agree."""
    features = geometries.get("features") if isinstance(geometries, dict) else None
    geometry = features[0].get("geometry") if isinstance(features, list) and features and isinstance(
        features[0], dict) else None
    coords = geometry.get("coordinates") if isinstance(geometry, dict) else None
    while isinstance(coords, list) and coords and isinstance(coords[0], list):
        coords = coords[0]
    return coords


def point(location: dict) -> tuple[float, float] | None:
    """WGS84 as given; else TM35FIN converted; else the start of the GeoJSON geometry (v2)."""
    coords = location.get("coordinates") if isinstance(location.get("coordinates"), dict) else {}
    found = _wgs84(coords.get("wgs84"))
    if found is None and isinstance(coords.get("tm35fin"), dict):
        tm = coords["tm35fin"]
        found = tm35fin_to_wgs84(tm.get("lat"), tm.get("lon"))  # LIPAS's "lat" is the northing
    return found or _wgs84(_first_position(location.get("geometries")))


def street(value: object) -> str:
    """LIPAS requires an address, so people type "-" where there is none."""
    text = clean(value)
    return text if any(ch.isalnum() for ch in text) else ""


def postal_code(value: object) -> str:
    text = clean(value)
    return text if _POSTAL_CODE.match(text) else ""


def web_url(value: object) -> str:
    """An http(s) address; a bare host such as "www.multia.fi" gets https:// as the web layer's safe_url
    gives it; anything else ("Liikuntasihteeri: …") is not a link and is dropped."""
    text = clean(value)
    if text.lower().startswith(("http://", "https://")):
        return text
    return f"https://{text}" if _HOST_LIKE.match(text) and "@" not in text else ""


def email(value: object) -> str:
    text = clean(value)
    return text if "@" in text and " " not in text else ""


def party(value: object) -> str:
    """An owner or administrator as Finnish text; '' when LIPAS does not know it."""
    text = clean(value)
    if not text or text in UNKNOWN_PARTIES:
        return ""
    return PARTIES.get(text, text)
