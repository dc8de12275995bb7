"""While workers hold the cores, the writer wakes as little as it can.

DuckDB's own threads and a result pipe smaller than a task's results each woke the writer's
process again and again, taking a core from a worker every time. The run's output is the same.
"""

import fcntl
import os

import pytest
from scale_records import use_fake_pipeline

import frontwatch.runner
from frontwatch.runner import run_corpus
from frontwatch.scale.base import SerialExecutor, completed
from frontwatch.scale.processes import RESULT_PIPE_BYTES, SETTINGS_VARIABLE, ProcessExecutor
from frontwatch.settings import Settings
from frontwatch.store import Store


class _TwoWorkers(SerialExecutor):
    """Runs each task here, counted as two workers (as a pool of two is)."""

    workers = 2

    def submit(self, fn, *args):
        return completed(fn(*args))


@pytest.fixture
def threads_at_each_write(monkeypatch):
    """DuckDB's thread count as each batch of results is written."""
    use_fake_pipeline(monkeypatch)
    seen = []
    write = Store.write_results

    def noted(self, results):
        seen.append(int(self.scalar("SELECT current_setting('threads')")))
        write(self, results)

    monkeypatch.setattr(Store, "write_results", noted)
    monkeypatch.setattr(frontwatch.runner, "WRITE_AT_LEAST", 2)
    return seen


def _corpus(tmp_path, n):
    corpus = tmp_path / "c.jsonl"
    lines = [f'{{"text": "Mortar rounds hit the depot of district number {i} overnight."}}' for i in range(n)]
    corpus.write_text("\n".join(lines), encoding="utf-8")
    return corpus


def _threads(store):
    return int(store.scalar("SELECT current_setting('threads')"))


def test_beside_workers_the_writer_runs_duckdb_on_its_own_thread_then_gives_its_threads_back(
        threads_at_each_write, tmp_path, monkeypatch):
    monkeypatch.setattr(frontwatch.runner, "open_executor", lambda settings: _TwoWorkers())
    with Store(":memory:") as store:
        store.con.execute("SET threads = 3")
        summary = run_corpus([_corpus(tmp_path, 6)], store=store, settings=Settings(batch_size=2))
        assert _threads(store) == 3
        assert store.scalar("SELECT count(*) FROM events") == 6
    assert summary.processed == 6
    assert threads_at_each_write and set(threads_at_each_write) == {1}


def test_one_process_leaves_duckdb_its_threads(threads_at_each_write, tmp_path):
    with Store(":memory:") as store:
        store.con.execute("SET threads = 3")
        run_corpus([_corpus(tmp_path, 4)], store=store, settings=Settings(batch_size=2))
    assert threads_at_each_write and set(threads_at_each_write) == {3}


def test_the_threads_come_back_when_a_write_fails(tmp_path):
    with Store(":memory:") as store:
        store.con.execute("SET threads = 3")
        with pytest.raises(RuntimeError, match="lost"), store.on_one_thread():
            assert _threads(store) == 1
            raise RuntimeError("lost")
        assert _threads(store) == 3


@pytest.mark.skipif(not hasattr(fcntl, "F_GETPIPE_SZ"), reason="pipes are resized on Linux only")
def test_a_pools_result_pipe_holds_a_whole_tasks_results(monkeypatch):
    """A task's results for 8 articles of the sample pickle to about 90 KB; a pipe holds 64 KB
    unless widened (no process starts before the first task)."""
    monkeypatch.delenv(SETTINGS_VARIABLE, raising=False)  # the pool announces its settings: put back after
    executor = ProcessExecutor(Settings(workers=2))
    try:
        reader = executor._pool._result_queue._reader
        assert fcntl.fcntl(reader.fileno(), fcntl.F_GETPIPE_SZ) >= min(RESULT_PIPE_BYTES, _pipe_ceiling())
    finally:
        executor.close()


def _pipe_ceiling():
    with open("/proc/sys/fs/pipe-max-size", encoding="ascii") as ceiling:
        return int(ceiling.read()) if os.geteuid() else RESULT_PIPE_BYTES
