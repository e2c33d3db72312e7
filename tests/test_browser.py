"""Browser tests: Playwright drives Debian's chromium over HTTP against the built site.

Playwright never downloads a browser here: it launches /usr/bin/chromium. Without it the
tests skip locally and fail in CI (where .ci/run installs it).
"""

from __future__ import annotations

import os
import re
import shutil
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# The flags keep Chromium from calling Google's services at start (background networking,
# component updates, sync), which would both fail here and pollute the request log.
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run must install Debian's chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, served_site, request):
    scheme = getattr(request, "param", "light")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    page.base = served_site
    yield page
    hosts = {urlparse(url).hostname for url in page.requests if not url.startswith(("data:", "blob:"))}
    context.close()
    assert hosts == {"127.0.0.1"}, f"requests left 127.0.0.1: {sorted(hosts)}"


def _switch_language(page, name: str) -> None:
    page.hover(".md-header__option .md-select")
    with page.expect_navigation():
        page.get_by_role("link", name=name, exact=True).click()


def test_language_switch_stays_on_the_topic(page):
    # networkidle: any script that would reroute the switch has finished loading by then
    page.goto(f"{page.base}/indexing/gather/", wait_until="networkidle")
    assert page.locator("h1").first.inner_text().startswith("torch.gather")
    assert page.locator("html").get_attribute("lang") == "zh"
    _switch_language(page, "English")
    assert page.url == f"{page.base}/en/indexing/gather/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", name="Common misconception").count() == 1
    page.wait_for_load_state("networkidle")
    _switch_language(page, "中文")
    assert page.url == f"{page.base}/indexing/gather/"
    assert page.get_by_role("heading", name="常见误解").count() == 1


def _search(page, query: str):
    page.locator(".md-search__input").click()
    page.keyboard.type(query)
    page.keyboard.press("End")  # Material's search reacts to key events
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=10_000)
    return results


def test_english_search_finds_the_english_page(page):
    page.goto(f"{page.base}/en/")
    results = _search(page, "lookup")
    hrefs = [urlparse(h).path for h in results.evaluate_all("links => links.map(a => a.href)")]
    assert "/en/layers/embedding/" in hrefs, hrefs
    assert all("/en/" in h for h in hrefs), "English search shows English pages only"
    page.locator('.md-search-result__item > a[href*="layers/embedding/"]').first.click()
    page.wait_for_url(re.compile(r"/en/layers/embedding/"))


@pytest.mark.parametrize("prefix", ["/", "/en/"])
def test_search_finds_a_class_by_its_short_name(page, prefix):
    """Pages write torch.nn.MultiheadAttention; a reader types MultiheadAttention."""
    page.goto(f"{page.base}{prefix}")
    results = _search(page, "MultiheadAttention")
    hrefs = [urlparse(h).path for h in results.evaluate_all("links => links.map(a => a.href)")]
    assert f"{prefix}layers/multihead-attention/" in hrefs, hrefs


def test_chinese_search_finds_the_chinese_page(page):
    page.goto(f"{page.base}/")
    results = _search(page, "查找表")
    hrefs = [urlparse(h).path for h in results.evaluate_all("links => links.map(a => a.href)")]
    assert "/layers/embedding/" in hrefs, hrefs
    assert not any("/en/" in h for h in hrefs), "Chinese search shows Chinese pages only"
    page.locator('.md-search-result__item > a[href*="layers/embedding/"]').first.click()
    page.wait_for_url(re.compile(r"/layers/embedding/"))
    assert "/en/" not in page.url


def test_copy_button_copies_runnable_code(page):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"{page.base}/en/indexing/gather/")
    block = page.locator(".tn-snippet").first
    block.hover()
    block.locator("button.md-code__button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("import torch\nscores = torch.tensor(")
    assert ">>>" not in copied and "tensor([[0.7000]," not in copied, "no prompts, no output"


def test_language_switch_keeps_the_anchor(page):
    page.goto(f"{page.base}/indexing/gather/#pitfalls", wait_until="networkidle")
    _switch_language(page, "English")
    assert page.url == f"{page.base}/en/indexing/gather/#pitfalls"
    page.wait_for_load_state("networkidle")
    _switch_language(page, "中文")
    assert page.url == f"{page.base}/indexing/gather/#pitfalls"


AXE_PAGES = ["", "topics/", "indexing/", "indexing/gather/", "math/clamp/", "data/text-dataset/",
             "gallery/dataloader/"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_serious_accessibility_violations(page, lang):
    """axe-core on each page type, in the light scheme and, after the reader's toggle, the dark one."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    found = {}
    for url in AXE_PAGES:
        page.goto(f"{page.base}/{'en/' if lang == 'en' else ''}{url}", wait_until="load")
        for scheme in ("default", "slate"):
            if scheme == "slate":  # the palette toggle, as a reader switches to the dark scheme
                page.locator("form[data-md-component=palette] label:visible").first.click()
                page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'")
            results = axe.run(page)
            bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
            if bad:
                found[f"{url} ({scheme})"] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in bad]
        page.evaluate("localStorage.clear()")  # the toggle is remembered; start the next page light
    assert not found, found


def test_mobile_header_and_nav_are_not_cut(browser, served_site):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{served_site}/random/deterministic/", wait_until="networkidle")
    title = page.locator(".md-header__topic .md-ellipsis").first
    assert title.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), "the mobile header title is cut"
    page.set_viewport_size({"width": 1280, "height": 900})
    page.reload(wait_until="networkidle")
    cut = page.locator(".md-nav__link .md-ellipsis").evaluate_all(
        "els => els.filter(e => e.offsetParent && e.scrollWidth > e.clientWidth + 1).map(e => e.textContent.trim())")
    context.close()
    assert not cut, f"navigation entries cut: {cut}"
