"""`--workers 2` (a local process pool) stores the same records as one process."""

import json
import os
import subprocess
import sys

import pytest
from scale_records import stored_records, write_sample_slice
from typer.testing import CliRunner

from frontwatch.cli.main import app
from frontwatch.runner import run_corpus
from frontwatch.scale.processes import yield_to_workers
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


_SHARED_ENGINE_PROBE = """
import json
from frontwatch.pipeline import _engine
from frontwatch.scale.processes import ProcessExecutor
from frontwatch.settings import Settings

def engine_cache():
    info = _engine.cache_info()
    return info.misses, info.hits

if __name__ == "__main__":
    executor = ProcessExecutor(Settings(workers=2))
    try:
        print(json.dumps([executor.submit(engine_cache).result() for _ in range(4)]))
    finally:
        executor.close()
"""


def test_workers_share_the_engine_the_fork_server_loaded(tmp_path):
    caches = _run_probe(_SHARED_ENGINE_PROBE, tmp_path)
    # the one load is the fork server's, inherited; the worker's own start-up reused it
    # (a worker that loaded the model itself would show no reuse)
    assert all(loads == 1 and reuses >= 1 for loads, reuses in caches), caches


_FIRST_TASK_PROBE = """
import json, sys
import yaml
from frontwatch.pipeline import process_texts
from frontwatch.scale.processes import ProcessExecutor
from frontwatch.settings import Settings

TEXTS = [
    "Militia fighters stormed two villages on Sunday, killing eight people, residents said.",
    "European officials blamed the raid near the frontier on a group led by Karel Ostrand.",
    "Troops loyal to the council retook the airport from insurgents after a week of clashes.",
]

def first_task_loads():
    modules, tables, load = set(sys.modules), [], yaml.load

    def counted(stream, Loader):  # safe_load comes through here too
        tables.append(str(stream)[:50])
        return load(stream, Loader)

    yaml.load = counted
    try:
        results = process_texts(TEXTS)
    finally:
        yaml.load = load
    return {"imported": sorted(set(sys.modules) - modules), "tables": tables,
            "events": sum(len(r.events) for r in results), "errors": [r.error for r in results if r.error]}

if __name__ == "__main__":
    executor = ProcessExecutor(Settings(workers=2))
    try:
        print(json.dumps(executor.submit(first_task_loads).result()))
    finally:
        executor.close()
"""


def test_a_workers_first_task_imports_and_reads_no_table_the_fork_server_warmed(tmp_path):
    """The fork server ran the engine over its warm-up text before forking: a worker's first
    task finds every lazily read table and lazily imported module there already (each worker
    read and imported them again in its first task, as costly as the task itself)."""
    found = _run_probe(_FIRST_TASK_PROBE, tmp_path)
    assert found["events"] and not found["errors"], found  # the task went through the rules
    assert found["imported"] == [] and found["tables"] == [], found


_RELEASE_PROBE = """
import json, os, time
from frontwatch.scale.processes import ProcessExecutor
from frontwatch.scale.tasks import worker_pid
from frontwatch.settings import Settings

def alive(pids):
    return sorted(p for p in pids if os.path.exists(f"/proc/{p}") and "Z" not in open(f"/proc/{p}/stat").read().split()[2])

if __name__ == "__main__":
    executor = ProcessExecutor(Settings(workers=2))
    pids = set()
    while len(pids) < 2:  # both workers up
        pids |= {f.result() for f in [executor.submit(worker_pid, 0.2) for _ in range(2)]}
    executor.release_workers()
    gone_unwaited = False
    for _ in range(100):  # the caller goes on with its own work; the workers end meanwhile
        if not alive(pids):
            gone_unwaited = True
            break
        time.sleep(0.1)
    executor.close()
    print(json.dumps({"gone_unwaited": gone_unwaited, "alive_after_close": alive(pids)}))
"""


def test_released_workers_end_while_the_caller_goes_on_and_close_joins_them(tmp_path):
    assert _run_probe(_RELEASE_PROBE, tmp_path) == {"gone_unwaited": True, "alive_after_close": []}


_FUSION_FAILS_PROBE = """
import json, os, sys
import frontwatch.runner as runner
from frontwatch.scale.processes import ProcessExecutor
from frontwatch.settings import Settings
from frontwatch.store import Store

def alive(pids):
    return sorted(p for p in pids if os.path.exists(f"/proc/{p}") and "Z" not in open(f"/proc/{p}/stat").read().split()[2])

if __name__ == "__main__":
    seen = {"pids": set()}
    release = ProcessExecutor.release_workers

    def release_noting_workers(self):
        seen["pids"] |= set(self._pool._processes)
        release(self)

    def fusion_fails(store):
        raise RuntimeError("fusion failed")

    ProcessExecutor.release_workers = release_noting_workers
    runner._fuse = fusion_fails
    with open("news.txt", "w") as out:
        out.write("Rebels shelled the town of Harasta near Damascus on Monday.")
    raised = ""
    with Store("fw.duckdb") as store:
        try:
            runner.run_corpus(["news.txt"], store=store, settings=Settings(workers=2))
        except RuntimeError as err:
            raised = str(err)
    print(json.dumps({"raised": raised, "released": len(seen["pids"]), "alive": alive(seen["pids"])}))
"""


def test_close_joins_released_workers_when_fusion_raises(tmp_path):
    """The writer fuses after the workers were released: if fusion raises, close() in the
    run's ``finally`` still joins them (none left running)."""
    found = _run_probe(_FUSION_FAILS_PROBE, tmp_path)
    assert found["raised"] == "fusion failed"
    assert found["released"] >= 1 and found["alive"] == []


_SCHEDULING_PROBE = """
import json, os
from frontwatch.scale.processes import ProcessExecutor
from frontwatch.settings import Settings

if __name__ == "__main__":
    before = os.sched_getscheduler(0)
    executor = ProcessExecutor(Settings(workers=2))
    try:
        during = os.sched_getscheduler(0)
        worker = executor.submit(os.sched_getscheduler, 0).result()
    finally:
        executor.close()
    print(json.dumps({"before": before, "during": during, "worker": worker, "after": os.sched_getscheduler(0)}))
"""


def test_the_writer_yields_to_the_workers_while_the_pool_is_open(tmp_path):
    """The caller (the run's writer) is in the batch class while its pool is open, and so are the
    workers it starts (a wake-up of the writer no longer takes a core from a worker); after
    close() the caller is back in the class it had."""
    found = _run_probe(_SCHEDULING_PROBE, tmp_path)
    assert found == {"before": os.SCHED_OTHER, "during": os.SCHED_BATCH, "worker": os.SCHED_BATCH,
                     "after": os.SCHED_OTHER}


def test_yielding_leaves_scheduling_alone_when_the_system_refuses(monkeypatch):
    calls = []

    def refuse(*args):
        calls.append(args)
        raise PermissionError("not allowed")

    monkeypatch.setattr(os, "sched_setscheduler", refuse)
    restore = yield_to_workers()
    restore()
    assert len(calls) == 1 and os.sched_getscheduler(0) == os.SCHED_OTHER


def test_yielding_leaves_a_caller_of_another_class_in_it(monkeypatch):
    """A caller already in another class (real-time, idle) keeps it: nothing is changed or restored."""
    calls = []
    monkeypatch.setattr(os, "sched_getscheduler", lambda pid: os.SCHED_IDLE)
    monkeypatch.setattr(os, "sched_setscheduler", lambda *args: calls.append(args))
    yield_to_workers()()
    assert calls == []


def test_yielding_puts_the_thread_back_in_its_class():
    restore = yield_to_workers()
    try:
        assert os.sched_getscheduler(0) == os.SCHED_BATCH
    finally:
        restore()
    assert os.sched_getscheduler(0) == os.SCHED_OTHER


def _run_probe(source, tmp_path):
    """What a probe script prints last (JSON), run in a fresh interpreter: a process has one fork
    server, started with the settings of its first pool, so an earlier test's pool would decide
    what the probe's workers inherit."""
    probe = tmp_path / "probe.py"
    probe.write_text(source)
    done = subprocess.run([sys.executable, str(probe)], capture_output=True, text=True,
                          timeout=300, cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


def test_warming_up_leaves_the_stage_times_of_the_run_as_they_were():
    """The warm-up's parse and extraction are no run's work: the stage clock (read by the
    benchmark's stage shares) keeps only what it held before."""
    from frontwatch.pipeline import warm_up
    from frontwatch.scale.stages import stage_clock

    clock = stage_clock()
    clock.reset()
    clock.seconds["store"] = 1.5
    clock.cpu_seconds["store"] = 1.25
    try:
        warm_up()
        assert dict(clock.seconds) == {"store": 1.5}
        assert dict(clock.cpu_seconds) == {"store": 1.25}
    finally:
        clock.reset()


def test_the_stage_clock_keeps_wall_and_cpu_seconds_of_the_same_stages():
    """Each timed stage is noted on both clocks (the benchmark gives shares of each), and a
    stage timed twice adds up on both; reset empties both."""
    from frontwatch.scale.stages import StageClock

    clock = StageClock()
    for stage in ("parse", "extraction", "parse"):
        with clock.timing(stage):
            sum(range(1000))
    assert set(clock.seconds) == set(clock.cpu_seconds) == {"parse", "extraction"}
    assert all(value >= 0.0 for value in clock.cpu_seconds.values())
    saved = clock.saved()
    clock.reset()
    assert not clock.seconds and not clock.cpu_seconds
    clock.restore(saved)
    assert (dict(clock.seconds), dict(clock.cpu_seconds)) == saved
