"""An act told again with no place a few sentences after the act it retells is that act, not
a second attack nowhere; another act marked as such, another doer's act, the doer's own dead
and two unplaced tellings stay apart. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 5, 8)


def _assaults(text: str) -> list[tuple[str, str, str, str]]:
    """(doer, target, place, trigger) of every ASSAULT the pipeline stores from the text."""
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    return [
        (e.source_actor, e.target_actor, e.place_text, e.trigger.lower())
        for e in events
        if e.type == "ASSAULT"
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Syrian government jets bombed a market in Maarat al-Numan on Monday, killing nine "
                "people. Rescue workers searched the rubble for survivors until dark. The bombs were "
                "dropped shortly after noon, witnesses said."
            ),
            "Maarat al-Numan",
        ),
        (
            (
                "Kenyan troops shelled an al-Shabaab camp near Afmadow on Tuesday. Residents said "
                "smoke rose over the area for hours. The army said the camp was targeted after a "
                "tip-off from villagers."
            ),
            "Afmadow",
        ),
        (
            (
                "Russian artillery shelled residential blocks in Kupiansk on Friday, the governor "
                "said. Three apartment buildings caught fire. The shells were fired from across the "
                "river, he added."
            ),
            "Kupiansk",
        ),
    ],
)
def test_an_unplaced_retelling_is_the_placed_act(text: str, place: str) -> None:
    acts = _assaults(text)
    assert len(acts) == 1, acts
    assert acts[0][2] == place


def test_an_act_marked_as_another_stays_apart() -> None:
    acts = _assaults(
        "Syrian government jets bombed a market in Maarat al-Numan on Monday. Rescue workers "
        "searched the rubble for survivors. A school was also bombed, witnesses said."
    )
    assert len(acts) == 2, acts


def test_another_doers_act_stays_apart() -> None:
    acts = _assaults(
        "Syrian government jets bombed a market in Maarat al-Numan on Monday. Rescue workers "
        "searched the rubble for survivors. Rebels shelled army positions in response, a "
        "monitor said."
    )
    assert {doer for doer, *_ in acts} == {"SYR_AIRFORCE", "GEN_REBELS"}


def test_the_attackers_own_dead_stay_apart() -> None:
    acts = _assaults(
        "Islamic State fighters attacked an army post near Baiji on Tuesday. The troops fought "
        "back for two hours. Eleven of the attackers were killed, the army said."
    )
    assert ("IRQ_MIL", "ISIS") in {(doer, target) for doer, target, *_ in acts}
    assert len(acts) == 2, acts


def test_two_unplaced_tellings_stay_two() -> None:
    acts = _assaults(
        "Rebel fighters shelled an army checkpoint, a monitor said. Residents heard explosions "
        "for hours. The rebels shelled a supply depot, the monitor added."
    )
    assert [trigger for *_, trigger in acts].count("shelled") == 2, acts


def test_an_act_on_a_new_thing_stays_apart() -> None:
    acts = _assaults(
        "Government forces shelled the centre of Daraa on Thursday. Residents fled to "
        "shelters. A clinic was struck by a shell near the old souk, doctors said."
    )
    assert len(acts) == 2, acts


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Syrian government jets bombed a hospital in Kafr Nabl on Monday, a monitor said. "
                "Doctors moved patients to the basement. Rescue workers said the hospital was hit "
                "with rockets."
            ),
            "Kafr Nabl",
        ),
        (
            (
                "Islamic State militants detonated a car bomb at a police station in Tuz Khurmatu "
                "on Friday. Ambulances rushed to the scene. The militants stormed the station, police "
                "said."
            ),
            "Tuz Khurmatu",
        ),
    ],
)
def test_a_retelling_may_name_other_means(text: str, place: str) -> None:
    acts = _assaults(text)
    assert len(acts) == 1, acts
    assert acts[0][2] == place


def test_an_act_only_feared_between_does_not_keep_the_retelling_apart() -> None:
    acts = _assaults(
        "Government helicopters dropped barrel bombs on a bakery in Kafr Nabl on Sunday, "
        "activists said. Residents feared more raids might follow. The bakery was targeted as "
        "people queued for bread."
    )
    assert [trigger for *_, trigger in acts] == ["dropped", "raids"], acts


@pytest.mark.parametrize(
    "text",
    [
        (
            "Opposition fighters captured the town of Kafr Nabl in March. The front has been quiet "
            "for weeks, residents said. Aid convoys reach the town twice a month. Twelve people "
            "were killed, a monitor said."
        ),
        (
            "Islamic State militants seized the town of Hit in 2014. Residents said life had "
            "returned to the market. Schools reopened after the summer. At least nine people were "
            "killed, a police officer said."
        ),
    ],
)
def test_a_toll_is_no_retelling_of_an_act_dated_months_before(text: str) -> None:
    acts = _assaults(text)
    assert len(acts) == 2, acts


def test_a_toll_retells_an_act_told_up_to_now() -> None:
    acts = _assaults(
        "Since January the army has shelled Dael, a town in Daraa province. Families sleep in "
        "basements. The shells have killed dozens of civilians, medics said."
    )
    assert len(acts) == 1, acts
