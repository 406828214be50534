"""The OAB61–OAB64 guidance codes, read from data/oab_codes.json (official Finnish names, sv/en translations)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tarjotin.core.text import pick_text

DATA = Path(__file__).resolve().parent / "data" / "oab_codes.json"


@dataclass(frozen=True)
class OabCode:
    code: str
    name: dict[str, str]
    description: dict[str, str]

    def name_in(self, lang: str) -> str:
        return pick_text(self.name, lang)

    def description_in(self, lang: str) -> str:
        return pick_text(self.description, lang)

    def is_translation(self, lang: str) -> bool:
        """Only the Finnish names are official; a page marks the others as translations."""
        return lang != OFFICIAL_LANGUAGE


OFFICIAL_LANGUAGE = "fi"


@cache
def oab_codes() -> tuple[OabCode, ...]:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return tuple(OabCode(c["code"], dict(c["name"]), dict(c["description"])) for c in raw["codes"])


def oab_code_list() -> list[str]:
    return [c.code for c in oab_codes()]


def oab_code_get(code: str) -> OabCode | None:
    return next((c for c in oab_codes() if c.code == code), None)


# Model choices: the code itself; names are shown from the data in the page's language.
CODE_CHOICES = [(c, c) for c in ("OAB61", "OAB62", "OAB63", "OAB64")]
REFERRAL_CODE = "OAB63"
