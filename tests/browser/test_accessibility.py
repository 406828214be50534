"""Every page type in fi, sv and en: axe-core finds no WCAG 2.1 AA violation, and `<html lang>` is right."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser
LANGS = ("fi", "sv", "en")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def _first_href(page, url: str, pattern: str) -> str:
    page.goto(url)
    for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))"):
        if re.search(pattern, href):
            return href
    raise AssertionError(f"no link matching {pattern} on {url}")


@pytest.fixture(scope="module")
def paths(live_tray, chromium) -> dict[str, str]:
    """One real path of each page type, found by following links as a person would."""
    context = chromium.new_context()
    page = context.new_page()
    theme = _first_href(page, f"{live_tray}/fi/", r"/fi/teemat/")
    service = _first_href(page, f"{live_tray}/fi/haku/?q=liikunta", r"/fi/palvelut/\d+/")
    organization = _first_href(page, live_tray + service, r"/fi/organisaatiot/\d+/")
    context.close()
    strip = lambda p: p.removeprefix("/fi")  # noqa: E731
    return {
        "front": "/", "theme": strip(theme), "search": "/haku/?q=liikunta",
        "search-filtered": "/haku/?q=&free=on&channel=location", "search-empty": "/haku/?q=xqzwv",
        "service": strip(service), "organization": strip(organization), "not-found": "/ei-ole/",
        "statement": "/saavutettavuus/",
    }


def _violations(page, axe_source: str) -> list[str]:
    page.evaluate(axe_source)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["front", "theme", "search", "search-filtered", "search-empty", "service",
                                  "organization", "not-found", "statement"])
def test_page_has_no_axe_violations(page, live_tray, paths, axe_source, kind, lang):
    response = page.goto(f"{live_tray}/{lang}{paths[kind]}")
    assert response.status == (404 if kind == "not-found" else 200)
    assert page.get_attribute("html", "lang") == lang
    assert _violations(page, axe_source) == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("tray", ["keski-suomi", "suomi"])
def test_other_trays_have_no_axe_violations(page, live_tray, axe_source, tray, lang):
    for path in ("", "haku/?q=liikunta"):
        response = page.goto(f"{live_tray}/t/{tray}/{lang}/{path}")
        assert response.status == 200
        assert page.get_attribute("html", "lang") == lang
        assert _violations(page, axe_source) == []


def test_skip_link_is_first_and_moves_focus_to_main(page, live_tray):
    page.goto(f"{live_tray}/fi/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("kind", ["front", "search", "service"])
def test_no_horizontal_scrolling_at_320_px(chromium, live_tray, paths, kind):
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{live_tray}/fi{paths[kind]}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()


def test_pages_work_without_javascript(chromium, live_tray):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_tray}/sv/")
    page.fill("#id_q", "liikunta")
    page.click("button[type=submit]")
    assert "/sv/haku/" in page.url and page.locator(".result").count() > 0
    context.close()
