"""Queries and filters accept any name of a place: `events --place` and `places --search`
find what is stored under another spelling ("Palmyra" finds Tadmur, "Menbij" Manbij)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from frontwatch.cli.main import app
from frontwatch.pipeline import process_texts
from frontwatch.store import Store

runner = CliRunner()
TEXTS = [
    "Russian warplanes bombed Islamic State positions in Tadmur on Tuesday, killing 12 fighters.",
    "Turkish artillery shelled Kurdish fighters in Manbij on Friday.",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("places") / "fw.duckdb")
    with Store(path) as store:
        store.write_results(process_texts(TEXTS, dates=[dt.date(2016, 3, 22), dt.date(2016, 9, 2)]))
    return path


def rows(args):
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize(("spelling", "stored_text"), [("Palmyra", "Tadmur"), ("Tadmor", "Tadmur"),
                                                       ("Menbij", "Manbij"), ("Manbej", "Manbij")])
def test_events_place_filter_takes_any_spelling(db, spelling, stored_text):
    found = rows(["events", "--db", db, "--place", spelling])
    assert found and {r["place_text"] for r in found} == {stored_text}


def test_events_place_filter_still_narrows(db):
    assert rows(["events", "--db", db, "--place", "Mosul"]) == []


@pytest.mark.parametrize(("spelling", "name"), [("Palmyra", "Tadmur"), ("Menbij", "Manbij")])
def test_places_search_takes_any_spelling(db, spelling, name):
    assert name in {r["name"] for r in rows(["places", "--db", db, "--search", spelling])}
