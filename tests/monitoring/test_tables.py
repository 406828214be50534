"""Report tables made into CSV (small cells hidden, formulas defused) and into bar charts."""

from __future__ import annotations

import csv
import io

from tarjotin.monitoring.tables import Column, Row, Table, bar_chart, share, table_csv


def _csv(table: Table) -> list[list[str]]:
    return list(csv.reader(io.StringIO(table_csv(table))))


def _answers(values: list[int], *, sensitive: bool = True) -> Table:
    total = sum(values)
    rows = [Row(f"option {i}", (v, share(v, total))) for i, v in enumerate(values)]
    return Table("t", "Caption", "Answer", [Column("n", "Tray"), Column("%", "Tray", "pct")],
                 [*rows, Row("Total", (total, 100.0), total=True)], sensitive=sensitive, chart_column=0)


def test_small_counts_and_their_shares_are_hidden_zeros_are_not():
    rows = _csv(_answers([12, 3, 0, 2, 20]))
    assert rows[0] == ["Answer", "Tray n", "Tray %"]
    assert [r[1:] for r in rows[1:]] == [["12", "32.4"], ["<5", ".."], ["0", "0.0"], ["<5", ".."], ["20", "54.1"],
                                         ["37", "100.0"]]


def test_one_small_count_beside_a_shown_total_takes_the_next_smallest_with_it():
    rows = _csv(_answers([12, 3, 20]))
    assert [r[1] for r in rows[1:]] == ["..", "<5", "20", "35"]


def test_a_small_total_is_hidden_too_and_then_nothing_more_is_needed():
    rows = _csv(_answers([3, 1, 0]))
    assert [r[1] for r in rows[1:]] == ["<5", "<5", "0", "<5"]


def test_tables_about_no_one_are_exported_as_they_are():
    rows = _csv(_answers([12, 3, 20], sensitive=False))
    assert [r[1] for r in rows[1:]] == ["12", "3", "20", "35"]


def test_text_that_a_spreadsheet_would_run_is_kept_as_text():
    table = Table("q", "Queries", "Query", [Column("Searches", kind="num")],
                  [Row("=HYPERLINK(\"http://evil.example\")", (7,)), Row("+358", (5,)), Row("-hoito", (6,)),
                   Row("@kela", (8,)), Row("uimahalli", (9,))])
    labels = [r[0] for r in _csv(table)[1:]]
    assert labels == ["'=HYPERLINK(\"http://evil.example\")", "'+358", "'-hoito", "'@kela", "uimahalli"]


def test_bar_chart_scales_bars_to_the_largest_and_leaves_totals_out():
    chart = bar_chart(_answers([10, 5, 0, 20]))
    assert [b.value for b in chart.bars] == [10, 5, 0, 20]
    widths = [b.width for b in chart.bars]
    assert widths[3] == chart.max_width and widths[0] == chart.max_width / 2 and widths[2] == 0
    assert chart.description == "option 0: 10; option 1: 5; option 2: 0; option 3: 20"
    assert chart.height > 0 and all(0 <= b.y < chart.height for b in chart.bars)


def test_no_chart_for_nothing_to_draw():
    assert bar_chart(_answers([0, 0])) is None
    empty = Table("e", "Empty", "x", [Column("n")], [], chart_column=0)
    assert bar_chart(empty) is None


def test_long_labels_go_above_the_bars():
    table = Table("l", "Long", "x", [Column("n")], [Row("Järjestön tai yhdistyksen edustaja", (4,)),
                                                   Row("Muu", (2,))], chart_column=0)
    chart = bar_chart(table)
    assert chart.bar_x == 0 and all(b.label_y < b.y for b in chart.bars)
