"""An act that kills only people of no named party is not aimed at the enemy the article
gives its doer (extract/victims.py)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2017, 1, 10)


def target_of(text: str, trigger: str) -> str:
    """The target of the hostile act told by ``trigger`` in the text's last sentence."""
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    targets = {e.trigger: e.target_actor for e in events if e.type == "ASSAULT"}
    assert trigger in targets, targets
    return targets[trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            (
                "Ukrainian forces repelled Russian assaults near Pokrovsk on Saturday. Two men "
                "were killed by Russian shelling in the village of Bilozerka, the governor said."
            ),
            "killed",
        ),
        (
            (
                "Islamic State fighters battled Iraqi troops west of Mosul. On Friday the "
                "militants carried out two suicide bombings in eastern Baghdad, killing 32 people."
            ),
            "bombings",
        ),
        (
            (
                "Militants have attacked security forces across Syria. Rounds of shelling by "
                "militants on three crowded districts of Aleppo left 14 people dead."
            ),
            "shelling",
        ),
    ],
)
def test_people_killed_make_no_party_the_target(engine, text: str, trigger: str) -> None:
    assert target_of(text, trigger) == ""


def test_people_killed_where_civilians_live_are_civilians(engine) -> None:
    # twenty-fifth session: an act in a civilian place is aimed at civilians (civiliansites.py
    #   places_where), as the set codes "the bombings hit a commercial area, leaving 27 dead"
    text = (
        "Islamic State fighters battled Iraqi troops west of Mosul. On Friday the "
        "militants carried out two suicide bombings in a Baghdad market, killing 32 people."
    )
    assert target_of(text, "bombings") == "GEN_CIVILIANS"


def test_people_among_whom_a_child_is_named_are_civilians(engine) -> None:
    # thirteenth session: people among whom only civilians, women or children are named are
    #   civilians, the act's target (victims.civilians_killed_are_target); still no party
    text = (
        "Houthi rebels fought government troops outside Taiz on Monday. Houthi shelling "
        "on a residential district of the city killed four people, including a child."
    )
    assert target_of(text, "killed") == "GEN_CIVILIANS"


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (  # policemen among the dead: the act hit the police's side
            (
                "Islamic State fighters battled Iraqi troops west of Mosul. On Friday the "
                "militants detonated a car bomb at a checkpoint, killing five people and three "
                "policemen."
            ),
            "detonated",
            "IRQ",
        ),
        (  # the sentence names the dead as a side
            (
                "Islamic State fighters battled Iraqi troops west of Mosul. Three soldiers were "
                "killed in a roadside bombing near Tal Afar."
            ),
            "killed",
            "IRQ",
        ),
    ],
)
def test_a_side_among_the_dead_stays_the_target(
    engine, actor_kb, text: str, trigger: str, target: str
) -> None:
    assert actor_kb.top_of(target_of(text, trigger) or "-") == actor_kb.top_of(target)
