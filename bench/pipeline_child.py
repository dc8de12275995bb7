"""One measured workload, run in a fresh process by bench_pipeline.py; prints one JSON line.

Kinds: ``bare`` (spaCy nlp.pipe, no FrontWatch), ``bare2`` (the same with n_process=2),
``engine_nlp`` (FrontWatch's parse as a run does it: knowledge-base ruler, full pipeline on cue sentences only; nlp only),
``serial`` / ``processes`` / ``dask`` (the whole job: ingest, process, store),
``ingest_only`` (ingest and store with processing replaced by a sentence split).
Start-up (model loading, starting workers) is timed apart from the steady run.
The whole-job kinds also print the seconds of each stage measured in this process
(``stages``; with worker processes only the writer's: store and fusion). With worker
processes, each task's start and end are noted by the worker that ran it (``timeline``):
when each worker began and ended its work, and how long it sat between tasks.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import frontwatch.runner
from frontwatch.records import ArticleResult, Sentence
from frontwatch.runner import run_corpus
from frontwatch.scale import open_executor
from frontwatch.scale.stages import stage_clock
from frontwatch.scale.tasks import worker_pid
from frontwatch.settings import Settings
from frontwatch.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import peak_rss_mb

BATCH = 32
TIMELINE_FOLDER = "FRONTWATCH_BENCH_TIMELINE"  # where workers note their tasks (inherited by the fork server)


class TimeCap(Exception):
    """The run reached its time cap (memory runs on big corpora stop early)."""


class _KeptOpen:
    """A warmed executor the runner may use but not close (start-up is timed apart)."""

    def __init__(self, executor: Any) -> None:
        self.executor, self.workers = executor, executor.workers

    def submit(self, fn, *args):
        return self.executor.submit(fn, *args)

    def release_workers(self) -> None:
        self.executor.release_workers()  # the run has sent its last task: as a run does alone

    def close(self) -> None:
        return None


def read_texts(paths: list[Path]) -> list[str]:
    texts = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    return texts


def timed_batch(articles, settings=None) -> list[ArticleResult]:
    """``process_batch``, noted in a file of the worker's own: when the task began and ended
    (``perf_counter`` is the machine's monotonic clock, the same in every process)."""
    from frontwatch.pipeline import process_batch

    started = time.perf_counter()
    results = process_batch(articles, settings)
    ended = time.perf_counter()
    with open(Path(os.environ[TIMELINE_FOLDER]) / f"{os.getpid()}.jsonl", "a", encoding="utf-8") as notes:
        notes.write(json.dumps([started, ended, len(articles)]) + "\n")
    return results


def timeline(folder: Path, started: float, ended: float) -> list[dict[str, Any]]:
    """Per worker, in seconds from the steady run's start: when its first task began and its
    last ended, the time it computed, and the time it sat between tasks (waiting for work)."""
    workers = []
    for path in sorted(folder.glob("*.jsonl")):
        tasks = sorted(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
        workers.append({
            "tasks": len(tasks), "first_start_s": tasks[0][0] - started, "last_end_s": tasks[-1][1] - started,
            "in_tasks_s": sum(end - start for start, end, _n in tasks),
            "between_tasks_s": sum(later[0] - earlier[1] for earlier, later in itertools.pairwise(tasks)),
            "after_last_s": ended - tasks[-1][1],
        })
    return workers


def run_bare(paths: list[Path], *, n_process: int = 1, batch: int = BATCH) -> dict[str, Any]:
    import spacy

    started = time.perf_counter()
    nlp = spacy.load(Settings().model)
    texts = read_texts(paths)
    loaded, cpu_loaded = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(texts, batch_size=batch, n_process=n_process):
        pass
    return _figures(texts, len(texts), loaded - started, time.perf_counter() - loaded,
                    time.process_time() - cpu_loaded)


def run_engine_nlp(paths: list[Path]) -> dict[str, Any]:
    from frontwatch.pipeline import get_engine

    started = time.perf_counter()
    engine = get_engine()
    texts = read_texts(paths)
    loaded, cpu_loaded = time.perf_counter(), time.process_time()
    for first in range(0, len(texts), BATCH):  # as a run parses: cue sentences fully
        engine.parse(texts[first : first + BATCH])
    return _figures(texts, len(texts), loaded - started, time.perf_counter() - loaded,
                    time.process_time() - cpu_loaded)


def run_job(
    paths: list[Path], db: Path, settings: Settings, *, cap: float | None, warm: bool = True
) -> dict[str, Any]:
    """The whole job after warming the executor; stops at ``cap`` seconds if given."""
    started = time.perf_counter()
    executor = _warmed(settings) if warm else open_executor(settings)
    stage_clock().reset()  # warming parsed a little
    loaded, cpu_loaded = time.perf_counter(), time.process_time()
    frontwatch.runner.open_executor = lambda _settings: _KeptOpen(executor)
    fuse_seconds = _time_fusion()
    done, last_written = [0], [loaded]

    def progress(n: int) -> None:
        done[0] += n
        last_written[0] = time.perf_counter()
        if cap and time.perf_counter() - loaded > cap:
            raise TimeCap

    try:
        with Store(db) as store:
            run_corpus(paths, store=store, settings=settings, on_progress=progress)
    except TimeCap:
        pass
    finally:
        executor.close()
    steady, cpu = time.perf_counter() - loaded, time.process_time() - cpu_loaded
    texts = read_texts(paths)
    # the tail: from the last batch written to the end, the writer alone (workers idle)
    tail = loaded + steady - last_written[0]
    notes = os.environ.get(TIMELINE_FOLDER)
    return {**_figures(texts, done[0], loaded - started, steady, cpu), "fuse_s": fuse_seconds[0], "tail_s": tail,
            "capped": bool(cap and done[0] < len(texts)), "stages": dict(stage_clock().seconds), "stages_cpu": dict(stage_clock().cpu_seconds),
            **({"timeline": timeline(Path(notes), loaded, loaded + steady)} if notes else {})}


def _time_fusion() -> list[float]:
    """Time the runner's fusion step (part of the steady time, done by the writer alone)."""
    fuse, seconds = frontwatch.runner._fuse, [0.0]

    def timed_fuse(store: Store) -> dict[str, int]:
        started = time.perf_counter()
        try:
            return fuse(store)
        finally:
            seconds[0] += time.perf_counter() - started

    frontwatch.runner._fuse = timed_fuse
    return seconds


def _warmed(settings: Settings) -> Any:
    """An executor whose workers have all loaded the engine."""
    executor = open_executor(settings)
    if settings.workers > 1 and not settings.scheduler:
        seen: set[int] = set()
        for _round in range(20):  # the pool's initializer loads the engine before any task
            # all out at once: the pool starts a worker only when none is idle, so tasks sent one
            # after another's result kept one worker, and the run's first batch started the other
            pending = [executor.submit(worker_pid, 0.2) for _ in range(settings.workers)]
            seen |= {future.result() for future in pending}
            if len(seen) >= settings.workers:
                break
    elif not settings.scheduler:
        from frontwatch.pipeline import get_engine

        get_engine(settings)
    return executor


def _split_only(articles, settings=None) -> list[ArticleResult]:
    """Stands in for the pipeline when only ingest and the store are measured."""
    results = []
    for article in articles:
        parts, start = [], 0
        for index, text in enumerate(article.text.split(". ")):
            parts.append(Sentence(article.id, index, start, start + len(text), text))
            start += len(text) + 2
        results.append(ArticleResult(article=article, sentences=parts))
    return results


def _figures(texts: list[str], articles: int, startup: float, steady: float, cpu: float) -> dict[str, Any]:
    """Rates over the steady run; ``cpu_s`` is this process's CPU time in it (with worker
    processes, the writer's alone), which other load on the machine moves far less."""
    words = sum(len(t.split()) for t in texts[:articles])
    return {"articles": articles, "words": words, "startup_s": startup, "steady_s": steady, "cpu_s": cpu,
            "articles_per_s": articles / steady if steady else None,
            "words_per_s": words / steady if steady else None,
            "self_maxrss_mb": peak_rss_mb()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--cap", type=float, default=None)
    parser.add_argument("--batch-size", type=int, default=BATCH)
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args()
    print(json.dumps(measure(args.kind, args.paths, args.db, args.cap, args.batch_size)), flush=True)


def measure(kind: str, paths: list[Path], db: Path | None, cap: float | None, batch: int) -> dict[str, Any]:
    if kind in ("bare", "bare2"):
        return run_bare(paths, n_process=2 if kind == "bare2" else 1, batch=batch)
    if kind == "engine_nlp":
        return run_engine_nlp(paths)
    if kind == "ingest_only":
        import frontwatch.pipeline
        import frontwatch.scale.tasks

        frontwatch.pipeline.process_batch = _split_only
        frontwatch.scale.tasks.kb_actors = lambda _settings: []
        return run_job(paths, db, Settings(batch_size=batch), cap=cap, warm=False)
    if kind.startswith("long_"):  # one long article (bench_pipeline writes it): the serial job
        kind = "serial"
    settings = {"serial": Settings(batch_size=batch), "processes": Settings(batch_size=batch, workers=2),
                "dask": Settings(batch_size=batch, scheduler="local")}[kind]
    if kind != "processes":
        return run_job(paths, db, settings, cap=cap)
    import frontwatch.pipeline

    with tempfile.TemporaryDirectory(prefix="fw-timeline-") as notes:
        os.environ[TIMELINE_FOLDER] = notes  # before the pool (and its fork server) starts
        frontwatch.pipeline.process_batch = timed_batch  # the runner takes it from there at each batch
        return run_job(paths, db, settings, cap=cap)


if __name__ == "__main__":
    sys.exit(main())
