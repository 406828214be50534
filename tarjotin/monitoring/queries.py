"""Search queries as the demand log keeps them: normalised, capped, and never anything that looks personal."""

from __future__ import annotations

import re

MAX_QUERY = 100
# A Finnish personal identity code: birth date, century sign (+, -, A–F, U–Y), individual number, check mark.
_IDENTITY_CODE = re.compile(r"\b\d{6}[-+a-fu-y]\d{3}[0-9a-fhjkmnpr-y]\b", re.IGNORECASE)
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
# Seven or more digits in a row, allowing the spaces, hyphens, dots and brackets people write numbers with.
_DIGIT_RUN = re.compile(r"\+?\d[\d\s().-]{5,}\d")
_SPACE = re.compile(r"\s+")


def looks_personal(text: str) -> bool:
    """A personal identity code, an e-mail address or a phone number (or any other long number)."""
    if _IDENTITY_CODE.search(text) or _EMAIL.search(text):
        return True
    return any(sum(ch.isdigit() for ch in run) >= 7 for run in _DIGIT_RUN.findall(text))


def query_normalise(query: str) -> str:
    """Lower case, whitespace collapsed and trimmed, cut at MAX_QUERY characters on a word boundary;
    "" for a query that is empty or looks like personal data, which the log then leaves out."""
    text = _SPACE.sub(" ", (query or "").replace("\x00", "")).strip().lower()
    if not text or looks_personal(text):
        return ""
    if len(text) > MAX_QUERY:
        cut = text[:MAX_QUERY]
        text = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return text
