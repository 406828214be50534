"""The explicit registry of data-quality rules: id, severity, item kinds, plain-language title and fix."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from .snapshot import Context, Item

SERVICE = ("service",)
CHANNELS = ("location", "phone", "webpage", "echannel", "form")
ITEM_KINDS = SERVICE + CHANNELS


class Severity(models.TextChoices):
    ERROR = "error", _("error")
    WARNING = "warning", _("warning")
    NOTICE = "notice", _("notice")


# Points an item loses per finding: an item starts at 100 and never drops below 0 (docs/quality.md).
WEIGHTS = {Severity.ERROR: 20, Severity.WARNING: 8, Severity.NOTICE: 2}
ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTICE: 2}

# A check returns nothing when the item is fine, else one short, language-neutral detail per problem
# (the offending value, a language code, a length), which pages show next to the rule's own text.
Check = Callable[["Item", "Context"], Iterable[str] | str | None]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    kinds: tuple[str, ...]
    title: Promise
    fix: Promise
    check: Check

    @property
    def weight(self) -> int:
        return WEIGHTS[self.severity]

    def details(self, item: Item, ctx: Context) -> list[str]:
        found = self.check(item, ctx)
        if found is None:
            return []
        return [found] if isinstance(found, str) else list(found)


RULES: dict[str, Rule] = {}


def rule(rule_id: str, *, severity: Severity, kinds: tuple[str, ...], title: Promise,
         fix: Promise) -> Callable[[Check], Check]:
    """Register a check under an id that stays stable: stored findings and trends refer to it."""

    def register(check: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"quality rule {rule_id!r} registered twice")
        unknown = set(kinds) - set(ITEM_KINDS)
        if unknown:
            raise ValueError(f"quality rule {rule_id!r}: unknown item kinds {sorted(unknown)}")
        RULES[rule_id] = Rule(rule_id, severity, kinds, title, fix, check)
        return check

    return register


def rules_all() -> list[Rule]:
    """Every rule, loaded on first use, most severe first."""
    from . import rules_items, rules_text  # noqa: F401  (registration happens on import)

    return sorted(RULES.values(), key=lambda r: (ORDER[r.severity], r.id))


def rule_get(rule_id: str) -> Rule | None:
    rules_all()
    return RULES.get(rule_id)


def item_score(severities: Iterable[str]) -> int:
    """100 minus the weights of the item's findings, never below 0."""
    return max(0, 100 - sum(WEIGHTS.get(Severity(s), 0) for s in severities))


def item_kind_label(kind: str) -> str:
    """The kind of an item as the PTV editor names it, in the active language."""
    labels = {
        "service": gettext("Service"), "location": gettext("Service location"), "phone": gettext("Phone channel"),
        "webpage": gettext("Web page"), "echannel": gettext("E-service"), "form": gettext("Printable form"),
    }
    return labels.get(kind, kind)
