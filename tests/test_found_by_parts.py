"""Finer tags (extract/foundby.py): an event's tag says how its source and its target were
found (the parse tie between each side's mention and the trigger word, or the context), a
relation's tag names the cue family that read it; reliability.features splits them into
the path and the features a rule of extract/data/reliability.yaml can name."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import extract

from frontwatch.extract.reliability import features
from frontwatch.records import Event, Relation

PUBLISHED = dt.date(2017, 5, 9)


def _sides(text: str, trigger: str) -> set[tuple[str, str]]:
    found = [e for e in extract(text, PUBLISHED).events if e.trigger.lower().startswith(trigger)]
    assert found, extract(text, PUBLISHED).events
    return {(features(e)["source_by"], features(e)["target_by"]) for e in found}


@pytest.mark.parametrize(
    ("text", "trigger", "source_by"),
    [
        ("Turkish jets bombed Kurdish positions near Afrin on Monday.", "bombed", "subject"),
        (
            "Islamic State militants attacked an army checkpoint near Tikrit on Friday.",
            "attacked",
            "subject",
        ),
        ("The Syrian army withdrew from the town of Palmyra on Sunday.", "withdrew", "subject"),
        ("The village was shelled by Syrian government forces on Sunday.", "shelled", "by"),
        ("Kurdish officials accused Turkey of shelling homes near Afrin.", "accused", "subject"),
    ],
)
def test_an_events_source_says_how_the_parse_tied_it(
    text: str, trigger: str, source_by: str
) -> None:
    assert source_by in {s for s, _ in _sides(text, trigger)}


@pytest.mark.parametrize(
    ("text", "trigger", "target_by"),
    [
        ("Turkish jets bombed Kurdish positions near Afrin on Monday.", "bombed", "object"),
        ("Rebels ambushed an Iraqi army convoy west of Mosul on Saturday.", "ambushed", "object"),
        ("Protests against the army were held in Daraa on Friday.", "protests", "prep"),
        ("Kurdish officials accused Turkey of shelling homes near Afrin.", "accused", "object"),
    ],
)
def test_an_events_target_says_how_the_parse_tied_it(
    text: str, trigger: str, target_by: str
) -> None:
    assert target_by in {t for _, t in _sides(text, trigger)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Clashes erupted overnight in the outskirts of Deir ez-Zor.", "clashes"),
        ("A car bomb exploded near a crowded market on Monday.", "exploded"),
    ],
)
def test_an_event_without_sides_says_none(text: str, trigger: str) -> None:
    assert ("none", "none") in _sides(text, trigger)


def _cues(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for relation in extract(text, PUBLISHED).relations:
        out.setdefault(relation.kind, set()).add(features(relation)["cue"])
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Russian-backed government forces shelled the rebel-held town of Douma.",
        "The Syrian army, backed by Russian air power, fought rebels near Hama on Friday.",
    ],
)
def test_a_backing_cue_names_its_family(text: str) -> None:
    assert "backing" in _cues(text).get("backs", set())


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fighters fought alongside the Syrian army in Qusayr.",
        "Iraqi troops fought Islamic State militants in western Mosul on Sunday.",
    ],
)
def test_a_relation_from_an_event_or_a_cue_says_which(text: str) -> None:
    for relation in extract(text, PUBLISHED).relations:
        found = features(relation)
        assert found["found_by"].startswith("relation:")
        assert bool(found["cue"]) == found["found_by"].startswith("relation:cue-")


def _event(found_by: str) -> Any:
    return Event(id="e", type="ASSAULT", source_actor="ISIS", found_by=found_by)


def test_the_features_split_the_path_from_how_it_was_read() -> None:
    found = features(_event("event:verb-trigger:subject/object"))
    assert (found["found_by"], found["source_by"], found["target_by"]) == (
        "event:verb-trigger",
        "subject",
        "object",
    )
    assert features(_event("event:derived"))["found_by"] == "event:derived"
    assert features(_event(""))["found_by"] == ""
    tie = Relation(
        id="r",
        kind="backs",
        source_actor="USA",
        target_actor="SDF",
        found_by="relation:cue-adj:backing",
    )
    assert (features(tie)["found_by"], features(tie)["cue"]) == ("relation:cue-adj", "backing")
