"""The browser page, driven in real headless Chromium (Debian's, through Playwright).

The server runs in a thread on a free loopback port over the hand-made store of
test_serve_corpus.py. Requests to any other host are blocked and recorded: the page must
need nothing from outside. Screenshots go to a temporary folder (kept by pytest; the path
is printed with -s) so a person can look at them.
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import uvicorn
from playwright.sync_api import expect, sync_playwright
from test_serve_corpus import HOSTILE_IMG, HOSTILE_SCRIPT, PALMYRA_TEXT, build_store

from frontwatch.serve import assets, create_app

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
TIMEOUT_MS = 15_000
PALMYRA_SENTENCE = PALMYRA_TEXT[PALMYRA_TEXT.index("Syrian") : PALMYRA_TEXT.index("said.") + 5]


def _chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.fail("chromium is not installed; run: bash scripts/install_browser.sh", pytrace=False)
    if not assets.vendor_installed(assets.MAP_FILES + assets.DOCS_FILES):
        pytest.fail("the page's npm files are not installed; run: bash scripts/install_frontend.sh", pytrace=False)
    return path


@contextmanager
def serving(app: object) -> Iterator[str]:
    """The app served by uvicorn in a thread on a free loopback port; yields its base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start within 15 s"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_store(tmp_path_factory.mktemp("browser") / "fw.duckdb")
    with serving(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser(base_url: str) -> Iterator[object]:
    executable = _chromium()
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, timeout=60_000)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"\nscreenshots in {folder}")
    return folder


@pytest.fixture
def page(browser, base_url: str) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.outside = []  # requests to any other host: blocked and recorded
    page.errors = []
    page.on("pageerror", lambda err: page.errors.append(str(err)))

    def only_local(route):
        if route.request.url.startswith(base_url):
            route.continue_()
        else:
            page.outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    yield page
    context.close()


def _open(page, url: str) -> None:
    page.goto(url)
    expect(page.locator("body")).to_have_attribute("data-state", "ready")
    expect(page.locator("#events tbody tr").first).to_be_visible()


def _count(page, selector: str) -> int:
    return page.locator(selector).count()


def test_page_draws_map_network_timeline_table_and_count(page, base_url, shots):
    _open(page, base_url + "/")
    page.wait_for_selector("#map path.country")
    assert _count(page, "#map path.country") >= 5  # Syria, Iraq, Turkey, Jordan, Lebanon...
    assert page.locator("#map path.country.home").count() == 2
    assert _count(page, "#map .event-marker") == 5  # Saraqib (two reports), Palmyra, Kobani, Mosul, Afrin
    assert _count(page, "#map .control-marker") == 2  # Palmyra and Kobani
    assert _count(page, "#network .node") >= 5
    assert _count(page, "#network .edge") >= 4
    assert _count(page, "#timeline .bar") == 5
    assert page.locator("#count").inner_text() == "6 events in range"
    assert _count(page, "#events tbody tr") == 6
    expect(page.locator("#type-list option")).to_have_count(16)  # the types of the one event-type table
    page.screenshot(path=str(shots / "01_overview.png"), full_page=True)
    assert page.outside == [] and page.errors == []


def test_filtering_by_actor_narrows_table_updates_url_and_count(page, base_url, shots):
    _open(page, base_url + "/")
    page.fill("input[name=actor]", "ISIS")
    page.press("input[name=actor]", "Tab")
    expect(page.locator("#count")).to_have_text("3 events in range")
    expect(page.locator("#events tbody tr")).to_have_count(3)
    assert parse_qs(urlparse(page.url).query) == {"actor": ["ISIS"]}
    targets = page.locator("#events tbody tr td:nth-child(4)").all_inner_texts()
    assert targets == ["ISIS", "ISIS", "ISIS"]
    page.screenshot(path=str(shots / "02_filtered.png"), full_page=True)

    page.locator("#timeline .bar").first.click()  # Kobani, January 2015
    expect(page.locator("#count")).to_have_text("1 event in range")
    assert parse_qs(urlparse(page.url).query) == {"actor": ["ISIS"], "since": ["2015-01-01"], "until": ["2015-01-31"]}
    expect(page.locator("input[name=since]")).to_have_value("2015-01-01")

    shared = base_url + "/?actor=ISIS&since=2016-01-01&certainty=all"  # a link someone sent
    _open(page, shared)
    assert page.locator("input[name=actor]").input_value() == "ISIS"
    assert page.locator("select[name=certainty]").input_value() == "all"
    expect(page.locator("#count")).to_have_text("2 events in range")
    assert page.errors == []


def test_selecting_an_event_highlights_its_sentence_and_lists_every_source(page, base_url, shots):
    _open(page, base_url + "/")
    page.click("#events tr[data-event=ev-palmyra]")
    mark = page.locator("#detail .article-text mark.primary")
    mark.wait_for()
    assert mark.inner_text() == PALMYRA_SENTENCE
    assert "event=ev-palmyra" in page.url
    assert _count(page, "#detail .sources li") == 1

    page.click("#events tr[data-event=ev-saraqib-reuters]")
    expect(page.locator("#detail .sources li")).to_have_count(2)  # fused: Reuters + AFP
    expect(page.locator("#detail .sources li.active")).to_contain_text("Reuters")  # the one selected
    page.locator("#detail .sources li:not(.active)").click()
    expect(page.locator("#detail .sources li.active")).to_contain_text("AFP")
    expect(page.locator("#detail mark.primary")).to_have_text(re.compile("^Air strikes by Russian warplanes"))
    page.screenshot(path=str(shots / "03_evidence.png"), full_page=True)


def test_hostile_article_is_shown_as_text_and_never_runs(page, base_url, shots):
    _open(page, base_url + "/")
    page.click("#events tr[data-event=ev-hostile]")
    page.locator("#detail .article-text mark.primary").wait_for()
    assert HOSTILE_SCRIPT in page.locator("#detail mark.primary").inner_text()
    assert HOSTILE_IMG in page.locator("#detail .article-text").inner_text()
    assert page.locator("#detail .article h3").inner_text().startswith("<img src=x")
    assert _count(page, "#detail img, #detail script, main script, a[href^=javascript]") == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.screenshot(path=str(shots / "04_hostile.png"), full_page=True)


def test_hostile_article_is_inert_even_without_the_content_security_policy(browser, base_url):
    context = browser.new_context(bypass_csp=True)  # the page's own escaping must be enough
    try:
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        _open(page, base_url + "/?event=ev-hostile")
        expect(page.locator("#detail mark.primary")).to_contain_text(HOSTILE_SCRIPT)
        page.wait_for_timeout(300)  # an onerror would fire as soon as the broken image loads
        assert page.evaluate("typeof window.__pwned") == "undefined"
    finally:
        context.close()


def test_map_markers_and_network_edges_show_their_evidence(page, base_url):
    _open(page, base_url + "/")
    page.click("#map .event-marker[data-place='gn:172408']")  # Palmyra
    page.locator("#detail mark.primary").wait_for()
    assert page.locator("#detail mark.primary").inner_text() == PALMYRA_SENTENCE
    page.locator("#map .control-marker").first.click()
    expect(page.locator("#detail .what")).to_contain_text("capture by")
    expect(page.locator("#detail mark.primary")).to_be_visible()
    page.locator("#network .edge.backs").first.dispatch_event("click")  # a level line has no height to aim at
    expect(page.locator("#detail .what")).to_contain_text(" backs ")
    expect(page.locator("#detail mark.primary")).to_be_visible()
    page.locator("#network .node[data-actor=YPG]").click()
    expect(page).to_have_url(re.compile(r"actor=YPG"))
    expect(page.locator("#count")).to_have_text("2 events in range")  # Kobani, and the shelling near Afrin
    assert page.errors == []


def test_without_vendored_files_the_map_says_how_to_install_them(page, base_url):
    page.route("**/static/vendor/**", lambda route: route.fulfill(status=404, body="missing"))
    _open(page, base_url + "/")
    note = page.locator("#map-note")
    note.wait_for()
    assert "scripts/install_frontend.sh" in note.inner_text()
    assert _count(page, "#map .event-marker") == 5
    assert _count(page, "#map path.country") == 0


def test_api_docs_render_offline(page, base_url):
    page.goto(base_url + "/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    assert page.locator(".swagger-ui .opblock").count() >= 9
    assert page.outside == []
