"""Ties told by the start of a joint operation and by help to a deed of war
(extract/coalitions.py ``starting_verbs``, extract/jointpartners.py, extract/helpcues.py).

"X and Y began an offensive against Z": the two launchers are allies and each fights Z (a
verb of starting names a deed only with an operation as its object: "began talks" ties no
allies). "X mounted a joint offensive with W against Z": W is X's partner, never its enemy,
and fights Z too. "X sent fighters to help Y fight Z": X backs Y (help to no deed of war
ties no one). Each tie keeps its sentence's certainty. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 6, 12)


def _all(relations_found: Any, text: str) -> set[tuple[str, str, str, str]]:
    return set(relations_found(text, PUBLISHED))


def _facts(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(k, a, b) for k, a, b, c in _all(relations_found, text) if c == "asserted"}


def _tied(ties: set[tuple[str, str, str]], kind: str, a: str, b: str) -> bool:
    return (kind, a, b) in ties or (kind == "allied" and (kind, b, a) in ties)


@pytest.mark.parametrize(
    ("text", "first", "second", "enemy"),
    [
        (
            "Kenyan troops and Somali soldiers began a fresh offensive against al-Shabaab in Gedo.",
            "KEN_MIL", "SOM_MIL", "AL_SHABAAB",
        ),
        (
            "The Syrian army and Hezbollah started an assault on Nusra Front positions near Zabadani.",
            "SYR_MIL", "HEZBOLLAH", "JABHAT_AL_NUSRA",
        ),
        (
            "Iraqi troops and Peshmerga fighters opened a new push against the Islamic State east of Mosul.",
            "IRQ_MIL", "PESHMERGA", "ISIS",
        ),
    ],
)  # fmt: skip
def test_co_starters_of_an_operation_are_allies_and_fight_its_enemy(
    relations_found: Any, text: str, first: str, second: str, enemy: str
) -> None:
    ties = _facts(relations_found, text)
    assert _tied(ties, "allied", first, second)
    assert ("fights", first, enemy) in ties
    assert ("fights", second, enemy) in ties


def test_starting_talks_ties_no_allies(relations_found: Any) -> None:
    ties = _facts(
        relations_found, "The Syrian army and the rebels began talks in a hotel in Astana."
    )
    assert not any(kind == "allied" for kind, _a, _b in ties)


@pytest.mark.parametrize(
    ("text", "doer", "partner", "enemy"),
    [
        (
            "Kenyan troops mounted a joint offensive with Somali soldiers against al-Shabaab near Kismayo.",
            "KEN_MIL", "SOM_MIL", "AL_SHABAAB",
        ),
        (
            "The Iraqi army conducted combined operations with Peshmerga fighters against the Islamic State near Kirkuk.",
            "IRQ_MIL", "PESHMERGA", "ISIS",
        ),
        (
            "Hezbollah carried out a joint assault with the Syrian army on Nusra Front positions in the hills.",
            "HEZBOLLAH", "SYR_MIL", "JABHAT_AL_NUSRA",
        ),
    ],
)  # fmt: skip
def test_the_partner_of_a_joint_operation_is_an_ally(
    relations_found: Any, text: str, doer: str, partner: str, enemy: str
) -> None:
    ties = _facts(relations_found, text)
    assert _tied(ties, "allied", doer, partner)
    assert not _tied(ties, "fights", doer, partner) and not _tied(ties, "fights", partner, doer)
    assert ("fights", partner, enemy) in ties


@pytest.mark.parametrize(
    ("text", "helper", "helped"),
    [
        ("Iran sent thousands of fighters to help the Syrian army fight the rebels in Aleppo.", "IRN", "SYR_MIL"),
        ("Russia deployed warplanes to help Assad's forces retake Palmyra from the Islamic State.", "RUS", "SYR_MIL"),
        ("Turkey shipped drones to Tripoli to help the Government of National Accord fight Haftar's forces.", "TUR", "GNA"),
        ("American advisers helped Iraqi troops recapture the refinery at Baiji.", "USA_MIL", "IRQ_MIL"),
    ],
)  # fmt: skip
def test_help_to_a_deed_of_war_backs_the_one_helped(
    relations_found: Any, text: str, helper: str, helped: str
) -> None:
    assert ("backs", helper, helped) in _facts(relations_found, text)


def test_help_to_no_deed_of_war_backs_no_one(relations_found: Any) -> None:
    ties = _all(
        relations_found,
        "The coalition helped the Iraqi government negotiate a truce with tribal leaders.",
    )
    assert not any(kind == "backs" for kind, *_rest in ties)


def test_help_keeps_its_sentence_certainty(relations_found: Any) -> None:
    ties = _all(
        relations_found,
        "Iran is unlikely to send fighters to help the Syrian army fight the rebels.",
    )
    assert ("backs", "IRN", "SYR_MIL", "hypothetical") in ties
    assert ("backs", "IRN", "SYR_MIL", "asserted") not in ties


@pytest.mark.parametrize(
    ("text", "fighter", "enemies"),
    [
        (
            "The army launched an offensive against the Houthi and al-Qaeda fighters in Abyan.",
            "YEM_MIL", ("HOUTHIS", "AL_QAEDA"),
        ),
        (
            "Coalition jets carried out strikes against Islamic State and Nusra Front fighters near Idlib.",
            "US_COALITION", ("ISIS", "JABHAT_AL_NUSRA"),
        ),
        (
            "Hezbollah commandos advanced to expel the Nusra Front and ISIS gunmen from the hilltop.",
            "HEZBOLLAH", ("ISIS", "JABHAT_AL_NUSRA"),
        ),
    ],
)  # fmt: skip
def test_each_side_named_by_coordinated_modifiers_is_fought(
    relations_found: Any, text: str, fighter: str, enemies: tuple[str, str]
) -> None:
    ties = _facts(relations_found, text)
    assert all(("fights", fighter, enemy) in ties for enemy in enemies)


# "X, with Y striking from the air, ...": Y is X's partner
CO_DOER_TIES = [
    (
        "The SDF advanced on Raqqa with coalition aircraft providing cover.",
        ("backs", "US_COALITION", "SDF"),
    ),
    (
        "With Russian jets pounding rebel positions, Syrian troops advanced on the town.",
        ("allied", "RUS_AIRFORCE", "SYR_MIL"),
    ),
    (
        "Houthi fighters, with Saleh loyalists shelling government lines, stormed the district.",
        ("allied", "SALEH_LOYALISTS", "HOUTHIS"),
    ),
    (
        "Iraqi troops, with American helicopters firing from above, cleared the village.",
        ("allied", "USA_AIRFORCE", "IRQ_MIL"),
    ),
]  # fmt: skip
# "groups including the al-Qaeda affiliate X": the example is fought, not its parent
EXAMPLE_TIES = [
    (
        "In the Qalamoun mountains, Islamic State gunmen have attacked rebel brigades including the al-Qaeda affiliate Nusra Front.",
        ("fights", "ISIS", "JABHAT_AL_NUSRA"),
    ),
    (
        "Hezbollah is fighting rebel groups including the al-Qaeda affiliate Hayat Tahrir al-Sham near Qusayr.",
        ("fights", "HEZBOLLAH", "HTS"),
    ),
    (
        "Turkish-backed rebels are battling Kurdish militias including the PKK affiliate YPG near Manbij.",
        ("fights", "SNA", "YPG"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "tie"), CO_DOER_TIES + EXAMPLE_TIES)
def test_a_co_doer_is_a_partner_and_a_named_example_is_fought(
    relations_found: Any, text: str, tie: Any
) -> None:
    assert tie in _facts(relations_found, text)


def test_a_co_doer_tie_keeps_the_deed_certainty(relations_found: Any) -> None:
    text = "The SDF may advance on Raqqa next month with coalition aircraft providing cover."
    ties = _all(relations_found, text)
    assert ("backs", "US_COALITION", "SDF", "asserted") not in ties
    assert ("backs", "US_COALITION", "SDF", "hedged") in ties


def test_a_with_phrase_of_no_side_is_no_partner(relations_found: Any) -> None:
    ties = _all(relations_found, "The SDF advanced on Raqqa with tanks leading the way.")
    assert not any(kind in ("backs", "allied") for kind, *_rest in ties)


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "Hezbollah and the Syrian army fought to expel Nusra Front and ISIS gunmen from the mountain villages.",
            {("fights", "SYR_MIL", "JABHAT_AL_NUSRA"), ("fights", "HEZBOLLAH", "JABHAT_AL_NUSRA")},
        ),
        (
            "Kenyan troops and Somali soldiers are fighting al-Shabaab and the Islamic State in Somalia.",
            {("fights", "SOM_MIL", "ISIS_SOMALIA"), ("fights", "KEN_MIL", "ISIS_SOMALIA")},
        ),
        (
            "Iraqi soldiers and Peshmerga fighters began the first phase of the offensive against the Islamic State.",
            {("allied", "IRQ_MIL", "PESHMERGA"), ("fights", "IRQ_MIL", "ISIS"), ("fights", "PESHMERGA", "ISIS")},
        ),
        (
            "The army and the Popular Mobilization Forces started the second stage of the operation against Islamic State fighters near Tal Afar.",
            {("fights", "PMF", "ISIS")},
        ),
    ],
)  # fmt: skip
def test_every_co_fighter_fights_every_enemy_listed(
    relations_found: Any, text: str, ties: set[tuple[str, str, str]]
) -> None:
    found = _facts(relations_found, text)
    assert all(_tied(found, *tie) for tie in ties)


def test_co_fighters_keep_the_aim_certainty(relations_found: Any) -> None:
    text = "Kenyan troops and Somali soldiers vowed to defeat al-Shabaab and the Islamic State in Somalia."
    ties = _all(relations_found, text)
    assert ("fights", "SOM_MIL", "ISIS_SOMALIA", "hypothetical") in ties
    assert ("fights", "SOM_MIL", "ISIS_SOMALIA", "asserted") not in ties


@pytest.mark.parametrize(
    ("text", "first", "second", "enemy"),
    [
        ("Russian jets, Syrian troops push toward Palmyra against Islamic State", "RUS_AIRFORCE", "SYR_MIL", "ISIS"),
        ("Kenyan troops, Somali soldiers advance on Kismayo against al-Shabaab", "KEN_MIL", "SOM_MIL", "AL_SHABAAB"),
        ("Iraqi forces, Shiite militias push into Tikrit against Islamic State", "IRQ_MIL", "PMF", "ISIS"),
        ("Turkish troops, allied rebels push into Afrin against Kurdish militia", "TUR_MIL", "GEN_REBELS", "YPG"),
    ],
)  # fmt: skip
def test_a_headline_list_of_doers_are_allies_against_one_enemy(
    relations_found: Any, text: str, first: str, second: str, enemy: str
) -> None:
    ties = _facts(relations_found, text)
    assert _tied(ties, "allied", first, second)
    assert ("fights", first, enemy) in ties and ("fights", second, enemy) in ties


def test_headline_sides_that_clash_are_no_allies(relations_found: Any) -> None:
    ties = _all(relations_found, "Houthis, Saleh forces clash in Sanaa")
    assert not any(kind == "allied" for kind, *_rest in ties)
