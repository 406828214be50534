"""The map page's event markers in a real browser: drawn, named, reachable by keyboard, axe-clean in fi/sv/en."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def _violations(page, axe_source: str) -> list[str]:
    page.evaluate(axe_source)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_map_with_an_event_has_no_axe_violations(page, live_tray, axe_source, lang):
    page.goto(f"{live_tray}/{lang}/kartta/?q=liikunta")
    page.wait_for_selector(".leaflet-marker-icon.map-event-icon")
    assert page.get_attribute("html", "lang") == lang
    assert page.is_visible(".map-legend") and page.locator("#events .event-item").count() == 1
    assert _violations(page, axe_source) == []


def test_an_event_marker_is_named_and_opens_its_event_by_keyboard(page, live_tray):
    page.goto(f"{live_tray}/en/kartta/?q=liikunta")
    marker = page.locator(".leaflet-marker-icon.map-event-icon")
    marker.wait_for()
    assert marker.get_attribute("aria-label") == "Event: Liikuntailtapäivä senioreille (en)"
    marker.focus()
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    page.keyboard.press("Enter")
    assert re.fullmatch(r"/en/tapahtumat/\d+/", page.evaluate("document.activeElement.getAttribute('href')"))
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.classList.contains('map-event-icon')")
