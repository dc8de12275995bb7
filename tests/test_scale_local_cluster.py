"""A real two-worker Dask LocalCluster stores what one process stores, even if a worker dies."""

import os
import signal
import threading
import time

import pytest
from scale_records import stored_records, write_sample_slice

import frontwatch.runner
from frontwatch.runner import run_corpus
from frontwatch.scale.cluster import DaskExecutor
from frontwatch.settings import Settings
from frontwatch.store import Store

pytest.importorskip("distributed")

SAMPLE_SIZE = 20
BATCH = 2


class _KeptOpen:
    """The module's cluster, which a run must not close (the runner closes its executor)."""

    def __init__(self, executor: DaskExecutor) -> None:
        self.executor, self.workers = executor, executor.workers

    def submit(self, fn, *args):
        return self.executor.submit(fn, *args)

    def release_workers(self) -> None:
        return None

    def close(self) -> None:
        return None


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_sample_slice(tmp_path_factory.mktemp("cluster") / "sample.jsonl", SAMPLE_SIZE)


@pytest.fixture(scope="module")
def one_process(corpus):
    with Store(":memory:") as store:
        run_corpus([corpus], store=store, settings=Settings(batch_size=BATCH))
        return stored_records(store)


@pytest.fixture(scope="module")
def cluster(one_process):  # after the reference run, so both run the same code
    executor = DaskExecutor(Settings(scheduler="local"))
    yield executor
    executor.close()


def _run_on(cluster, corpus, monkeypatch, on_progress=None):
    monkeypatch.setattr(frontwatch.runner, "open_executor", lambda settings: _KeptOpen(cluster))
    with Store(":memory:") as store:
        run_corpus([corpus], store=store, settings=Settings(batch_size=BATCH, scheduler="local"),
                   on_progress=on_progress)
        return stored_records(store)


def test_a_local_cluster_has_two_single_threaded_worker_processes(cluster):
    workers = cluster.client.scheduler_info()["workers"].values()
    assert [w["nthreads"] for w in workers] == [1, 1]
    assert len(set(cluster.client.run(os.getpid).values()) | {os.getpid()}) == 3


def test_a_local_cluster_stores_what_one_process_stores(cluster, corpus, one_process, monkeypatch):
    assert one_process["events"], "the sample should yield events"
    assert _run_on(cluster, corpus, monkeypatch) == one_process


def _busy_worker(cluster) -> tuple[str, int] | None:
    """A worker that holds a batch now (address, pid), if any."""
    pids = cluster.client.run(os.getpid)
    busy = [address for address, keys in cluster.client.processing().items() if keys]
    return next(((a, pids[a]) for a in busy if a in pids), None)


def _slow_workers(cluster, seconds: float) -> None:
    """Each batch takes the workers at least ``seconds`` more (or its former time again, if
    ``seconds`` is 0), so batches are still out when the first write lands however fast the
    machine: otherwise the run can end before a busy worker is seen."""

    def slow() -> None:  # runs in each worker; pickled by value
        from frontwatch import pipeline

        real = getattr(pipeline, "_unslowed_get_engine", pipeline.get_engine)
        pipeline._unslowed_get_engine = real

        def get_engine(settings=None):
            time.sleep(seconds)
            return real(settings)

        pipeline.get_engine = get_engine if seconds else real

    cluster.client.run(slow)


def test_a_worker_killed_mid_run_loses_no_batch(cluster, corpus, one_process, monkeypatch):
    first_batch_written, killed = threading.Event(), []
    _slow_workers(cluster, 0.5)

    def kill_a_busy_worker():
        first_batch_written.wait(timeout=120)
        # whichever worker holds a batch: a fixed one may have finished its share already
        for _ in range(200):
            found = _busy_worker(cluster)
            if found is not None:
                killed.append(found[1])
                os.kill(found[1], signal.SIGKILL)  # a worker process of this test's cluster
                return
            time.sleep(0.05)

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    try:
        result = _run_on(cluster, corpus, monkeypatch, on_progress=lambda n: first_batch_written.set())
    finally:
        killer.join()
        _slow_workers(cluster, 0)
    assert len(killed) == 1, "no worker held a batch after the first was written"
    assert killed[0] not in cluster.client.run(os.getpid).values()
    assert result == one_process
