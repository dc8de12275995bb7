"""Whom a threat is aimed at when the statement tells the act it threatens in a clause:
"warned that its troops would attack X", "threats to launch an offensive against X"
(extract/addressee.py): the one the act would hit, not the act's doer named first in the
clause. Only an armed side other than the speaker's own is threatened so. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2019, 10, 10)


@pytest.fixture
def threat_targets(events_found: Any) -> Any:
    def targets(text: str) -> list[str]:
        events = events_found(text, PUBLISHED)
        said = [e for e in events if e.type == "THREATEN" and e.trigger[:4] in ("warn", "thre")]
        return [e.target_actor for e in said]

    return targets


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            ("Erdogan stepped up threats to launch a ground operation against Kurdish militants"
            " in northern Syria."),
            "YPG",
        ),
        (
            ("The Iraqi prime minister warned that government troops would attack Kurdish forces"
            " if they did not leave Kirkuk."),
            "PESHMERGA",
        ),
        ("Hezbollah's leader warned that the group would retaliate against Israeli troops.", "ISR_MIL"),
        (
            ("The Kurdish commander threatened that his fighters would hit back at Turkish troops"
            " if the shelling went on."),
            "TUR_MIL",
        ),
    ],
)
def test_a_threat_is_aimed_at_whom_its_act_would_hit(
    text: str, target: str, threat_targets: Any
) -> None:
    assert target in threat_targets(text), threat_targets(text)


@pytest.mark.parametrize(
    "text",
    [
        # the victims feared for are no side threatened
        "The interior ministry warned that militants would attack pilgrims travelling to Karbala.",
        "Local officials warned that gunmen would kill villagers who refused to pay.",
    ],
)
def test_a_warning_for_unarmed_victims_does_not_threaten_them(
    text: str, threat_targets: Any
) -> None:
    assert "GEN_CIVILIANS" not in threat_targets(text), threat_targets(text)


STANCE_DATE = dt.date(2017, 10, 10)


def _will_threats(events_found: Any, text: str) -> list[str]:
    events = events_found(text, STANCE_DATE)
    return [e.target_actor for e in events if e.type == "THREATEN" and not e.trigger.startswith("warn")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            ("Baghdad will strike the Peshmerga if they refuse to hand over the oil fields, an"
            " Iraqi commander said."),
            "PESHMERGA",
        ),
        (
            ("The Syrian government will bomb the Free Syrian Army out of Daraa unless the rebels"
            " accept the deal, state media said."),
            "FSA",
        ),
        (
            ("Iraq's army will attack the Kurdish Peshmerga if they stay in Kirkuk, the prime"
            " minister warned."),
            "PESHMERGA",
        ),
    ],
)
def test_a_threat_against_a_rival_of_the_same_country_keeps_its_target(
    text: str, target: str, events_found: Any
) -> None:
    """A civil war's enemy is of the speaker's country; only its own organs are its own."""
    assert target in _will_threats(events_found, text), _will_threats(events_found, text)


def test_a_threat_to_the_speakers_own_forces_names_no_target(events_found: Any) -> None:
    text = "The Iraqi government will arrest Iraqi army officers who abandoned their posts, a spokesman said."
    assert _will_threats(events_found, text) == [""], _will_threats(events_found, text)


@pytest.mark.parametrize(
    ("text", "victim", "doer"),
    [
        (
            "The Pentagon warned that Iranian-backed militias could attack Kurdish fighters in eastern Syria.",
            "YPG",
            "GEN_PRO_GOV_MILITIAS",
        ),
        (
            "Baghdad warned that Islamic State fighters might strike Peshmerga positions near Mosul.",
            "PESHMERGA",
            "ISIS",
        ),
        (
            ("The Turkish foreign minister warned that Syrian troops could attack the Free Syrian"
            " Army in Idlib."),
            "FSA",
            "SYR_MIL",
        ),
        # a definite class that cannot stand for the speaker is another side too
        ("Iraqi officials warned that the militants could attack Kurdish forces near Sinjar.", "PESHMERGA", "GEN_MILITANTS"),
    ],
)
def test_a_warning_about_another_sides_attack_does_not_threaten_its_victim(
    text: str, victim: str, doer: str, threat_targets: Any
) -> None:
    """The act told has a doer of another side: the warning is about that doer."""
    found = threat_targets(text)
    assert victim not in found, found
    assert doer in found, found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            ("The Syrian defence minister warned that government forces would attack the SDF if it"
            " did not hand over Raqqa."),
            "SDF",
        ),
        ("A Houthi spokesman warned that its fighters would strike Saudi troops on the border.", "SAU_MIL"),
        ("The Taliban warned that the group would attack Afghan troops who entered Musa Qala.", "ANDSF"),
    ],
)
def test_a_warning_that_the_speakers_own_side_will_attack_threatens_its_target(
    text: str, target: str, threat_targets: Any
) -> None:
    """The doer is the speaker's organ, a class with its pronoun, or one standing for it."""
    assert target in threat_targets(text), threat_targets(text)
