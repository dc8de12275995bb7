"""The main job: ingest inputs, process new articles in batches, write to the store.

Articles stream through in batches (memory stays flat whatever the corpus size);
already-stored articles are skipped, which makes re-runs no-ops and killed runs
resumable.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from frontwatch.ingest import ColumnMap, iter_inputs
from frontwatch.records import Article, ArticleResult, IngestFailure
from frontwatch.settings import Settings
from frontwatch.store import Store

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
    failures: list[dict[str, str]] = field(default_factory=list)


def sample_corpus_path() -> Path:
    """The bundled sample corpus (FA-KES article texts, CC BY 4.0)."""
    return Path(str(resources.files("frontwatch.data.sample").joinpath("fakes_articles.jsonl")))


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
    for batch in _batches(items, settings.batch_size):
        articles = _take_new(batch, store, summary)
        results = process_articles(articles, settings)
        store.write_results(results)
        _count(results, summary)
        if on_progress:
            on_progress(len(batch))
    _sync_knowledge(store, settings)
    return summary


def process_articles(articles: list[Article], settings: Settings) -> list[ArticleResult]:
    """Process one batch here or on the configured workers."""
    if not articles:
        return []
    from frontwatch.pipeline import process_batch

    return process_batch(articles, settings)


def _take_new(batch: list[Article | IngestFailure], store: Store, summary: RunSummary) -> list[Article]:
    failures = [item for item in batch if isinstance(item, IngestFailure)]
    store.record_failures(failures)
    summary.failed += len(failures)
    summary.failures.extend({"origin": f.origin, "reason": f.reason} for f in failures)
    articles = _unique([item for item in batch if isinstance(item, Article)])
    summary.seen += len(articles)
    stored = store.stored_article_ids(a.id for a in articles)
    summary.skipped_existing += len(stored)
    return [a for a in articles if a.id not in stored]


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


def _sync_knowledge(store: Store, settings: Settings) -> None:
    from frontwatch.pipeline import get_engine

    store.sync_actors(get_engine(settings).actor_kb.actors.values())


def _batches(items: Iterable[Article | IngestFailure], size: int) -> Iterator[list[Article | IngestFailure]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
