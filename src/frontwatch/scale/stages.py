"""Seconds spent in each stage of the job, summed per process (read by the benchmark).

The stages are the ones a run goes through: ``parse`` (spaCy and the sentence gate),
``resolution`` (actors), ``geocoding`` (places), ``extraction``, ``store`` (the writer)
and ``fusion``. Timing costs two clock reads per stage and article, nothing a run notices.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

STAGES = ("parse", "resolution", "geocoding", "extraction", "store", "fusion")


class StageClock:
    """Accumulates wall-clock and CPU seconds per stage name."""

    def __init__(self) -> None:
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self.cpu_seconds: defaultdict[str, float] = defaultdict(float)

    @contextmanager
    def timing(self, stage: str) -> Iterator[None]:
        started, cpu_started = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.seconds[stage] += time.perf_counter() - started
            self.cpu_seconds[stage] += time.process_time() - cpu_started

    def shares(self) -> dict[str, float]:
        """Each stage's fraction of the time measured in all of them."""
        total = sum(self.seconds.values())
        return {stage: self.seconds.get(stage, 0.0) / total if total else 0.0 for stage in STAGES}

    def reset(self) -> None:
        self.seconds.clear()
        self.cpu_seconds.clear()

    def saved(self) -> tuple[dict[str, float], dict[str, float]]:
        """What the clock holds now, for :meth:`restore` (work that is no run's: the warm-up)."""
        return dict(self.seconds), dict(self.cpu_seconds)

    def restore(self, saved: tuple[dict[str, float], dict[str, float]]) -> None:
        self.reset()
        self.seconds.update(saved[0])
        self.cpu_seconds.update(saved[1])


_CLOCK = StageClock()


def stage_clock() -> StageClock:
    """This process's clock (workers keep their own)."""
    return _CLOCK
