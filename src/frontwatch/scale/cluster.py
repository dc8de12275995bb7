"""Batches on a dask.distributed cluster: a scheduler address, or ``local`` for a LocalCluster.

Each worker process loads the model and knowledge bases once (``pipeline.get_engine``
caches per process). Every batch is submitted with retries, and the scheduler
reschedules the tasks of a worker that dies, so a killed worker loses no batch.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from frontwatch.scale.errors import DaskNotInstalled, SchedulerUnavailable
from frontwatch.scale.tasks import warm_engine
from frontwatch.settings import Settings

R = TypeVar("R")
RETRIES = 2
CONNECT_TIMEOUT = "30s"
LOCAL_WORKERS = 2


class DaskExecutor:
    """A Dask client (and the LocalCluster it started, if any)."""

    def __init__(self, settings: Settings) -> None:
        distributed = _import_distributed()
        self._cluster = _local_cluster(distributed, settings) if settings.scheduler == "local" else None
        target = self._cluster if self._cluster is not None else settings.scheduler
        try:
            self.client = distributed.Client(target, timeout=CONNECT_TIMEOUT)
            self.client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as err:
            self.close()
            raise SchedulerUnavailable(f"no Dask scheduler with workers at {settings.scheduler}: {err}") from err
        self.workers = max(1, len(self.client.scheduler_info()["workers"]))
        self.client.run(warm_engine, settings)

    def submit(self, fn: Callable[..., R], *args: Any) -> Any:
        return self.client.submit(fn, *args, retries=RETRIES, pure=False)

    def release_workers(self) -> None:
        return None  # the cluster goes at close(): its workers may serve other clients

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as err:
        raise DaskNotInstalled("--scheduler needs Dask (dask.distributed), which is not installed") from err
    return distributed


def _local_cluster(distributed: Any, settings: Settings) -> Any:
    """Worker processes (not threads: spaCy holds the GIL), one thread each."""
    workers = settings.workers if settings.workers > 1 else LOCAL_WORKERS
    return distributed.LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
