"""Inputs that cannot be read are recorded once, however often the same inputs are run."""

import shutil
from pathlib import Path

from frontwatch.records import IngestFailure
from frontwatch.runner import run_corpus
from frontwatch.store import Store

DATA = Path(__file__).parent / "data" / "ingest"


def _recorded(store):
    return store.con.execute("SELECT origin, reason FROM ingest_failures ORDER BY ALL").fetchall()


def test_rerunning_broken_inputs_records_each_failure_once(tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    shutil.copy(DATA / "binary.txt", inputs / "binary.txt")
    shutil.copy(DATA / "empty.txt", inputs / "empty.txt")
    (inputs / "broken.json").write_text('{"text": "Clashes near Aleppo", ', encoding="utf-8")
    with Store(tmp_path / "fw.duckdb") as store:
        first = run_corpus([inputs], store=store)
        recorded = _recorded(store)
        second = run_corpus([inputs], store=store)
        assert _recorded(store) == recorded
    assert first.failed == second.failed == len(recorded) == 3  # each run still reports them
    reasons = " | ".join(reason for _origin, reason in recorded)
    assert "binary data" in reasons and "invalid JSON" in reasons and "no readable text" in reasons


def test_a_new_reason_for_the_same_input_is_recorded():
    with Store(":memory:") as store:
        store.record_failures([IngestFailure("a.json", "invalid JSON"), IngestFailure("a.json", "invalid JSON")])
        store.record_failures([IngestFailure("a.json", "invalid JSON"), IngestFailure("a.json", "no text field")])
        assert _recorded(store) == [("a.json", "invalid JSON"), ("a.json", "no text field")]
