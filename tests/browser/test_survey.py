"""The self-assessment in a real browser: axe finds nothing on any step in fi, sv or en, and it works
without JavaScript by clicking through the forms."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser
LANGS = ("fi", "sv", "en")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
BASE = "/hyvinvointikartoitus/"
ANSWERS = ("v=1&friends=1&lonely=2&belong=3&move=1&nature=4&culture=0&doing=2&money=3&home=4&sleep=2&meals=3"
           "&help=1&mood=1&stress=2&use=3&age=4&area=905")
PAGES = {
    "start": BASE,
    **{f"step-{n}": f"{BASE}vaihe/{n}/?{ANSWERS}" for n in range(1, 7)},
    "step-1-fresh": f"{BASE}vaihe/1/",
    "results": f"{BASE}tulos/?{ANSWERS}",
    "results-strong": f"{BASE}tulos/?v=1&friends=4&lonely=4&belong=4&move=4&nature=4&culture=4&age=0&area=0",
    "invalid": f"{BASE}tulos/?v=1&friends=9",
}


def _violations(page, axe_source: str) -> list[str]:
    page.evaluate(axe_source)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", list(PAGES))
def test_every_step_has_no_axe_violations(page, live_tray, axe_source, kind, lang):
    response = page.goto(f"{live_tray}/{lang}{PAGES[kind]}")
    assert response.status == (400 if kind == "invalid" else 200)
    assert page.get_attribute("html", "lang") == lang
    assert _violations(page, axe_source) == []


@pytest.mark.parametrize("lang", LANGS)
def test_completing_it_without_javascript(chromium, live_tray, lang):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_tray}/{lang}{BASE}")
    page.click(f"a[href='/{lang}{BASE}vaihe/1/']")
    page.check("#friends-1")
    page.check("#lonely-1")
    page.click("button[value=next]")
    assert page.locator("progress").get_attribute("value") == "2"
    page.check("#move-1")
    page.click("button[value=back]")  # back, and the answer given on the step is still there
    assert page.locator("progress").get_attribute("value") == "1" and page.is_checked("#friends-1")
    for _ in range(5):
        page.click("button[value=next]")
    page.select_option("#id-area", "905")
    page.click("button[value=next]")
    assert f"/{lang}{BASE}tulos/?v=1&" in page.url
    assert page.locator(".survey-reasons li").count() >= 2
    assert page.locator(".survey-area .result").count() >= 3
    assert page.is_hidden("[data-print]")  # the print button needs the script; the hint says what to do
    assert context.cookies() == []
    context.close()


def test_print_button_and_print_layout(page, live_tray):
    page.goto(f"{live_tray}/en{PAGES['results']}")
    assert page.is_visible("[data-print]") and page.is_hidden(".survey-print-hint")
    page.emulate_media(media="print")
    assert page.is_hidden(".site-header") and page.is_hidden(".survey-keep")
    assert page.is_visible(".survey-area")


@pytest.mark.parametrize("kind", ["step-1", "step-6", "results"])
def test_no_horizontal_scrolling_at_320_px(chromium, live_tray, kind):
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{live_tray}/fi{PAGES[kind]}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()


def test_keyboard_reaches_the_choices_and_buttons_in_order(page, live_tray):
    page.goto(f"{live_tray}/en{BASE}vaihe/1/")
    page.focus("#friends-1")
    page.keyboard.press("ArrowDown")  # radios of one question move with the arrow keys
    assert page.evaluate("document.activeElement.id") == "friends-2"
    page.focus("button[value=next]")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
