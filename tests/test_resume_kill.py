"""A run SIGKILLed at any moment and started again stores every article exactly once.

Real `frontwatch ingest` subprocesses over 60 small wire-style articles are killed
after some batches are committed, inside a write transaction, and mid-batch with two
worker processes; a plain `python -m frontwatch ingest` then finishes the job. After
every kill the store must hold only whole articles whose events equal a clean run's.
"""

import json
import os
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

# `frontwatch ingest` with two hooks: a line after each batch committed in this run, and (when asked)
# a pause inside the write transaction, after the child rows and before the article rows.
DRIVER = """
import os, sys, time
from frontwatch.store.db import Store
write, insert_articles, committed = Store.write_results, Store._insert_articles, [0]
def write_results(self, results):
    write(self, results)
    if results:
        committed[0] += 1
        print(f"committed {committed[0]}", flush=True)
def paused_insert_articles(self, results):
    if os.environ.get("FW_PAUSE_IN_TRANSACTION"):
        print("in-transaction", flush=True)
        time.sleep(60)
    insert_articles(self, results)
Store.write_results, Store._insert_articles = write_results, paused_insert_articles
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
def clean(corpus, tmp_path_factory) -> dict[str, set]:
    """Events per article of one uninterrupted run."""
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    with Store(db) as store:
        run_corpus([corpus], store=store, settings=Settings(batch_size=int(BATCH)))
        return _events_by_article(store.con)


def _events_by_article(con) -> dict[str, set]:
    found: dict[str, set] = {aid: set() for (aid,) in con.execute("SELECT id FROM articles").fetchall()}
    for aid, eid, etype, source, target in con.execute(
            "SELECT article_id, id, type, source_actor, target_actor FROM events").fetchall():
        found.setdefault(aid, set()).add((eid, etype, source, target))
    return found


def _start(corpus: Path, db: Path, *extra: str, pause: bool = False) -> subprocess.Popen:
    env = {**os.environ, "FW_PAUSE_IN_TRANSACTION": "1" if pause else ""}
    return subprocess.Popen(
        [sys.executable, "-c", DRIVER, "ingest", str(corpus), "--db", str(db), "--batch-size", BATCH,
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
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # only processes this test started
    except ProcessLookupError:
        pass
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


def test_killed_runs_resume_to_exactly_one_copy_of_each_article(corpus, clean, tmp_path):
    assert len(clean) == 60 and sum(map(len, clean.values())) > 0
    db = tmp_path / "killed.duckdb"
    stored = []

    _kill_when(_start(corpus, db), "committed 2")  # between batches
    stored.append(_assert_whole(db, clean))
    _kill_when(_start(corpus, db, pause=True), "in-transaction")  # child rows written, uncommitted
    stored.append(_assert_whole(db, clean))
    _kill_when(_start(corpus, db, "--workers", "2"), "committed 2", delay=0.3)  # mid-batch, two in flight
    stored.append(_assert_whole(db, clean))

    finish = subprocess.run([sys.executable, "-m", "frontwatch", "ingest", str(corpus), "--db", str(db),
                             "--batch-size", BATCH, "--json"],
                            check=False, capture_output=True, text=True, timeout=TIMEOUT)
    assert finish.returncode == 0, finish.stderr[-2000:]
    summary = json.loads(finish.stdout.splitlines()[-1])
    assert _assert_whole(db, clean) == 60
    assert 8 <= stored[0] == stored[1] < stored[2] < 60
    assert summary["skipped_existing"] == stored[2] and summary["processed"] == 60 - stored[2]
