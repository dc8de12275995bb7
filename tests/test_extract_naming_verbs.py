"""Who describes, terms or calls an act something does not do it (judged.names_the_act):
"officials described the raid as a mistake" names no doer."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import extract

PUBLISHED = dt.date(2017, 10, 18)


def doers(text: str, trigger: str) -> list[str]:
    return [e.source_actor for e in extract(text, PUBLISHED).events if e.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Pentagon characterized the fighting near Tal Abyad as heavy.", "fighting"),
        ("Kurdish officials termed the clashes near Kirkuk a misunderstanding.", "clashes"),
        ("The UN called the shelling of the camp near Idlib a war crime.", "shelling"),
        ("Turkish officials described the raid on the village near Afrin as a mistake.", "raid"),
    ],
)
def test_who_names_an_act_does_not_do_it(engine, text: str, trigger: str) -> None:
    assert doers(text, trigger) == [""]


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "The Russian military described the strike on the depot in Kharkiv as a success.",
            "strike",
            "RUS_MIL",
        ),
        (
            "The Turkish army called the offensive against Kurdish fighters in Afrin a victory.",
            "offensive",
            "TUR_MIL",
        ),
        (
            "The Iraqi army described the raid on the hideout near Hawija as a heavy blow.",
            "raid",
            "IRQ_MIL",
        ),
    ],
)
def test_a_force_naming_an_act_not_done_to_it_did_it(
    engine, text: str, trigger: str, doer: str
) -> None:
    assert doers(text, trigger) == [doer]


@pytest.mark.parametrize(
    ("text", "trigger", "speaker"),
    [
        (
            "The Sudanese army called the attack on its base in Kadugli a cowardly act.",
            "attack",
            "SDN_SAF",
        ),
        (
            "The Iraqi army described the bombing of its checkpoint near Samarra as a crime.",
            "bombing",
            "IRQ_MIL",
        ),
        (
            "Kurdish fighters called the shelling of their positions near Kobani a provocation.",
            "shelling",
            "YPG",
        ),
    ],
)
def test_a_force_naming_an_act_on_its_own_did_not_do_it(
    engine, text: str, trigger: str, speaker: str
) -> None:
    found = doers(text, trigger)
    assert found and speaker not in found


def test_its_own_act_named_stays_its_own(engine) -> None:
    text = "The army described its shelling of rebel positions near Hama as a warning."
    assert doers(text, "shelling") == ["SYR_MIL"]
