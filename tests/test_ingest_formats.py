"""Ingest reads every supported format, records what it cannot read, and dates honestly."""

import datetime as dt
import io
import sys
from pathlib import Path

from frontwatch.ingest import ColumnMap, iter_inputs
from frontwatch.records import Article, IngestFailure

DATA = Path(__file__).parent / "data" / "ingest"


def _split(items):
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, IngestFailure)]
    return articles, failures


def test_folder_yields_articles_and_failures_with_reasons():
    articles, failures = _split(list(iter_inputs([DATA])))
    assert len(articles) == 8
    reasons = " | ".join(f.reason for f in failures)
    assert "binary data" in reasons
    assert "invalid JSON" in reasons and "articles.jsonl:3" in reasons
    assert "no text field" in reasons
    assert "entry has no text" in reasons
    assert "no readable text" in reasons  # the empty file


def test_dateline_is_used_when_metadata_is_missing():
    (article,) = _split(list(iter_inputs([DATA / "wire.txt"])))[0]
    assert article.published == dt.date(2016, 3, 3)
    assert article.date_source == "dateline"
    assert article.title == "Government forces shell rebel-held town"


def test_no_date_anywhere_stays_unknown_unless_user_gives_one():
    items = list(iter_inputs([DATA / "articles.jsonl"]))
    undated = next(a for a in items if isinstance(a, Article) and a.title == "No date here")
    assert undated.published is None and undated.date_source == "unknown"
    items = list(iter_inputs([DATA / "articles.jsonl"], user_date=dt.date(2018, 1, 1)))
    undated = next(a for a in items if isinstance(a, Article) and a.title == "No date here")
    dated = next(a for a in items if isinstance(a, Article) and a.title == "Hezbollah fighters deploy")
    assert (undated.published, undated.date_source) == (dt.date(2018, 1, 1), "user")
    assert (dated.published, dated.date_source) == (dt.date(2015, 5, 8), "metadata")


def test_html_main_text_and_metadata():
    (article,) = _split(list(iter_inputs([DATA / "page.html"])))[0]
    assert "Atareb" in article.text
    assert "Copyright" not in article.text and "Sport" not in article.text
    assert article.published == dt.date(2017, 11, 13)
    assert article.source == "Example News"


def test_rss_entries_become_articles_with_feed_title_as_source():
    articles, failures = _split(list(iter_inputs([DATA / "feed.rss"])))
    assert [a.published for a in articles] == [dt.date(2017, 6, 6), dt.date(2018, 1, 21)]
    assert {a.source for a in articles} == {"Levant Wire"}
    assert "<p>" not in articles[0].text
    assert len(failures) == 1


def test_csv_column_mapping():
    columns = ColumnMap(text="body", title="headline", date="when", source="outlet", url="link")
    articles, failures = _split(list(iter_inputs([DATA / "articles.csv"], columns=columns)))
    assert [a.title for a in articles] == ["Clashes near Deir ez-Zor", "Iraq retakes town"]
    assert articles[1].published == dt.date(2017, 8, 31)
    assert articles[1].url == "http://example.org/c3"
    assert "row 3" in failures[0].reason


def test_same_text_gets_same_id_across_formats(tmp_path):
    text = (DATA / "wire.txt").read_text()
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text(text.replace("\n", "\r\n") + "\n\n")
    a, b = _split(list(iter_inputs([tmp_path])))[0]
    assert a.id == b.id


def test_stdin_is_read(monkeypatch):
    payload = b"BEIRUT, 4 May 2016 - Clashes erupted between rebels and government forces in Aleppo."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload)))
    (article,) = _split(list(iter_inputs(["-"])))[0]
    assert article.published == dt.date(2016, 5, 4)


def test_unsupported_extension_is_a_failure_not_a_crash(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "ok.txt").write_text("Russian jets struck targets near Palmyra on Sunday, the ministry said.")
    articles, failures = _split(list(iter_inputs([tmp_path])))
    assert len(articles) == 1
    assert "unsupported file type '.pdf'" in failures[0].reason
