"""Turns archetypes into service instances: texts filled per municipality, channels resolved."""
from __future__ import annotations

from dataclasses import dataclass, field

from .catalog import ARCHETYPES
from .geo import ALL_CODES, BY_CODE
from .model import Archetype, Slot
from .orgs import ORGS
from .util import L, pick
from .venues import VENUES, Venue, has_venue, venue

DAY_FORMS: dict[str, tuple[str, str, str, str, str]] = {
    "Monday": ("maanantaisin", "maanantaina", "på måndagar", "måndagen", "on Mondays"),
    "Tuesday": ("tiistaisin", "tiistaina", "på tisdagar", "tisdagen", "on Tuesdays"),
    "Wednesday": ("keskiviikkoisin", "keskiviikkona", "på onsdagar", "onsdagen", "on Wednesdays"),
    "Thursday": ("torstaisin", "torstaina", "på torsdagar", "torsdagen", "on Thursdays"),
    "Friday": ("perjantaisin", "perjantaina", "på fredagar", "fredagen", "on Fridays"),
}


@dataclass
class Instance:
    """One service to emit."""

    key: str
    arch: Archetype
    org: str
    muni: str | None
    langs: tuple[str, ...]
    params: dict[str, str]
    channels: list[str] = field(default_factory=list)
    slot: Slot | None = None


def _clock(hhmm: str) -> str:
    hh, mm = hhmm.split(":")
    return str(int(hh)) if mm == "00" else f"{int(hh)}.{mm}"


def slot_params(slot: Slot | None) -> dict[str, str]:
    if slot is None:
        return {}
    fi, fi_ess, sv, sv_def, en = DAY_FORMS[slot.day]
    span = f"{_clock(slot.start)}–{_clock(slot.end)}"
    return {"paiva": fi, "paiva_ess": fi_ess, "dag": sv, "dag_def": sv_def, "day": en,
            "klo": f"klo {span}", "kl": f"kl. {span}", "time": f"{slot.start}–{slot.end}"}


def place_params(muni: str, v: Venue | None) -> dict[str, str]:
    m = BY_CODE[muni]
    params = {"kunta": m.fi, "kunnan": m.fi_gen, "kunnassa": m.fi_loc, "kuntaan": m.fi_ill,
              "ort": m.sv, "orts": m.sv_gen, "town": m.en}
    if v is not None:
        params.update({"paikka": v.fi, "paikassa": v.fi_loc, "plats": v.sv or v.fi,
                       "i_plats": v.sv_loc or v.fi_loc})
    params.update({k[0].upper() + k[1:]: val for k, val in list(params.items())})
    return params


def _price(arch: Archetype, key: str) -> dict[str, str]:
    if not arch.prices:
        return {}
    fi, sv, en = pick(arch.prices, "price", key)
    return {"hinta": fi, "pris": sv, "price": en}


def _text_langs(arch: Archetype, muni: str | None, org: str) -> tuple[str, ...]:
    langs = ["fi"]
    if muni is not None:
        if BY_CODE[muni].bilingual and "sv" in arch.name:
            langs.append("sv")
        if muni in arch.en_in and "en" in arch.name:
            langs.append("en")
        return tuple(langs)
    if "sv" in ORGS[org].name and "sv" in arch.name:
        langs.append("sv")
    if "en" in arch.name:
        langs.append("en")
    return tuple(langs)


def resolve(token: str, muni: str | None, channel_keys: set[str]) -> list[str]:
    """Channel keys for a token ("{m}" = instance municipality, "*" = all, "?" = optional)."""
    optional = token.endswith("?")
    token = token.rstrip("?").replace("{m}", muni or "")
    if token == "libnet":
        return ["libnet:north" if muni in ("598", "599", "440", "893", "288") else "libnet:south"]
    if token.endswith(":*"):
        prefix = token[:-1]
        return sorted(k for k in channel_keys if k.startswith(prefix))
    if token in channel_keys:
        return [token]
    if optional:
        return []
    raise KeyError(f"unknown channel {token!r}")


def municipal(arch: Archetype, muni: str, channel_keys: set[str]) -> Instance:
    key = f"{arch.key}:{muni}"
    slot = pick(arch.slots, "slot", key) if arch.slots else None
    v = venue(muni, arch.venue) if arch.venue else None
    params = {**place_params(muni, v), **slot_params(slot), **_price(arch, key)}
    tokens = ([v.key] if v else []) + list(arch.channels)
    if arch.key == "library" and has_venue(muni, "library2"):
        tokens.append(f"{muni}:library2")
    channels = [c for t in tokens for c in resolve(t, muni, channel_keys)]
    return Instance(key, arch, muni, muni, _text_langs(arch, muni, muni), params, channels, slot)


def single(arch: Archetype, channel_keys: set[str]) -> Instance:
    org = "county" if arch.owner == "county" else arch.owner
    v = VENUES.get(arch.venue or "")
    params = {**(place_params(v.muni, v) if v else {}), **_price(arch, arch.key)}
    channels = [c for t in arch.channels for c in resolve(t, None, channel_keys)]
    return Instance(arch.key, arch, org, None, _text_langs(arch, None, org), params, channels)


def all_instances(channel_keys: set[str]) -> list[Instance]:
    """Every service instance of the demo region."""
    out: list[Instance] = []
    for arch in ARCHETYPES:
        if arch.owner == "municipal":
            missing = [m for m in arch.where if m not in ALL_CODES]
            if missing:
                raise ValueError(f"{arch.key}: unknown municipalities {missing}")
            out += [municipal(arch, m, channel_keys) for m in arch.where]
        else:
            out.append(single(arch, channel_keys))
    return out


def fill(texts: L, params: dict[str, str], langs: tuple[str, ...]) -> L:
    """Texts in the instance languages with placeholders filled."""
    return {k: v.format_map(params) for k, v in texts.items() if k in langs}
