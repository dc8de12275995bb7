"""Messages instead of silence: every unknown name, empty input, unread language, foreign
--db file, misnamed output and missing extra is said in one line through the CLI."""

import csv
import itertools
import json
import sys

import duckdb
import pytest
from typer.testing import CliRunner

from frontwatch.cli.main import app
from frontwatch.runner import sample_corpus_path

runner = CliRunner()
ARABIC = "قصف الطيران الحربي مدينة إدلب اليوم وقتل عشرة مدنيين بينهم أطفال، وفق ما أفاد المرصد السوري لحقوق الإنسان."
FRENCH = ("Les forces gouvernementales ont repris la ville de Palmyre dimanche après de violents combats contre "
          "les jihadistes, selon les médias officiels syriens.")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A store of six sample articles, one Arabic and one French article."""
    root = tmp_path_factory.mktemp("messages")
    corpus = root / "corpus.jsonl"
    with open(sample_corpus_path(), encoding="utf-8") as source:
        lines = list(itertools.islice(source, 6))
    lines += [json.dumps({"text": ARABIC}, ensure_ascii=False) + "\n", json.dumps({"text": FRENCH}) + "\n"]
    corpus.write_text("".join(lines), encoding="utf-8")
    db = root / "fw.duckdb"
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    return root, db, result


def _error_line(result):
    """The one error line (besides warnings, such as serve's about map files not installed)."""
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error:")]
    assert len(errors) == 1 and lines[-1] == errors[0], result.stderr  # one line, the last one
    return errors[0]


@pytest.mark.parametrize(("args", "unknown", "close"), [
    (["events", "--actor", "Nusra Frnt"], "unknown actor 'Nusra Frnt'", "'Nusra Front'"),
    (["events", "--actor", "Hezbolah"], "unknown actor 'Hezbolah'", "'Hezbollah'"),
    (["events", "--type", "ASSALT"], "unknown event type 'ASSALT'", "'ASSAULT'"),
    (["events", "--type", "protst"], "unknown event type 'protst'", "'PROTEST'"),
    (["events", "--certainty", "hedgd"], "unknown certainty 'hedgd'", "'hedged'"),
    (["events", "--place", "Aleppp"], "unknown place 'Aleppp'", "'Aleppo'"),
    (["control", "--place", "Damascuss"], "unknown place 'Damascuss'", "'Damascus'"),
    (["report", "--region", "Idlibb"], "unknown region 'Idlibb'", "'Idlib'"),
    (["actors", "--search", "Hezbolah"], "unknown actor 'Hezbolah'", "'Hezbollah'"),
    # the gazetteer reads 'Aleppp' as a spelling of Aleppo: this name it does not know
    (["places", "--search", "Alepko"], "unknown place 'Alepko'", "'Aleppo'"),
    (["export", "--format", "parket"], "unknown export format 'parket'", "'parquet'"),
    (["export", "--table", "event"], "unknown table 'event'", "'events'"),
])
def test_an_unknown_name_is_one_line_with_close_matches_and_exit_2(store, args, unknown, close):
    _, db, _ = store
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 2, result.output
    line = _error_line(result)
    assert unknown in line and "did you mean" in line and close in line


def test_a_name_far_from_any_known_one_says_so(store):
    _, db, _ = store
    result = runner.invoke(app, ["events", "--actor", "Zzyzx Qwv", "--db", str(db)])
    assert result.exit_code == 2 and "no close match" in _error_line(result)


def test_known_names_in_any_spelling_still_answer(store):
    _, db, _ = store
    for args in (["events", "--type", "assault"], ["events", "--actor", "ISIS"], ["events", "--place", "Aleppo"],
                 ["events", "--certainty", "all"], ["control", "--place", "Palmyra"]):
        result = runner.invoke(app, [*args, "--db", str(db), "--json"])
        assert result.exit_code == 0, (args, result.output)
        json.loads(result.stdout)


def test_unread_languages_are_counted_listed_and_stored_as_skipped(store):
    _, db, result = store
    assert result.exit_code == 0, result.output
    assert "skipped by language" in result.stdout and "ar 1" in result.stdout and "fr 1" in result.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT language, status FROM articles WHERE status = 'skipped' ORDER BY language").fetchall()
        assert rows == [("ar", "skipped"), ("fr", "skipped")]
        events = con.execute("SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id "
                             "WHERE a.status = 'skipped'").fetchone()
        assert events == (0,)


def test_the_json_summary_lists_skipped_languages_and_furniture(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": FRENCH}) + "\n" + json.dumps(
        {"text": "Rebels shelled army posts in Hama on Sunday, a monitor said, killing three soldiers.\n"
                 "Tags: Syria, Hama\nShare | Tweet"}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "s.duckdb"), "--json"])
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["skipped_language"] == {"fr": 1} and summary["skipped"][0]["language"] == "fr"
    assert summary["furniture"] == {"tags": 1, "share": 1}
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        stored = con.execute("SELECT furniture FROM articles WHERE status = 'ok'").fetchone()[0]
    assert [(p["kind"], p["text"]) for p in stored] == [("tags", "Tags: Syria, Hama"), ("share", "Share | Tweet")]
    exported = tmp_path / "articles.csv"
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "s.duckdb"), "--format", "csv",
                                 "--table", "articles", "--out", str(exported)])
    assert result.exit_code == 0, result.output
    with exported.open(newline="", encoding="utf-8") as handle:
        cell = next(row for row in csv.DictReader(handle) if row["furniture"])["furniture"]
    assert [json.loads(piece)["kind"] for piece in cell.split("; ")] == ["tags", "share"]


def test_an_empty_folder_gets_a_warning(tmp_path):
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty"), "--db", str(tmp_path / "e.duckdb")])
    assert result.exit_code == 0
    assert "warning: no articles found" in result.stderr


def test_unreadable_files_only_get_a_warning(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.json").write_text("{broken")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "e.duckdb"), "--json"])
    assert result.exit_code == 1
    assert "warning: no article could be read" in result.stderr


@pytest.mark.parametrize("command", [["events"], ["report"], ["network"], ["serve"], ["ingest", "-"]])
def test_a_db_that_is_not_a_store_is_one_line(tmp_path, command):
    text_file = tmp_path / "notes.csv"
    text_file.write_text("a,b\n1,2\n")
    foreign = tmp_path / "other.duckdb"
    with duckdb.connect(str(foreign)) as con:
        con.execute("CREATE TABLE sales (amount INTEGER)")
    for db, says in ((text_file, "not a DuckDB database"), (foreign, "not a FrontWatch store")):
        result = runner.invoke(app, [*command, "--db", str(db)], input="")
        assert result.exit_code == 2, result.output
        assert says in _error_line(result) and "Traceback" not in result.output
    with duckdb.connect(str(foreign), read_only=True) as con:  # and nothing was added to it
        assert con.execute("SELECT count(*) FROM information_schema.tables").fetchone() == (1,)


@pytest.mark.parametrize(("args", "says"), [
    (["report", "--out", "r.pdf"], "use --out r.html"),
    (["run", "--out", "r.docx"], "use --out r.html"),
    (["export", "--format", "acled", "--out", "a.json"], "use --out a.csv"),
    (["export", "--format", "parquet", "--out", "events.csv"], "use --out events.parquet"),
    (["export", "--format", "graphml", "--out", "net"], "use --out net.graphml"),
])
def test_an_output_name_that_does_not_fit_the_format_is_refused(store, tmp_path, args, says):
    _, db, _ = store
    out_index = args.index("--out") + 1
    args = [*args[:out_index], str(tmp_path / args[out_index]), *args[out_index + 1:]]
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert says.split("--out ")[1] in _error_line(result)
    assert not list(tmp_path.iterdir())  # nothing written under the wrong name


def test_scheduler_local_without_dask_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    corpus = tmp_path / "c.txt"
    corpus.write_text("Rebels shelled army posts in Hama on Sunday, a monitor said, killing three soldiers.")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "s.duckdb"), "--scheduler", "local",
                                 "--quiet"])
    assert result.exit_code == 2
    line = _error_line(result)
    assert "pip install -e '.[scale]'" in line and "use `--scheduler local`" not in line
