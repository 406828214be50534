"""The committed translations are compiled from the current .po files and cover every message."""

from __future__ import annotations

import gettext
import shutil
import subprocess
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tarjotin"
# The project's catalogue and each app's own (apps keep the messages of their pages with them).
CATALOGUES = sorted(PACKAGE.glob("**/locale/*/LC_MESSAGES/django.po"))


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_mo_matches_po_and_nothing_is_untranslated(po, tmp_path):
    text = po.read_text(encoding="utf-8")
    assert "#, fuzzy" not in text.split("\n\n", 1)[1], "fuzzy translations left in " + str(po)
    if not shutil.which("msgfmt"):
        pytest.skip("msgfmt (gettext) not installed")
    subprocess.run(["msgfmt", "--check-format", "--statistics", "-o", str(tmp_path / "x.mo"), str(po)],
                   check=True, capture_output=True)
    fresh = gettext.GNUTranslations((tmp_path / "x.mo").open("rb"))._catalog
    committed = gettext.GNUTranslations((po.with_suffix(".mo")).open("rb"))._catalog
    assert committed == fresh, "run `make messages` and commit the .mo file"
    untranslated = [k for k, v in fresh.items() if k and not v]
    assert not untranslated
