"""Review mode in real headless Chromium (as test_browser_ui.py runs it): confirm, reject and
edit from the table, the map and the network change what the table, map and network show;
keyboard shortcuts work; a hostile note is shown as text; without the token the page stays
read-only. Each test gets a fresh store and server (reviews change them)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright
from test_browser_ui import CHROMIUM_ARGS, TIMEOUT_MS, _chromium, serving
from test_serve_corpus import HOSTILE_IMG, HOSTILE_SCRIPT, build_store

from frontwatch.serve import create_app

TOKEN = "browser-review-token"
# teaching writes the overlay and reloads the knowledge base: under a loaded CI machine that
# takes longer than expect()'s 5 s default, so those waits (still for the same element or
# text) are bounded generously
WAIT_MS = 30_000


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    app = create_app(build_store(tmp_path / "fw.duckdb"), review_token=TOKEN, review_overlay=tmp_path / "overlay")
    with serving(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = _chromium()
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, timeout=60_000)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, base_url: str) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1400, "height": 1200})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.errors = []
    page.on("pageerror", lambda err: page.errors.append(str(err)))
    page.on("dialog", lambda dialog: page.errors.append(f"dialog: {dialog.message}"))
    yield page
    context.close()


def _open_reviewing(page, base_url: str, *, wait_ms: float = 5_000) -> None:
    page.goto(f"{base_url}/#token={TOKEN}")
    expect(page.locator("body")).to_have_attribute("data-review", "on", timeout=wait_ms)
    expect(page.locator("body")).to_have_attribute("data-state", "ready", timeout=wait_ms)
    expect(page.locator("#events tbody tr").first).to_be_visible(timeout=wait_ms)
    assert "token" not in page.url  # taken out of the address bar


def _edit(box, field: str, value: str, *, note: str = "") -> None:
    """Fill one field of the open edit form (and the note), then save."""
    box.locator(f"input[name={field}]").fill(value)
    if note:
        box.locator("input.review-note").fill(note)
    box.locator(".review-edit button[type=submit]").click()


def _row(page, event_id: str):
    return page.locator(f'#events tbody tr[data-event="{event_id}"]')


def test_confirm_from_the_table_marks_the_row(page, base_url):
    _open_reviewing(page, base_url)
    _row(page, "ev-palmyra").click()
    box = page.locator("#detail .review-box")
    expect(box).to_have_attribute("data-id", "ev-palmyra")
    box.locator("button.confirm").click()
    expect(box.locator(".review-message")).to_have_text("confirm recorded")
    expect(_row(page, "ev-palmyra").locator("td.review")).to_have_text("confirm")
    assert page.errors == []


def test_reject_by_keyboard_removes_the_event_from_table_map_and_count(page, base_url):
    _open_reviewing(page, base_url)
    expect(page.locator("#map .event-marker")).to_have_count(5)
    _row(page, "ev-mosul").focus()
    page.keyboard.press("x")
    expect(page.locator("#count")).to_have_text("5 events in range")
    expect(_row(page, "ev-mosul")).to_have_count(0)
    expect(page.locator("#map .event-marker")).to_have_count(4)  # Mosul's marker is gone
    page.check("#machine-only")  # the machine's output is still there
    expect(page.locator("#count")).to_have_text("6 events in range")
    expect(_row(page, "ev-mosul")).to_have_count(1)
    assert page.errors == []


def test_edit_from_the_network_turns_a_backing_into_fighting(page, base_url):
    _open_reviewing(page, base_url)
    edge = page.locator("#network .edge", has=page.locator("title", has_text="RUS_AIRFORCE backs SYR_MIL"))
    edge.first.dispatch_event("click")
    box = page.locator("#detail .review-box")
    expect(box).to_have_attribute("data-record", "relation")
    page.keyboard.press("e")
    _edit(box, "kind", "fights", note="The sentence says they fought.")
    expect(box.locator(".review-message")).to_have_text("edit recorded: The sentence says they fought.")
    expect(page.locator("#network .edge title", has_text="RUS_AIRFORCE backs SYR_MIL")).to_have_count(0)
    expect(page.locator("#network .edge title", has_text="fights")).not_to_have_count(0)
    assert page.errors == []


def test_edit_from_the_map_changes_who_holds_a_place(page, base_url):
    _open_reviewing(page, base_url)
    marker = page.locator("#map .control-marker", has=page.locator("title", has_text="Palmyra"))
    expect(marker.locator("title")).to_contain_text("held by Syrian Arab Army")
    marker.dispatch_event("click")
    box = page.locator("#detail .review-box")
    expect(box).to_have_attribute("data-record", "control")
    box.locator("button.edit").click()
    _edit(box, "new_controller", "RUS_AIRFORCE")
    expect(box.locator(".review-message")).to_have_text("edit recorded")
    expect(marker.locator("title")).to_contain_text("held by Russian Aerospace Forces")
    expect(page.locator("#map-legend")).to_contain_text("held by Russian Aerospace Forces")
    assert page.errors == []


def test_a_bad_edit_is_explained_and_a_hostile_note_is_shown_as_text(page, base_url):
    _open_reviewing(page, base_url)
    expect(page.locator("#review-queue li").first).to_be_visible()
    expect(page.locator("#review-left")).to_contain_text("control: 2 left of 2")
    page.locator("#review-queue li").first.click()  # the queue starts with a change of hands
    box = page.locator("#detail .review-box")
    expect(box).to_have_attribute("data-record", "control")
    box.locator("button.edit").click()
    _edit(box, "date", "last spring")
    expect(box.locator(".review-message")).to_contain_text("not a date")
    reviewed = box.get_attribute("data-id")
    box.locator("input.review-note").fill(HOSTILE_SCRIPT)
    box.locator("button.confirm").click()
    expect(box.locator(".review-message")).to_have_text(f"confirm recorded: {HOSTILE_SCRIPT}")
    expect(page.locator("#review-left")).to_contain_text("control: 1 left of 2")
    expect(page.locator(f'#review-queue li[data-id="{reviewed}"]')).to_have_count(0)
    assert page.locator("#detail script").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.errors == []


def test_teaching_a_hostile_alias_shows_it_as_text(page, base_url, tmp_path):
    page.set_default_timeout(WAIT_MS)
    _open_reviewing(page, base_url, wait_ms=WAIT_MS)
    name = f"Brigade {HOSTILE_IMG}"
    page.fill("#teach input[name=name]", name)
    page.fill("#teach input[name=alias_of]", "TIGER_FORCES")
    page.click("#teach button[type=submit]")
    expect(page.locator("#teach-message")).to_contain_text("is also called Qawat al-Nimr", timeout=WAIT_MS)
    expect(page.locator("#teach-message")).to_contain_text(name, timeout=WAIT_MS)
    assert page.locator("#review-panel img").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert name in (tmp_path / "overlay" / "actors.yaml").read_text(encoding="utf-8")
    page.fill("#teach input[name=alias_of]", "NO_SUCH_ACTOR")
    page.click("#teach button[type=submit]")
    expect(page.locator("#teach-message")).to_contain_text("Not taught: no actor 'NO_SUCH_ACTOR'", timeout=WAIT_MS)
    assert page.errors == []


def test_a_place_picked_on_the_map_is_taught_where_it_was_clicked(page, base_url, tmp_path):
    page.set_default_timeout(WAIT_MS)
    _open_reviewing(page, base_url, wait_ms=WAIT_MS)
    page.click("#pick-on-map")
    expect(page.locator("body")).to_have_attribute("data-picking", "on", timeout=WAIT_MS)
    palmyra = page.locator('#map .event-marker[data-place="gn:172408"]')
    palmyra.scroll_into_view_if_needed()
    box = palmyra.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # the click picks, not selects
    expect(page.locator("#teach-place-message")).to_contain_text("Picked", timeout=WAIT_MS)
    assert page.locator("#detail .review-box").count() == 0
    lat = float(page.input_value("#teach-place input[name=lat]"))
    lon = float(page.input_value("#teach-place input[name=lon]"))
    assert abs(lat - 34.5601) < 0.05 and abs(lon - 38.2839) < 0.05  # where Palmyra's marker is drawn
    name = f"Tell {HOSTILE_IMG}"
    page.fill("#teach-place input[name=name]", name)
    page.click("#teach-place button[type=submit]")
    expect(page.locator("#teach-place-message")).to_contain_text(f"Taught: {name} is a new place at {lat}, {lon}", timeout=WAIT_MS)
    expect(page.locator("#teach-place-message")).to_contain_text("SYR, Homs", timeout=WAIT_MS)
    assert page.locator("#review-panel img").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert name in (tmp_path / "overlay" / "places.yaml").read_text(encoding="utf-8")
    page.fill("#teach-place input[name=name]", "Tadmor old town")
    page.fill("#teach-place input[name=alias_of]", "Palmyra")
    expect(page.locator("#known-place-list option").first).to_be_attached(timeout=WAIT_MS)
    page.click("#teach-place button[type=submit]")
    expect(page.locator("#teach-place-message")).to_contain_text("Taught: Tadmor old town now also name Tadmur (gn:", timeout=WAIT_MS)
    assert "Tadmor old town" in (tmp_path / "overlay" / "places.yaml").read_text(encoding="utf-8")
    assert page.errors == []


def test_without_the_token_the_page_offers_no_review(page, base_url):
    page.goto(base_url + "/")
    expect(page.locator("body")).to_have_attribute("data-review", "off")
    expect(page.locator("body")).to_have_attribute("data-state", "ready")
    _row(page, "ev-palmyra").click()
    expect(page.locator("#detail h3.what")).to_be_visible()
    assert page.locator("#detail .review-box").count() == 0
    assert page.locator("#review-panel").is_hidden()
