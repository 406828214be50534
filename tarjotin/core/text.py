"""Translated text: values stored as {language: text} and read with a fallback chain."""

from __future__ import annotations

from dataclasses import dataclass

CONTENT_LANGUAGES = ("fi", "sv", "en", "se", "smn", "sms")
UI_LANGUAGES = ("fi", "sv", "en")
FALLBACK = ("fi", "sv", "en")


@dataclass(frozen=True)
class Localised:
    """A text in the language it was found in; `fallback` is true when that is not the one asked."""

    text: str
    lang: str
    fallback: bool

    def __str__(self) -> str:
        return self.text


def pick(values: dict[str, str] | None, lang: str) -> Localised | None:
    """The text in `lang`, else the first of fi → sv → en that exists, else None."""
    if not values:
        return None
    if values.get(lang):
        return Localised(values[lang], lang, False)
    for other in FALLBACK:
        if values.get(other):
            return Localised(values[other], other, True)
    for other, text in sorted(values.items()):
        if text:
            return Localised(text, other, True)
    return None


def pick_text(values: dict[str, str] | None, lang: str) -> str:
    found = pick(values, lang)
    return found.text if found else ""
