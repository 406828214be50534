"""A report table, and what is made of it: a server-side bar chart and a CSV export with small cells hidden."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any

SMALL = 5  # counts of people below this are shown as "<5" in exports
SUPPRESSED = "<5"
HIDDEN = ".."  # a count hidden only because it would give a small one away, and the share of any hidden count


@dataclass(frozen=True)
class Column:
    label: str
    group: str = ""
    # "n": a count of people or their actions (suppressed in exports), "pct": the share of the "n" column
    # before it, "num": a count that says nothing about any one person, "text": words.
    kind: str = "n"


@dataclass(frozen=True)
class Row:
    label: str
    values: tuple[Any, ...]
    total: bool = False
    lang: str = ""  # the label's language where it is not the page's (a search query)


@dataclass
class Table:
    key: str  # unique on its page; the export's file name
    caption: str
    row_header: str
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)
    sensitive: bool = False  # counts of people: exports hide small cells
    chart_column: int | None = None  # the column the bar chart draws, rows other than totals
    note: str = ""

    @property
    def groups(self) -> list[tuple[str, int]]:
        """Column groups as (label, span) for a two-row header; [] when no column has a group."""
        if not any(c.group for c in self.columns):
            return []
        spans: list[tuple[str, int]] = []
        for column in self.columns:
            if spans and spans[-1][0] == column.group:
                spans[-1] = (column.group, spans[-1][1] + 1)
            else:
                spans.append((column.group, 1))
        return spans

    @property
    def body_rows(self) -> list[Row]:
        return [r for r in self.rows if not r.total]

    @property
    def is_empty(self) -> bool:
        return not self.rows


def share(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


# --- chart -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Bar:
    label: str
    value: Any
    y: int  # top of the bar
    width: float
    label_y: int


@dataclass(frozen=True)
class Chart:
    title: str
    bars: tuple[Bar, ...]
    width: int
    height: int
    bar_x: int
    bar_height: int
    max_width: int

    @property
    def description(self) -> str:
        return "; ".join(f"{b.label}: {b.value}" for b in self.bars)


CHART_WIDTH = 640
BAR_HEIGHT = 20


def bar_chart(table: Table) -> Chart | None:
    """Horizontal bars of the chart column; labels beside the bars when they are short, above them if not."""
    if table.chart_column is None or not table.body_rows:
        return None
    values = [r.values[table.chart_column] or 0 for r in table.body_rows]
    top = max(values) if values else 0
    if top <= 0:
        return None
    longest = max(len(r.label) for r in table.body_rows)
    beside = longest <= 18
    bar_x = 8 * longest + 12 if beside else 0
    max_width = CHART_WIDTH - bar_x - 70  # room for the value after the bar
    step = BAR_HEIGHT + (10 if beside else 30)
    bars = []
    for index, (row, value) in enumerate(zip(table.body_rows, values, strict=True)):
        y = index * step + (0 if beside else 22)
        bars.append(Bar(label=row.label, value=row.values[table.chart_column], y=y,
                        width=round(max(value / top * max_width, 1 if value else 0), 1),
                        label_y=y + 15 if beside else y - 6))
    return Chart(title=table.caption, bars=tuple(bars), width=CHART_WIDTH, height=len(bars) * step,
                 bar_x=bar_x, bar_height=BAR_HEIGHT, max_width=max_width)


# --- export ----------------------------------------------------------------------------------------------

def _hidden_cells(table: Table) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """(row, column) of the counts to hide: the small ones; and, where a column would then have only one small
    count hidden beside a shown total (which would give it away), the next smallest one too."""
    small: set[tuple[int, int]] = set()
    secondary: set[tuple[int, int]] = set()
    if not table.sensitive:
        return small, secondary
    has_total = any(row.total for row in table.rows)
    for col, column in enumerate(table.columns):
        if column.kind != "n":
            continue
        cells = [(i, row.values[col]) for i, row in enumerate(table.rows) if isinstance(row.values[col], int)]
        found = {i for i, v in cells if 0 < v < SMALL}
        small |= {(i, col) for i in found}
        body_small = [i for i in found if not table.rows[i].total]
        total_shown = has_total and not any(table.rows[i].total for i in found)
        if len(body_small) == 1 and total_shown:
            others = sorted((v, i) for i, v in cells if i not in found and v > 0 and not table.rows[i].total)
            secondary |= {(others[0][1], col)} if others else set()
    return small, secondary


def _safe_text(value: str) -> str:
    """Spreadsheets run a cell that starts with = + - @ as a formula; a leading apostrophe keeps it text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    return _safe_text(str(value))


def table_csv(table: Table) -> str:
    """The table as CSV (comma, UTF-8, dot as the decimal mark) with small counts of people hidden."""
    small, secondary = _hidden_cells(table)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_safe_text(table.row_header)]
                    + [_safe_text(f"{c.group} {c.label}".strip()) for c in table.columns])
    for i, row in enumerate(table.rows):
        cells = [_safe_text(row.label)]
        for col, value in enumerate(row.values):
            if (i, col) in small:
                cells.append(SUPPRESSED)
            elif (i, col) in secondary or (table.columns[col].kind == "pct" and col > 0
                                           and {(i, col - 1)} & (small | secondary)):
                cells.append(HIDDEN)
            else:
                cells.append(_cell(value))
        writer.writerow(cells)
    return out.getvalue()
