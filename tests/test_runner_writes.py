"""The writer writes several batches' results at once, and each batch alone once the input is read.

Each write costs the writer about the same CPU whatever its size, taken from the workers' cores;
the run's tail (the workers idle) must still hold only the last batch's write.
"""

import pytest
from scale_records import stored_records, use_fake_pipeline

import frontwatch.pipeline
import frontwatch.runner
import frontwatch.scale.tasks
from frontwatch.runner import run_corpus
from frontwatch.scale.base import completed
from frontwatch.settings import Settings
from frontwatch.store import Store


class _TwoWorkers:
    """Runs each task here, with the look-ahead of two workers (four batches out at once)."""

    workers = 2

    def submit(self, fn, *args):
        return completed(fn(*args))

    def release_workers(self):
        return None

    def close(self):
        return None


class _Failing(_TwoWorkers):
    """Fails the task of one article, as a lost worker would."""

    def __init__(self, failing_text: str) -> None:
        self.failing_text = failing_text

    def submit(self, fn, *args):
        if fn is frontwatch.pipeline.process_batch and any(a.text == self.failing_text for a in args[0]):
            raise RuntimeError("worker lost")
        return super().submit(fn, *args)


@pytest.fixture
def fake_pipeline(monkeypatch):
    use_fake_pipeline(monkeypatch)


@pytest.fixture
def writes(monkeypatch):
    """The number of articles in each write of results."""
    sizes = []
    write = Store.write_results

    def counted(self, results):
        if any(not r.skipped for r in results):
            sizes.append(len(results))
        write(self, results)

    monkeypatch.setattr(Store, "write_results", counted)
    return sizes


def _corpus(tmp_path, texts):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(f'{{"text": "{t}"}}' for t in texts), encoding="utf-8")
    return corpus


def _reports(n):
    return [f"Artillery struck the market of town number {i} at dawn." for i in range(n)]


def test_batches_are_written_together_until_the_input_ends_then_one_by_one(
        fake_pipeline, writes, tmp_path, monkeypatch):
    monkeypatch.setattr(frontwatch.runner, "WRITE_AT_LEAST", 6)
    monkeypatch.setattr(frontwatch.runner, "open_executor", lambda settings: _TwoWorkers())
    progress = []
    with Store(":memory:") as store:
        run_corpus([_corpus(tmp_path, _reports(20))], store=store, settings=Settings(batch_size=2),
                   on_progress=progress.append)
        assert store.scalar("SELECT count(*) FROM events") == 20
    # ten batches, four out at once: the first six written three at a time; the seventh came back
    # before the input was read to its end and waits; the eighth came after and is written with
    # it; the last two, each alone as it comes (the tail holds one batch's write)
    assert writes == [6, 6, 4, 2, 2]
    assert sum(progress) == 20 and len(progress) == len(writes)


def test_one_process_writes_its_batches_together_too(fake_pipeline, writes, tmp_path, monkeypatch):
    monkeypatch.setattr(frontwatch.runner, "WRITE_AT_LEAST", 4)
    with Store(":memory:") as store:
        summary = run_corpus([_corpus(tmp_path, _reports(9))], store=store, settings=Settings(batch_size=2))
        assert store.scalar("SELECT count(*) FROM articles") == 9
    assert writes == [4, 4, 1]
    assert (summary.processed, summary.events) == (9, 9)


def test_a_rerun_of_stored_articles_tells_its_progress_batch_by_batch(fake_pipeline, writes, tmp_path, monkeypatch):
    monkeypatch.setattr(frontwatch.runner, "WRITE_AT_LEAST", 100)
    corpus = _corpus(tmp_path, _reports(6))
    with Store(":memory:") as store:
        run_corpus([corpus], store=store, settings=Settings(batch_size=2))
        progress = []
        summary = run_corpus([corpus], store=store, settings=Settings(batch_size=2), on_progress=progress.append)
    assert writes == [6]  # the first run; the second writes nothing
    assert progress == [2, 2, 2] and summary.skipped_existing == 6


def test_results_that_came_back_before_a_failure_are_stored(fake_pipeline, tmp_path, monkeypatch):
    monkeypatch.setattr(frontwatch.runner, "WRITE_AT_LEAST", 100)
    texts = _reports(12)
    monkeypatch.setattr(frontwatch.runner, "open_executor", lambda settings: _Failing(texts[11]))
    with Store(":memory:") as store:
        with pytest.raises(RuntimeError, match="worker lost"):
            run_corpus([_corpus(tmp_path, texts)], store=store, settings=Settings(batch_size=2))
        # the sixth batch fails; the first two had come back and waited for a write: kept, not redone
        assert store.scalar("SELECT count(*) FROM articles") == 4


def test_writing_together_stores_what_writing_each_batch_stores(tmp_path, monkeypatch):
    texts = [
        "Rebel fighters shelled an army checkpoint outside Hama on Tuesday, killing four soldiers.",
        "The government said its jets struck militant hideouts in the hills east of the city.",
        "Aid workers reported that a car bomb wounded nine civilians at a bus station in Kirkuk.",
        "Kurdish forces seized two villages from the militants after a day of fighting, officials said.",
        "Turkey has armed and trained the opposition brigades for years, a spokesman said.",
    ]
    corpus = _corpus(tmp_path, texts)
    stored = []
    for at_least in (1, 100):
        monkeypatch.setattr(frontwatch.runner, "WRITE_AT_LEAST", at_least)
        with Store(":memory:") as store:
            run_corpus([corpus], store=store, settings=Settings(batch_size=2))
            stored.append(stored_records(store))
    assert stored[0]["events"] and stored[0]["counts"]["articles"] == 5
    assert stored[1] == stored[0]
