"""The `network`, `control` and `report` commands call the library and print or write its answer."""

import json

import pytest
from test_fuse_corpus import ACTORS, corpus
from typer.testing import CliRunner

from frontwatch.cli.main import app
from frontwatch.store import Store

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "fw.duckdb"
    with Store(path) as store:
        store.sync_actors(ACTORS)
        store.write_results(corpus())
    return str(path)


def _json(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_network_as_of_and_changes(db):
    edges = _json(["network", "--db", db, "--as-of", "2016-01-01", "--json"])
    assert {(e["kind"], e["source"], e["target"]) for e in edges} >= {("backs", "USA", "FSA"), ("backs", "RUS", "SYR_GOV")}
    assert all(e["first"] <= "2016-01-01" for e in edges)
    changes = _json(["network", "--db", db, "--changes-since", "2016-07-01", "--as-of", "2017-02-01", "--json"])
    assert any(c["change"] == "flipped" for c in changes)
    monthly = _json(["network", "--db", db, "--monthly", "--json"])
    assert {"month", "actor_a", "actor_b", "score", "evidence"} == set(monthly[0])
    (hedged,) = _json(["network", "--db", db, "--unconfirmed", "--json"])
    assert (hedged["kind"], hedged["source"], hedged["target"], hedged["certainty"]) == ("backs", "USA", "YPG", "hedged")


def test_control_timeline_and_as_of(db):
    rows = _json(["control", "--db", db, "--place", "palmyra", "--json"])
    assert [r["controller"] for r in rows] == ["ISIS", "SYR_MIL", "ISIS", "SYR_MIL"]
    held = _json(["control", "--db", db, "--as-of", "2017-02-25", "--json"])
    al_bab = next(r for r in held if r["place"] == "al-Bab")
    assert al_bab["controller"] == "FSA" and "ISIS (Amaq" in al_bab["conflict"]


def test_report_writes_html_for_a_region(db, tmp_path):
    out = tmp_path / "aleppo.html"
    result = runner.invoke(app, ["report", "--db", db, "--as-of", "2017-03-05", "--region", "Aleppo",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "situation report — Aleppo as of 2017-03-05" in page and "<svg" in page
    assert "al-Bab" in page and "Douma" not in page


def test_commands_reject_a_bad_date(db):
    result = runner.invoke(app, ["control", "--db", db, "--as-of", "March"])
    assert result.exit_code != 0 and "YYYY-MM-DD" in result.output


def test_control_accepts_any_spelling_of_a_place(tmp_path):
    import datetime as dt

    from frontwatch.pipeline import process_texts

    text = "Syrian troops recaptured the ancient city of Palmyra from Islamic State fighters on Sunday."
    path = str(tmp_path / "palmyra.duckdb")
    with Store(path) as store:
        store.write_results(process_texts([text], dates=[dt.date(2016, 3, 28)]))
    for spelling in ("Palmyra", "Tadmur", "palmyra"):
        rows = _json(["control", "--db", path, "--place", spelling, "--json"])
        assert [(r["controller"], str(r["from"])[:10]) for r in rows] == [("SYR_MIL", "2016-03-27")], spelling
