"""Fights ties a change of hands implies once the article has filled in its sides
(extract/handties.py).

A withdrawal left to the side the article sets against the leaver, a place that "falls
to" a side (taken from its main opponent in the article), a capture of a place the
article says another side holds, and an effort under way to take it ("have been trying
to capture T") all set two sides against each other. A vow stays hypothetical; a side the
capture's own sentence names as the takers' partner, or as doing nothing, is no loser.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest


@pytest.fixture
def fights_of(relations_found: Any) -> Any:
    def fights(text: str, published: dt.date) -> set[tuple[str, str, str]]:
        found = relations_found(text, published)
        return {(a, b, c) for kind, a, b, c in found if kind == "fights"}

    return fights


def _tied(found: set[tuple[str, str, str]], a: str, b: str) -> set[str]:
    """The certainties of the fights ties between a and b, either way round."""
    return {c for x, y, c in found if {x, y} == {a, b}}


@pytest.mark.parametrize(
    ("text", "published", "sides", "certainty"),
    [
        (
            (
                "Russian troops pulled out of the river port of Kherson on Friday, the defence "
                "ministry in Moscow said. Ukraine's army has pressed its counteroffensive for "
                "weeks, and Ukrainian officials said Kyiv's soldiers would keep pushing east."
            ),
            dt.date(2022, 11, 20),
            ("UKR", "RUS_MIL"),
            "attributed",
        ),
        (
            (
                "Sudan's army said its units had left the town of Wad Madani overnight. The Rapid "
                "Support Forces have been advancing on the region for days, and the RSF said its "
                "fighters were patrolling the streets."
            ),
            dt.date(2023, 12, 22),
            ("RSF_SDN", "SDN_SAF"),
            "attributed",
        ),
        (
            (
                "Taliban insurgents abandoned the northern city of Kunduz on Tuesday. Afghan "
                "government forces, who spent two weeks clearing the outskirts, now patrol the "
                "whole city, the Afghan interior ministry said."
            ),
            dt.date(2015, 10, 14),
            ("AFG", "TALIBAN"),
            "asserted",
        ),
    ],
)
def test_a_withdrawal_sets_the_leaver_against_the_side_it_left_the_place_to(
    text: str, published: dt.date, sides: tuple[str, str], certainty: str, fights_of: Any
) -> None:
    assert _tied(fights_of(text, published), *sides) == {certainty}


@pytest.mark.parametrize(
    ("text", "published", "sides"),
    [
        (
            (
                "Kunduz fell to the Taliban on Saturday after days of fighting. President "
                "Ashraf Ghani's government had vowed to defend the city, and the Afghan army sent "
                "reinforcements last week. The Afghan army's commanders fled north."
            ),
            dt.date(2021, 8, 15),
            ("TALIBAN", "AFG"),
        ),
        (
            (
                "The northern city of Tikrit fell to Islamic State militants on Wednesday. The "
                "Iraqi army had deployed two brigades there, and Iraqi army officers said the "
                "soldiers abandoned their posts."
            ),
            dt.date(2014, 6, 12),
            ("ISIS", "IRQ"),
        ),
        (
            (
                "Rebels seized the central city of Hama on Thursday. The Syrian army said its units "
                "had redeployed outside Hama, and the Syrian army vowed to return."
            ),
            dt.date(2024, 12, 5),
            ("GEN_REBELS", "SYR"),
        ),
    ],
)
def test_a_capture_with_no_loser_named_is_taken_from_the_takers_main_opponent(
    text: str, published: dt.date, sides: tuple[str, str], fights_of: Any
) -> None:
    assert _tied(fights_of(text, published), *sides) == {"asserted"}


@pytest.mark.parametrize(
    ("text", "published", "sides", "certainty"),
    [
        (
            (
                "The Houthis have been trying to capture Marib for a year. Marib, held by the "
                "Yemeni government, shelters hundreds of thousands of displaced people."
            ),
            dt.date(2021, 2, 20),
            ("HOUTHIS", "YEM_MIL"),
            "asserted",
        ),
        (
            (
                "Government forces have held the airport of Deir ez-Zor for years. Islamic State "
                "fighters are trying to seize the airport, the monitor said."
            ),
            dt.date(2016, 9, 10),
            ("ISIS", "SYR_MIL"),
            "attributed",
        ),
        (
            (
                "The southern city of Kherson, held by Russian troops since March, lies on the "
                "Dnipro. Ukrainian forces have been trying to recapture the city for weeks, "
                "officials said."
            ),
            dt.date(2022, 10, 20),
            ("UKR_MIL", "RUS_MIL"),
            "attributed",
        ),
    ],
)
def test_an_effort_to_take_a_place_fights_the_holder_the_article_names(
    text: str, published: dt.date, sides: tuple[str, str], certainty: str, fights_of: Any
) -> None:
    assert _tied(fights_of(text, published), *sides) == {certainty}


def test_a_vow_to_take_a_held_place_stays_hypothetical(fights_of: Any) -> None:
    text = (
        "The Houthis vowed to capture Marib within weeks. Marib, held by the Yemeni "
        "government, shelters hundreds of thousands of displaced people."
    )
    assert _tied(fights_of(text, dt.date(2021, 2, 20)), "HOUTHIS", "YEM_MIL") == {"hypothetical"}


@pytest.mark.parametrize(
    ("text", "published", "sides"),
    [
        (  # listed with the takers: a partner, though the article names it most
            (
                "The Taliban had held the valley since spring. Afghan, British and American troops "
                "captured the district centre of Now Zad on Friday, officials in the Afghan capital "
                "said, and Afghan police moved in behind them."
            ),
            dt.date(2007, 12, 11),
            ("USA_MIL", "AFG"),
        ),
        (  # the sentence says it did nothing
            (
                "In late September, as Houthi fighters took control of the capital, the Yemeni army did not "
                "intervene. The Yemeni army stayed in its barracks, and Yemeni army officers gave "
                "no orders."
            ),
            dt.date(2014, 10, 1),
            ("HOUTHIS", "YEM"),
        ),
    ],
)
def test_no_loser_the_captures_own_sentence_names_in_another_role(
    text: str, published: dt.date, sides: tuple[str, str], fights_of: Any
) -> None:
    assert not _tied(fights_of(text, published), *sides)


@pytest.mark.parametrize(
    ("text", "published", "abroad"),
    [
        (
            (
                "Iraqi security forces liberated the village of Qayyarah on Thursday. U.S. aircraft "
                "supported the operation, and U.S. advisers accompanied the Iraqi forces. The United "
                "States said the operation went well."
            ),
            dt.date(2016, 8, 26),
            "USA",
        ),
        (
            (
                "The Rapid Support Forces captured the town of Wad Madani. The United Arab Emirates "
                "denied arming them. The United Arab Emirates called for calm."
            ),
            dt.date(2023, 12, 20),
            "ARE",
        ),
    ],
)
def test_a_guessed_loser_is_never_a_state_abroad(
    text: str, published: dt.date, abroad: str, fights_of: Any
) -> None:
    assert not [t for t in fights_of(text, published) if abroad in (t[0], t[1])]
