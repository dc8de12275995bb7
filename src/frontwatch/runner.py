"""The main job: ingest inputs, process new articles in batches, write to the store.

Articles stream through in batches (memory stays flat whatever the corpus size);
batches run here, on a local process pool or on a Dask cluster (see
:mod:`frontwatch.scale`), at most a few at a time, and come back in input order to
the one store writer. Already-stored articles are skipped, which makes re-runs
no-ops and killed runs resumable.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from frontwatch.ingest import ColumnMap, iter_inputs
from frontwatch.ingest.language import is_read
from frontwatch.records import Actor, Article, ArticleResult, IngestFailure
from frontwatch.scale import BatchExecutor, open_executor, ordered_map
from frontwatch.scale.base import ResultLike, completed, max_in_flight, submit_in_tasks
from frontwatch.scale.stages import stage_clock
from frontwatch.settings import Settings
from frontwatch.store import Store
from frontwatch.store.fused import fusion_is_stale

Progress = Callable[[int], None]


@dataclass
class RunSummary:
    """What a run did, for the terminal and for --json."""

    seen: int = 0
    processed: int = 0
    skipped_existing: int = 0
    failed: int = 0
    processing_errors: int = 0
    events: int = 0
    relations: int = 0
    control_changes: int = 0
    fused: dict[str, int] = field(default_factory=dict)
    failures: list[dict[str, str]] = field(default_factory=list)
    # stored unread because FrontWatch does not read their language: count per language, and each one
    skipped_language: dict[str, int] = field(default_factory=dict)
    skipped: list[dict[str, str]] = field(default_factory=list)
    furniture: dict[str, int] = field(default_factory=dict)  # pieces of page furniture left out, per kind


@dataclass
class _Batch:
    """Articles to process, and how many inputs they came from (for progress)."""

    articles: list[Article]
    inputs: int


def sample_corpus_path() -> Path:
    """The bundled sample corpus: public-domain reporting (VOA, US military releases) on the
    wars in Syria and Iraq; see data/sample/ATTRIBUTION.md."""
    return Path(str(resources.files("frontwatch.data.sample").joinpath("news_articles.jsonl")))


def run_corpus(
    paths: Sequence[str | Path],
    *,
    store: Store,
    settings: Settings | None = None,
    user_date: dt.date | None = None,
    columns: ColumnMap | None = None,
    on_progress: Progress | None = None,
) -> RunSummary:
    """Ingest and process every article under ``paths`` into ``store``."""
    settings = settings or Settings()
    summary = RunSummary()
    items = iter_inputs(paths, columns=columns, user_date=user_date)
    executor = open_executor(settings)
    try:
        tail = _Tail(store, _ask_actors(settings, executor))
        with store.on_one_thread(executor.workers > 1):  # the workers have every core
            _process_all(items, store, settings, executor, summary, on_progress, tail.prepare)
            tail.prepare()
        executor.release_workers()  # they end while the writer fuses
        if summary.processed or fusion_is_stale(store):
            summary.fused = _fuse(store)
    finally:
        executor.close()
    return summary


class _Tail:
    """What the writer does once every batch is in, done as soon as it can be.

    After the last batch the workers sit idle while the writer syncs the actors table and fuses:
    that tail is the part of a run no second core shortens. The actors (asked of a worker before
    the first batch) and fusion's code and tables do not depend on the batches, so the writer
    takes them in after its first batch, while the workers still parse.
    """

    def __init__(self, store: Store, actors: ResultLike[list[Actor]]) -> None:
        self.store, self.actors, self.done = store, actors, False

    def prepare(self) -> None:
        if self.done:
            return
        from frontwatch.fusion import prepare_fusion

        self.store.sync_actors(self.actors.result())
        prepare_fusion()
        self.done = True


def _fuse(store: Store) -> dict[str, int]:
    """Re-fuse events across all stored articles (new reports may join old events)."""
    from frontwatch.fusion import fuse_store

    with stage_clock().timing("fusion"):
        return fuse_store(store)


def _process_all(
    items: Iterable[Article | IngestFailure],
    store: Store,
    settings: Settings,
    executor: BatchExecutor,
    summary: RunSummary,
    on_progress: Progress | None,
    after_first_batch: Callable[[], None],
) -> None:
    in_flight: set[str] = set()  # read but not yet written: never processed twice
    read = _Exhaustible(_batches(items, settings.batch_size))
    batches = (_Batch(_take_new(raw, store, summary, in_flight), len(raw)) for raw in read)
    writes = _Writes(store, summary, in_flight, on_progress)

    def submit(batch: _Batch) -> ResultLike[list[ArticleResult]]:
        return _submit(executor, batch.articles, settings)

    try:
        for batch, results in ordered_map(submit, batches, limit=max_in_flight(executor)):
            writes.add(batch, results)
            after_first_batch()  # once; later calls return at once
            if not writes.articles or writes.articles >= WRITE_AT_LEAST or read.exhausted:
                writes.flush()  # (nothing to write: the batch's articles were stored; its progress told now)
    finally:
        writes.flush()  # what came back before an error is kept, not redone


# Results are written once this many articles' are in, or the input is read to its end. Each
# write costs the writer some 22 ms of CPU whatever its size (eleven statements and a commit;
# each further article 0.3 ms), taken from the workers' cores: the sample written 32 articles
# at a time cost 0.28 CPU s, 128 at a time 0.10 (write_cost in the notes of h-speed21). Once
# the input is read only the batches still out remain, written one by one as they come, so
# the run's tail (the workers idle) holds the last batch's write, as before.
WRITE_AT_LEAST = 128


class _Exhaustible:
    """An iterator that tells whether it has reached its end."""

    def __init__(self, items: Iterable[list[Article | IngestFailure]]) -> None:
        self._items, self.exhausted = iter(items), False

    def __iter__(self) -> Iterator[list[Article | IngestFailure]]:
        yield from self._items
        self.exhausted = True


class _Writes:
    """Batches' results waiting to be written together (in input order, one transaction)."""

    def __init__(self, store: Store, summary: RunSummary, in_flight: set[str], on_progress: Progress | None) -> None:
        self.store, self.summary, self.in_flight, self.on_progress = store, summary, in_flight, on_progress
        self.waiting: list[tuple[_Batch, list[ArticleResult]]] = []
        self.articles = 0

    def add(self, batch: _Batch, results: list[ArticleResult]) -> None:
        self.waiting.append((batch, results))
        self.articles += len(results)

    def flush(self) -> None:
        waiting, self.waiting, self.articles = self.waiting, [], 0  # a failed write is not tried again
        if not waiting:
            return
        results = [result for _batch, batch_results in waiting for result in batch_results]
        with stage_clock().timing("store"):
            self.store.write_results(results)
        for batch, batch_results in waiting:
            self.in_flight.difference_update(a.id for a in batch.articles)
            _count(batch_results, self.summary)
        if self.on_progress:
            self.on_progress(sum(batch.inputs for batch, _results in waiting))


def _submit(executor: BatchExecutor, articles: list[Article], settings: Settings) -> ResultLike[list[ArticleResult]]:
    if not articles:
        return completed([])
    from frontwatch.pipeline import process_batch

    return submit_in_tasks(executor, process_batch, articles, settings)


def _take_new(
    batch: list[Article | IngestFailure], store: Store, summary: RunSummary, in_flight: set[str]
) -> list[Article]:
    failures = [item for item in batch if isinstance(item, IngestFailure)]
    store.record_failures(failures)
    summary.failed += len(failures)
    summary.failures.extend({"origin": f.origin, "reason": f.reason} for f in failures)
    articles = _unique([item for item in batch if isinstance(item, Article)])
    summary.seen += len(articles)
    stored = store.stored_article_ids(a.id for a in articles) | (in_flight & {a.id for a in articles})
    summary.skipped_existing += len(stored)
    new = [a for a in articles if a.id not in stored]
    _store_unread(store, [a for a in new if not is_read(a.language)], summary)
    new = [a for a in new if is_read(a.language)]
    in_flight.update(a.id for a in new)
    return new


def _store_unread(store: Store, articles: list[Article], summary: RunSummary) -> None:
    """Articles in a language FrontWatch does not read: stored as skipped, counted, listed."""
    store.write_results([ArticleResult(a, skipped=f"language not read: {a.language}") for a in articles])
    for article in articles:
        summary.skipped_language[article.language] = summary.skipped_language.get(article.language, 0) + 1
        summary.skipped.append({"origin": article.origin, "language": article.language})


def _unique(articles: list[Article]) -> list[Article]:
    seen: dict[str, Article] = {}
    for article in articles:
        seen.setdefault(article.id, article)
    return list(seen.values())


def _count(results: list[ArticleResult], summary: RunSummary) -> None:
    for result in results:
        summary.processed += 1
        summary.processing_errors += bool(result.error)
        summary.events += len(result.events)
        summary.relations += len(result.relations)
        summary.control_changes += len(result.control_changes)
        for piece in result.article.furniture:
            summary.furniture[piece.kind] = summary.furniture.get(piece.kind, 0) + 1


def _ask_actors(settings: Settings, executor: BatchExecutor) -> ResultLike[list[Actor]]:
    """The actors of the KB the workers use (loaded there, not here), for the actors table to
    mirror. Asked before the first batch, so that at the end, while the workers sit idle, the
    writer only writes them: asked then, a worker sent them back after the last batch."""
    from frontwatch.scale.tasks import kb_actors

    return executor.submit(kb_actors, settings)


def _batches(items: Iterable[Article | IngestFailure], size: int) -> Iterator[list[Article | IngestFailure]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
