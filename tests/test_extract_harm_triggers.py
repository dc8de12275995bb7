"""Acts told by what they did to a thing or where the weapon went: "destroyed a depot",
"fired on a checkpoint", "a shell landed on a school"; and the words that look like such
acts but tell none ("the wounded were taken to hospital", "was fired on Monday").
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 9, 14)


def _acts(text: str) -> list[tuple[str, str, str]]:
    """(type, trigger, certainty) of every event the pipeline finds in the text."""
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    return [(e.type, e.trigger.lower(), e.claim.certainty) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Government troops destroyed a rebel ammunition depot near Idlib on Tuesday.",
            "destroyed",
        ),
        ("An army unit destroyed four vehicles loaded with fighters east of Palmyra.", "destroyed"),
        ("Russian jets destroyed two bridges over the Euphrates, the ministry said.", "destroyed"),
        ("Kurdish fighters fired at a convoy of Turkish trucks near Manbij.", "fired"),
        ("Militants fired on an army checkpoint outside Hama overnight.", "fired"),
        ("Police fired into the crowd of mourners in Deraa.", "fired"),
        ("A mortar shell landed on a primary school in the Old City of Homs.", "landed"),
        ("Two rockets slammed into a crowded market in Raqqa.", "slammed"),
        ("An explosive device exploded near a police patrol in Qamishli.", "exploded"),
        ("A shell hit near the bakery as people queued for bread in Douma.", "hit"),
    ],
)
def test_a_deed_told_by_its_harm_or_its_weapon_is_an_assault(
    engine, text: str, trigger: str
) -> None:
    acts = _acts(text)
    assert ("ASSAULT", trigger) in [(t, w) for t, w, _ in acts], acts


@pytest.mark.parametrize(
    "text",
    [
        "In the same context militants from the Islamic Army fired rocket and mortar shells on a suburb near Homs.",
        "A local official said that gunmen fired mortar rounds at the neighborhoods of the old city.",
        "A witness said that terrorist fired rocket shells at the market in the old city.",
    ],
)
def test_a_past_verb_the_parser_hung_on_its_object_still_tells_the_act(engine, text: str) -> None:
    assert [t for t, w, _ in _acts(text) if w == "fired"] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of homes were destroyed in the town.",  # a result, no side named as its doer
        "The minister was fired on Monday after the scandal.",  # a dismissal, not a shot
        "The plane landed in Damascus on Sunday.",  # no weapon landed
        "Medics said the wounded were taken to a field hospital in Saraqeb.",
        "Two commanders were among the killed, the group said.",
        "Doctors treated the injured in a basement clinic in eastern Aleppo.",
    ],
)
def test_words_that_tell_no_new_act(engine, text: str) -> None:
    assert [a for a in _acts(text) if a[0] == "ASSAULT"] == []


def test_the_strikes_that_destroyed_a_thing_are_one_act(engine) -> None:
    acts = _acts("The strikes destroyed a field hospital in Douma.")
    assert [t for t, _, _ in acts] == ["ASSAULT"], acts


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        (
            "The security forces launched a brutal crackdown on protesters in Deraa.",
            "COERCE",
            "crackdown",
        ),
        (
            "The militants carried out public executions in the main square of Raqqa.",
            "ASSAULT",
            "executions",
        ),
        (
            "Former detainees described torture by guards at the prison in Saydnaya.",
            "ASSAULT",
            "torture",
        ),
    ],
)
def test_nouns_of_repression_and_killing_are_acts(
    engine, text: str, kind: str, trigger: str
) -> None:
    assert (kind, trigger) in [(t, w) for t, w, _ in _acts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "In March the Kurdish-led alliance launched an operation to seize the dam from the jihadists.",
        "The army launched a wide-scale military operation against the militants east of Homs.",
        "Turkey launched the Euphrates Shield operation with allied rebels in August.",
        "Government forces launched a fresh campaign to drive the rebels out of the valley.",
    ],
)
def test_an_operation_launched_is_an_attack_done(engine, text: str) -> None:
    assert ("ASSAULT", "launched", "asserted") in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Civil defence teams launched a rescue operation in the rubble of the building.",
        "The health ministry launched a vaccination campaign in the camps near Azaz.",
        "The opposition launched a media campaign against the talks in Geneva.",
        "The operation was launched on 19 May 2014.",  # the one told before, no new act
    ],
)
def test_a_civil_or_retold_operation_is_no_new_attack(engine, text: str) -> None:
    assert [a for a in _acts(text) if a[1] == "launched"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The regime cracked down on the marches in the southern city with tanks.",
        "Police clamped down on the demonstrators in the capital on Friday.",
        "Security forces cracked down hard on students at the university.",
    ],
)
def test_cracking_down_is_coercion(engine, text: str) -> None:
    assert "COERCE" in [t for t, _, _ in _acts(text)]


@pytest.mark.parametrize(
    ("text", "retreat"),
    [
        (
            "Air strikes killed 12 people including four children fleeing across the river on rafts.",
            False,
        ),
        ("Women and children fled the village as the shelling intensified.", False),
        ("Iraqi troops fled the city as the militants advanced.", True),
    ],
)
def test_children_fleeing_are_no_side_giving_ground(engine, text: str, retreat: bool) -> None:
    assert ("RETREAT" in [t for t, _, _ in _acts(text)]) is retreat
