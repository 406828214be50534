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
    event = _first_href(page, f"{live_tray}/fi/tapahtumat/", r"/fi/tapahtumat/\d+/")
    context.close()
    strip = lambda p: p.removeprefix("/fi")  # noqa: E731
    return {
        "front": "/", "theme": strip(theme), "search": "/haku/?q=liikunta",
        "search-filtered": "/haku/?q=&free=on&channel=location", "search-empty": "/haku/?q=xqzwv",
        "service": strip(service), "organization": strip(organization), "not-found": "/ei-ole/",
        "statement": "/saavutettavuus/", "map": "/kartta/", "map-search": "/kartta/?q=uimahalli&near=905&sort=distance",
        "events": "/tapahtumat/", "events-filtered": "/tapahtumat/?when=week&free=free&audience=KR1.1",
        "events-empty": "/tapahtumat/?start=2000-01-01&end=1999-12-31&q=xqzwv", "event": strip(event),
    }


def _violations(page, axe_source: str) -> list[str]:
    page.evaluate(axe_source)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["front", "theme", "search", "search-filtered", "search-empty", "service",
                                  "organization", "not-found", "statement", "map", "map-search", "events",
                                  "events-filtered", "events-empty", "event"])
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


@pytest.mark.parametrize("kind", ["front", "search", "service", "events", "event"])
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


def test_map_markers_are_reachable_by_keyboard(chromium, live_tray):
    """Under the real CSP (no bypass) and without tiles, which cannot load here: the map still works."""
    context = chromium.new_context()
    page = context.new_page()
    blocked = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(f"{live_tray}/fi/kartta/?q=uimahalli")
    page.wait_for_selector(".leaflet-marker-icon")
    assert page.is_visible("#map") and page.locator(".leaflet-marker-icon").count() > 1
    assert "OpenStreetMap" in page.inner_text(".leaflet-control-attribution")
    page.focus(".map-skip")
    page.keyboard.press("Tab")  # the map itself, which the arrow keys pan
    assert page.evaluate("document.activeElement.id") == "map"
    page.keyboard.press("Tab")  # the first marker
    assert page.evaluate("document.activeElement.classList.contains('leaflet-marker-icon')")
    assert page.evaluate("document.activeElement.alt")  # named after its place
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    page.keyboard.press("Enter")  # the place's popup, with the focus on its first service
    assert re.fullmatch(r"/fi/palvelut/\d+/", page.evaluate("document.activeElement.getAttribute('href')"))
    assert page.evaluate("document.activeElement.closest('.leaflet-popup') !== null")
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.classList.contains('leaflet-marker-icon')")
    assert blocked == []
    context.close()


def test_map_skip_link_moves_focus_to_the_list(page, live_tray):
    page.goto(f"{live_tray}/sv/kartta/")
    page.focus(".map-skip")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "places"


def test_map_page_without_javascript_is_the_list(chromium, live_tray):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_tray}/en/kartta/")
    assert page.is_hidden("#map-block") and page.locator(".place-item").count() > 20
    context.close()
