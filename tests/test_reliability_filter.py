"""Kinds of output measured to be wrong most of the time are not stored as facts
(extract/reliability.py, extract/data/reliability.yaml): an event with neither a source nor
a target in a sentence that names an actor stays in the reading but is left out of what is
stored and scored (kept with the keep_unreliable setting); events whose sides are read, and
sideless events in a sentence that names no actor, are kept; a path the data file does not
name is always kept."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import pytest

from frontwatch.extract.reliability import drop_rules, left_out, reliable
from frontwatch.store import Store

PUBLISHED = dt.date(2017, 5, 9)


@cache
def reading(text: str) -> Any:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    assert not result.error, result.error
    return result


def read(text: str, what: str) -> Any:
    """The reading itself ("reading"), or what is stored of it ("stored")."""
    return reading(text) if what == "reading" else reliable(reading(text))


def sideless(text: str, extractor: str) -> list[Any]:
    return [e for e in read(text, extractor).events if not e.source_actor and not e.target_actor]


@pytest.mark.parametrize(
    "text",
    [
        "Clashes erupted overnight in the outskirts of Deir ez-Zor, Kurdish officials said.",
        "Gunfire rang out in Tripoli on Tuesday, a spokesman for the Libyan National Army said.",
        "A car bomb exploded in Baghdad on Monday, the Iraqi interior ministry said.",
        "Heavy shelling was reported in eastern Ghouta, according to the Syrian Observatory.",
    ],
)
def test_a_sideless_event_in_a_sentence_naming_an_actor_is_left_out(text: str) -> None:
    assert sideless(text, "reading")  # the reading finds it ...
    assert not sideless(text, "stored")  # ... and it is not stored as a fact


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Turkish jets bombed Kurdish positions near Afrin on Monday.", "bombed"),
        ("Rebels shelled government positions in Daraa on Sunday.", "shelled"),
        ("Islamic State militants attacked an army checkpoint near Tikrit on Friday.", "attacked"),
    ],
)
def test_an_event_with_its_sides_is_kept(text: str, trigger: str) -> None:
    kept = [e for e in read(text, "stored").events if e.trigger == trigger]
    assert kept and kept[0].source_actor
    assert [e.id for e in read(text, "stored").events] == [e.id for e in read(text, "reading").events]


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb exploded near a crowded market on Monday, killing five people.",
        "A car bomb exploded in a crowded market in the town of Azaz on Monday.",
        "Heavy shelling hit the eastern districts of Aleppo overnight.",
    ],
)
def test_a_sideless_event_in_a_sentence_naming_no_actor_is_kept(text: str) -> None:
    assert sideless(text, "reading")
    assert [e.id for e in sideless(text, "stored")] == [e.id for e in sideless(text, "reading")]


def test_relations_and_control_changes_are_untouched() -> None:
    text = "Kurdish fighters backed by U.S. jets seized Manbij from Islamic State on Friday."
    plain, every = read(text, "stored"), read(text, "reading")
    assert [r.id for r in plain.relations] == [r.id for r in every.relations] != []
    assert [c.id for c in plain.control_changes] == [c.id for c in every.control_changes] != []


def _event(found_by: str, **features: Any) -> dict[str, Any]:
    kind = {"family": "event", "found_by": found_by, "has_source": False, "has_target": False}
    return {**kind, "sentence_names_actor": True, "has_toll": False, **features}


def test_a_path_no_rule_names_is_kept() -> None:
    rules = drop_rules()
    assert left_out(_event("event:verb-trigger"), rules)
    assert not left_out(_event("event:a-path-added-later"), rules)
    assert not left_out(_event(""), rules)


def test_a_rule_without_tags_leaves_nothing_out() -> None:
    assert not left_out(_event("event:verb-trigger"), [{"has_source": False}])
    assert left_out(_event("event:verb-trigger"), [{"found_by": "event:verb-trigger"}])
    assert not left_out(_event("event:verb-trigger", has_source=True), drop_rules())
    assert not left_out(_event("event:verb-trigger", has_toll=True), drop_rules())


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed 27 people in a market in Baghdad on Monday, police said.",
        "A roadside bomb wounded nine people near Kirkuk on Tuesday, the Iraqi army said.",
    ],
)
def test_a_sideless_act_with_its_toll_is_kept(text: str) -> None:
    tolled = [e for e in sideless(text, "reading") if e.casualties.killed or e.casualties.injured]
    assert tolled
    assert [e.id for e in sideless(text, "stored")] == [e.id for e in sideless(text, "reading")]


def test_the_store_leaves_the_kind_out_unless_asked(tmp_path: object, monkeypatch: Any) -> None:
    text = "Clashes erupted overnight in the outskirts of Deir ez-Zor, Kurdish officials said."
    count = "SELECT count(*) FROM events WHERE source_actor = '' AND target_actor = ''"
    with Store(f"{tmp_path}/facts.duckdb") as store:
        store.write_results([reading(text)])
        assert store.scalar(count) == 0
    monkeypatch.setenv("FRONTWATCH_KEEP_UNRELIABLE", "true")
    with Store(f"{tmp_path}/every.duckdb") as store:
        store.write_results([reading(text)])
        assert store.scalar(count) == len(sideless(text, "reading")) > 0
