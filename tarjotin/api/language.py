"""A language segment inside /api/ (fi/, sv/, en/) that the language menu can translate between."""

from __future__ import annotations

import re

from django.utils.translation import get_language

from tarjotin.core.text import UI_LANGUAGES


class LanguageSegment:
    """Matches any interface language; reverse() (and so the menu's translate_url) gives the active one's.
    Django's i18n_patterns() belongs to the root URLconf only and matches only the active language, so this
    is a URL pattern of the same shape as its LocalePrefixPattern."""

    converters: dict = {}

    @property
    def language_prefix(self) -> str:
        code = (get_language() or "fi")[:2]
        return f"{code if code in UI_LANGUAGES else 'fi'}/"

    @property
    def regex(self) -> re.Pattern:
        # Only reverse() reads this; URLResolver caches what it builds per active language.
        return re.compile(re.escape(self.language_prefix))

    def match(self, path: str):
        for code in UI_LANGUAGES:
            if path.startswith(f"{code}/"):
                return path[len(code) + 1:], (), {}
        return None

    def check(self) -> list:
        return []

    def describe(self) -> str:
        return f"'{self}'"

    def __str__(self) -> str:
        return self.language_prefix


def language_of(path: str) -> str:
    """The language segment of an /api/<lang>/ path."""
    parts = path.strip("/").split("/")
    return parts[1] if len(parts) > 1 and parts[1] in UI_LANGUAGES else "fi"
