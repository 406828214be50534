"""The trays app's own translations (tarjotin/trays/locale) are compiled and complete, like the project's."""

from __future__ import annotations

import gettext
import shutil
import subprocess
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parents[2] / "tarjotin" / "trays" / "locale"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_mo_matches_po_and_nothing_is_untranslated(lang, tmp_path):
    po = LOCALE / lang / "LC_MESSAGES" / "django.po"
    assert "#, fuzzy" not in po.read_text(encoding="utf-8")
    if not shutil.which("msgfmt"):
        pytest.skip("msgfmt (gettext) not installed")
    subprocess.run(["msgfmt", "--check-format", "-o", str(tmp_path / "x.mo"), str(po)], check=True,
                   capture_output=True)
    fresh = gettext.GNUTranslations((tmp_path / "x.mo").open("rb"))._catalog
    committed = gettext.GNUTranslations(po.with_suffix(".mo").open("rb"))._catalog
    assert committed == fresh, "run `make messages` and commit the .mo file"
    assert not [k for k, v in fresh.items() if k and not v]
