"""Where alerts go: the terminal (Rich), a JSONL file (one alert a line, appended and flushed)
and optionally a webhook (a JSON POST, retried with backoff on a thread of its own so a slow
or dead receiver never holds the watcher)."""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import httpx
from rich.console import Console
from rich.markup import escape

from frontwatch.watch.alerts import Alert

log = logging.getLogger("frontwatch.watch")


class Sink(Protocol):
    def send(self, alerts: Sequence[Alert]) -> None: ...

    def close(self) -> None: ...


class TerminalSink:
    def __init__(self, console: Console) -> None:
        self.console = console

    def send(self, alerts: Sequence[Alert]) -> None:
        for alert in alerts:
            self.console.print(f"[bold red]ALERT[/bold red] [bold]{escape(alert.summary)}[/bold]"
                               f"  [dim]{alert.kind} {alert.date or ''}[/dim]")
            for ev in alert.evidence[:3]:
                where = ev.get("url") or ev.get("source") or ev.get("article_id")
                self.console.print(f"   “{escape(ev['sentence'])}”  [dim]{escape(str(ev.get('outlet') or ''))} "
                                   f"{escape(str(where))}[/dim]")

    def close(self) -> None:
        return None


class JsonlSink:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)

    def send(self, alerts: Sequence[Alert]) -> None:
        if not alerts:
            return
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        with self.path.open("a", encoding="utf-8") as handle:
            for alert in alerts:
                handle.write(json.dumps({**alert.payload(), "detected_at": stamp}, ensure_ascii=False) + "\n")

    def close(self) -> None:
        return None


class WebhookSink:
    """POSTs each alert as JSON; ``attempts`` tries per alert, waits doubling from ``backoff_s``."""

    def __init__(self, url: str, *, attempts: int = 4, backoff_s: float = 1.0, timeout_s: float = 10.0,
                 max_queued: int = 1000) -> None:
        self.url, self.attempts, self.backoff_s, self.timeout_s = url, attempts, backoff_s, timeout_s
        self.queue: queue.Queue[dict[str, Any] | None] = queue.Queue(maxsize=max_queued)
        self.delivered = 0
        self.failed = 0
        self._thread = threading.Thread(target=self._deliver_all, name="frontwatch-webhook", daemon=True)
        self._thread.start()

    def send(self, alerts: Sequence[Alert]) -> None:
        for alert in alerts:
            try:
                self.queue.put_nowait(alert.payload())
            except queue.Full:
                self.failed += 1
                log.warning("webhook queue full: alert %s not posted (it is in the JSONL file and the store)",
                            alert.key)

    def close(self, wait_s: float = 10.0) -> None:
        """Deliver what is queued (for at most ``wait_s``), then stop."""
        self.queue.put(None)
        self._thread.join(wait_s)

    def _deliver_all(self) -> None:
        with httpx.Client(timeout=self.timeout_s, trust_env=False) as client:
            while (payload := self.queue.get()) is not None:
                self._deliver(client, payload)

    def _deliver(self, client: httpx.Client, payload: dict[str, Any]) -> None:
        for attempt in range(self.attempts):
            try:
                response = client.post(self.url, json=payload)
                if response.status_code < 300:
                    self.delivered += 1
                    return
                reason = f"HTTP {response.status_code}"
            except httpx.HTTPError as err:
                reason = f"{type(err).__name__}: {err}"
            log.warning("webhook %s: attempt %d failed (%s)", self.url, attempt + 1, reason)
            if attempt + 1 < self.attempts:
                time.sleep(self.backoff_s * 2**attempt)
        self.failed += 1
        log.error("webhook %s: gave up on alert %s after %d attempts", self.url, payload.get("key"), self.attempts)
