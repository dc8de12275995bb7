"""A run SIGKILLed at any moment and started again stores every article exactly once.

Real `frontwatch ingest` subprocesses over 60 small wire-style articles are killed
after some batches are committed, inside a write transaction, and mid-batch with two
worker processes; a plain `python -m frontwatch ingest` then finishes the job. After
every kill the store must hold only whole articles whose events equal a clean run's.
"""

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from frontwatch.runner import run_corpus
from frontwatch.settings import Settings
from frontwatch.store import Store
from frontwatch.store.db import CHILD_TABLES

ACTORS = ["Syrian government forces", "Russian warplanes", "Islamic State fighters", "Turkish-backed rebels",
          "The Syrian Democratic Forces", "Iraqi security forces", "US-led coalition aircraft", "Hezbollah fighters"]
ACTIONS = ["shelled", "launched air strikes on", "attacked", "captured", "seized control of"]
PLACES = ["Aleppo", "Idlib", "Raqqa", "Deir ez-Zor", "Mosul", "Homs", "Hama", "Daraa", "Palmyra", "Manbij", "Tikrit"]
SOURCES = ["the Syrian Observatory for Human Rights said", "a military spokesman said", "state media reported"]
BATCH = "4"
TIMEOUT = 240

# `frontwatch ingest` with hooks: results written two batches at a time (a run writes 128
# articles' at once, more than this corpus), a line after each write committed in this run, and
# (when asked) a pause inside the write transaction (after the child rows, before the article
# rows), after the run's second commit, or before the fusion step at the end of the run.
DRIVER = """
import os, sys, time
import frontwatch.runner
frontwatch.runner.WRITE_AT_LEAST = 2 * int(os.environ["FW_BATCH"])
from frontwatch.store.db import Store
write, insert_articles, fuse, committed = Store.write_results, Store._insert_articles, frontwatch.runner._fuse, [0]
def write_results(self, results):
    write(self, results)
    if results:
        committed[0] += 1
        print(f"committed {committed[0]}", flush=True)
        if committed[0] == 2:
            pause("second-commit")
def pause(where):
    if os.environ.get("FW_PAUSE") == where:
        print({"transaction": "in-transaction", "fusion": "fusing"}.get(where, where), flush=True)
        time.sleep(60)
def paused_insert_articles(self, results):
    pause("transaction")
    insert_articles(self, results)
def paused_fuse(store):
    pause("fusion")
    return fuse(store)
Store.write_results, Store._insert_articles = write_results, paused_insert_articles
frontwatch.runner._fuse = paused_fuse
from frontwatch.cli.main import app
app(sys.argv[1:], prog_name="frontwatch")
"""


def _article(i: int) -> dict:
    actor, action = ACTORS[i % len(ACTORS)], ACTIONS[i // len(ACTORS) % len(ACTIONS)]
    place, day, killed = PLACES[i % len(PLACES)], 1 + i % 28, 3 + i
    text = (f"BEIRUT, March {day}, 2016 (Reuters) - {actor} {action} {place} on Monday, killing {killed} "
            f"people including {i % 5 + 1} children, {SOURCES[i % len(SOURCES)]}. "
            f"Fighting near {PLACES[(i + 3) % len(PLACES)]} continued into the night, residents said.")
    return {"title": f"Fighting in {place} ({i})", "text": text, "date": f"2016-03-{day:02d}"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("resume") / "wire.jsonl"
    path.write_text("\n".join(json.dumps(_article(i)) for i in range(60)) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def clean_run(corpus, tmp_path_factory) -> tuple[dict[str, set], list]:
    """Events per article, and fused groups, of one uninterrupted run."""
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    with Store(db) as store:
        run_corpus([corpus], store=store, settings=Settings(batch_size=int(BATCH)))
        return _events_by_article(store.con), _fused_groups(store.con)


@pytest.fixture(scope="module")
def clean(clean_run) -> dict[str, set]:
    return clean_run[0]


@pytest.fixture(scope="module")
def clean_fusion(clean_run) -> list:
    return clean_run[1]


def _fused_groups(con) -> list:
    """Which events fusion put together (fusion runs once a run has stored its batches)."""
    rows = con.execute("""SELECT list(event_id ORDER BY event_id) FROM fused_event_members
                          GROUP BY fused_id ORDER BY 1""").fetchall()
    return [r[0] for r in rows]


def _events_by_article(con) -> dict[str, set]:
    found: dict[str, set] = {aid: set() for (aid,) in con.execute("SELECT id FROM articles").fetchall()}
    for aid, eid, etype, source, target in con.execute(
            "SELECT article_id, id, type, source_actor, target_actor FROM events").fetchall():
        found.setdefault(aid, set()).add((eid, etype, source, target))
    return found


def _start(corpus: Path, db: Path, *extra: str, pause: str = "", batch: str = BATCH) -> subprocess.Popen:
    env = {**os.environ, "FW_PAUSE": pause, "FW_BATCH": batch}
    return subprocess.Popen(
        [sys.executable, "-c", DRIVER, "ingest", str(corpus), "--db", str(db), "--batch-size", batch,
         "--quiet", *extra], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
        start_new_session=True,
    )


def _kill_when(proc: subprocess.Popen, line: str, *, delay: float = 0.0) -> None:
    """SIGKILL the run once it prints ``line`` (then its leftover workers, by group)."""
    deadline = time.monotonic() + TIMEOUT
    for out in proc.stdout:
        if out.strip() == line or time.monotonic() > deadline:
            break
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # only processes this test started
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"


def _assert_whole(db: Path, clean: dict[str, set]) -> int:
    """Every stored article once, with exactly its clean-run events; no orphan rows."""
    con = duckdb.connect(str(db))  # replays the killed run's WAL
    try:
        assert con.execute("SELECT count(*) - count(DISTINCT id) FROM articles").fetchone()[0] == 0
        for table in CHILD_TABLES:
            orphans = con.execute(
                f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
            assert orphans == 0, f"{table} has rows of unstored articles"
        dupes = con.execute("SELECT count(*) - count(DISTINCT (article_id, sentence_index)) FROM sentences")
        assert dupes.fetchone()[0] == 0
        stored = _events_by_article(con)
        assert {aid: stored[aid] for aid in stored} == {aid: clean[aid] for aid in stored}
        return len(stored)
    finally:
        con.close()


def _fused(db: Path) -> list:
    with Store(db, read_only=True) as store:
        return _fused_groups(store.con)


def test_killed_runs_resume_to_exactly_one_copy_of_each_article(corpus, clean, clean_fusion, tmp_path):
    assert len(clean) == 60 and sum(map(len, clean.values())) > 0 and clean_fusion
    db = tmp_path / "killed.duckdb"
    stored = []

    # between writes: the run holds after its second commit (without the hold it went on writing
    # while this process, perhaps slowed by a loaded machine, got round to the kill)
    _kill_when(_start(corpus, db, pause="second-commit"), "committed 2")
    stored.append(_assert_whole(db, clean))
    _kill_when(_start(corpus, db, pause="transaction"), "in-transaction")  # child rows written, uncommitted
    stored.append(_assert_whole(db, clean))
    # mid-batch, two in flight: the writer holds after its second commit (without the hold a fast
    # writer could store every article and fuse within the delay) while the workers go on
    _kill_when(_start(corpus, db, "--workers", "2", pause="second-commit"), "second-commit", delay=0.3)
    stored.append(_assert_whole(db, clean))
    _kill_when(_start(corpus, db, pause="fusion"), "fusing")  # every article stored, fusion not done
    stored.append(_assert_whole(db, clean))
    assert 16 <= stored[0] == stored[1] < stored[2] < stored[3] == 60

    finish = subprocess.run([sys.executable, "-m", "frontwatch", "ingest", str(corpus), "--db", str(db),
                             "--batch-size", BATCH, "--json"],
                            check=False, capture_output=True, text=True, timeout=TIMEOUT)
    assert finish.returncode == 0, finish.stderr[-2000:]
    summary = json.loads(finish.stdout.splitlines()[-1])
    assert (summary["processed"], summary["skipped_existing"]) == (0, 60)
    assert summary["fused"], "nothing new was stored, but the killed run's fusion must be redone"
    assert _assert_whole(db, clean) == 60
    assert _fused(db) == clean_fusion


# `frontwatch ingest` writing every two batches of two articles (a run writes 128 articles' at
# once, more than this corpus: one write, and a kill would land before or after it)
SMALL_WRITES = """
import sys
import frontwatch.runner
frontwatch.runner.WRITE_AT_LEAST = 4
from frontwatch.cli.main import app
app(sys.argv[1:], prog_name="frontwatch")
"""


def test_runs_killed_at_random_moments_still_end_whole(corpus, clean, clean_fusion, tmp_path):
    """`frontwatch ingest`, SIGKILLed a random moment after its first write (while it works on the
    second, writes it or holds after it), then finished. The hold after the second write keeps
    each run to two writes (of about four articles): on a fast machine a run could otherwise store the
    whole corpus within the random delay, and then no kill would have hit a run at work."""
    db, rng, stored = tmp_path / "random.duckdb", random.Random(7), []
    for _ in range(4):
        proc = _start(corpus, db, pause="second-commit", batch="2")
        _kill_when(proc, "committed 1", delay=rng.uniform(0.0, 0.5))
        stored.append(_assert_whole(db, clean))
    command = [sys.executable, "-c", SMALL_WRITES, "ingest", str(corpus), "--db", str(db), "--batch-size", "2",
               "--quiet"]
    subprocess.run(command, check=True, timeout=TIMEOUT)
    assert _assert_whole(db, clean) == 60
    assert _fused(db) == clean_fusion
    assert stored[0] > 0 and stored[-1] < 60, "a run stored the whole corpus before its kill: nothing was tested"
