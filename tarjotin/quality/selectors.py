"""Reads of quality runs for pages and exports: area and organisation scores, fix lists, trends."""

from __future__ import annotations

from dataclasses import dataclass, field

from tarjotin.core.text import pick_text

from .links import ptv_edit_url, suomifi_url
from .models import AreaScore, Finding, OrganizationScore, QualityRun
from .registry import ORDER, Rule, Severity, item_kind_label, item_score, rule_get

TREND_RUNS = 12
# What the organisation table can be sorted by, as ?sort=… (a leading "-" reverses).
SORTS = {"name": None, "score": "score", "items": "items", "errors": "errors", "warnings": "warnings",
         "notices": "notices"}
DEFAULT_SORT = "score"  # the organisations with most to fix first


def run_latest() -> QualityRun | None:
    return QualityRun.objects.first()


def area_score(run: QualityRun, county: str) -> AreaScore | None:
    return AreaScore.objects.filter(run=run, county=county).first()


def area_trend(county: str, limit: int = TREND_RUNS) -> list[AreaScore]:
    """The area's figures of the latest runs, newest first."""
    return list(AreaScore.objects.filter(county=county).select_related("run")
                .order_by("-run__started_at", "-run_id")[:limit])


def sort_key(value: str) -> str:
    """A known sort (optionally reversed), else the default: bad input never breaks the page."""
    return value if value.lstrip("-") in SORTS else DEFAULT_SORT


def organizations_in_area(run: QualityRun, county: str, *, sort: str = DEFAULT_SORT,
                          lang: str = "fi") -> list[OrganizationScore]:
    """The organisations with items in the county ("" for all), in the order asked; names break ties."""
    rows = [o for o in OrganizationScore.objects.filter(run=run) if not county or county in o.counties]
    key = sort_key(sort)
    field_name = SORTS[key.lstrip("-")]

    def name(o: OrganizationScore) -> str:
        return pick_text(o.name, lang).casefold()

    rows.sort(key=name)
    if field_name:
        rows.sort(key=lambda o: getattr(o, field_name), reverse=key.startswith("-"))
    elif key.startswith("-"):
        rows.reverse()
    return rows


def organization_score(run: QualityRun, origin_id: str) -> OrganizationScore | None:
    return OrganizationScore.objects.filter(run=run, origin_id=origin_id).first()


def organization_trend(origin_id: str, limit: int = TREND_RUNS) -> list[OrganizationScore]:
    return list(OrganizationScore.objects.filter(origin_id=origin_id).select_related("run")
                .order_by("-run__started_at", "-run_id")[:limit])


@dataclass
class Problem:
    rule: Rule
    detail: str

    @property
    def severity(self) -> str:
        return self.rule.severity


@dataclass
class ItemFixes:
    """One item of the fix list with its problems, most severe first."""

    kind: str
    item_id: int
    origin_id: str
    name: dict
    problems: list[Problem] = field(default_factory=list)

    @property
    def score(self) -> int:
        return item_score(p.severity for p in self.problems)

    @property
    def kind_label(self) -> str:
        return item_kind_label(self.kind)

    @property
    def edit_url(self) -> str:
        return ptv_edit_url(self.kind, self.origin_id)

    @property
    def public_url(self) -> str:
        return suomifi_url(self.kind, self.origin_id, pick_text(self.name, "fi"))


def organization_fixes(run: QualityRun, origin_id: str) -> list[ItemFixes]:
    """The fix list: items with the most to fix first, each with its problems and where to fix them."""
    items: dict[tuple[str, int], ItemFixes] = {}
    for f in Finding.objects.filter(run=run, organization_origin_id=origin_id).order_by("pk"):
        found = rule_get(f.rule)
        if found is None:  # a rule since removed: its old findings no longer say what to do
            continue
        key = (f.item_kind, f.item_id)
        entry = items.setdefault(key, ItemFixes(f.item_kind, f.item_id, f.origin_id, f.item_name))
        entry.problems.append(Problem(found, f.detail))
    for entry in items.values():
        entry.problems.sort(key=lambda p: (ORDER[Severity(p.severity)], p.rule.id))
    return sorted(items.values(), key=lambda i: (i.score, pick_text(i.name, "fi").casefold(), i.item_id))
