"""The browser's network draws a tie that only an enemy of one of its ends asserts dashed,
and says so; other ties are drawn plain (real headless Chromium, as test_browser_ui.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import expect, sync_playwright
from test_browser_ui import CHROMIUM_ARGS, TIMEOUT_MS, _chromium, serving
from test_network_claimants import _store

from frontwatch.serve import create_app


@pytest.fixture(scope="module")
def claims_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = str(tmp_path_factory.mktemp("claims") / "fw.duckdb")
    _store(db).close()
    with serving(create_app(db)) as url:
        yield url


def test_a_tie_only_an_enemy_asserts_is_drawn_dashed_and_says_so(claims_url):
    executable = _chromium()
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, timeout=60_000)
        page = chromium.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(claims_url + "/")
        expect(page.locator("body")).to_have_attribute("data-state", "ready")
        dashed = page.locator("#network .edge.enemy-claimed")
        expect(dashed).to_have_count(1)
        expect(dashed.locator("title")).to_contain_text("asserted only by an enemy: SYR_MIL")
        assert page.locator("#network .edge.backs:not(.enemy-claimed)").count() >= 2
        chromium.close()
