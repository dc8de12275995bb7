"""Watched sources against a local HTTP server (127.0.0.1, a thread of this process) serving a
growing feed and failing in each way a real one does, and a folder receiving files; the
watch loop's backoff; the alert rules file; the webhook's retries. No NLP runs here.

``FeedServer`` is imported by test_watch_live.py as well."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import threading
import time
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

import httpx
import pytest

import frontwatch.store.watch
from frontwatch.errors import InvalidSetting
from frontwatch.store import Store
from frontwatch.store.watch import SourceState, read_source_state
from frontwatch.watch.alerts import Alert
from frontwatch.watch.fetch import FetchLimits
from frontwatch.watch.rules import load_rules
from frontwatch.watch.sinks import JsonlSink, WebhookSink
from frontwatch.watch.sources import FeedSource, FolderSource, SourceFailed
from frontwatch.watch.watcher import Watcher

FAST = FetchLimits(timeout_s=0.5, deadline_s=1.5, max_bytes=200_000, max_redirects=3)
# /slow and /drip answer (or end) only after this long, far past FAST's limits: a client that
# did not enforce its limit gets a (useless) whole answer and the test fails, whatever the machine's pace
HOLD_S = 30.0


def rss(entries: list[dict[str, str]]) -> bytes:
    items = "".join(
        f"<item><title>{e['title']}</title><link>{e['link']}</link><guid>{e['link']}</guid>"
        f"<pubDate>{e['date']}</pubDate><description>{e['text']}</description></item>" for e in entries)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>'
            f"<link>http://127.0.0.1/</link>{items}</channel></rss>").encode()


class FeedServer:
    """A feed that grows, pages its items link to, and paths failing each way; counts requests."""

    def __init__(self) -> None:
        self.entries: list[dict[str, str]] = []
        self.pages: dict[str, str] = {}
        self.hits: dict[str, int] = {}
        self.webhook: list[dict] = []
        self.webhook_failures = 0
        self.lock = threading.Lock()
        self.release = threading.Event()  # /slow and /drip hold their answer until the test ends
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def add(self, title: str, text: str, day: dt.date, link: str = "") -> str:
        link = link or f"{self.url}/story/{len(self.entries) + 1}"
        when = format_datetime(dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC))
        with self.lock:
            self.entries.append({"title": title, "text": text, "date": when, "link": link})
        return link

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                return None

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                server.hits[path] = server.hits.get(path, 0) + 1
                route = getattr(server, "get_" + path.strip("/").split("/")[0].replace("-", "_").replace(".", "_"), None)
                if route is None:
                    self.send_error(404)
                else:
                    route(self, path)

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                if server.webhook_failures > 0:
                    server.webhook_failures -= 1
                    self.send_error(500)
                    return
                server.webhook.append(json.loads(body))
                self.send_response(204)
                self.end_headers()

        return Handler

    def _send(self, handler: BaseHTTPRequestHandler, body: bytes, kind: str = "application/rss+xml",
              headers: dict[str, str] | None = None) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", kind)
        handler.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(body)

    def get_feed_xml(self, h: BaseHTTPRequestHandler, _path: str) -> None:
        with self.lock:
            body = rss(list(self.entries))
        etag = '"' + hashlib.sha256(body).hexdigest()[:12] + '"'
        if h.headers.get("If-None-Match") == etag:
            h.send_response(304)
            h.end_headers()
            return
        self._send(h, body, headers={"ETag": etag})

    def get_story(self, h: BaseHTTPRequestHandler, path: str) -> None:
        page = self.pages.get(path)
        if page is None:
            h.send_error(404)
        else:
            self._send(h, page.encode(), "text/html; charset=utf-8")

    def get_down(self, h: BaseHTTPRequestHandler, _path: str) -> None:
        h.send_error(503)

    def get_slow(self, h: BaseHTTPRequestHandler, _path: str) -> None:
        self.release.wait(HOLD_S)  # no answer while the test runs: only the read timeout can end the wait
        self._send(h, rss([]))

    def get_drip(self, h: BaseHTTPRequestHandler, _path: str) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.end_headers()
        for _ in range(int(HOLD_S * 10)):  # a byte every 0.1 s while the test runs: each read is quick
            h.wfile.write(b" ")
            h.wfile.flush()
            if self.release.wait(0.1):
                return

    def get_huge(self, h: BaseHTTPRequestHandler, _path: str) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.end_headers()  # no length: the limit must be enforced while reading
        for _ in range(100):
            h.wfile.write(b"x" * 65536)

    def get_huge_declared(self, h: BaseHTTPRequestHandler, _path: str) -> None:
        h.send_response(200)
        h.send_header("Content-Length", str(10**9))
        h.end_headers()
        h.wfile.write(b"<rss>")

    def get_loop(self, h: BaseHTTPRequestHandler, path: str) -> None:
        h.send_response(302)
        h.send_header("Location", "/loop-b" if path == "/loop" else "/loop")
        h.end_headers()

    get_loop_b = get_loop

    def get_malformed(self, h: BaseHTTPRequestHandler, _path: str) -> None:
        self._send(h, b"<rss><channel><title>broken <item><title>no end")

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    with FeedServer() as s:
        yield s


STORY = "Government forces captured the town of Saraqib from rebels on Tuesday, a monitor said."


def test_a_feed_is_fetched_conditionally_and_only_new_items_come_back(server):
    server.add("Saraqib falls", STORY, dt.date(2020, 2, 8))
    source = FeedSource(f"{server.url}/feed.xml", limits=FAST)
    first = source.poll(SourceState(source.name, "feed"), {})
    assert len(first.items) == 1 and first.etag
    article = first.items[0].entries[0]
    assert article.text == STORY and article.source == "Test Wire" and article.published == dt.date(2020, 2, 8)
    state = SourceState(source.name, "feed", etag=first.etag)
    assert source.poll(state, {}).items == []  # 304: the server said nothing changed
    server.add("Second", "Rebels shelled the outskirts of Idlib city on Wednesday, killing two people.",
               dt.date(2020, 2, 9))
    seen = {i.key: i.digest for i in first.items}
    second = source.poll(state, seen)
    assert [i.entries[0].title for i in second.items] == ["Second"]


@pytest.mark.parametrize(("path", "reason"), [
    ("/down", "HTTP 503"), ("/slow", "timed out"), ("/drip", "not complete within"),
    ("/huge", "over the limit"), ("/huge-declared", "over the limit"), ("/loop", "redirects"),
    ("/malformed", "not a readable RSS/Atom feed"), ("/nothing-here", "HTTP 404"),
])
def test_each_way_a_feed_fails_is_a_clear_error_within_bounded_time(server, path, reason):
    """Bounded by the client's own limits, not a wall-clock figure (a loaded machine could pass
    one): /slow and /drip never finish while the test runs, so only FAST's limits can end them."""
    source = FeedSource(f"{server.url}{path}", limits=FAST)
    with pytest.raises(SourceFailed, match=reason):
        source.poll(SourceState(source.name, "feed"), {})
    assert not server.release.is_set()
    if path == "/loop":
        assert server.hits.get("/loop", 0) + server.hits.get("/loop-b", 0) <= FAST.max_redirects + 1


def test_a_closed_port_and_a_non_http_url_fail_cleanly(tmp_path):
    with pytest.raises(SourceFailed, match="ConnectError"):
        FeedSource("http://127.0.0.1:9/feed.xml", limits=FAST).poll(SourceState("x", "feed"), {})
    with pytest.raises(SourceFailed, match="cannot read the feed"):
        FeedSource(str(tmp_path / "missing.rss")).poll(SourceState("y", "feed"), {})


def test_following_links_reads_the_page_and_keeps_the_feed_text_when_the_page_fails(server):
    link = server.add("Saraqib", "Short teaser.", dt.date(2020, 2, 8))
    server.pages[link.removeprefix(server.url)] = (
        "<html><head><title>Saraqib taken</title></head><body><article><h1>Saraqib taken</h1>"
        f"<p>{STORY}</p><p>The town lies on the M5 highway, a route both sides have fought over for years, "
        "and its capture opens the road north towards Aleppo.</p></article></body></html>")
    server.add("Broken link", "Rebels said they repelled an attack near Kafr Nabl on Sunday.", dt.date(2020, 2, 9))
    poll = FeedSource(f"{server.url}/feed.xml", follow_links=True, limits=FAST).poll(SourceState("f", "feed"), {})
    read, broken = poll.items
    assert STORY in read.entries[0].text and read.entries[0].url == link
    assert read.entries[0].published == dt.date(2020, 2, 8)
    failure, kept = broken.entries
    assert "linked page not read" in failure.reason and kept.text.startswith("Rebels said")


def test_a_folder_gives_new_and_changed_files_once_settled_and_skips_partial_ones(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY)
    (folder / "b.txt.part").write_text("half written")
    (folder / ".hidden.txt").write_text("editor swap")
    old = time.time() - 3600
    for f in folder.iterdir():
        os.utime(f, (old, old))
    # settled after 10 minutes, not 1 s: a loaded machine could take a second between writing a
    # file and polling, and the file just written would read as settled
    source = FolderSource(folder, settle_s=600.0)
    first = source.poll(SourceState(source.name, "folder"), {})
    assert [i.key for i in first.items] == ["a.txt"]
    seen = {i.key: i.digest for i in first.items}
    assert source.poll(SourceState(source.name, "folder"), seen).items == []
    (folder / "a.txt").write_text(STORY + " Two people were killed.")
    assert source.poll(SourceState(source.name, "folder"), seen).items == []  # still being written, maybe
    os.utime(folder / "a.txt", (old + 1, old + 1))
    changed = source.poll(SourceState(source.name, "folder"), seen)
    assert [i.key for i in changed.items] == ["a.txt"] and "Two people" in changed.items[0].entries[0].text


def test_a_failing_source_backs_off_while_the_others_go_on(server, tmp_path, monkeypatch):
    """The watch loop's clock is the test's: on a loaded machine the real one could pass the 0.3 s
    backoff between two cycles (the source asked again too early) or not pass it in a sleep."""
    clock = [dt.datetime(2020, 2, 8, 12, 0, 0)]
    monkeypatch.setattr(frontwatch.store.watch, "now", lambda: clock[0])
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notes.xyz").write_text("not an article format")
    os.utime(folder / "notes.xyz", (time.time() - 5, time.time() - 5))
    store = Store(tmp_path / "w.duckdb")
    down = FeedSource(f"{server.url}/down", limits=FAST)
    watcher = Watcher(store, [down, FolderSource(folder)], load_rules(), [], interval_s=0.3, max_backoff_s=0.6)
    stop = threading.Event()
    watcher.cycle(stop)
    state = read_source_state(store, down.name, "feed")
    assert state.failures == 1 and "HTTP 503" in state.last_error and state.next_try is not None
    assert store.scalar("SELECT count(*) FROM ingest_failures WHERE origin LIKE '%notes.xyz'") == 1
    assert store.scalar("SELECT count(*) FROM watch_items") == 1  # the folder went on
    watcher.cycle(stop)
    assert server.hits["/down"] == 1  # backing off: not asked again yet
    clock[0] += dt.timedelta(seconds=0.29)
    watcher.cycle(stop)
    assert server.hits["/down"] == 1  # still within the first backoff (interval_s)
    clock[0] += dt.timedelta(seconds=0.02)
    watcher.cycle(stop)
    assert server.hits["/down"] == 2 and read_source_state(store, down.name, "feed").failures == 2
    down.location = down.name = f"{server.url}/feed.xml"  # the same source healed
    store.con.execute("UPDATE watch_sources SET source = ? WHERE source LIKE '%/down'", [down.name])
    clock[0] += dt.timedelta(seconds=0.59)
    watcher.cycle(stop)
    assert server.hits.get("/feed.xml", 0) == 0  # the second backoff is capped at max_backoff_s, not yet over
    clock[0] += dt.timedelta(seconds=0.02)
    watcher.cycle(stop)
    healed = read_source_state(store, down.name, "feed")
    assert healed.failures == 0 and healed.last_error == "" and healed.last_ok is not None
    store.close()


def test_rules_files_in_toml_and_yaml_are_validated(tmp_path):
    toml = tmp_path / "alerts.toml"
    toml.write_text('[change_of_hands]\nregions = ["Idlib"]\n[casualties]\nmin_killed = 25\n')
    rules = load_rules(toml)
    assert rules.change_of_hands.regions == ("Idlib",) and rules.casualties.min_killed == 25
    assert rules.new_actor.skip_types == ("generic",)  # sections left out keep the shipped defaults
    yaml_file = tmp_path / "alerts.yaml"
    yaml_file.write_text("ties:\n  kinds: [fights]\n  changes: [flipped]\n")
    assert load_rules(yaml_file).ties.changes == ("flipped",)
    for text, message in [("[casualtys]\nmin_killed = 1\n", "unknown section 'casualtys'"),
                          ("[casualties]\nmin_killed = 'ten'\n", "expected a whole number"),
                          ("[ties]\nchanges = ['vanished']\n", "each must be one of"),
                          ("[change_of_hands]\nregion = ['Idlib']\n", "unknown key 'region'"),
                          ("[change_of_hands\n", "not valid TOML")]:
        toml.write_text(text)
        with pytest.raises(InvalidSetting, match=message):
            load_rules(toml)


def _alert(n: int) -> Alert:
    return Alert(f"k{n}", "casualties", f"{n} killed", dt.date(2020, 1, n),
                 evidence=[{"sentence": f"{n} killed.", "article_id": "a"}])


def test_the_webhook_is_retried_with_backoff_and_the_jsonl_file_gets_every_alert(server, tmp_path):
    server.webhook_failures = 2
    hook = WebhookSink(f"{server.url}/hook", attempts=4, backoff_s=0.05)
    jsonl = JsonlSink(tmp_path / "out" / "alerts.jsonl")
    for sink in (hook, jsonl):
        sink.send([_alert(1), _alert(2)])
    hook.close(wait_s=5)
    assert [p["key"] for p in server.webhook] == ["k1", "k2"] and hook.delivered == 2 and hook.failed == 0
    lines = [json.loads(line) for line in (tmp_path / "out" / "alerts.jsonl").read_text().splitlines()]
    assert [row["key"] for row in lines] == ["k1", "k2"] and lines[0]["evidence"][0]["sentence"] == "1 killed."


def test_a_dead_webhook_gives_up_after_its_attempts_without_holding_the_caller(monkeypatch):
    """Which thread posted, not how long send took (a loaded machine could make a queued send slow)."""
    posters, post = [], httpx.Client.post

    def noted_post(client: httpx.Client, *args: Any, **kwargs: Any) -> httpx.Response:
        posters.append(threading.current_thread().name)
        return post(client, *args, **kwargs)

    monkeypatch.setattr(httpx.Client, "post", noted_post)
    hook = WebhookSink("http://127.0.0.1:9/hook", attempts=2, backoff_s=0.05, timeout_s=0.5)
    hook.send([_alert(1)])  # queued, not sent inline: the caller's thread posts nothing
    hook.close(wait_s=5)
    assert hook.failed == 1 and hook.delivered == 0
    assert posters == ["frontwatch-webhook"] * 2
