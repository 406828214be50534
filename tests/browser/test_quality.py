"""The data-quality pages in a real browser: no axe-core violations in fi, sv and en, and right `<html lang>`."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser
LANGS = ("fi", "sv", "en")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def _violations(page, axe_source: str) -> list[str]:
    page.evaluate(axe_source)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]]


@pytest.fixture(scope="module")
def organization_path(live_tray, chromium) -> str:
    """The fix list of the organisation with most to fix, found from the overview as a person would."""
    context = chromium.new_context()
    page = context.new_page()
    page.goto(f"{live_tray}/fi/laatu/")
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    context.close()
    found = [h for h in hrefs if re.fullmatch(r"/fi/laatu/organisaatiot/[\w-]+/", h)]
    # The import on the live server ran the check through its hook; without it there is nothing to follow.
    assert found, "no organisation on the quality overview: did the check run after the import?"
    return found[0].removeprefix("/fi")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["overview", "overview-sorted", "organization", "rules"])
def test_quality_pages_have_no_axe_violations(page, live_tray, organization_path, axe_source, kind, lang):
    path = {"overview": "/laatu/", "overview-sorted": "/laatu/?sort=-errors", "organization": organization_path,
            "rules": "/laatu/saannot/"}[kind]
    response = page.goto(f"{live_tray}/{lang}{path}")
    assert response.status == 200
    assert page.get_attribute("html", "lang") == lang
    assert _violations(page, axe_source) == []


def test_fix_list_links_to_the_ptv_editor_and_downloads_as_csv(page, live_tray, organization_path):
    page.goto(f"{live_tray}/en{organization_path}")
    assert page.locator(".quality-item").count() > 0
    editor = page.eval_on_selector_all("a[href^='https://palvelutietovaranto.suomi.fi/']", "els => els.length")
    assert editor > 0
    with page.expect_download() as download:
        page.click("a[download]")
    assert download.value.suggested_filename.startswith("korjauslista-")


def test_sorting_works_without_javascript(chromium, live_tray):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_tray}/sv/laatu/")
    page.click("th >> a[href='?sort=-errors']")
    assert page.url.endswith("?sort=-errors")
    assert page.get_attribute("th[aria-sort]", "aria-sort") == "descending"
    context.close()


@pytest.mark.parametrize("path", ["/fi/laatu/", "organization"])
def test_no_horizontal_scrolling_at_320_px(chromium, live_tray, organization_path, path):
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(live_tray + (f"/fi{organization_path}" if path == "organization" else path))
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()
