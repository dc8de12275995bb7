"""Executor failures reach the user as typed errors with a hint, not as tracebacks."""

import os
import sys

import pytest

from frontwatch.errors import FrontWatchError
from frontwatch.scale import SchedulerUnavailable, open_executor
from frontwatch.scale.processes import WorkerLost
from frontwatch.settings import Settings


def test_a_missing_dask_is_reported_with_the_fix(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    with pytest.raises(SchedulerUnavailable) as caught:
        open_executor(Settings(scheduler="tcp://127.0.0.1:8786"))
    # a missing Dask is fixed by installing the scale extra, not by "--scheduler local"
    assert isinstance(caught.value, FrontWatchError) and "pip install -e '.[scale]'" in caught.value.hint
    assert "--scheduler local" not in caught.value.hint


def test_a_dead_pool_worker_is_reported_as_worker_lost():
    executor = open_executor(Settings(workers=2, model="no_such_model"))  # nothing slow to load
    try:
        with pytest.raises(WorkerLost) as caught:
            executor.submit(os._exit, 1).result()
        assert "again" in caught.value.hint
    finally:
        executor.close()
