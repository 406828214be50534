"""Guidance statistics: events by code, unit, month and theme; small cells suppressed in exports."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count

from tarjotin.core.text import pick_text
from tarjotin.trays.models import Tray

from .codes import oab_code_list
from .models import GuidanceEvent, Unit

SMALLEST_SHOWN = 5  # counts 1–4 could point at a person in a small unit; zero reveals no one
SUPPRESSED = "<5"


@dataclass
class Statistics:
    start: date
    end: date
    total: int = 0
    by_code: dict[str, int] = field(default_factory=dict)
    by_unit: dict[str, int] = field(default_factory=dict)  # unit name (or "") → count
    by_month: dict[str, dict[str, int]] = field(default_factory=dict)  # "2025-09" → {code: count}
    by_theme: dict[str, int] = field(default_factory=dict)  # theme slug → events with it

    def month_totals(self) -> dict[str, int]:
        return {month: sum(codes.values()) for month, codes in self.by_month.items()}


def _events(tray: Tray | None, start: date, end: date):
    found = GuidanceEvent.objects.filter(date__gte=start, date__lte=end)
    return found.filter(tray=tray) if tray is not None else found


def guidance_statistics(*, tray: Tray | None, start: date, end: date, lang: str = "fi") -> Statistics:
    """For one tray, or every tray when `tray` is None; dates inclusive."""
    events = _events(tray, start, end)
    codes = oab_code_list()
    counted = dict(events.values_list("code").annotate(n=Count("pk")).values_list("code", "n"))
    stats = Statistics(start=start, end=end, by_code={c: counted.get(c, 0) for c in codes})
    stats.total = sum(stats.by_code.values())
    units = {u.pk: pick_text(u.name, lang) or u.code for u in Unit.objects.filter(
        pk__in=events.exclude(unit=None).values("unit"))}
    for unit_id, n in events.values_list("unit").annotate(n=Count("pk")).values_list("unit", "n"):
        label = units.get(unit_id, "")
        stats.by_unit[label] = stats.by_unit.get(label, 0) + n
    months: dict[str, Counter] = {}
    themes: Counter = Counter()
    for day, code, slugs in events.values_list("date", "code", "themes").iterator():
        months.setdefault(f"{day:%Y-%m}", Counter())[code] += 1
        themes.update(set(slugs or []))
    stats.by_month = {m: {c: months[m].get(c, 0) for c in codes} for m in sorted(months)}
    stats.by_theme = dict(sorted(themes.items(), key=lambda kv: (-kv[1], kv[0])))
    stats.by_unit = dict(sorted(stats.by_unit.items(), key=lambda kv: (-kv[1], kv[0])))
    return stats


def suppress(cells: dict[str, int]) -> dict[str, str]:
    """Counts 1–4 become "<5". Where exactly one cell went and the group's total is published, the next
    smallest goes too, or the total minus the others would give it back."""
    shown = {k: (SUPPRESSED if 0 < v < SMALLEST_SHOWN else str(v)) for k, v in cells.items()}
    hidden = [k for k, v in shown.items() if v == SUPPRESSED]
    if len(hidden) == 1:
        others = sorted((v, k) for k, v in cells.items() if v >= SMALLEST_SHOWN)
        if others:
            shown[others[0][1]] = SUPPRESSED
    return shown


def _total(n: int) -> str:
    return SUPPRESSED if 0 < n < SMALLEST_SHOWN else str(n)


def statistics_rows(stats: Statistics, *, theme_names: dict[str, str] | None = None) -> list[list[str]]:
    """The export: [dimension, value, code, count] rows, every published count suppressed below five."""
    names = theme_names or {}
    rows = [["dimension", "value", "code", "count"], ["total", "all", "all", _total(stats.total)]]
    rows += [["code", code, code, n] for code, n in suppress(stats.by_code).items()]
    rows += [["unit", unit or "-", "all", n] for unit, n in suppress(stats.by_unit).items()]
    rows += [["month", month, "all", n] for month, n in suppress(stats.month_totals()).items()]
    for month, codes in stats.by_month.items():
        rows += [["month_code", month, code, n] for code, n in suppress(codes).items()]
    rows += [["theme", names.get(slug, slug), "all", n] for slug, n in suppress(stats.by_theme).items()]
    return rows
