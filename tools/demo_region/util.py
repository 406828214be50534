"""Small deterministic helpers: ids, hash-based choices, dates, localised lists."""
from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TypeVar

T = TypeVar("T")
L = dict[str, str]  # language code -> text

NAMESPACE = uuid.UUID("6f1d2c52-9a57-4a53-9f43-5c0d1a7e0b17")
REFERENCE_NOW = datetime(2026, 11, 20, 9, 0, 0)
LANG_ORDER = ("fi", "sv", "en", "se", "smn", "sms")


def uid(*parts: str) -> str:
    """Deterministic UUID (v5) for a key."""
    return str(uuid.uuid5(NAMESPACE, ":".join(parts)))


def h(*parts: str) -> int:
    """Stable non-negative hash of the parts."""
    digest = hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()
    return int(digest[:12], 16)


def pick(options: Sequence[T], *parts: str) -> T:
    """Deterministically pick one option for a key."""
    return options[h(*parts) % len(options)]


def offset(span: int, *parts: str) -> int:
    """Deterministic integer in [-span, span]."""
    return h(*parts) % (2 * span + 1) - span


def stamp(days_ago: int, *parts: str) -> str:
    """An ISO timestamp without offset, `days_ago` before the reference date."""
    seconds = h("sec", *parts) % 28800
    micro = h("us", *parts) % 1_000_000
    moment = REFERENCE_NOW - timedelta(days=days_ago, seconds=seconds)
    return moment.replace(microsecond=micro).isoformat()


def recent_stamp(*parts: str) -> str:
    """A modification time within the last ~11 months."""
    return stamp(3 + h("days", *parts) % 320, *parts)


def old_stamp(*parts: str) -> str:
    """A modification time 13–30 months ago."""
    return stamp(400 + h("old", *parts) % 500, *parts)


def ordered(texts: L) -> list[tuple[str, str]]:
    """Language/text pairs in a stable language order."""
    keys = sorted(texts, key=lambda k: LANG_ORDER.index(k) if k in LANG_ORDER else 99)
    return [(k, texts[k]) for k in keys]


def localized(texts: L, type_: str) -> list[dict]:
    """`VmOpenApiLocalizedListItem` rows for one text type."""
    return [{"language": k, "value": v, "type": type_} for k, v in ordered(texts)]


def lang_items(texts: L, value_first: bool = True) -> list[dict]:
    """`VmOpenApiLanguageItem` rows (`{value, language}`)."""
    if value_first:
        return [{"value": v, "language": k} for k, v in ordered(texts)]
    return [{"language": k, "value": v} for k, v in ordered(texts)]


def finto_names(fi: str, sv: str, en: str) -> list[dict]:
    """Embedded classification names in the order PTV emits them (sv, en, fi)."""
    return [{"value": sv, "language": "sv"}, {"value": en, "language": "en"},
            {"value": fi, "language": "fi"}]


def business_code(seed: str) -> str:
    """A fictional Y-tunnus in the unassigned 9xxxxxx range with a valid check digit."""
    n = h("ytunnus", seed)
    while True:
        digits = "9" + f"{n % 1_000_000:06d}"
        total = sum(int(d) * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True))
        rem = total % 11
        if rem != 1:
            return f"{digits}-{0 if rem == 0 else 11 - rem}"
        n += 7
