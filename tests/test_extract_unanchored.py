"""An act named again by a noun pointing back ("the bombing", "Tuesday's ambush") or only in
passing ("condemned bombardments", "tactics including attacks"), with no side, no place and
no toll, is no new event; one that names a place or a side, and an act told here by a verb or
by a noun its clause tells of ("clashes broke out", "began a strike"), stay. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from extracted import extract

from frontwatch.extract.unanchored import is_anchored
from frontwatch.records import Casualties, Event


@pytest.mark.parametrize(
    "text",
    [
        "Nobody has yet said who carried out the bombing.",
        "No one has claimed the shelling so far.",
        "Tuesday's ambush came a week after the talks collapsed.",
        "The strike was the deadliest this year.",
        "Yesterday's raid was the third this month.",
        "The minister condemned indiscriminate bombardments in the region.",
        "Militants rely on many tactics, including suicide attacks and human shields.",
        "The foreign ministry denied the air strikes.",
        "The opposition denounced the shelling and the air strikes.",
        "The UN is investigating a massacre.",
        "The president told cheering supporters at a rally on Sunday that victory was near.",
    ],
)
def test_a_bare_retelling_is_not_stored(text: str) -> None:
    events = extract(text).events
    assert "ASSAULT" not in [e.type for e in events], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nobody has yet said who carried out the bombing in Kirkuk.", "ASSAULT"),
        ("Houthi fighters attacked a convoy on Friday, officials said.", "ASSAULT"),
        ("Police arrested four men after the explosion.", "COERCE"),
        ("Clashes broke out again in the last days of May.", "ASSAULT"),
        ("The envoy called on both sides to respect the truce.", "REQUEST"),
        ("The fiercest shelling in months hit the outskirts overnight.", "ASSAULT"),
        ("Nobody has yet said who carried out the 2016 bombing.", "ASSAULT"),
        ("Dockworkers began a general strike at the port on Monday.", "PROTEST"),
        ("The operation led to the arrest of six members of the smuggling cell.", "COERCE"),
        ("Residents described heavy fighting around the old airfield overnight.", "ASSAULT"),
        ("Villagers say they can hear mortar fire most evenings.", "ASSAULT"),
        ("Aid workers in the camp reported intense shelling overnight.", "ASSAULT"),
        ("Residents fled the fighting, a local official said.", "ASSAULT"),
    ],
)
def test_an_act_told_here_or_naming_a_place_or_a_side_stays(text: str, kind: str) -> None:
    assert kind in [e.type for e in extract(text).events]


def test_a_side_or_a_place_anchors_an_act() -> None:
    assert not is_anchored(Event(id="e1", type="ASSAULT"))
    assert is_anchored(Event(id="e2", type="ASSAULT", source_actor="ISIS"))
    assert is_anchored(Event(id="e3", type="ASSAULT", target_actor="IRQ_MIL"))
    assert is_anchored(Event(id="e4", type="ASSAULT", place_id="gn:99062"))
    assert is_anchored(Event(id="e5", type="ASSAULT", casualties=Casualties(killed=3)))


def test_an_object_pointing_back_to_an_act_told_before_is_no_second_act() -> None:
    text = "Rebels shelled the village on Monday. Residents fled the shelling."
    assert [e.type for e in extract(text).events].count("ASSAULT") == 1


@pytest.mark.parametrize(
    "text",
    [
        "The old quarter has been under a tight siege since the autumn of 2014.",
        "Scores of local ceasefires were agreed across the province last year.",
        "The ceasefire proclaimed by the rebels on Friday held through the weekend.",
        "The bombing led to hundreds of arrests across the city.",
        "The explosion resulted in dozens of arrests in the old market.",
    ],
)
def test_an_act_under_another_preposition_described_or_bringing_about_stays(text: str) -> None:
    """Only "including" / "despite" / "like" hang an act on in passing; a participle saying who
    did it singles the act out; an act told by what came of it is told here."""
    assert extract(text).events, text
