"""`--workers 2` (a local process pool) stores the same records as one process."""

import json

import pytest
from scale_records import stored_records, write_sample_slice
from typer.testing import CliRunner

from frontwatch.cli.main import app
from frontwatch.runner import run_corpus
from frontwatch.settings import Settings
from frontwatch.store import Store

SAMPLE_SIZE = 20
BATCH = 3


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_sample_slice(tmp_path_factory.mktemp("workers") / "sample.jsonl", SAMPLE_SIZE)


@pytest.fixture(scope="module")
def one_process(corpus):
    with Store(":memory:") as store:
        run_corpus([corpus], store=store, settings=Settings(batch_size=BATCH))
        return stored_records(store)


def test_two_worker_processes_store_what_one_process_stores(corpus, one_process, tmp_path):
    db = tmp_path / "two.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db), "--workers", "2",
                                      "--batch-size", str(BATCH), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[-1])["processed"] == SAMPLE_SIZE
    with Store(db, read_only=True) as store:
        two_processes = stored_records(store)
    assert one_process["events"], "the sample should yield events"
    assert two_processes == one_process


def _engine_cache() -> tuple[int, int]:
    """(loads, reuses) of the engine cache this worker process holds (runs on a worker)."""
    from frontwatch.pipeline import _engine

    info = _engine.cache_info()
    return info.misses, info.hits


def test_workers_share_the_engine_the_fork_server_loaded():
    from frontwatch.scale.processes import ProcessExecutor

    executor = ProcessExecutor(Settings(workers=2))
    try:
        caches = [executor.submit(_engine_cache).result() for _ in range(4)]
    finally:
        executor.close()
    # the one load is the fork server's, inherited; the worker's own start-up reused it
    # (a worker that loaded the model itself would show no reuse)
    assert all(loads == 1 and reuses >= 1 for loads, reuses in caches), caches
