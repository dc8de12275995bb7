"""Run the product over evaluation texts, with a progress bar on stderr.

This is the only place the evaluations call the pipeline, and it only ever sees
texts (and, for PLOVER, the publication date the record gives): never annotations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from frontwatch.records import ArticleResult
from frontwatch.settings import Settings

if TYPE_CHECKING:
    from frontwatch.contracts import PlaceResolver

CHUNK = 16


def predict_texts(
    texts: Sequence[str],
    *,
    dates: Sequence[dt.date | None] | None = None,
    sources: Sequence[str] | None = None,
    settings: Settings | None = None,
    label: str = "predicting",
) -> list[ArticleResult]:
    """FrontWatch's results for each text, in order, in chunks so progress can be shown
    (with its publication date and source, where given)."""
    from frontwatch.pipeline import process_texts

    date_list = list(dates) if dates is not None else [None] * len(texts)
    source_list = list(sources) if sources is not None else [""] * len(texts)
    results: list[ArticleResult] = []
    with _progress() as progress:
        task = progress.add_task(label, total=len(texts))
        for start in range(0, len(texts), CHUNK):
            chunk = list(texts[start : start + CHUNK])
            chunk_dates = date_list[start : start + CHUNK]
            chunk_sources = source_list[start : start + CHUNK]
            results.extend(
                process_texts(chunk, dates=chunk_dates, sources=chunk_sources, settings=settings)
            )
            progress.advance(task, len(chunk))
    return results


def _progress() -> Progress:
    console = Console(stderr=True)
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=not console.is_terminal,
        disable=not console.is_terminal,
    )


def actor_kb(settings: Settings | None = None) -> Any:
    """The actor knowledge base the pipeline loaded (shared, so it is loaded once)."""
    from frontwatch.pipeline import get_engine

    return get_engine(settings).actor_kb


def gazetteer(settings: Settings | None = None) -> PlaceResolver:
    from frontwatch.pipeline import get_engine

    return get_engine(settings).gazetteer


def count_errors(results: Sequence[ArticleResult]) -> dict[str, Any]:
    """How many articles the pipeline failed on, with the first few messages."""
    failed = [r.error for r in results if r.error]
    return {"pipeline_errors": len(failed), "pipeline_error_examples": failed[:3]}
