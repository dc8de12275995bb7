"""Batches go out a few at a time, lazily, and come back in input order (scheduling only)."""

import itertools
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from scale_records import use_fake_pipeline

import frontwatch.pipeline
import frontwatch.runner
import frontwatch.scale.cluster
import frontwatch.scale.tasks
from frontwatch.runner import run_corpus
from frontwatch.scale import SerialExecutor, open_executor, ordered_map
from frontwatch.settings import Settings, load_settings
from frontwatch.store import Store


def test_results_come_back_in_input_order_with_a_bounded_number_out():
    out = []
    consumed = []

    def items():
        for i in range(50):
            consumed.append(i)
            yield i

    def square_slowly(i):
        time.sleep(0.01 * (3 - i % 3))  # later items often finish first
        return i * i

    with ThreadPoolExecutor(4) as pool:
        def submit(i):
            out.append(i)
            return pool.submit(square_slowly, i)

        for i, result in ordered_map(submit, items(), limit=3):
            assert result == i * i
            assert len(consumed) - i <= 3  # never more than 3 read ahead of the writer
    assert out == list(range(50))


def test_a_stopped_consumer_cancels_what_is_still_queued():
    with ThreadPoolExecutor(1) as pool:
        futures = []

        def submit(i):
            futures.append(pool.submit(lambda: i))
            return futures[-1]

        results = ordered_map(submit, itertools.count(), limit=4)
        assert next(results) == (0, 0)
        results.close()
    assert len(futures) == 4


def test_settings_choose_the_executor(tmp_path, monkeypatch):
    assert isinstance(open_executor(Settings()), SerialExecutor)
    config = tmp_path / "frontwatch.toml"
    config.write_text('[frontwatch]\nscheduler = "tcp://10.0.0.5:8786"\nworkers = 3\n', encoding="utf-8")
    settings = load_settings(config)
    assert (settings.scheduler, settings.workers) == ("tcp://10.0.0.5:8786", 3)
    monkeypatch.setattr(frontwatch.scale.cluster, "DaskExecutor", lambda s: ("dask", s.scheduler))
    assert open_executor(settings) == ("dask", "tcp://10.0.0.5:8786")  # the scheduler wins over workers


@pytest.fixture
def fake_pipeline(monkeypatch):
    use_fake_pipeline(monkeypatch)


def test_an_article_repeated_across_batches_is_processed_once(fake_pipeline, tmp_path):
    lines = [f'{{"text": "Report number {i % 5} from Aleppo."}}' for i in range(12)]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines), encoding="utf-8")
    progress = []
    with Store(":memory:") as store:
        summary = run_corpus([corpus], store=store, settings=Settings(batch_size=2), on_progress=progress.append)
        assert store.scalar("SELECT count(*) FROM articles") == 5
        assert store.scalar("SELECT count(*) FROM events") == 5
    assert (summary.seen, summary.processed, summary.skipped_existing) == (12, 5, 7)
    assert sum(progress) == 12


class _Recording(SerialExecutor):
    """Runs each task here, as two workers would be sent them, and notes which function went out."""

    workers = 2

    def __init__(self) -> None:
        self.sent: list[str] = []

    def submit(self, fn, *args):
        self.sent.append(fn.__name__)
        return super().submit(fn, *args)


@pytest.mark.parametrize("articles", [0, 1, 7])
def test_the_knowledge_base_actors_are_asked_before_the_first_batch_and_stored(
        fake_pipeline, tmp_path, monkeypatch, articles):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(f'{{"text": "Shelling hit district {i} of Homs."}}' for i in range(articles)),
                      encoding="utf-8")
    executor = _Recording()
    monkeypatch.setattr(frontwatch.runner, "open_executor", lambda settings: executor)
    with Store(":memory:") as store:
        run_corpus([corpus], store=store, settings=Settings(batch_size=4))
        assert store.query("SELECT id FROM actors") == [{"id": "X"}]
    assert executor.sent[0] == "<lambda>"  # fake_pipeline's kb_actors, not the batches' fake_batch
    assert executor.sent.count("fake_batch") == articles  # batches of 4 go out in quarters, one article each


@pytest.mark.parametrize("batches", [1, 2, 3])
def test_the_runs_tail_is_prepared_after_the_first_batch_while_workers_still_parse(
        fake_pipeline, tmp_path, monkeypatch, batches):
    from frontwatch.eventtypes import event_type_table

    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(f'{{"text": "Clashes near village {i} of Idlib."}}' for i in range(2 * batches)),
                      encoding="utf-8")
    monkeypatch.setattr(frontwatch.runner, "open_executor", lambda settings: _Recording())
    monkeypatch.setattr(frontwatch.runner, "WRITE_AT_LEAST", 1)  # each batch written (and told) alone
    event_type_table.cache_clear()
    seen_after_each_batch = []
    with Store(":memory:") as store:

        def look(_inputs):
            actors = [row["id"] for row in store.query("SELECT id FROM actors")]
            seen_after_each_batch.append((actors, event_type_table.cache_info().currsize))

        summary = run_corpus([corpus], store=store, settings=Settings(batch_size=2), on_progress=look)
        assert store.query("SELECT id FROM actors") == [{"id": "X"}]
    assert summary.fused["reports"] == 2 * batches  # fusion still ran over every batch
    assert seen_after_each_batch == [(["X"], 1)] * batches
