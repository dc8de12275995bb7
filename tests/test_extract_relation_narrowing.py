"""The narrower reads of side-taking, role nouns, joint forces, rescue and a backing
phrase before the subject (issue 12, review of h-relrec15; extract/sidetaking.py,
extract/enmity.py, extract/jointforces.py, extract/relcues.py, extract/events.py).

"X fought on the side of Y" never makes Y the enemy, of a tie or of the event. "The main
backer of X is not Y" is negated, "... is no longer Y" and "... was once Y" tie no one now.
A joint force is an alliance only when it does a hostile deed to a third side (not when
it clashed, patrolled or was attacked). "came to the aid of Y" backs only between sides,
and relief words only from an armed helper. "Backed by X, A and B ..." backs B only for a
deed A and B did together. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties, tied

PUBLISHED = dt.date(2021, 6, 1)


def _plain(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return plain_ties(relations_found, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "fighter", "side"),
    [
        ("Chadian soldiers fought on the side of the Nigerien army last year.", "TCD_MIL", "NER_MIL"),
        ("Eritrean troops fought on the side of the Ethiopian army in Tigray.", "ERI_MIL", "ETH_MIL"),
        ("Iranian militias fought on the side of the Iraqi army near Tikrit.", "IRN", "IRQ_MIL"),
    ],
)  # fmt: skip
def test_the_side_fought_on_is_no_enemy_of_the_tie_or_the_event(
    relations_found: Any, events_found: Any, text: str, fighter: str, side: str
) -> None:
    ties = _plain(relations_found, text)
    assert not any(k == "fights" and side in (a, b) for k, a, b in ties), ties
    assert all(e.target_actor != side for e in events_found(text, PUBLISHED))


def test_the_enemy_named_with_against_is_still_fought(relations_found: Any) -> None:
    text = "Chadian soldiers fought on the side of the Nigerien army against Boko Haram."
    ties = _plain(relations_found, text)
    assert tied(ties, "fights", "NER_MIL", "BOKO_HARAM")
    assert not tied(ties, "fights", "TCD_MIL", "NER_MIL")


@pytest.mark.parametrize(
    "text",
    [
        "The main rival of Ethiopia is not Eritrea, officials insist.",
        "The chief sponsor of the M23 is not Rwanda, Kigali says.",
        "The closest ally of Moscow is not Minsk.",
    ],
)
def test_a_role_noun_before_a_negated_copula_ties_no_one_as_fact(
    relations_found: Any, text: str
) -> None:
    assert not _plain(relations_found, text)


@pytest.mark.parametrize(
    "text",
    [
        "The staunchest supporter of the Taliban was formerly Pakistan.",
        "The main sponsor of the M23 is no longer Rwanda.",
        "The closest ally of Ethiopia was once Eritrea.",
    ],
)
def test_a_role_held_before_ties_no_one_now(relations_found: Any, text: str) -> None:
    assert not relations_found(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "kind", "holder", "other"),
    [
        ("The strongest ally of Moscow is Belarus.", "allied", "BLR", "RUS"),
        ("The main sponsor of the M23 is Rwanda, a UN panel found.", "backs", "RWA", "M23"),
    ],
)
def test_a_role_noun_before_a_plain_copula_still_ties(
    relations_found: Any, text: str, kind: str, holder: str, other: str
) -> None:
    assert tied(_plain(relations_found, text), kind, holder, other)


@pytest.mark.parametrize(
    "text",
    [
        "The combined forces of Ethiopia and Eritrea clashed near Badme.",
        "A joint force of Russian and Turkish troops patrolled the road under the accord.",
        "The joint force of Chadian and Sudanese troops was ambushed by RSF fighters.",
        "The combined forces of the army and the rebels fought each other near Goma.",
    ],
)
def test_a_joint_force_that_does_no_hostile_deed_to_a_third_side_is_no_alliance(
    relations_found: Any, text: str
) -> None:
    assert not any(k == "allied" for k, _, _ in _plain(relations_found, text))


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("A joint force of Chadian and Nigerien troops attacked at dawn near Bosso.", "TCD", "NER_MIL"),
        ("The combined forces of Kenyan and Somali troops tried to reach the base by launching raids from the south.", "KEN", "SOM_MIL"),
    ],
)  # fmt: skip
def test_a_joint_force_on_the_attack_is_an_alliance_with_its_enemy_unnamed(
    relations_found: Any, text: str, first: str, second: str
) -> None:
    assert tied(_plain(relations_found, text), "allied", first, second)


def test_a_joint_force_that_strikes_a_third_side_is_an_alliance(relations_found: Any) -> None:
    text = "A joint force of Chadian and Nigerien soldiers ambushed Boko Haram fighters near Diffa."
    ties = _plain(relations_found, text)
    assert tied(ties, "allied", "TCD", "NER_MIL")
    assert tied(ties, "fights", "TCD", "BOKO_HARAM")


@pytest.mark.parametrize(
    "text",
    [
        "Doctors Without Borders rushed to the aid of the wounded rebels.",
        "The World Food Programme came to the aid of displaced families in Darfur.",
        "Chad rushed to the aid of Sudanese refugees.",
        "Iran came to the aid of the United Nations.",
    ],
)
def test_help_to_or_from_no_side_backs_no_one(relations_found: Any, text: str) -> None:
    assert not any(k == "backs" for k, _, _ in _plain(relations_found, text))


@pytest.mark.parametrize(
    ("text", "helper", "helped"),
    [
        ("Rwanda came to the assistance of the M23 rebels.", "RWA", "M23"),
        ("Belarus came to the help of Russia.", "BLR", "RUS"),
        ("Turkey rushed to the defence of Qatar.", "TUR", "QAT"),
    ],
)
def test_one_side_coming_to_another_sides_aid_backs_it(
    relations_found: Any, text: str, helper: str, helped: str
) -> None:
    assert ("backs", helper, helped) in _plain(relations_found, text)


@pytest.mark.parametrize(
    ("text", "backer", "second"),
    [
        ("Backed by Iran, the Houthis and the UAE clashed near Mokha.", "IRN", "ARE"),
        ("Armed by Moscow, the separatists and Ukrainian troops fought each other near Donetsk.", "RUS", "UKR_MIL"),
        ("Funded by the UAE, the RSF and the Sudanese army fought one another in Omdurman.", "ARE", "SDN_SAF"),
        ("Supported by Moscow, the separatists and Kyiv exchanged prisoners.", "RUS", "UKR"),
    ],
)  # fmt: skip
def test_a_backing_phrase_before_sides_that_face_each_other_backs_only_the_first(
    relations_found: Any, text: str, backer: str, second: str
) -> None:
    ties = _plain(relations_found, text)
    assert ("backs", backer, second) not in ties
    assert not any(k == "allied" for k, _, _ in ties)


def test_a_backing_phrase_before_sides_acting_together_backs_each(relations_found: Any) -> None:
    text = "Backed by Moscow, the Malian army and Wagner fighters attacked rebel positions near Kidal."
    ties = _plain(relations_found, text)
    assert {("backs", "RUS", "MLI_MIL"), ("backs", "RUS", "WAGNER")} <= ties


@pytest.mark.parametrize(
    ("text", "doer", "partner"),
    [
        ("Kenyan jets bombed al-Shabaab camps, but not in coordination with Somali forces.", "KEN_MIL", "SOM_MIL"),
        ("Ukrainian drones hit Russian depots, not in coordination with Washington, officials said.", "UKR_AIRFORCE", "USA"),
        ("The Sudanese army shelled RSF positions without any coordination with Egypt.", "SDN_SAF", "EGY"),
    ],
)  # fmt: skip
def test_a_deed_done_not_in_coordination_with_a_partner_ties_no_partner(
    relations_found: Any, text: str, doer: str, partner: str
) -> None:
    ties = _plain(relations_found, text)
    assert not tied(ties, "allied", doer, partner)
    assert not any(k == "fights" and a == partner for k, a, _ in ties)


def test_a_deed_done_in_coordination_with_a_partner_still_ties_it(relations_found: Any) -> None:
    ties = _plain(relations_found, "Kenyan jets bombed al-Shabaab camps in coordination with Somali forces.")
    assert tied(ties, "allied", "KEN_MIL", "SOM_MIL")
    assert ("fights", "SOM_MIL", "AL_SHABAAB") in ties
