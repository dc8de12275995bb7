"""N worker processes on this machine, each loading the model and knowledge bases once.

Workers start from a fork server (a clean process, not a fork of the parent), so the
parent's DuckDB connection and threads never reach them; results are pickled back
to the one writer in the parent. The fork server loads the engine before it forks
(``scale/preload.py``), so the workers share its read-only pages: the model and the
knowledge bases sit in memory once, not once per worker. While the pool is open the writer
yields to the workers (:func:`yield_to_workers`).
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict
from typing import Any, Generic, TypeVar

from frontwatch.errors import FrontWatchError
from frontwatch.scale.tasks import warm_engine
from frontwatch.settings import Settings

R = TypeVar("R")
PRELOAD = ["frontwatch.scale.preload"]
SETTINGS_VARIABLE = "FRONTWATCH_PRELOAD_SETTINGS"  # read by the fork server's preload


class WorkerLost(FrontWatchError):
    """A worker process died (killed, or out of memory) and took the pool with it."""

    hint = "run the same command again: stored articles are skipped, the rest are redone"


class ProcessExecutor:
    """A process pool whose initializer loads the engine once per process."""

    def __init__(self, settings: Settings) -> None:
        self.workers = settings.workers
        announce(settings)
        self._restore_scheduling = yield_to_workers()  # before the pool starts its threads and processes
        self._pool = ProcessPoolExecutor(
            max_workers=settings.workers,
            mp_context=_context(),
            initializer=warm_engine,
            initargs=(settings,),
        )
        _widen_result_pipe(self._pool)
        self._exiting: threading.Thread | None = None

    def submit(self, fn: Callable[..., R], *args: Any) -> _Outcome[R]:
        return _Outcome(self._pool.submit(fn, *args))

    def release_workers(self) -> None:
        """Tell the workers to exit and go on: a run's writer fuses meanwhile. Joining them took
        about 0.1 s (two processes of some 500 MB each end) in the run's tail, the writer alone."""
        # the pool forgets the thread that joins its workers when it is not waited for: kept to join it in close()
        # _executor_manager_thread is private to concurrent.futures: named so since CPython 3.9 (3.8
        # had _queue_management_thread); checked on the 3.11 CI runs, where test_scale_workers'
        # release tests fail should it go. Missing, close() only shuts the pool down, unjoined
        self._exiting = getattr(self._pool, "_executor_manager_thread", None)
        self._pool.shutdown(wait=False)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        if self._exiting is not None:
            self._exiting.join()
        self._restore_scheduling()


RESULT_PIPE_BYTES = 1 << 20  # Linux's default ceiling for a pipe's size (/proc/sys/fs/pipe-max-size)


def _widen_result_pipe(pool: ProcessPoolExecutor) -> None:
    """Let a worker write a whole task's results into the pipe to the writer at once.

    A task's results (8 articles of the sample) pickle to some 90 KB, more than a pipe's 64 KB:
    the worker stopped in mid-write until the writer's result thread woke, read, and slept again,
    two wake-ups per task instead of one, each taking a core from a worker. With a 1 MB pipe the
    worker goes straight on to its next task. Only where Linux can resize a pipe; the result
    queue is private to concurrent.futures (``_result_queue``, a SimpleQueue over a pipe, since
    CPython 3.2): missing, the pipe keeps its size."""
    try:
        import fcntl
    except ImportError:  # Windows: no pipe to resize
        return
    resize = getattr(fcntl, "F_SETPIPE_SZ", None)  # Linux only (Python 3.10+)
    reader = getattr(getattr(pool, "_result_queue", None), "_reader", None)
    if resize is None or reader is None:
        return
    with contextlib.suppress(OSError):  # a lower system ceiling: the pipe keeps its size
        fcntl.fcntl(reader.fileno(), resize, RESULT_PIPE_BYTES)


class _Outcome(Generic[R]):
    """A pool future whose failure from a dead worker reads as :class:`WorkerLost`."""

    def __init__(self, inner: Future[R]) -> None:
        self._inner = inner

    def result(self) -> R:
        try:
            return self._inner.result()
        except BrokenProcessPool as err:
            raise WorkerLost(f"a worker process died mid-run: {err}") from err

    def cancel(self) -> bool:
        return self._inner.cancel()


def announce(settings: Settings) -> None:
    """Tell a fork server started from now on which engine to load (it inherits this
    process's environment, and imports only module names)."""
    os.environ[SETTINGS_VARIABLE] = json.dumps(asdict(settings))


def yield_to_workers() -> Callable[[], None]:
    """Put the calling thread in Linux's batch scheduling class, and with it what it starts from
    now on (the pool's threads, the fork server, the workers); return what puts it back.

    With N workers on N cores, the writer's threads woke some 550 times in a run of the sample
    (each result read, each batch written) and each wake-up took a core from a worker at once,
    whose caches the writer then filled with its own; a worker's CPU time per article grew with
    the switches it suffered (wakeups.py, counters.py in the notes). A batch-class thread that
    wakes does not preempt: it waits for the running worker's tick, and finds an idle core at
    once when there is one (the run's start and tail). Elsewhere (no batch class, a real-time
    caller, a refusal) scheduling is left as it is."""
    batch = getattr(os, "SCHED_BATCH", None)
    if batch is None or not hasattr(os, "sched_setscheduler"):
        return _unchanged
    try:
        policy, param = os.sched_getscheduler(0), os.sched_getparam(0)
        if policy != os.SCHED_OTHER:
            return _unchanged
        os.sched_setscheduler(0, batch, os.sched_param(0))
    except OSError:
        return _unchanged

    def restore() -> None:
        try:
            os.sched_setscheduler(0, policy, param)
        except OSError:  # the thread keeps the batch class: slower to wake, nothing lost
            return

    return restore


def _unchanged() -> None:
    return None


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where the platform has it (Linux, macOS), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")
