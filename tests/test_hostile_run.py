"""A whole run over hostile files: one 50 MB article, one 200 KB line, binary named .txt,
an empty file. Nothing crashes or hangs; every bad item is kept with its reason and
every good article is stored with its facts."""

import os

from frontwatch.runner import run_corpus
from frontwatch.store import Store

GOOD = "Syrian government forces shelled the town of Douma on Monday, killing four civilians, activists said."
SENTENCE = "Rebels and government troops clashed near Aleppo on Tuesday, a monitor said. "


def _write_corpus(folder):
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "long_line.txt").write_text(
        SENTENCE * (200_000 // len(SENTENCE) + 1), encoding="utf-8"
    )
    with open(folder / "huge.txt", "w", encoding="utf-8") as huge:
        huge.writelines(SENTENCE for _ in range(50 * 2**20 // len(SENTENCE) + 1))
    (folder / "binary.txt").write_bytes(os.urandom(4096) + b"\x00\xff\xfe" * 100)
    (folder / "empty.txt").write_bytes(b"")


def test_hostile_files_are_recorded_and_good_articles_stored(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus)
    assert (corpus / "huge.txt").stat().st_size >= 50 * 2**20
    with Store(tmp_path / "fw.duckdb") as store:
        summary = run_corpus([corpus], store=store)
        articles = store.query("SELECT length(text) AS n, status, error FROM articles ORDER BY n")
        failures = store.query("SELECT origin, reason FROM ingest_failures")
        events = store.scalar("SELECT count(*) FROM events")
    by_size = {row["n"]: row for row in articles}
    assert min(by_size) == len(GOOD) and by_size[len(GOOD)]["status"] == "ok"
    line = next(row for n, row in by_size.items() if 200_000 <= n < 300_000)
    assert line["status"] == "ok"
    huge = by_size[max(by_size)]
    assert (
        max(by_size) >= 50 * 2**20 and huge["status"] == "error" and "TextTooLong" in huge["error"]
    )
    failed = {os.path.basename(f["origin"]): f["reason"] for f in failures}
    assert set(failed) == {"binary.txt", "empty.txt"} and all(failed.values())
    assert events >= 2  # the good article's shelling, and the long line's clashes
    assert summary.processing_errors == 1 and summary.failed == 2
