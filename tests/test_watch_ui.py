"""The page while `watch --serve` writes: the alerts list, in real headless Chromium.

The server runs as `watch --serve` runs it (a thread over a cursor of the writer's store, see
frontwatch.watch.live), over the hand-made store of test_serve_corpus.py; alerts are stored
by the watcher's own commit. Shows what is there on a first visit, takes in an alert stored
while the page is open, and a reload shows only what came since that visit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import expect, sync_playwright
from test_browser_ui import CHROMIUM_ARGS, _chromium
from test_serve_corpus import build_store

from frontwatch.store import Store
from frontwatch.store.watch import StoredAlert, commit_poll
from frontwatch.watch.live import bound_port, serve_in_thread

POLL_WAIT_MS = 25_000  # the page asks every 15 s


def _alert(key: str, summary: str, sentence: str) -> StoredAlert:
    payload = {"key": key, "kind": "change_of_hands", "summary": summary, "date": "2016-03-27",
               "evidence": [{"sentence": sentence, "article_id": "x", "url": "https://example.org/x", "outlet": "Wire"}]}
    return StoredAlert(key, "change_of_hands", summary, payload)


@pytest.fixture
def served(tmp_path) -> Iterator[tuple[Store, str]]:
    db = build_store(tmp_path / "fw.duckdb")
    with Store(db) as store:
        commit_poll(store, "feed", [("item-1", "d1")], [], [_alert(
            "hands:palmyra", "change of hands in Palmyra: Syrian Arab Army (from Islamic State)",
            "Syrian troops recaptured Palmyra.")])
        live = serve_in_thread(store, port=0)
        try:
            yield store, f"http://127.0.0.1:{bound_port(live)}"
        finally:
            live.stop()


def test_the_page_lists_alerts_takes_in_new_ones_and_a_reload_shows_only_what_is_new(served):
    store, url = served
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS, timeout=60_000)
        page = browser.new_context().new_page()
        errors: list[str] = []
        page.on("pageerror", lambda err: errors.append(str(err)))
        page.goto(url)
        panel = page.locator("#alerts-panel")
        expect(panel).to_be_visible(timeout=15_000)
        expect(panel.locator("h2")).to_have_text("1 new alert(s) so far")
        expect(panel.locator("li")).to_contain_text("Syrian troops recaptured Palmyra.")
        commit_poll(store, "feed", [("item-2", "d2")], [], [_alert(
            "hands:aleppo", "change of hands in Aleppo: Syrian Arab Army (from rebels)",
            "The army took full control of Aleppo.")])
        expect(panel.locator("li").first).to_contain_text("Aleppo", timeout=POLL_WAIT_MS)
        expect(panel.locator("li")).to_have_count(2)
        with page.expect_response(lambda r: "/api/alerts" in r.url, timeout=15_000) as answer:
            page.reload()
        assert "since=" in answer.value.url and answer.value.json()["alerts"] == []
        page.wait_for_timeout(500)  # the answer drawn
        expect(panel).to_be_hidden()
        browser.close()
    assert errors == []
