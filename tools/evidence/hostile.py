"""Hostile content through the real importer, rendered in headless Chromium: nothing it carries may run.
`python tools/evidence/hostile.py` (make hostile) prints what was loaded and whether anything ran."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.evidence.server import DEMO, environment, prepare, serving  # noqa: E402

MARK = "window.__pwned=1"
# Each entry would set window.__pwned (or open a dialog) if a page let it run.
CORPUS = {
    "script": f"<script>{MARK}</script>",
    "img-onerror": f'<img src=x onerror="{MARK}">',
    "svg-onload": f'<svg onload="{MARK}"></svg>',
    "attribute-breakout": f'"><script>{MARK}</script><a title="',
    "single-quote-breakout": f"' onmouseover='{MARK}' autofocus onfocus='{MARK}",
    "javascript-link": f'<a href="javascript:{MARK}">Lisätietoja</a>',
    "iframe-srcdoc": '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    "mutation-xss": f"<math><mtext><table><mglyph><style><img src=x onerror={MARK}>",
    "textarea-close": f"</textarea></title><script>{MARK}</script>",
    "style-hide": "<style>body{display:none}</style>Piilotettu sivu",
    "dialog": "<script>alert('xss')</script><img src=x onerror=confirm(1)>",
    "template": "{{ request.META }} {% debug %} ${7*7} #{7*7}",
    "markdown-link": f"[Ilmoittaudu](javascript:{MARK})",
    "data-url": "<a href=\"data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+\">auki</a>",
    "rtl-override": "Uimahalli \u202eexe.allihamiu\u202c avoinna",
    "control-chars": "Kuntosali\x00\x01\x07\x1b[31m\x7f\u0085 avoinna",
    "zero-width": "Kun\u200bto\u200dsali \ufeff\u2060 Z\u0337\u0322\u034ea\u0336l\u0335g\u0338o\u0334",
    "overlong-word": "Liikunta" + "ä" * 60_000,
    "overlong-text": "Kuntosali on avoinna. " * 6_000,
}
WEB_URL = f"javascript:{MARK}"


def _texts(value: str) -> list[dict]:
    return [{"language": lang, "value": value} for lang in ("fi", "sv", "en")]


def write_corpus(target: Path) -> dict[str, str]:
    """The demo region with one service per corpus entry carrying the entry as its name, summary and
    description in every language; the web page channels link to a javascript: URL. {entry: service id}."""
    shutil.copytree(DEMO, target)
    files = sorted(target.glob("Service-*.json"))
    pages = [(path, json.loads(path.read_text(encoding="utf-8"))) for path in files]
    services = [s for _, page in pages for s in page["itemList"]]
    chosen: dict[str, str] = {}
    for (name, value), service in zip(CORPUS.items(), services, strict=False):
        service["serviceNames"] = [{**n, "type": "Name"} for n in _texts(f"{name}: {value[:2000]}")]
        service["serviceDescriptions"] = ([{**d, "type": "Summary"} for d in _texts(value[:150] + " …")]
                                          + [{**d, "type": "Description"} for d in _texts(value)])
        chosen[name] = service["id"]
    for path, page in pages:
        path.write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    for path in target.glob("ServiceChannel-*.json"):
        page = json.loads(path.read_text(encoding="utf-8"))
        for channel in page["itemList"]:
            for web in channel.get("webPages") or []:
                web["url"] = WEB_URL
        path.write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    return chosen


GUARD = """
window.__pwned = 0;
window.__dialogs = 0;
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = function () { window.__dialogs += 1; };
}
"""


def pages_to_check(base: str, service_pks: list[int]) -> list[str]:
    urls = [f"{base}/fi/palvelut/{pk}/" for pk in service_pks]
    urls += [f"{base}/sv/palvelut/{pk}/" for pk in service_pks[:3]]
    urls += [f"{base}/{lang}/haku/?q={quote(q)}" for lang in ("fi", "en")
             for q in ("script", "avoinna", CORPUS["script"], CORPUS["img-onerror"], CORPUS["rtl-override"])]
    urls += [f"{base}/fi/upotus/haku/?q={quote(CORPUS['svg-onload'])}", f"{base}/fi/upotus/haku/?q=avoinna"]
    urls += [f"{base}/api/fi/?q={quote(CORPUS['script'])}", f"{base}/api/sv/"]
    urls += [f"{base}/api/v1/services/{pk}/" for pk in service_pks[:5]]
    urls += [f"{base}/api/v1/search/?q={quote(CORPUS['script'])}"]
    return urls


def check(browser, urls: list[str]) -> list[dict]:
    """Load each page with the Content-Security-Policy switched off, so escaping alone must hold."""
    context = browser.new_context(bypass_csp=True)
    context.add_init_script(GUARD)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    found = []
    for url in urls:
        response = page.goto(url)
        page.wait_for_timeout(50)
        html_page = "text/html" in (response.headers.get("content-type") or "")
        found.append({
            "url": url, "status": response.status,
            "ran": bool(page.evaluate("window.__pwned")) or bool(page.evaluate("window.__dialogs")) or bool(dialogs),
            "renders": (page.locator("h1").count() > 0 and page.is_visible("main")) if html_page else True,
            "javascript_links": page.locator("a[href^='javascript:' i], a[href^='data:' i]").count(),
            "scripts": page.locator("script:not([src])").count(),
        })
        dialogs.clear()
    context.close()
    return found


def service_pks(env: dict[str, str], origin_ids: list[str]) -> list[int]:
    import subprocess

    code = ("import json; from tarjotin.catalogue.models import Service; "
            f"found = Service.objects.filter(origin_id__in={origin_ids!r}).values_list('pk', flat=True); "
            "print(json.dumps(list(found)))")
    out = subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=Path(__file__).parents[2],
                         env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        chosen = write_corpus(Path(tmp) / "ptv")
        env = environment(Path(tmp) / "var")
        prepare(env, ptv_files=Path(tmp) / "ptv")
        pks = service_pks(env, list(chosen.values()))
        with serving(env) as base, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                         args=["--no-sandbox", "--disable-gpu"])
            results = check(browser, pages_to_check(base, pks))
            browser.close()
    bad = [r for r in results if r["ran"] or not r["renders"] or r["status"] != 200 or r["javascript_links"]
           or r["scripts"]]
    print(f"{len(CORPUS)} hostile entries imported as PTV names and descriptions ({len(pks)} services), "
          f"{len(results)} pages loaded in Chromium with the CSP bypassed")
    print("| page | status | renders | script ran | javascript:/data: links | inline scripts |")
    print("|---|---|---|---|---|---|")
    for r in results:
        path = r["url"].split("/", 3)[3][:70]
        print(f"| /{path} | {r['status']} | {'yes' if r['renders'] else 'NO'} | {'YES' if r['ran'] else 'no'} | "
              f"{r['javascript_links']} | {r['scripts']} |")
    print(f"\n{len(results) - len(bad)} of {len(results)} pages clean")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
