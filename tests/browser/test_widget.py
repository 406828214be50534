"""The widget in a municipality's page on another origin: it renders, resizes itself, and passes axe-core."""

from __future__ import annotations

import pytest

from ..conftest import ROOT
from .test_accessibility import AXE_TAGS

pytestmark = pytest.mark.browser
LANGS = ("fi", "sv", "en")
EXAMPLE = ROOT / "docs" / "api" / "widget-example.html"


def _violations(page, axe_source: str) -> list[str]:
    page.evaluate(axe_source)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", ["upotus/", "upotus/haku/?theme=liikunta", "upotus/haku/?q=xqzwv"])
def test_widget_pages_have_no_axe_violations(page, live_tray, axe_source, path, lang):
    response = page.goto(f"{live_tray}/{lang}/{path}")
    assert response.status == 200
    assert page.get_attribute("html", "lang") == lang
    assert _violations(page, axe_source) == []


@pytest.mark.parametrize("lang", LANGS)
def test_api_documentation_page_has_no_axe_violations(page, live_tray, axe_source, lang):
    response = page.goto(f"{live_tray}/api/{lang}/")
    assert response.status == 200
    assert page.get_attribute("html", "lang") == lang
    assert _violations(page, axe_source) == []


@pytest.fixture
def host_page(httpserver, live_tray) -> str:
    """docs/api/widget-example.html served from another origin, pointing at the live tray."""
    html = EXAMPLE.read_text(encoding="utf-8").replace("https://tarjotin.example", live_tray)
    httpserver.expect_request("/kunta/liikunta.html").respond_with_data(html, content_type="text/html")
    return httpserver.url_for("/kunta/liikunta.html")


def _frame_height(page) -> int:
    return page.evaluate("document.querySelector('iframe[data-tarjotin-widget]').getBoundingClientRect().height")


def test_widget_renders_in_another_sites_page_and_sizes_itself(chromium, host_page):
    # No bypass_csp here: the widget's own Content-Security-Policy must let another origin frame it.
    context = chromium.new_context(viewport={"width": 1000, "height": 700})
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(host_page)
    frame = page.frame_locator("iframe[data-tarjotin-widget]")
    frame.locator(".widget-themes a").first.wait_for()
    assert frame.locator(".widget-themes a").count() >= 5
    page.wait_for_function("document.querySelector('iframe[data-tarjotin-widget]').getAttribute('height') !== '600'")
    inner = page.frames[1].evaluate("document.documentElement.getBoundingClientRect().height")
    assert abs(_frame_height(page) - inner) <= 2
    # A theme's results are taller than the theme list; the frame follows.
    before = _frame_height(page)
    assert before < 600  # the theme list is shorter than the frame's default height
    frame.locator(".widget-themes a", has_text="Liikunta").first.click()
    frame.locator(".result").first.wait_for()
    page.wait_for_function(f"document.querySelector('iframe[data-tarjotin-widget]').getBoundingClientRect().height"
                           f" > {before + 200}")
    inner = page.frames[1].evaluate("document.documentElement.getBoundingClientRect().height")
    assert abs(_frame_height(page) - inner) <= 2
    assert not [e for e in errors if "Refused" in e or "Content Security Policy" in e]
    context.close()


def test_widget_ignores_height_messages_from_elsewhere(chromium, host_page):
    context = chromium.new_context()
    page = context.new_page()
    page.goto(host_page)
    page.frame_locator("iframe[data-tarjotin-widget]").locator(".widget-themes a").first.wait_for()
    page.wait_for_function("document.querySelector('iframe[data-tarjotin-widget]').getAttribute('height') !== '600'")
    height = _frame_height(page)
    # The host page itself (not the frame) posts a height: widget.js must not obey it.
    page.evaluate("window.postMessage({type: 'tarjotin:height', height: 5000}, '*')")
    page.wait_for_timeout(300)
    assert _frame_height(page) == height
    context.close()
