"""Ties told through what a force is made of or who it serves (sixteenth session): a backer
named in a relative clause of an alliance noun or after a list of deeds ("X, an alliance of
brigades that Qatar funds, arms and directs"), a core member ("X, whose backbone is Y"), a
side joining another's effort or fighting under its command, and a side driven out told in
a relative clause ("Y, which X expelled from T in 2012"). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _ties(kind: str, text: str, relations_found: Any) -> set[tuple[str, str]]:
    found = relations_found(text, PUBLISHED)
    return {(s, t) for k, s, t, certainty in found if k == kind and certainty == "asserted"}


def _assert_allied(text: str, tie: tuple[str, str], relations_found: Any) -> None:
    allied = _ties("allied", text, relations_found)
    assert tie in allied or tie[::-1] in allied, allied


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            ("The rebels are grouped in the Free Army, a loose alliance of brigades that Qatar "
            "funds, arms and directs."),
            ("QAT", "FSA"),
        ),
        (
            ("The Army of Islam, a grouping of Salafist brigades that Riyadh pays, trains and "
            "commands, holds Douma."),
            ("SAU", "JAYSH_AL_ISLAM"),
        ),
        (
            "The Houthis, a movement which Iran pays, advises and equips, fired missiles at Riyadh.",
            ("IRN", "HOUTHIS"),
        ),
        (
            "Kataib Hezbollah, a militia that Iran finances and trains, fired rockets at the base.",
            ("IRN", "KATAIB_HEZBOLLAH"),
        ),
    ],
)
def test_a_backer_in_a_relative_clause_backs_the_name_the_clause_describes(
    text: str, tie: tuple[str, str], relations_found: Any
) -> None:
    backs = _ties("backs", text, relations_found)
    assert tie in backs
    assert not any(t.startswith("GEN_") for s, t in backs if s == tie[0]), backs


@pytest.mark.parametrize(
    "text",
    [
        "The militia that Israel strikes, trains its men in the south.",  # "trains": its own verb
        "Hezbollah, a movement that Israel bombs and targets, lost fighters near the border.",
    ],
)
def test_a_deed_that_is_no_backing_backs_no_one(text: str, relations_found: Any) -> None:
    assert not any(s == "ISR" for s, _ in _ties("backs", text, relations_found))


@pytest.mark.parametrize(
    ("text", "member", "whole"),
    [
        (
            "Raqqa is held by the SDF, whose backbone, the YPG militia, Turkey regards as a terrorist group.",
            "YPG",
            "SDF",
        ),
        ("The SDF's core is the YPG.", "YPG", "SDF"),
        ("The Popular Mobilisation Forces, whose core is Kataib Hezbollah, entered Tikrit.", "KATAIB_HEZBOLLAH", "PMF"),
        (
            "The Army of Conquest, whose spine is formed by Ahrar al-Sham fighters, advanced on Idlib.",
            "AHRAR_AL_SHAM",
            "JAISH_AL_FATAH",
        ),
        ("The YPG forms the backbone of the Syrian Democratic Forces.", "YPG", "SDF"),
        ("Kataib Hezbollah, the core of the Popular Mobilisation Forces, denied the attack.", "KATAIB_HEZBOLLAH", "PMF"),
    ],
)
def test_a_core_member_is_a_member_and_an_ally(
    text: str, member: str, whole: str, relations_found: Any
) -> None:
    assert (member, whole) in _ties("member_of", text, relations_found)
    assert (member, whole) in _ties("allied", text, relations_found)


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian Democratic Forces, whose commander met Russian officers, hold Raqqa.",
        "Oil revenue is the backbone of the Islamic State's economy.",
        "The Islamic State's core fighters retreated to Baghouz.",
        # the "of" object or possessor is no side itself: a side's effort or purse is no side
        "Turkish artillery has formed the backbone of the Free Syrian Army's push on Afrin.",
        "Saudi cash forms the core of the Islamic Front's war chest.",
        "The SDF's offensive's backbone is American air power.",
        # "make" and "provide" are no forming verbs
        "Russian bombers made the core of the strike package over Idlib.",
        "Iranian advisers provide the backbone of the Hezbollah training programme.",
    ],
)
def test_no_core_member_without_a_side_named_as_the_core(text: str, relations_found: Any) -> None:
    found = relations_found(text, PUBLISHED)
    assert not any(k in ("member_of", "allied") for k, *_ in found), found


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Kataib Hezbollah joined the Iraqi army's offensive near Tikrit.", ("KATAIB_HEZBOLLAH", "IRQ_MIL")),
        ("The Sunni tribal Sahwa fought under the command of the Iraqi army in Anbar.", ("SAHWA", "IRQ_MIL")),
        ("Several Ahrar al-Sham brigades have since fought under the banner of the FSA.", ("AHRAR_AL_SHAM", "FSA")),
        ("Hezbollah fighters battled for weeks under the Syrian army's command.", ("HEZBOLLAH", "SYR_MIL")),
    ],
)
def test_joining_a_sides_effort_or_fighting_under_its_command_allies(
    text: str, tie: tuple[str, str], relations_found: Any
) -> None:
    _assert_allied(text, tie, relations_found)


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah joined the battle for Aleppo.",  # an effort of no one named
        "The rebels of Ahrar al-Sham joined the talks in Astana.",
        "The villages came under the Syrian army's control in May.",
    ],
)
def test_no_alliance_from_joining_an_effort_of_no_one_or_coming_under_control(
    text: str, relations_found: Any
) -> None:
    assert not _ties("allied", text, relations_found)


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "Hezbollah, which the Israeli army expelled from southern Lebanon in 2000, is rearming.",
            {("ISR_MIL", "HEZBOLLAH")},
        ),
        (
            ("The Islamic State, which Iraqi forces and their American allies drove out of Mosul "
            "last year, still attacks villages."),
            {("IRQ_MIL", "ISIS"), ("USA", "ISIS")},
        ),
        (
            "Al-Shabaab, which Kenyan troops expelled from Kismayo in 2012, still bombs the capital.",
            {("KEN_MIL", "AL_SHABAAB")},
        ),
    ],
)
def test_a_side_driven_out_in_a_relative_clause_is_fought(
    text: str, ties: set[tuple[str, str]], relations_found: Any
) -> None:
    assert ties <= _ties("fights", text, relations_found)


def test_civilians_driven_out_in_a_relative_clause_are_no_enemy(relations_found: Any) -> None:
    text = "The civilians, whom the militants drove out of Sirte, returned home."
    assert not _ties("fights", text, relations_found)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("The Kurdish-led SDF invited the Syrian army to defend the border towns with it.", ("SDF", "SYR_MIL")),
        ("In 2015 Damascus called in Russian troops.", ("SYR", "RUS_MIL")),
        ("The Iraqi government invited Iran to help defend Baghdad.", ("IRQ_GOV", "IRN")),
        ("The Somali government invited Ethiopian troops to fight al-Shabaab.", ("SOM_GOV", "ETH_MIL")),
        ("Hard pressed, the YPG invited its former enemy, the Syrian army, to help hold Manbij.", ("YPG", "SYR_MIL")),
        # "rival" describes the guest here; it says nothing of two doers acting apart
        ("Cornered, the YPG invited its longtime rival, the Syrian army, to defend Kobani with it.", ("YPG", "SYR_MIL")),
    ],
)
def test_inviting_a_side_in_to_fight_allies(
    text: str, tie: tuple[str, str], relations_found: Any
) -> None:
    _assert_allied(text, tie, relations_found)


@pytest.mark.parametrize(
    "text",
    [
        "The government invited the rebels to talks in Geneva.",  # no deed of war
        "Baghdad asked Washington for help against the Islamic State.",  # a request alone
        "The Syrian government called on Hezbollah to withdraw.",  # "called on", not "in"
        # helping, supporting or assisting alone is no deed of war
        "The Kurdish-led SDF invited the Syrian army to help run the water station.",
        "Moscow invited Ankara to help arrange a truce around Idlib.",
        "The Iraqi government invited Iran to support a dialogue with Erbil.",
        "Damascus invited Hezbollah to assist with the reconstruction of Qusayr.",
        "The YPG invited the Syrian army to help hold talks with Ankara.",  # "hold" no deed of war here
    ],
)
def test_no_alliance_from_an_invitation_to_talk_or_a_request(
    text: str, relations_found: Any
) -> None:
    assert not _ties("allied", text, relations_found)
