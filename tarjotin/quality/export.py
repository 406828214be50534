"""The fix list as CSV, in the reader's language, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

from django.utils.translation import gettext as _

from tarjotin.core.text import pick_text

from .registry import item_kind_label
from .selectors import ItemFixes


def _safe(value: object) -> str:
    """Spreadsheets run a cell that starts with = + - @ as a formula; a leading apostrophe keeps it text."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def fixlist_csv(items: list[ItemFixes], *, organization: str, lang: str) -> str:
    """One row per problem (comma separated, UTF-8): what is wrong, how to fix it and where."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_("Organisation"), _("Item type"), _("Item"), _("PTV id"), _("Severity"), _("Rule"),
                     _("Problem"), _("Detail"), _("How to fix"), _("Edit in PTV")])
    for item in items:
        for problem in item.problems:
            writer.writerow([_safe(v) for v in (
                organization, item_kind_label(item.kind), pick_text(item.name, lang), item.origin_id,
                problem.rule.severity.label, problem.rule.id, problem.rule.title, problem.detail,
                problem.rule.fix, item.edit_url)])
    return out.getvalue()

