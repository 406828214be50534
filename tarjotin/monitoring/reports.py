"""The report builders: each returns the tables of one report page for some trays and a period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from tarjotin.core.text import pick_text
from tarjotin.trays.models import Tray

from . import selectors
from .criteria import criteria_list
from .models import CriterionAnswer, RespondentGroup, Usefulness
from .tables import Column, Row, Table, share

OAB_CODES = ("OAB61", "OAB62", "OAB63", "OAB64")


def tray_label(tray: Tray, lang: str) -> str:
    return pick_text(tray.name, lang) or tray.slug


def _total_row(rows: list[Row]) -> Row:
    sums = tuple(sum(r.values[i] or 0 for r in rows) for i in range(len(rows[0].values)))
    return Row(_("Total"), sums, total=True)


def visits_tables(*, trays: Sequence[Tray], start: dt.date, end: dt.date, lang: str) -> list[Table]:
    by_tray = selectors.visits_by_tray(trays=trays, start=start, end=end)
    columns = [Column(_("Front-page visits"), kind="num"), Column(_("Page loads"), kind="num")]
    rows = [Row(tray_label(t, lang), (by_tray.get(t.pk, {}).get("front_page", 0),
                                      by_tray.get(t.pk, {}).get("page_loads", 0))) for t in trays]
    tables = []
    if len(rows) > 1:
        tables.append(Table("visits-by-tray", _("Visits by tray"), _("Tray"), columns,
                            [*rows, _total_row(rows)], chart_column=0))
    tables.append(_visits_over_time(trays=trays, start=start, end=end, columns=columns))
    return tables


def _visits_over_time(*, trays: Sequence[Tray], start: dt.date, end: dt.date, columns: list[Column]) -> Table:
    """By day for periods up to two months, by month for longer ones."""
    days = selectors.visits_by_day(trays=trays, start=start, end=end)
    monthly = (end - start).days > 62
    sums: dict[dt.date, list[int]] = {}
    for day, counts in days.items():
        key = day.replace(day=1) if monthly else day
        found = sums.setdefault(key, [0, 0])
        found[0] += counts["front_page"]
        found[1] += counts["page_loads"]
    fmt = "YEAR_MONTH_FORMAT" if monthly else "SHORT_DATE_FORMAT"
    rows = [Row(date_format(key, fmt), tuple(values)) for key, values in sorted(sums.items())]
    caption = _("Visits by month") if monthly else _("Visits by day")
    table = Table("visits-over-time", caption, _("Month") if monthly else _("Day"), list(columns), rows,
                  chart_column=0, note=_("Days without visits are left out.") if not monthly else "")
    if rows:
        table.rows.append(_total_row(rows))
    return table


QUESTIONS = {
    "respondent": (RespondentGroup, "respondent"),
    "usefulness": (Usefulness, "usefulness"),
}


def _question_caption(question: str, kind: str) -> str:
    if question == "respondent":
        return _("Respondents, national tray") if kind == Tray.Kind.NATIONAL else _("Respondents, regional trays")
    return (_("Usefulness of the information, national tray") if kind == Tray.Kind.NATIONAL
            else _("Usefulness of the information, regional trays"))


def feedback_tables(*, trays: Sequence[Tray], start: dt.date, end: dt.date, lang: str) -> list[Table]:
    """Per question and tray type (national, regional): the answers with n and % for each tray shown, and all
    the regional trays together when there are several; regional trays without answers are left out."""
    tables = []
    for question, (choices, _field) in QUESTIONS.items():
        counts = selectors.feedback_counts(trays=trays, start=start, end=end, question=question)
        for kind in (Tray.Kind.NATIONAL, Tray.Kind.REGIONAL):
            of_kind = [t for t in trays if t.kind == kind]
            if not of_kind:
                continue
            shown = of_kind if len(of_kind) == 1 else [t for t in of_kind if counts.get(t.pk)]
            groups = [(tray_label(t, lang), counts.get(t.pk, {})) for t in shown]
            if len(of_kind) > 1:
                summed: dict[str, int] = {}
                for tray in of_kind:
                    for answer, n in counts.get(tray.pk, {}).items():
                        summed[answer] = summed.get(answer, 0) + n
                groups.append((_("All regional trays"), summed))
            tables.append(_answers_table(f"{question}-{kind}", _question_caption(question, kind), choices, groups))
    return tables


def _answers_table(key: str, caption: str, choices, groups: list[tuple[str, dict[str, int]]]) -> Table:
    columns = [c for label, _counts in groups for c in (Column("n", label, "n"), Column("%", label, "pct"))]
    totals = [sum(counts.values()) for _label, counts in groups]
    rows = []
    for value, label in choices.choices:
        cells: list = []
        for (_label, counts), total in zip(groups, totals, strict=True):
            n = counts.get(value, 0)
            cells += [n, share(n, total)]
        rows.append(Row(str(label), tuple(cells)))
    rows.append(Row(_("Total"), tuple(v for total in totals for v in (total, 100.0 if total else None)),
                    total=True))
    return Table(key, caption, _("Answer"), columns, rows, sensitive=True, chart_column=len(columns) - 2)


def assessment_table(*, trays: Sequence[Tray], start: dt.date, end: dt.date, lang: str) -> Table | None:
    """Started and completed wellbeing self-assessments per tray; None when the survey app does not report yet."""
    rows = []
    for tray in trays:
        found = selectors.assessment_counts(tray=tray, start=start, end=end)
        if found is None:
            return None
        rows.append(Row(tray_label(tray, lang), (int(found.get("started", 0)), int(found.get("completed", 0)))))
    columns = [Column(_("Started"), kind="n"), Column(_("Completed"), kind="n")]
    if len(rows) > 1:
        rows.append(_total_row(rows))
    return Table("self-assessments", _("Wellbeing self-assessments"), _("Tray"), columns, rows, sensitive=True,
                 chart_column=1 if len(trays) > 1 else None)


def guidance_table(*, trays: Sequence[Tray], start: dt.date, end: dt.date, lang: str) -> Table | None:
    """Recorded client and service guidance by OAB code per tray; None when the guidance app does not report yet."""
    per_tray = []
    for tray in trays:
        found = selectors.guidance_counts(tray=tray, start=start, end=end)
        if found is None:
            return None
        per_tray.append((tray, found))
    codes = sorted(set(OAB_CODES) | {code for _tray, found in per_tray for code in found})
    rows = [Row(tray_label(tray, lang), tuple(int(found.get(code, 0)) for code in codes)) for tray, found in per_tray]
    if len(rows) > 1:
        rows.append(_total_row(rows))
    return Table("guidance", _("Client and service guidance by procedure code"), _("Tray"),
                 [Column(code, kind="n") for code in codes], rows, sensitive=True)


def demand_tables(*, trays: Sequence[Tray], start: dt.date, end: dt.date, limit: int = 50) -> list[Table]:
    language = Column(_("Language"), kind="text")
    top = selectors.demand_top(trays=trays, start=start, end=end, limit=limit)
    zero = selectors.demand_top(trays=trays, start=start, end=end, zero_only=True, limit=limit)
    return [
        Table("top-queries", _("Most searched"), _("Query"),
              [language, Column(_("Searches"), kind="n"), Column(_("Without results"), kind="n")],
              [Row(q["query"], (q["language"], q["searches"], q["zero_results"]), lang=q["language"]) for q in top],
              sensitive=True, chart_column=1),
        Table("zero-result-queries", _("Searches that found nothing"), _("Query"),
              [language, Column(_("Without results"), kind="n"), Column(_("Searches"), kind="n")],
              [Row(q["query"], (q["language"], q["zero_results"], q["searches"]), lang=q["language"]) for q in zero],
              sensitive=True, chart_column=1),
    ]


def _status_labels() -> list[tuple[str, str]]:
    return [(value, str(label)) for value, label in CriterionAnswer.Status.choices]


def criteria_summary_table(*, trays: Sequence[Tray], year: int, lang: str) -> Table:
    """How many trays meet each criterion: the national summary."""
    summary = selectors.criteria_summary(trays=trays, year=year)
    columns = [Column(label, kind="num") for _value, label in _status_labels()]
    columns.append(Column(_("Not answered"), kind="num"))
    rows = []
    for criterion in criteria_list():
        found = summary.get(criterion.code, {})
        counts = [found.get(value, 0) for value, _label in _status_labels()]
        rows.append(Row(criterion.text_in(lang), (*counts, len(trays) - sum(counts))))
    return Table("criteria-summary", _("Minimum criteria across the trays"), _("Criterion"), columns, rows)


def criteria_by_tray_table(*, trays: Sequence[Tray], year: int, lang: str) -> Table:
    answered = selectors.criteria_answered_by_tray(trays=trays, year=year)
    total = len(criteria_list())
    columns = [Column(label, kind="num") for _value, label in _status_labels()]
    columns.append(Column(_("Not answered"), kind="num"))
    rows = []
    for tray in trays:
        found = answered.get(tray.pk, {})
        counts = [found.get(value, 0) for value, _label in _status_labels()]
        rows.append(Row(tray_label(tray, lang), (*counts, total - sum(counts))))
    return Table("criteria-by-tray", _("Self-assessment by tray"), _("Tray"), columns, rows)


def criteria_tray_table(*, tray: Tray, year: int, lang: str) -> Table:
    answers = selectors.criteria_answers(tray=tray, year=year)
    rows = []
    for criterion in criteria_list():
        answer = answers.get(criterion.code)
        rows.append(Row(criterion.text_in(lang), (answer.get_status_display() if answer else _("Not answered"),
                                                  answer.note if answer else "")))
    return Table(f"criteria-{tray.slug}", _("Minimum criteria, %(tray)s") % {"tray": tray_label(tray, lang)},
                 _("Criterion"), [Column(_("Status"), kind="text"), Column(_("Note"), kind="text")], rows)
