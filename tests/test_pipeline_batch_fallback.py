"""A batch whose parse fails is parsed article by article, and the failure is said."""

from __future__ import annotations

import logging
from pathlib import Path

from frontwatch.kb.places import geonames
from frontwatch.pipeline import article_from_text, get_engine, process_batch

TEXTS = [
    "Government forces recaptured the town of Palmyra from the Islamic State on Sunday.",
    "Turkish warplanes struck Kurdish positions near Afrin on Monday, a monitor said.",
]


def test_a_failed_batch_parse_is_logged_and_each_article_still_read(monkeypatch, caplog):
    engine = get_engine()
    parse = engine.parse

    def fails_in_batches(texts):
        if len(texts) > 1:
            raise MemoryError("batch too large")
        return parse(texts)

    monkeypatch.setattr(engine, "parse", fails_in_batches)
    articles = [article_from_text(text) for text in TEXTS]
    with caplog.at_level(logging.WARNING, logger="frontwatch.pipeline"):
        results = process_batch(articles)
    assert [r.error for r in results] == ["", ""]
    assert all(r.events or r.control_changes for r in results)
    assert "parsing 2 articles together failed (MemoryError: batch too large)" in caplog.text


def test_an_unwritable_place_cache_is_said_not_hidden(tmp_path: Path, caplog):
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="frontwatch.places"):
        geonames.write_cache(blocked / "index.json", geonames.GeoIndex([], {}, {}))
    assert "place index cache not written" in caplog.text
    assert not (blocked / "index.json").exists()


def test_a_batch_that_parses_says_nothing(caplog):
    with caplog.at_level(logging.WARNING, logger="frontwatch.pipeline"):
        results = process_batch([article_from_text(text) for text in TEXTS])
    assert [r.error for r in results] == ["", ""] and "together failed" not in caplog.text
