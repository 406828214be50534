"""A real server with the demo region and a headless Chromium, for page checks as a person would see them."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from ..conftest import DEMO, ROOT
from ..events.sample import write_event_file

CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Chromium reads only the last --disable-features, so Playwright's own list is repeated here. Added to it:
# translation, language detection and the on-device model service, which a run of the suite saw start
# mid-run just before a new page never opened (the test waited forever).
DISABLED_FEATURES = (
    "AvoidUnnecessaryBeforeUnloadCheckSync", "DestroyProfileOnBrowserClose", "HttpsUpgrades",
    "HttpsFirstBalancedModeAutoEnable", "LensOverlay", "MediaRouter", "PaintHolding", "ThirdPartyStoragePartitioning",
    "AvoidCorsURLLoaderRestartOnRedirect", "OptimizationHints", "NetworkTimeServiceQuerying", "AimEnabled",
    "PreconnectToSearch",
    "Translate", "TranslateUI", "LanguageDetectionAPI", "TranslationAPI", "OptimizationGuideModelDownloading",
    "OptimizationHintsFetching", "OptimizationTargetPrediction", "OnDeviceModelService", "AIPromptAPI",
    "AISummarizationAPI", "PageContentAnnotations",
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(env: dict, *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)


@pytest.fixture(scope="session")
def live_tray(tmp_path_factory) -> str:
    """The tray as `make run` serves it, on a SQLite file of its own, whatever database the suite uses."""
    var = tmp_path_factory.mktemp("tray-var")
    # The demo region has no events: one coming event in Vaasa, as a Linked Events file, dated from today.
    events = write_event_file(tmp_path_factory.mktemp("linkedevents"))
    env = {**os.environ, "TARJOTIN_VAR_DIR": str(var), "DATABASE_URL": "",
           "DJANGO_SETTINGS_MODULE": "tarjotin.settings"}
    for args in (("migrate", "-v0"), ("reference_load",), ("trays_load",), ("source_sync", "ptv", "--files", str(DEMO)),
                 ("source_sync", "linkedevents", "--files", str(events)), ("index_rebuild",),
                 ("collectstatic", "--noinput", "-v0")):
        _manage(env, *args)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "tarjotin.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.1)
    else:
        server.kill()
        pytest.fail("the tray server did not start")
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def chromium():
    """A fresh browser for each test module, so none lives through the whole suite: in two full runs a
    browser that had served every module before stopped answering at the same test (a new page never
    opened), which the same tests never did in a run of their own."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test`, which installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-features=" + ",".join(DISABLED_FEATURES)],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    # bypass_csp lets the test inject axe-core; the pages themselves never need inline script.
    context = chromium.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail("axe-core not installed: run `make test` (npm ci)")
    return AXE.read_text(encoding="utf-8")
