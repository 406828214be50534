"""The minimum criteria, kept as data in data/criteria.json with fi/sv/en texts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tarjotin.core.text import pick_text

CRITERIA_FILE = Path(__file__).resolve().parent / "data" / "criteria.json"


@dataclass(frozen=True)
class Criterion:
    code: str
    text: dict[str, str]

    def text_in(self, lang: str) -> str:
        return pick_text(self.text, lang)


@cache
def _load() -> tuple[dict[str, str], tuple[Criterion, ...]]:
    data = json.loads(CRITERIA_FILE.read_text(encoding="utf-8"))
    return data.get("source", {}), tuple(Criterion(code=c["code"], text=c["text"]) for c in data["criteria"])


def criteria_list() -> tuple[Criterion, ...]:
    return _load()[1]


def criteria_codes() -> tuple[str, ...]:
    return tuple(c.code for c in criteria_list())


def criteria_source(lang: str) -> str:
    """Where the list comes from, in the page's language."""
    return pick_text(_load()[0], lang)
