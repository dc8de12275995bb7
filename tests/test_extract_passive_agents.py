"""A clause told of a passive goes on with the agent's deed, not the subject's: the subject
of "were routed by X" underwent the act (verbsubjects.participle_agent,
pronoundoers.speaker_subject)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import extract

PUBLISHED = dt.date(2015, 3, 9)


def doers(text: str, trigger: str) -> list[str]:
    return [e.source_actor for e in extract(text, PUBLISHED).events if e.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            (
                "Government troops were driven from the town of Kafr Zita by the rebels on Tuesday, "
                "killing a senior commander."
            ),
            "killing",
            "GEN_REBELS",
        ),
        (
            (
                "The Kurdish fighters were pushed out of the village by Islamic State militants "
                "overnight, seizing their weapons."
            ),
            "seizing",
            "ISIS",
        ),
        (
            (
                "Russian soldiers were forced out of the town by Ukrainian troops on Friday, "
                "capturing two tanks."
            ),
            "capturing",
            "UKR_MIL",
        ),
    ],
)
def test_a_participle_after_a_passive_is_the_agents_deed(
    engine, text: str, trigger: str, doer: str
) -> None:
    assert doers(text, trigger) == [doer]


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "Government troops were driven from the town by a rebel group after it stormed its defences.",
            "stormed",
            "GEN_REBELS",
        ),
        (
            (
                "Kurdish forces were pushed back by an Islamic State unit when it shelled the "
                "outskirts of Makhmour."
            ),
            "shelled",
            "ISIS",
        ),
    ],
)
def test_a_pronoun_in_a_clause_told_of_a_passive_is_the_agent_it_agrees_with(
    engine, text: str, trigger: str, doer: str
) -> None:
    assert doers(text, trigger) == [doer]


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "The Iraqi soldiers were ambushed by a militant group as they raided a village near Hawija.",
            "raided",
            "IRQ_MIL",
        ),
        (
            "The Ukrainian brigade was shelled by Russian forces as it stormed the village of Robotyne.",
            "stormed",
            "UKR_MIL",
        ),
        (
            "Syrian army units were hit by a rebel missile as they attacked the outskirts of Hama.",
            "attacked",
            "SYR_MIL",
        ),
    ],
)
def test_a_pronoun_agreeing_only_with_the_passives_subject_is_the_subject(
    engine, text: str, trigger: str, doer: str
) -> None:
    assert doers(text, trigger) == [doer]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Government troops were driven from the town by the rebels after they stormed its defences.",
            "stormed",
        ),
        (
            "Kurdish forces were pushed back by Islamic State militants when they shelled the outskirts of Makhmour.",
            "shelled",
        ),
        (
            "Houthi fighters were pushed back by tribesmen when they shelled the outskirts of Marib.",
            "shelled",
        ),
    ],
)
def test_a_pronoun_agreeing_with_both_names_no_doer(engine, text: str, trigger: str) -> None:
    assert doers(text, trigger) == [""]


def test_a_pronoun_after_a_passive_with_no_named_agent_is_not_the_subject(engine) -> None:
    text = (
        "Once feared, the Kurdish fighters were beaten by a heavily armed militant group as "
        "it swept across the plains, capturing several villages."
    )
    assert not {"PESHMERGA", "GEN_KURDISH_FORCES"} & set(doers(text, "capturing"))
