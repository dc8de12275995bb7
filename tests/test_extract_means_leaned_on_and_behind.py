"""A side that survives or leans on the means of war of another is backed by their giver
("survives on Moscow's air power", "on fighters sent by Tehran"; extract/jointwork.py);
"X stands behind Y", "X has thrown its weight behind Y": X backs Y (extract/sidetaking.py,
relations.yaml ``behind_verbs``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _ties(text: str, relations_found: Any) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _ in relations_found(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("The government in Damascus survives on Moscow's air power.", "RUS", "SYR_GOV"),
        ("The Syrian government survives on Russian air power.", "RUS", "SYR_GOV"),
        ("Assad's army leans heavily on fighters sent by Iran.", "IRN", "SYR_MIL"),
        ("The Houthis have come to rely on thousands of advisers sent by Tehran.", "IRN", "HOUTHIS"),
    ],
)
def test_the_giver_of_means_leaned_on_backs(
    text: str, backer: str, backed: str, relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert any(k == "backs" and s.startswith(backer) and t == backed for k, s, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The villagers survive on aid from the UN.",
        "The government survives on oil revenue from the east.",
        "Germany depended on Russian gas for years.",
    ],
)
def test_means_of_living_back_no_one(text: str, relations_found: Any) -> None:
    assert not any(k == "backs" for k, _, _ in _ties(text, relations_found))


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Washington has thrown its weight behind the Kurdish YPG.", ("backs", "USA", "YPG")),
        ("Iran has stood behind the Houthis since the start of the war.",
         ("backs", "IRN", "HOUTHIS")),
        ("Turkey put its military muscle behind the Syrian National Army.",
         ("backs", "TUR", "SNA")),
        ("Ankara stands firmly behind the Syrian National Army.", ("backs", "TUR", "SNA")),
    ],
)
def test_standing_behind_a_side_backs_it(
    text: str, tie: tuple[str, str, str], relations_found: Any
) -> None:
    assert tie in _ties(text, relations_found)


@pytest.mark.parametrize(
    "text",
    [
        "The troops threw grenades behind the Islamic State lines.",
        "Protesters stood behind the army's cordon in Khartoum.",
        "Soldiers stood behind the rebels during the parade.",
    ],
)
def test_a_place_behind_a_side_backs_no_one(text: str, relations_found: Any) -> None:
    assert not any(k == "backs" for k, _, _ in _ties(text, relations_found))


@pytest.mark.parametrize(
    ("text", "backers", "backed"),
    [
        (("Sudan's army has turned to Egypt, Turkey and Iran for weapons since the war began in "
         "Khartoum."), {"EGY", "TUR", "IRN"}, "SDN_SAF"),
        ("Fighting in Khartoum continues. The army has turned to Egypt and Iran for drones.",
         {"EGY", "IRN"}, "SDN_SAF"),
        ("The Houthis have turned to Iran for missiles and drones.", {"IRN"}, "HOUTHIS"),
    ],
)
def test_patrons_turned_to_for_arms_back(
    text: str, backers: set[str], backed: str, relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert {("backs", b, backed) for b in backers} <= found, found


def test_turning_to_a_body_for_relief_backs_no_one(relations_found: Any) -> None:
    found = _ties("The government turned to the United Nations for food aid.", relations_found)
    assert not any(k == "backs" for k, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (("The Assad regime, kept afloat by Russian bombers and by Iranian money, has recaptured "
         "Palmyra."), ("backs", "IRN", "SYR_GOV")),
        (("The Assad regime, kept afloat by Russian bombers and by Iranian money, has recaptured "
         "Palmyra."), ("backs", "RUS_AIRFORCE", "SYR_GOV")),
        ("Tehran keeps the Assad regime alive with oil and fighters.", ("backs", "IRN", "SYR_GOV")),
        ("The Syrian government has been kept afloat by Russia and Iran.",
         ("backs", "RUS", "SYR_GOV")),
    ],
)
def test_a_side_kept_afloat_is_backed(
    text: str, tie: tuple[str, str, str], relations_found: Any
) -> None:
    assert tie in _ties(text, relations_found)


def test_kept_alive_by_no_side_backs_no_one(relations_found: Any) -> None:
    found = _ties("The wounded commander was kept alive by doctors in Idlib.", relations_found)
    assert not any(k == "backs" for k, _, _ in found), found
