"""The executor contract, the in-process executor, and ordered, bounded dispatch."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from typing import Any, Generic, Protocol, TypeVar

from frontwatch.settings import Settings

T = TypeVar("T")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class ResultLike(Protocol[R_co]):
    """What both concurrent.futures and dask.distributed futures offer."""

    def result(self) -> R_co: ...

    def cancel(self) -> Any: ...


class BatchExecutor(Protocol):
    """Runs picklable functions somewhere; results come back to the caller's process."""

    workers: int

    def submit(self, fn: Callable[..., R], *args: Any) -> ResultLike[R]: ...

    def release_workers(self) -> None:
        """No more work will come: workers may go now, without anyone waiting for them."""

    def close(self) -> None: ...


def completed(value: R) -> Future[R]:
    """A future that already holds ``value`` (for work that needs no worker)."""
    future: Future[R] = Future()
    future.set_result(value)
    return future


class SerialExecutor:
    """Runs each function here and now: one process, no pickling."""

    workers = 1

    def submit(self, fn: Callable[..., R], *args: Any) -> Future[R]:
        return completed(fn(*args))

    def release_workers(self) -> None:
        return None

    def close(self) -> None:
        return None


WORKER_TASKS_PER_BATCH = 4


def task_size(batch_size: int, executor: BatchExecutor) -> int:
    """Items per task. With workers, a batch goes out in quarters: a run ends when the
    slowest worker finishes its last task, and a whole batch (2 s of work on the sample)
    left one worker idle that long; the parse costs the same in batches of 8 as of 32."""
    if executor.workers <= 1:
        return batch_size
    return max(1, -(-batch_size // WORKER_TASKS_PER_BATCH))


def submit_in_tasks(
    executor: BatchExecutor, fn: Callable[..., list[R]], items: list[T], *args: Any
) -> ResultLike[list[R]]:
    """``fn(items, *args)`` as one result in the items' order, run as several tasks when
    workers share it (:func:`task_size`); the batch itself, and so what is read, counted
    and written together, stays whole."""
    size = task_size(len(items), executor)
    parts = [executor.submit(fn, items[i : i + size], *args) for i in range(0, len(items), size)]
    return parts[0] if len(parts) == 1 else _Joined(parts)


class _Joined(Generic[R]):
    """The results of several tasks as one list, in task order."""

    def __init__(self, parts: list[ResultLike[list[R]]]) -> None:
        self.parts = parts

    def result(self) -> list[R]:
        return [item for part in self.parts for item in part.result()]

    def cancel(self) -> bool:
        cancelled = [part.cancel() for part in self.parts]  # every part, not up to the first refusal
        return all(cancelled)


def max_in_flight(executor: BatchExecutor) -> int:
    """Batches out at once: two per worker keeps workers busy and memory flat."""
    return 1 if isinstance(executor, SerialExecutor) else 2 * executor.workers


def ordered_map(
    submit: Callable[[T], ResultLike[R]], items: Iterable[T], *, limit: int
) -> Iterator[tuple[T, R]]:
    """``(item, result)`` in input order, with at most ``limit`` items submitted and unread.

    Waiting on the oldest future (rather than whichever finishes first) keeps writes
    in input order, so runs are deterministic; two batches per worker hide the wait.
    Items are read from ``items`` lazily, so the input streams.
    """
    pending: deque[tuple[T, ResultLike[R]]] = deque()
    try:
        for item in items:
            pending.append((item, submit(item)))
            if len(pending) >= limit:
                head, future = pending.popleft()
                yield head, future.result()
        while pending:
            head, future = pending.popleft()
            yield head, future.result()
    finally:
        for _item, future in pending:
            future.cancel()


def open_executor(settings: Settings) -> BatchExecutor:
    """The executor the settings ask for: Dask, a process pool, or this process."""
    if settings.scheduler:
        from frontwatch.scale.cluster import DaskExecutor

        return DaskExecutor(settings)
    if settings.workers > 1:
        from frontwatch.scale.processes import ProcessExecutor

        return ProcessExecutor(settings)
    return SerialExecutor()
