"""The live watch end to end, with the real pipeline: a folder receiving files and a growing
feed on a local server (127.0.0.1), the web UI served from the same process while the watcher
writes, a change of hands alerted in the JSONL file and shown by the API the map reads, and a
restart that processes and alerts nothing twice. Waits are bounded; each poll is short."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import os
import threading
import time
from pathlib import Path

import httpx
import pytest
from rich.console import Console
from test_watch_sources import FeedServer
from typer.testing import CliRunner

from frontwatch.cli.main import app
from frontwatch.cli.watch import _stopper
from frontwatch.settings import Settings
from frontwatch.store import Store
from frontwatch.watch.live import bound_port, serve_in_thread
from frontwatch.watch.rules import load_rules
from frontwatch.watch.sinks import JsonlSink, TerminalSink
from frontwatch.watch.sources import FeedSource, FolderSource
from frontwatch.watch.watcher import Watcher

CAPTURE = ("IDLIB, Jan 30, 2020 (Wire) - Government forces captured the town of Maarat al-Numan from rebels "
           "on Tuesday, a war monitor said.")
RECAPTURE = "Rebels recaptured the town of Maarat al-Numan from government forces on Thursday, a war monitor said."
UNRELATED = "The United Nations called for a ceasefire in northwest Syria on Monday, its spokesman said."
WAIT_S = 120  # a batch on a busy shared machine; a quiet one takes a few seconds


def _drop(folder: Path, name: str, text: str) -> None:
    """Write a file the way a downloader does: under a partial name, then renamed."""
    partial = folder / f"{name}.part"
    partial.write_text(text, encoding="utf-8")
    partial.rename(folder / name)


def _alerts(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def _wait_for(check, timeout_s: float = WAIT_S):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if found := check():
            return found
        time.sleep(0.2)
    pytest.fail(f"not within {timeout_s} s")


def _hands(path: Path, place_word: str) -> list[dict]:
    return [a for a in _alerts(path) if a["kind"] == "change_of_hands" and place_word in a["summary"]]


@pytest.fixture
def feed():
    with FeedServer() as server:
        server.add("UN appeal", UNRELATED, dt.date(2020, 1, 27))
        yield server


def _watcher(store: Store, folder: Path, feed: FeedServer, alerts: Path, console: Console) -> Watcher:
    sources = [FolderSource(folder, settle_s=0.2), FeedSource(f"{feed.url}/feed.xml")]
    return Watcher(store, sources, load_rules(), [TerminalSink(console), JsonlSink(alerts)], interval_s=0.5)


def test_a_dropped_report_and_a_feed_item_alert_while_the_ui_serves_and_a_restart_repeats_nothing(
        engine, feed, tmp_path):
    folder, db, alerts, out = tmp_path / "in", tmp_path / "w.duckdb", tmp_path / "alerts.jsonl", io.StringIO()
    folder.mkdir()
    store = Store(db)
    watcher = _watcher(store, folder, feed, alerts, Console(file=out, width=200))
    live = serve_in_thread(store, port=0)
    ui = f"http://127.0.0.1:{bound_port(live)}"
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, args=(stop,))
    thread.start()
    try:
        _wait_for(lambda: watcher.stats.polls >= 2)  # both sources read once: the feed's first item is in
        dropped = time.monotonic()
        _drop(folder, "maarat.txt", CAPTURE)
        taken = _wait_for(lambda: _hands(alerts, "Nu‘mān"))[0]
        latency = time.monotonic() - dropped
        assert taken["actors"][0] == "SYR_MIL" and "Syrian Arab Army" in taken["summary"]
        assert taken["evidence"][0]["sentence"].endswith("from rebels on Tuesday, a war monitor said.")
        assert taken["evidence"][0]["source"].endswith("maarat.txt")
        assert "ALERT" in out.getvalue() and "Nu‘mān" in out.getvalue()
        # the UI, served while the watcher writes: the alert, and the place's new holder for the map
        body = httpx.get(f"{ui}/api/alerts", timeout=10).json()
        assert taken["key"] in {a["key"] for a in body["alerts"]}
        control = httpx.get(f"{ui}/api/control", params={"place": "Maarat al-Numan"}, timeout=10).json()
        assert "SYR_MIL" in json.dumps(control)
        since = body["now"]
        feed.add("Counter-attack", RECAPTURE, dt.date(2020, 2, 1))
        retaken = _wait_for(lambda: [a for a in _hands(alerts, "Nu‘mān") if a["key"] != taken["key"]])[0]
        assert retaken["actors"][0] != "SYR_MIL" and retaken["evidence"][0]["source"].startswith(feed.url)
        newer = httpx.get(f"{ui}/api/alerts", params={"since": since}, timeout=10).json()
        assert retaken["key"] in {a["key"] for a in newer["alerts"]} and taken["key"] not in {
            a["key"] for a in newer["alerts"]}
        assert httpx.get(f"{ui}/static/alerts.js", timeout=10).status_code == 200
    finally:
        stop.set()
        thread.join(WAIT_S)
        live.stop()
        store.close()
    assert not thread.is_alive()
    print(f"\nlatency from file drop to alert: {latency:.1f} s")

    sent = _alerts(alerts)
    _drop(folder, "copy-of-maarat.txt", CAPTURE)  # the same article under another name
    os.utime(folder / "copy-of-maarat.txt", (time.time() - 5, time.time() - 5))  # settled: read this round
    with Store(db) as again:
        restarted = _watcher(again, folder, feed, alerts, Console(file=io.StringIO()))
        stats = restarted.run(threading.Event(), cycles=1)
        assert stats.articles_processed == 0 and stats.articles_skipped == 1 and stats.alerts == 0
        assert again.scalar("SELECT count(*) FROM articles") == 3
        assert again.scalar("SELECT count(*) FROM watch_alerts") == len(sent)
    assert _alerts(alerts) == sent
    assert feed.hits["/feed.xml"] >= 3


def test_the_command_watches_once_and_a_second_run_alerts_nothing(engine, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "maarat.txt").write_text(CAPTURE, encoding="utf-8")
    old = time.time() - 5
    os.utime(folder / "maarat.txt", (old, old))
    args = ["watch", str(folder), "--db", str(tmp_path / "w.duckdb"), "--alerts", str(tmp_path / "a.jsonl"), "--once"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "ALERT" in first.output and "change of hands" in first.output
    assert any(a["kind"] == "change_of_hands" for a in _alerts(tmp_path / "a.jsonl"))
    second = CliRunner().invoke(app, args)
    assert second.exit_code == 0 and "ALERT" not in second.output
    assert "0 articles processed" in second.output


def test_the_command_refuses_a_missing_source_and_a_bad_rules_file(tmp_path):
    wide = {"COLUMNS": "250"}  # the error box must not wrap the message
    missing = CliRunner().invoke(app, ["watch", str(tmp_path / "nowhere"), "--db", str(tmp_path / "w.duckdb")], env=wide)
    assert missing.exit_code == 2 and "not a folder, a feed file or an http(s) URL" in missing.output
    rules = tmp_path / "rules.toml"
    rules.write_text("[casualties]\nmin_killed = -1\n")
    bad = CliRunner().invoke(app, ["watch", str(tmp_path), "--rules", str(rules), "--db", str(tmp_path / "w.duckdb")],
                             env=wide)
    assert bad.exit_code == 2 and "expected a whole number" in bad.output


def test_a_stop_between_batches_marks_nothing_and_the_next_run_finishes_the_poll(engine, tmp_path, monkeypatch):
    import frontwatch.watch.watcher as loop

    folder = tmp_path / "in"
    folder.mkdir()
    texts = [CAPTURE, RECAPTURE, UNRELATED]
    for n, text in enumerate(texts):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
        os.utime(folder / f"{n}.txt", (time.time() - 5, time.time() - 5))
    stop, real = threading.Event(), loop.process_batch

    def process_then_stop(batch, settings):  # Ctrl-C arriving while the first batch runs
        stop.set()
        return real(batch, settings)

    monkeypatch.setattr(loop, "process_batch", process_then_stop)
    with Store(tmp_path / "w.duckdb") as store:
        watcher = Watcher(store, [FolderSource(folder)], load_rules(), [], dataclasses.replace(Settings(), batch_size=1))
        watcher.cycle(stop)
        assert store.scalar("SELECT count(*) FROM articles") == 1  # the batch in progress finished
        assert store.scalar("SELECT count(*) FROM watch_items") == 0  # the poll was not marked done
        monkeypatch.setattr(loop, "process_batch", real)
        resumed = Watcher(store, [FolderSource(folder)], load_rules(), [], dataclasses.replace(Settings(), batch_size=1))
        resumed.cycle(threading.Event())
        assert resumed.stats.articles_processed == 2 and resumed.stats.articles_skipped == 1
        assert store.scalar("SELECT count(*) FROM watch_items") == 3
        assert store.scalar("SELECT count(*) FROM watch_alerts WHERE kind = 'change_of_hands'") == 2


def test_ctrl_c_asks_the_loop_to_stop_and_a_second_one_aborts():
    stop = threading.Event()
    handle = _stopper(stop)
    handle(2, None)
    assert stop.is_set()
    with pytest.raises(KeyboardInterrupt):
        handle(2, None)
