"""Shared by the scale tests: a slice of the sample corpus, what two runs must agree on, and a
stand-in for the pipeline where only scheduling is tested."""

from __future__ import annotations

import itertools
from pathlib import Path

import frontwatch.pipeline
import frontwatch.scale.tasks
from frontwatch.records import Actor, ArticleResult, Event
from frontwatch.runner import sample_corpus_path
from frontwatch.store import Store


def write_sample_slice(path: Path, size: int) -> Path:
    """The first ``size`` articles of the bundled sample corpus, as a JSON lines file."""
    with open(sample_corpus_path(), encoding="utf-8") as source:
        path.write_text("".join(itertools.islice(source, size)), encoding="utf-8")
    return path


def stored_records(store: Store) -> dict[str, object]:
    """Events (ids, types, actors, places, dates, certainty) and every table's row count."""
    events = store.con.execute("""SELECT article_id, id, type, source_actor, target_actor, place_id, date,
                                  certainty FROM events ORDER BY ALL""").fetchall()
    counts = {t: store.scalar(f"SELECT count(*) FROM {t}")
              for t in ("articles", "sentences", "mentions", "relations", "control_changes", "actors")}
    return {"events": events, "counts": counts}


def fake_batch(articles, settings=None):
    """One event per article, no parsing: for tests of how batches go out and come back."""
    return [ArticleResult(article=a, events=[Event(id=f"{a.id}-e", type="ASSAULT")]) for a in articles]


def use_fake_pipeline(monkeypatch) -> None:
    monkeypatch.setattr(frontwatch.pipeline, "process_batch", fake_batch)
    monkeypatch.setattr(frontwatch.scale.tasks, "kb_actors", lambda s: [Actor("X", "X", "state")])
