"""Hostile descriptions imported through the real PTV importer and rendered in Chromium: nothing runs."""

from __future__ import annotations

import pytest

from tools.evidence import hostile
from tools.evidence.server import environment, prepare, serving

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def results(tmp_path_factory, chromium):
    root = tmp_path_factory.mktemp("hostile")
    chosen = hostile.write_corpus(root / "ptv")
    env = environment(root / "var")
    prepare(env, ptv_files=root / "ptv")
    pks = hostile.service_pks(env, list(chosen.values()))
    assert len(pks) == len(hostile.CORPUS)  # every hostile record made it through the importer
    with serving(env) as base:
        yield hostile.check(chromium, hostile.pages_to_check(base, pks))


def test_no_hostile_content_runs_even_without_the_csp(results):
    assert len(results) > 30
    assert [r["url"] for r in results if r["ran"]] == []


def test_no_javascript_or_data_links_and_no_inline_scripts(results):
    assert [r["url"] for r in results if r["javascript_links"] or r["scripts"]] == []


def test_every_page_still_renders(results):
    assert [r["url"] for r in results if r["status"] != 200 or not r["renders"]] == []
