"""The main job end to end through the CLI, on real articles from the sample corpus."""

import csv
import itertools
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from frontwatch.cli.main import app
from frontwatch.runner import sample_corpus_path

runner = CliRunner()
SAMPLE_SIZE = 24


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """A store made by `frontwatch run` from the first articles of the sample corpus."""
    root = tmp_path_factory.mktemp("run")
    sample = root / "sample.jsonl"
    with open(sample_corpus_path(), encoding="utf-8") as source:
        sample.write_text("".join(itertools.islice(source, SAMPLE_SIZE)), encoding="utf-8")
    (root / "broken.json").write_text("{not json")
    db = root / "fw.duckdb"
    result = runner.invoke(app, ["run", str(sample), str(root / "broken.json"), "--db", str(db),
                                 "--out", str(root / "report.html"), "--json"])
    return root, db, result


def test_run_stores_articles_and_reports_the_broken_one(workdir):
    root, _db, result = workdir
    assert result.exit_code == 1, result.output  # one input failed, and the exit code says so
    summary = json.loads(result.stdout.strip().splitlines()[-1])["summary"]
    assert summary["processed"] == SAMPLE_SIZE
    assert summary["failed"] == 1 and "invalid JSON" in summary["failures"][0]["reason"]
    assert summary["processing_errors"] == 0
    assert summary["events"] > SAMPLE_SIZE  # wire copy on a war yields more than one event an article
    html = (root / "report.html").read_text()
    assert "<h2 id='totals-by-type'>Dead and events by type</h2>" in html and "ASSAULT" in html
    assert html.index("Key judgements") < html.index("<table>")


def test_rerun_is_a_no_op(workdir):
    root, db, _ = workdir
    result = runner.invoke(app, ["ingest", str(root / "sample.jsonl"), "--db", str(db), "--json"])
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["skipped_existing"] == SAMPLE_SIZE and summary["processed"] == 0


def test_events_query_filters_and_carries_provenance(workdir):
    _, db, _ = workdir
    result = runner.invoke(app, ["events", "--db", str(db), "--type", "ASSAULT", "--json", "--limit", "500"])
    rows = json.loads(result.stdout)
    assert rows and all(r["type"] == "ASSAULT" for r in rows)
    for row in rows:
        assert row["sentence"] and row["sentence_start"] < row["sentence_end"]
        assert row["certainty"] in ("asserted", "attributed")


def test_exports_read_back(workdir):
    root, db, _ = workdir
    for fmt in ("csv", "jsonl", "parquet"):
        out = root / f"events.{fmt}"
        result = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(out)])
        assert result.exit_code == 0, result.output
    with open(root / "events.csv", newline="") as handle:
        csv_rows = list(csv.DictReader(handle))
    jsonl_rows = [json.loads(line) for line in (root / "events.jsonl").read_text().splitlines()]
    parquet_rows = pq.read_table(root / "events.parquet").to_pylist()
    assert len(csv_rows) == len(jsonl_rows) == len(parquet_rows) > 0
    assert {"sentence", "article_id", "sentence_start"} <= set(csv_rows[0])


def test_bad_date_option_is_one_clear_line(workdir):
    _, db, _ = workdir
    result = runner.invoke(app, ["events", "--db", str(db), "--since", "last tuesday"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_missing_database_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "nope.duckdb")])
    assert result.exit_code == 2
    assert "no FrontWatch database" in result.output
