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
