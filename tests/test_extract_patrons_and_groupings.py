"""Ties commentary states through a patron, a grouping or a gift (sentences written for
these tests): a side that depends on a foreign state is backed by it (extract/jointwork.py);
"a coalition of rebel factions" stands for its members (events.yaml ``object_classes.body``);
strikes, advisers and artillery given to a side back it, and the weapons given are no
target (relations.yaml ``giving_objects``, extract/arguments.py); "alongside Y" hung on a
place still names the deed's ally (extract/alliancecues.py); "government troops" after a
named government are that government's army (kb/actors/antecedents.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _ties(text: str, relations_found: Any) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _certainty in relations_found(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "patron", "client"),
    [
        ("Assad's government depends on Moscow for its air power.", "RUS", "SYR_GOV"),
        ("The Houthi movement relies heavily on Tehran for rockets and drones.", "IRN", "HOUTHIS"),
        ("The Rapid Support Forces lean on the United Arab Emirates.", "ARE", "RSF_SDN"),
        ("Khalifa Haftar's Libyan National Army has long depended on Egypt and Russia.", "EGY", "LNA"),
    ],
)
def test_a_side_that_depends_on_a_state_is_backed_by_it(
    text: str, patron: str, client: str, relations_found: Any
) -> None:
    assert ("backs", patron, client) in _ties(text, relations_found)


@pytest.mark.parametrize(
    "text",
    [
        "Iraq relies on Iran for electricity and gas imports.",
        "Lebanon depends on Saudi Arabia for tourism revenue.",
        "The Syrian government relies on wheat from Russia.",
        "Germany depended on Russia until 2022.",
        "The Sudanese army relies on Egyptian diplomats in Cairo to win time.",
        "The Syrian government relies on Russia for power and on Iran for electricity.",
    ],
)
def test_leaning_on_a_state_for_trade_or_goods_is_no_backing(text: str, relations_found: Any) -> None:
    assert not {t for t in _ties(text, relations_found) if t[0] == "backs"}


def test_leaning_on_an_armed_group_makes_allies(relations_found: Any) -> None:
    found = _ties("The Syrian army relies on Hezbollah around Qusair.", relations_found)
    assert ("allied", "SYR_MIL", "HEZBOLLAH") in found or ("allied", "HEZBOLLAH", "SYR_MIL") in found


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Ankara sponsors a coalition of Syrian rebel factions around Azaz.", ("backs", "TUR", "GEN_REBELS")),
        ("Doha funds an umbrella of Islamist brigades in Idlib province.", ("backs", "QAT", "GEN_ISLAMISTS")),
        ("Moscow supports an alliance of pro-government militias near Hama.", ("backs", "RUS", "GEN_PRO_GOV_MILITIAS")),
    ],
)
def test_a_grouping_of_sides_stands_for_its_members(
    text: str, tie: tuple[str, str, str], relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert tie in found
    assert not {t for t in found if t[2] in ("GEN_COALITION", "GEN_ALLIANCE", "US_COALITION")}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Washington provides weapons and air strikes to the Syrian Democratic Forces.", ("USA", "SDF")),
        ("Washington gives intelligence and advisers to the Iraqi army.", ("USA", "IRQ_MIL")),
        ("Moscow sent advisers and artillery to the Libyan National Army.", ("RUS", "LNA")),
    ],
)
def test_strikes_advisers_and_guns_given_to_a_side_back_it(
    text: str, tie: tuple[str, str], relations_found: Any
) -> None:
    assert ("backs", *tie) in _ties(text, relations_found)


@pytest.mark.parametrize(
    "text",
    [
        "Britain extended its air strikes to Syria in December.",
        "Paris has refused to extend the airstrikes to Syria.",
        "Canada sent its strikes to Iraq last year.",
    ],
)
def test_strikes_taken_to_a_country_back_no_one(text: str, relations_found: Any) -> None:
    assert not {t for t in _ties(text, relations_found) if t[0] == "backs"}


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Tehran provides drones and missiles to the Houthis.", "IRN", "HOUTHIS"),
        ("Iran supplies rockets and drones to Yemen's Houthi rebels.", "IRN", "HOUTHIS"),
        ("The Emirates shipped armed drones to the Rapid Support Forces.", "ARE", "RSF_SDN"),
    ],
)
def test_weapons_given_are_what_passes_not_a_side(
    text: str, giver: str, receiver: str, relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert ("backs", giver, receiver) in found
    assert not {t for t in found if t[2] == "GEN_UNIDENTIFIED_AIRCRAFT"}


@pytest.mark.parametrize(
    ("text", "ally", "other"),
    [
        ("Jabhat al-Nusra is fighting government troops south of Aleppo alongside Ahrar al-Sham.", "JABHAT_AL_NUSRA", "AHRAR_AL_SHAM"),
        ("Wagner contractors fought in Tripoli alongside the Libyan National Army.", "WAGNER", "LNA"),
        ("Hezbollah fighters battled rebels west of Zabadani alongside the Syrian army.", "HEZBOLLAH", "SYR_MIL"),
    ],
)
def test_alongside_hung_on_a_place_still_names_an_ally(
    text: str, ally: str, other: str, relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert ("allied", ally, other) in found or ("allied", other, ally) in found, found


@pytest.mark.parametrize(
    ("text", "army"),
    [
        (
            ("Turkish artillery shelled Kurdish positions near Azaz. President Bashar al-Assad's "
            "government relies on Moscow. Nusra fighters attacked government troops near Hama."),
            "SYR_MIL",
        ),
        (
            ("Turkish jets struck PKK bases near Sinjar. The Iraqi government protested in Baghdad. "
            "Government forces then moved into the town."),
            "IRQ_MIL",
        ),
        (
            ("Turkish troops crossed into Syria near Jarablus. The Syrian government condemned it. "
            "Rebels later ambushed government soldiers in Daraa."),
            "SYR_MIL",
        ),
    ],
)
def test_government_troops_after_a_named_government_are_its_army(
    text: str, army: str, actor_mentions: Any
) -> None:
    found = actor_mentions(text, "2016-05-01")
    troops = next(m for t, m in found.items() if t.lower().startswith("government"))
    assert troops.actor_id == army, troops


def test_a_force_named_outright_beats_one_a_government_stands_for(actor_mentions: Any) -> None:
    text = (
        "Officers of the U.S. military said the Syrian regime had moved its stockpiles. "
        "The military would help inspectors reach the depots."
    )
    found = actor_mentions(text, "2013-09-10")
    assert found["The military"].actor_id == "USA_MIL", found["The military"]


@pytest.mark.parametrize(
    "text",
    [
        "The United States supports refugees in Jordan.",
        "Qatar funds the White Helmets in Idlib.",
        "The Peshmerga helped thousands of displaced civilians reach the camps.",
    ],
)
def test_help_to_civilians_or_aid_groups_backs_no_side(text: str, relations_found: Any) -> None:
    assert not {t for t in _ties(text, relations_found) if t[0] == "backs"}


@pytest.mark.parametrize(
    ("text", "patrons", "client"),
    [
        ("President Bashar al-Assad's government depends on Moscow and on Tehran.", {"RUS", "IRN"}, "SYR_GOV"),
        ("Kyiv relies on Washington and on London.", {"USA", "GBR"}, "UKR"),
        ("The Yemeni government relies on Riyadh and on Abu Dhabi.", {"SAU", "ARE"}, "YEM_GOV"),
    ],
)
def test_the_rulers_of_a_state_at_war_leaning_on_states_are_backed(
    text: str, patrons: set[str], client: str, relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert {s for k, s, t in found if k == "backs" and t == client} >= patrons, found


@pytest.mark.parametrize(
    "text",
    [
        "Rebels funded by Qatar attacked government positions.",
        "Fighters armed by Turkey shelled government posts overnight.",
        "Militants backed by Iran struck government bases at dawn.",
    ],
)
def test_a_giver_of_aid_is_no_home_state_for_the_government(text: str, relations_found: Any) -> None:
    found = _ties(text, relations_found)
    assert not {t for t in found if t[0] == "fights" and t[2] in ("QAT", "TUR", "TUR_MIL", "IRN", "IRN_MIL")}, found


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Moscow is propping up the Assad regime.", ("backs", "RUS", "SYR_GOV")),
        ("The Houthis are bankrolled by Iran.", ("backs", "IRN", "HOUTHIS")),
        ("Riyadh has bankrolled the Yemeni government for years.", ("backs", "SAU", "YEM_GOV")),
    ],
)
def test_propping_up_and_bankrolling_are_backing(
    text: str, tie: tuple[str, str, str], relations_found: Any
) -> None:
    assert tie in _ties(text, relations_found)
