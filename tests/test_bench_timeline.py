"""The benchmark's per-worker timeline: what each worker noted of its tasks, summed right.

bench/pipeline_child.py has each worker note when its tasks began and ended; the summary
says when each worker started and stopped working and how long it waited between tasks.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def child():
    sys.path.insert(0, str(BENCH))
    try:
        import pipeline_child

        yield pipeline_child
    finally:  # the module puts the folder on the path itself too
        while str(BENCH) in sys.path:
            sys.path.remove(str(BENCH))


def _note(folder: Path, pid: int, tasks: list[tuple[float, float, int]]) -> None:
    # out of order, as tasks of one worker may be noted in any order of reading
    (folder / f"{pid}.jsonl").write_text("".join(json.dumps(list(t)) + "\n" for t in reversed(tasks)))


def test_each_worker_gets_its_start_end_and_waits(child, tmp_path: Path) -> None:
    _note(tmp_path, 11, [(100.5, 101.0, 8), (101.25, 102.0, 8), (102.0, 103.5, 6)])
    _note(tmp_path, 12, [(100.25, 102.0, 8), (102.5, 103.0, 4)])
    first, second = child.timeline(tmp_path, started=100.0, ended=104.0)
    assert first == {"tasks": 3, "first_start_s": 0.5, "last_end_s": 3.5, "in_tasks_s": 2.75,
                     "between_tasks_s": 0.25, "after_last_s": 0.5}
    assert second == {"tasks": 2, "first_start_s": 0.25, "last_end_s": 3.0, "in_tasks_s": 2.25,
                      "between_tasks_s": 0.5, "after_last_s": 1.0}


def test_a_worker_that_ran_one_task_never_waited_between(child, tmp_path: Path) -> None:
    _note(tmp_path, 7, [(10.0, 12.0, 32)])
    (only,) = child.timeline(tmp_path, started=9.0, ended=12.5)
    assert (only["tasks"], only["between_tasks_s"], only["after_last_s"]) == (1, 0, 0.5)
