"""Finds personal data in a referral's note: Finnish personal identity codes, phone numbers, e-mail addresses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# Century signs: + 1800s; - and the newer Y X W V U 1900s; A and the newer B C D E F 2000s (from 2023).
CENTURIES = {"+": 1800, **dict.fromkeys("-YXWVU", 1900), **dict.fromkeys("ABCDEF", 2000)}
CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU = re.compile(r"(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})([-+A-FU-Ya-fu-y])(\d{3})([0-9A-Ya-y])(?![0-9A-Za-z])")
# A Finnish number starts with 0 (040…, 06…, 09…); an international one with + or 00.
PHONE = re.compile(r"(?<![\w+])(?:\+|00|0)\d[\d\s\-()/]{5,20}\d(?![\w@])")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
PHONE_DIGITS = (7, 15)


@dataclass(frozen=True)
class Finding:
    kind: str  # "identity_code" | "phone" | "email"
    start: int
    end: int


def hetu_valid(text: str) -> bool:
    """A whole personal identity code with a real date and the right check character."""
    match = HETU.fullmatch(text.strip())
    return bool(match) and _hetu_match_valid(match)


def _hetu_match_valid(match: re.Match) -> bool:
    day, month, year, sign, individual, check = match.groups()
    try:
        date(CENTURIES[sign.upper()] + int(year), int(month), int(day))
    except ValueError:
        return False
    if individual in ("000", "001"):  # never given
        return False
    return CHECK_CHARS[int(day + month + year + individual) % 31] == check.upper()


def personal_data_find(text: str) -> list[Finding]:
    """Every identity code, phone number and e-mail address in `text`, in order; the spans never overlap."""
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for match in EMAIL.finditer(text):
        found.append(Finding("email", match.start(), match.end()))
        taken.append(match.span())
    for match in HETU.finditer(text):
        if _hetu_match_valid(match) and free(*match.span()):
            found.append(Finding("identity_code", match.start(), match.end()))
            taken.append(match.span())
    for match in PHONE.finditer(text):
        digits = sum(ch.isdigit() for ch in match.group())
        if PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1] and free(*match.span()):
            found.append(Finding("phone", match.start(), match.end()))
            taken.append(match.span())
    return sorted(found, key=lambda f: f.start)


def personal_data_kinds(text: str) -> list[str]:
    """The kinds found, each once, in a fixed order."""
    kinds = {f.kind for f in personal_data_find(text)}
    return [k for k in ("identity_code", "phone", "email") if k in kinds]
