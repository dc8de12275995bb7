"""A site taken or a road cut in the course of a fight, told in one chain of verbs with it by
the same doer, is that fight: one ASSAULT, no COERCE beside it. Other acts told beside a fight
(goods seized, an encirclement, arrests, people captured) stay apart. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.extracted import extract


def _acts(text: str) -> list[tuple[str, str]]:
    """(type, trigger) of every ASSAULT and COERCE the pipeline stores from the text."""
    events = extract(text).events
    return [(e.type, e.trigger.lower()) for e in events if e.type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize(
    "text",
    [
        # a participle clause taking a site after the fight
        "Witnesses said the militants stormed the district on Tuesday, occupying a school.",
        # a conjunct taking a site before the fight
        "The gunmen occupied a hospital in the town center and fought with the army until dawn.",
        # a road cut as the town falls
        (
            "Kurdish fighters seized the border town of Tal Abyad from Islamic State on Monday, "
            "cutting off a key supply route."
        ),
        (
            "Government troops captured the village of Kafr Nabuda and cut the main road, a "
            "monitoring group said."
        ),
    ],
)
def test_a_taking_told_with_its_fight_is_one_act(text: str) -> None:
    acts = _acts(text)
    assert [kind for kind, _ in acts] == ["ASSAULT"], acts


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # people taken, alternatives: "captured or killed" is no site taken
        ("The army captured or killed dozens of militants in the raid near Mosul.", "COERCE"),
        # goods seized before the attack is told: a seizure of its own (extract/spoils.py)
        ("Fighters seized two armoured vehicles and attacked an army checkpoint near Homs.", "COERCE"),
        # an encirclement is an act of its own
        ("The rebels encircled the town of Saraqib on Friday, taking several army outposts.", "COERCE"),
        # arrests made in the assault are an act of their own
        ("Iraqi troops stormed the village of Albu Bali on Sunday, arresting twelve suspects.", "COERCE"),
    ],
)
def test_other_acts_told_beside_a_fight_stay_apart(text: str, apart: str) -> None:
    acts = _acts(text)
    assert apart in [kind for kind, _ in acts], acts


@pytest.mark.parametrize(
    "text",
    [
        "Government forces shelled Saraqib on Monday and stormed Maarat al-Numan.",
        "The army bombed Douma and captured Harasta, state media said.",
    ],
)
def test_ground_taken_at_another_place_is_another_act(text: str) -> None:
    acts = _acts(text)
    assert [kind for kind, _ in acts] == ["ASSAULT", "ASSAULT"], acts


def test_a_capture_told_after_another_time_stays() -> None:
    """ "after ... were routed": a clause told as another time, not a participle of the taking."""
    acts = _acts(
        "Rebels captured the town of Kafr Zita on Friday after government troops were routed "
        "in the fighting."
    )
    assert ("ASSAULT", "captured") in acts, acts
