"""Small picklable functions the executors run on workers, besides process_batch."""

from __future__ import annotations

from frontwatch.records import Actor
from frontwatch.settings import Settings


def warm_engine(settings: Settings) -> bool:
    """Load the model and knowledge bases now, so the first batch is not slowed by it."""
    from frontwatch.pipeline import get_engine

    try:
        get_engine(settings)
    except Exception:  # noqa: BLE001 - the first batch raises the same error with its traceback
        return False
    return True


def kb_actors(settings: Settings) -> list[Actor]:
    """The actors of the knowledge base a worker uses (the parent need not load it)."""
    from frontwatch.pipeline import get_engine

    return list(get_engine(settings).actor_kb.actors.values())


def worker_pid(pause: float = 0.0) -> int:
    """This worker's process id, after ``pause`` seconds (to see every worker is up)."""
    import os
    import time

    time.sleep(pause)
    return os.getpid()
