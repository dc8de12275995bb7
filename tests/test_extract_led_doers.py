"""A class of fighters "led by" a named group did what the group did: "rebel factions led by
X launched an attack" is X's attack; a name ("the SDF, led by the YPG") stays the doer and a
person never stands for the group (extract/ledgroups.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2016, 6, 1)


def _doers(events_found: Any, text: str) -> set[str | None]:
    return {e.source_actor for e in events_found(text, _DAY) if e.type == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("An alliance of Islamist groups led by Ahrar al-Sham stormed the town of Jisr al-Shughour.", "AHRAR_AL_SHAM"),
        ("Opposition factions headed by Hayat Tahrir al-Sham launched an offensive against government forces near Aleppo.", "HTS"),
        ("Rebels led by the Free Syrian Army shelled army posts in Daraa on Monday.", "FSA"),
        ("A coalition of armed groups commanded by Jaish al-Islam attacked army checkpoints east of Damascus.", "JAYSH_AL_ISLAM"),
        ("Syrian opposition groups headed by Jaish al-Islam shelled army posts near Douma on Sunday.", "JAYSH_AL_ISLAM"),
    ],
)  # fmt: skip
def test_the_leading_group_is_the_doer(events_found: Any, text: str, doer: str) -> None:
    assert doer in _doers(events_found, text)


def test_a_named_group_led_by_another_stays_the_doer(events_found: Any) -> None:
    text = "The Syrian Democratic Forces, led by the YPG, attacked Islamic State positions near Raqqa."
    doers = _doers(events_found, text)
    assert "SDF" in doers
    assert "YPG" not in doers


def test_a_person_leading_fighters_is_no_group(events_found: Any) -> None:
    text = "Fighters led by a local commander attacked a checkpoint near Homs."
    doers = _doers(events_found, text)
    assert doers  # the attack is found, with no named group as its doer
    assert doers <= {"GEN_FIGHTERS", None}


@pytest.mark.parametrize(
    ("text", "named", "leader_arm"),
    [
        ("The coalition led by Saudi Arabia bombed rebel positions around Saada late on Friday.", "SAUDI_COALITION", "SAU_MIL"),
        ("The international coalition led by the United States hit an Islamic State fuel depot outside Deir ez-Zor.", "US_COALITION", "USA_AIRFORCE"),
        ("The Arab coalition, led by Saudi Arabia, launched fresh air raids on Houthi fighters near the port of Hodeidah.", "SAUDI_COALITION", "SAU_MIL"),
    ],
)  # fmt: skip
def test_a_named_coalition_led_by_a_state_stays_the_doer(
    events_found: Any, text: str, named: str, leader_arm: str
) -> None:
    """A common noun the KB takes for a named side is no class: its leader is not the doer."""
    doers = _doers(events_found, text)
    assert named in doers
    assert leader_arm not in doers


@pytest.mark.parametrize(
    "text",
    [
        "Militias led by Iran took Baiji from Islamic State fighters after a week of shelling.",
        "Rebel groups led by Turkey stormed Kurdish-held villages west of Afrin.",
        "Shiite militiamen led by Iran attacked Islamic State lines north of Samarra.",
    ],
)
def test_a_state_leading_a_class_of_its_own_sector_is_not_the_doer(events_found: Any, text: str) -> None:
    """ "militias led by Iran" stay militias, as "Iranian-led militias" do (ledclasses.py)."""
    doers = _doers(events_found, text)
    assert doers
    assert not doers & {"IRN_MIL", "TUR_MIL", "IRN", "TUR"}


def test_plain_forces_led_by_a_state_are_its_army(events_found: Any) -> None:
    text = "Forces led by Turkey wrested the town of al-Bab from Islamic State on Thursday."
    assert "TUR_MIL" in _doers(events_found, text)


@pytest.mark.parametrize(
    ("text", "leader", "class_doer"),
    [
        ("The offensive was launched by an alliance of Islamist factions led by Jabhat al-Nusra north of Idlib.", "JABHAT_AL_NUSRA", "GEN_ISLAMISTS"),
        ("The assault was launched by Syrian rebel groups led by Ahrar al-Sham near Hama.", "AHRAR_AL_SHAM", "GEN_REBELS"),
        ("The raid was carried out by militias led by Kataib Hezbollah, officials said.", "KATAIB_HEZBOLLAH", "GEN_MILITIAS"),
        ("Army checkpoints east of Damascus were attacked by armed groups commanded by Jaish al-Islam.", "JAYSH_AL_ISLAM", "GEN_ARMED_GROUPS"),
    ],
)  # fmt: skip
def test_the_leading_group_of_a_passive_agent_is_the_doer(
    events_found: Any, text: str, leader: str, class_doer: str
) -> None:
    """ "launched by groups led by X", "carried out by militias led by X": the agent's leader did
    it, as a subject's does, and is never the act's target (the article's guessed foe)."""
    found = [e for e in events_found(text, _DAY) if e.type == "ASSAULT"]
    assert leader in {e.source_actor for e in found}
    assert class_doer not in {e.source_actor for e in found}
    assert leader not in {e.target_actor for e in found}


def test_a_passive_agent_led_by_a_person_stays_the_class(events_found: Any) -> None:
    text = "The attack on the base was carried out by fighters led by a local commander."
    doers = _doers(events_found, text)
    assert doers
    assert doers <= {"GEN_FIGHTERS", None}
