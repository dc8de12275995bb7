"""The watch loop: poll each source in turn, process what is new, fuse it in, alert, remember.

The watcher is the store's one writer; a server in the same process reads through cursors of
its own (DuckDB's snapshots: readers see each commit whole, and never wait on the writer).
One poll of one source is one unit of work, ended by one commit of the items read, the
articles checked and the alerts sent (see :func:`frontwatch.store.watch.commit_poll`): a
stop request is honoured between units, never inside one. A source that fails (down, slow,
malformed, too big, redirecting in a loop) is logged and tried again after a backoff that
doubles up to ``max_backoff_s``; the other sources go on meanwhile.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from frontwatch.pipeline import process_batch
from frontwatch.records import Article, IngestFailure
from frontwatch.settings import Settings
from frontwatch.store import Store
from frontwatch.store import watch as state
from frontwatch.watch.alerts import Alert, detect_alerts
from frontwatch.watch.incremental import fuse_new_articles
from frontwatch.watch.rules import AlertRules
from frontwatch.watch.sinks import Sink
from frontwatch.watch.sources import Item, Poll, Source, SourceFailed

log = logging.getLogger("frontwatch.watch")


@dataclass(slots=True)
class WatchStats:
    polls: int = 0
    articles_processed: int = 0
    articles_skipped: int = 0
    failures: int = 0
    source_errors: int = 0
    alerts: int = 0
    last_alerts: list[Alert] = field(default_factory=list)


@dataclass(slots=True)
class Watcher:
    store: Store
    sources: Sequence[Source]
    rules: AlertRules
    sinks: Sequence[Sink]
    settings: Settings = field(default_factory=Settings)
    interval_s: float = 60.0
    max_backoff_s: float = 3600.0
    stats: WatchStats = field(default_factory=WatchStats)
    on_cycle: Callable[[WatchStats], None] | None = None

    def run(self, stop: threading.Event, *, cycles: int | None = None) -> WatchStats:
        """Poll until ``stop`` is set (or for ``cycles`` rounds), sleeping ``interval_s`` between rounds."""
        self._sync_actors()
        done = 0
        while not stop.is_set() and (cycles is None or done < cycles):
            backlog = self.cycle(stop)
            done += 1
            if self.on_cycle:
                self.on_cycle(self.stats)
            if not backlog:
                stop.wait(self.interval_s)
        return self.stats

    def cycle(self, stop: threading.Event) -> bool:
        """One round over the sources; True when some source has more waiting."""
        backlog = False
        for source in self.sources:
            if stop.is_set():
                break
            backlog |= self.poll_source(source, stop)
        return backlog

    def poll_source(self, source: Source, stop: threading.Event) -> bool:
        known = state.read_source_state(self.store, source.name, source.kind)
        if known.next_try and state.now() < known.next_try:
            return False
        try:
            poll = source.poll(known, state.read_item_digests(self.store, source.name))
        except SourceFailed as err:
            self._failed(known, str(err))
            return False
        self.stats.polls += 1
        if not self._absorb(source.name, poll, stop):
            return False
        state.write_source_state(self.store, replace(
            known, etag=poll.etag or known.etag, last_modified=poll.last_modified or known.last_modified,
            failures=0, next_try=None, last_ok=state.now(), last_error=""))
        return poll.backlog

    def _failed(self, known: state.SourceState, reason: str) -> None:
        failures = known.failures + 1
        wait = min(self.max_backoff_s, self.interval_s * 2 ** min(failures - 1, 20))
        log.warning("source %s failed (%d in a row; next try in %.0f s): %s", known.source, failures, wait, reason)
        self.stats.source_errors += 1
        state.write_source_state(self.store, replace(
            known, failures=failures, next_try=state.now() + dt.timedelta(seconds=wait), last_error=reason))

    def _absorb(self, source: str, poll: Poll, stop: threading.Event) -> bool:
        """Process a poll's new articles in batches, fuse them in, alert, and mark it all done;
        False when asked to stop between batches (nothing marked: the next run resumes there,
        finding the batches already written stored)."""
        articles = _unique(e for item in poll.items for e in item.entries if isinstance(e, Article))
        failures = [e for item in poll.items for e in item.entries if isinstance(e, IngestFailure)]
        self.store.record_failures(failures)
        self.stats.failures += len(failures)
        stored = self.store.stored_article_ids(a.id for a in articles)
        new = [a for a in articles if a.id not in stored]
        self.stats.articles_skipped += len(articles) - len(new)
        for start in range(0, len(new), self.settings.batch_size):
            if stop.is_set():
                return False
            batch = new[start:start + self.settings.batch_size]
            results = process_batch(batch, self.settings)
            self.store.write_results(results)
            self.stats.articles_processed += len(batch)
        self._alert(source, poll.items, [a.id for a in articles])
        return True

    def _alert(self, source: str, items: list[Item], article_ids: list[str]) -> None:
        unchecked = sorted(state.unchecked_article_ids(self.store, article_ids))
        alerts: list[Alert] = []
        if unchecked:
            fuse_new_articles(self.store, unchecked)
            found = detect_alerts(self.store, unchecked, self.rules)
            sent = state.known_alert_keys(self.store, (a.key for a in found))
            alerts = [a for a in found if a.key not in sent]
        state.commit_poll(self.store, source, [(i.key, i.digest) for i in items], unchecked,
                          [state.StoredAlert(a.key, a.kind, a.summary, a.payload()) for a in alerts])
        self.stats.alerts += len(alerts)
        self.stats.last_alerts = alerts
        for sink in self.sinks:
            sink.send(alerts)

    def _sync_actors(self) -> None:
        """The actors table mirrors the knowledge base the pipeline uses (names for alerts and the UI)."""
        from frontwatch.scale.tasks import kb_actors

        self.store.sync_actors(kb_actors(self.settings))


def _unique(articles: Iterable[Article]) -> list[Article]:
    seen: dict[str, Article] = {}
    for article in articles:
        seen.setdefault(article.id, article)
    return list(seen.values())
