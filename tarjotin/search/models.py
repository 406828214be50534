"""Synonyms a tray admin can edit: query-time expansions, so a change needs no index rebuild."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import models

LANGUAGE_CHOICES = [("fi", "suomi"), ("sv", "svenska"), ("en", "English")]
LANGUAGES = tuple(code for code, _label in LANGUAGE_CHOICES)
# "sv:äldre" names a term in another language than the row's.
_PREFIXED = re.compile(r"^(fi|sv|en):\s*(.+)$")
MAX_TERM = 100


def expansion_terms(text: str, lang: str) -> list[tuple[str, str]]:
    """(language, term) pairs of an `expands_to` text: one term a line or comma-separated."""
    found: list[tuple[str, str]] = []
    for piece in re.split(r"[,\n;]", text or ""):
        piece = piece.strip()
        if not piece:
            continue
        match = _PREFIXED.match(piece)
        found.append((match.group(1), match.group(2).strip()) if match else (lang, piece))
    return [(lang_, term[:MAX_TERM]) for lang_, term in dict.fromkeys(found) if term]


class Synonym(models.Model):
    """One group of equivalent terms (`one_way` off) or one expansion `term` → `expands_to` (on)."""

    term = models.CharField(max_length=MAX_TERM, help_text="A base form, e.g. vanhus or ikäihminen.")
    language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES, default="fi")
    expands_to = models.TextField(
        help_text="One term a line (or comma-separated). Prefix another language's term: sv:äldre, en:elderly.")
    one_way = models.BooleanField(
        default=False,
        help_text="On: searching the term also finds these, not the other way round (masennus → mielenterveys). "
                  "Off: all the terms mean the same.")
    active = models.BooleanField(default=True)
    note = models.CharField(max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)  # with the row count, tells search its cache is stale

    class Meta:
        ordering = ["language", "term"]
        constraints = [
            models.UniqueConstraint(fields=["language", "term", "one_way"], name="synonym_language_term_way"),
        ]

    def __str__(self) -> str:
        arrow = "→" if self.one_way else "~"
        return f"{self.term} {arrow} {', '.join(t for _l, t in self.targets())}"

    def targets(self) -> list[tuple[str, str]]:
        return expansion_terms(self.expands_to, self.language)

    def clean(self) -> None:
        self.term = (self.term or "").strip()
        if not self.term:
            raise ValidationError({"term": "A term is needed."})
        if not self.targets():
            raise ValidationError({"expands_to": "Name at least one term."})
