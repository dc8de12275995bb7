"""An act a side cancels, suspends or calls off is not done: "cancelled joint patrols with
Russia" is no cooperation but ties cut (SANCTION), "suspended air strikes" no attack but a
de-escalation (RETREAT, ceasefire), "froze military aid" no aid (triggers.py, events.yaml's
``stopping_verbs``). A base hosting troops houses them: no talks are hosted. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import types_found

PUBLISHED = dt.date(2021, 6, 14)


def _types(text: str) -> list[str]:
    return types_found(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey cancelled its joint patrols with Russian forces in northern Syria.",
        "Russia suspended joint patrols with Turkish troops along the M4 highway.",
        "The United States called off joint exercises with the South Korean army.",
        "Moscow has postponed the joint patrols with Ankara east of the Euphrates.",
    ],
)
def test_cancelled_joint_acts_are_no_cooperation(text: str) -> None:
    assert "COOPERATE" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey cancelled its joint patrols with Russian forces in northern Syria.",
        "The United States called off joint exercises with the South Korean army.",
        "Kenya suspended its security cooperation with the Somali government.",
    ],
)
def test_ties_cut_with_another_side_are_a_sanction(text: str) -> None:
    assert "SANCTION" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The coalition suspended air strikes near Raqqa after reports of civilian deaths.",
        "The Syrian Democratic Forces suspended their offensive against the Islamic State near Hajin.",
        "Ethiopia's army suspended its shelling of Mekelle on Tuesday.",
    ],
)
def test_suspended_fighting_is_a_de_escalation_not_an_attack(text: str) -> None:
    found = _types(text)
    assert "ASSAULT" not in found
    assert "RETREAT" in found


def test_frozen_aid_is_a_sanction_not_aid() -> None:
    found = _types("Washington froze military aid to the Ethiopian government.")
    assert found == ["SANCTION"]


def test_a_fight_after_which_patrols_were_suspended_is_still_told() -> None:
    text = "Russia suspended joint patrols with Turkish troops after the attack on its convoy near Ariha."
    found = _types(text)
    assert "ASSAULT" in found
    assert "COOPERATE" not in found


def test_joint_patrols_held_are_cooperation() -> None:
    assert "COOPERATE" in _types(
        "Russian and Turkish troops held joint patrols near Kobani on Monday."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Two rockets struck an airbase north of Baghdad hosting coalition troops.",
        "A camp near Erbil that hosts American soldiers came under drone attack.",
        "The base, which hosts Turkish forces, was shelled overnight.",
    ],
)
def test_a_base_hosting_troops_hosts_no_talks(text: str) -> None:
    assert "CONSULT" not in _types(text)


def test_a_host_of_talks_or_a_leader_still_consults() -> None:
    assert "CONSULT" in _types("Erdogan hosted Putin in Ankara on Monday.")
    assert "CONSULT" in _types("Qatar hosted talks between the Taliban and U.S. envoys.")


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli army cancelled a planned military exercise in the Golan Heights because of the fighting.",
        "The Iraqi government called off a visit by the prime minister to Mosul after the bombing.",
    ],
)
def test_a_side_calling_off_its_own_plans_sanctions_no_one(text: str) -> None:
    assert "SANCTION" not in _types(text), text
