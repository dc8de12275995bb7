"""`frontwatch kb stats`: coverage per pack, from the shipped packs and gazetteer."""

from __future__ import annotations

import datetime as dt
import json

from typer.testing import CliRunner

from frontwatch.cli.main import app
from frontwatch.kb.stats import pack_stats


def test_every_pack_is_counted_with_its_countries_places_and_latest_fact(actor_kb, gazetteer):
    rows = {s.pack: s for s in pack_stats(actor_kb, gazetteer)}
    assert sum(s.actors for s in rows.values()) == len(actor_kb.entries)
    syria = rows["syria_iraq"]
    assert {"SYR", "IRQ"} <= set(syria.countries) and syria.places > 100
    assert syria.persons > 0 and syria.dated_edges <= syria.edges
    assert syria.last_dated_fact is not None and syria.last_dated_fact > dt.date(2015, 1, 1)
    assert rows["generic"].countries == [] and rows["generic"].places == 0


def test_the_command_prints_json_rows():
    result = CliRunner().invoke(app, ["kb", "stats", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows[0]["actors"] >= rows[-1]["actors"] and {"pack", "places"} <= set(rows[0])
