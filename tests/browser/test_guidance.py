"""The professional flow in a real browser: log in, search, build and issue a referral, open every output;
no axe violation on any guidance page in fi, sv and en. With GUIDANCE_SCREENSHOTS=1 it also writes the
screenshots of docs/guidance/."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT

pytestmark = pytest.mark.browser
LANGS = ("fi", "sv", "en")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
USERNAME, PASSWORD = "ammattilainen", "Selain-testi-salasana-2025"
SHOTS = ROOT / "docs" / "guidance"


def _violations(page, axe_source: str) -> list[str]:
    page.evaluate(axe_source)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]]


def _shot(page, name: str, *, full_page: bool = True) -> None:
    if os.environ.get("GUIDANCE_SCREENSHOTS"):
        page.wait_for_load_state("load")
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


@pytest.fixture(scope="module")
def professional_account(live_tray, tmp_path_factory) -> None:
    """The demo professional, created in the live server's own database (the fixture keeps it in tray-var*)."""
    var = sorted(Path(tmp_path_factory.getbasetemp()).glob("tray-var*"))[-1]
    env = {**os.environ, "TARJOTIN_VAR_DIR": str(var), "DATABASE_URL": "", "TARJOTIN_DEMO_PASSWORD": PASSWORD,
           "DJANGO_SETTINGS_MODULE": "tarjotin.settings"}
    subprocess.run([sys.executable, "manage.py", "guidance_demo_user"], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)


def _log_in(page, live_tray: str, lang: str = "fi") -> None:
    page.goto(f"{live_tray}/{lang}/ammattilaiset/")
    assert "/ammattilaiset/kirjaudu/" in page.url
    page.fill("#id_username", USERNAME)
    page.fill("#id_password", PASSWORD)
    page.click("main form button[type=submit]")
    assert page.url.endswith(f"/{lang}/ammattilaiset/")


@pytest.fixture(scope="module")
def flow(live_tray, chromium, professional_account) -> dict[str, str]:
    """The whole flow once, as a professional does it; returns the paths of each page it went through."""
    context = chromium.new_context(bypass_csp=True, viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.goto(f"{live_tray}/fi/ammattilaiset/kirjaudu/")
    _shot(page, "1-login")
    _log_in(page, live_tray)
    page.goto(f"{live_tray}/fi/ammattilaiset/haku/?q=liikunta&municipality=905")
    _shot(page, "2-search", full_page=False)
    for _ in range(3):
        page.locator("form.add-form button").first.click()
        assert "/ammattilaiset/haku/" in page.url  # back where the professional was
    page.goto(f"{live_tray}/fi/ammattilaiset/lahete/")
    assert page.locator(".basket-list li").count() == 3
    page.fill("#id_note", "Kysy ohjaajalta vertaisryhmästä. Asiakas 131052-308T")
    page.click("button[value=issue]")
    assert "henkilötunnuksen" in page.inner_text(".field-error")  # the check caught it
    _shot(page, "3-basket")
    page.fill("#id_note", "Kysy ohjaajalta vertaisryhmästä ja ota sisäkengät mukaan.")
    page.click("button[value=issue]")
    assert re.search(r"/ammattilaiset/lahetteet/\d+/$", page.url)
    referral = page.url.removeprefix(live_tray)
    _shot(page, "4-referral")
    link = page.input_value("#client-link")
    page.goto(f"{live_tray}{referral}tuloste/")
    _shot(page, "5-print")
    page.goto(link)
    _shot(page, "6-client")
    page.goto(f"{live_tray}/fi/ammattilaiset/tilastot/")
    assert "OAB63" in page.inner_text("main")
    _shot(page, "7-statistics")
    context.close()
    strip = lambda p: re.sub(r"^/(fi|sv|en)", "", p)  # noqa: E731
    return {"referral": strip(referral), "print": strip(referral) + "tuloste/",
            "client": strip(link.removeprefix(live_tray))}


def test_the_pdf_and_the_qr_code_are_served(chromium, live_tray, flow):
    context = chromium.new_context()
    page = context.new_page()
    _log_in(page, live_tray)
    pdf = page.request.get(f"{live_tray}/fi{flow['referral']}lahete.pdf")
    assert pdf.status == 200 and pdf.body().startswith(b"%PDF")
    qr = page.request.get(f"{live_tray}/fi{flow['referral']}qr.svg")
    assert qr.status == 200 and b"<svg" in qr.body()
    context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_guidance_pages_have_no_axe_violations(chromium, live_tray, flow, axe_source, lang):
    context = chromium.new_context(bypass_csp=True)
    page = context.new_page()
    page.goto(f"{live_tray}/{lang}/ammattilaiset/kirjaudu/")
    assert page.get_attribute("html", "lang") == lang
    assert _violations(page, axe_source) == [], "login"
    _log_in(page, live_tray, lang)
    paths = {"home": "/ammattilaiset/", "search": "/ammattilaiset/haku/?q=kulttuuri&municipality=905",
             "search-empty": "/ammattilaiset/haku/?q=xqzwv", "basket": "/ammattilaiset/lahete/",
             "referral": flow["referral"], "record": "/ammattilaiset/kirjaus/",
             "statistics": "/ammattilaiset/tilastot/", "client": flow["client"],
             "client-gone": "/ammattilaiset/l/ei-tallaista/"}
    for kind, path in paths.items():
        response = page.goto(f"{live_tray}/{lang}{path}")
        assert response.status == (404 if kind == "client-gone" else 200), kind
        assert page.get_attribute("html", "lang") == lang, kind
        assert _violations(page, axe_source) == [], kind
    page.goto(f"{live_tray}/{lang}{flow['print']}")  # in the referral's language, Finnish here
    assert page.get_attribute("html", "lang") == "fi"
    assert _violations(page, axe_source) == [], "print"
    page.emulate_media(media="print")
    assert _violations(page, axe_source) == [], "print media"
    context.close()


def test_the_client_page_works_without_javascript_and_login(chromium, live_tray, flow):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    response = page.goto(f"{live_tray}/en{flow['client']}")
    assert response.status == 200 and page.locator(".doc-item").count() == 3
    assert context.cookies() == []
    context.close()
