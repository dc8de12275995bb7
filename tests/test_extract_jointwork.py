"""Ties the words state through a partner or a hidden side (extract/jointwork.py,
extract/backedsides.py, the alliance phrase on a deed's object in extract/relcues.py).

A deed done "in coordination with" a partner, or work with a partner "to fight" someone,
ties doer and partner: a state's force backs a group of no state or another state's
government, else the two (the forces of two states, say) are allies. Those relied on "to push back" an enemy fight it
and are the relier's allies. A backing participle whose head names no one ("the army and
all its allies, backed by X", "in an offensive backed by X") backs the first conjunct or the
doer of the deed done in the operation (not one driven out in it). Each tie keeps the
certainty of its sentence. Sides that hold one place together, or form an alliance, are
allies; closing in on a side fights it. Sentences written for these tests.
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


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            (
                "In coordination with the Iraqi government, American aircraft bombed an Islamic "
                "State convoy west of Ramadi."
            ),
            ("backs", "USA_AIRFORCE", "IRQ_GOV"),
        ),
        (
            (
                "French troops, in close cooperation with the government of Mali, raided a "
                "jihadist camp near Gao."
            ),
            ("backs", "FRA_MIL", "MLI_GOV"),
        ),
        (
            "In coordination with the SDF, coalition jets hit an ISIS command post in Raqqa.",
            ("backs", "US_COALITION", "SDF"),
        ),
        (
            "Hezbollah units, in coordination with the Syrian army, stormed a ridge near Zabadani.",
            ("allied", "HEZBOLLAH", "SYR_MIL"),
        ),
    ],
)
def test_deed_in_coordination_with_a_partner(relations_found: Any, text: str, tie: Any) -> None:
    assert tie in _facts(relations_found, text)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            (
                "British advisers have worked with the Kenyan army to fight al-Shabaab along the "
                "border."
            ),
            ("allied", "GBR_MIL", "KEN_MIL"),  # forces of two states: allies
        ),
        (
            "Hezbollah has cooperated with the Syrian army to expel the rebels from Qusair.",
            ("allied", "HEZBOLLAH", "SYR_MIL"),
        ),
        (
            (
                "American special forces work with the SDF to target Islamic State cells in "
                "Deir ez-Zor."
            ),
            ("backs", "USA_MIL", "SDF"),
        ),
    ],
)
def test_work_with_a_partner_on_a_fight(relations_found: Any, text: str, tie: Any) -> None:
    assert tie in _facts(relations_found, text)


def test_work_with_a_partner_on_no_fight_ties_nothing(relations_found: Any) -> None:
    text = "Germany worked with Turkey to resettle Syrian refugees in Gaziantep."
    assert not {t for t in _all(relations_found, text) if {t[1], t[2]} == {"DEU", "TUR"}}


def test_coordination_keeps_the_certainty_of_its_deed(relations_found: Any) -> None:
    text = "American jets may strike ISIS targets in coordination with the Iraqi government."
    ties = _all(relations_found, text)
    assert ("backs", "USA_AIRFORCE", "IRQ_GOV", "asserted") not in ties
    assert any(k == "backs" and b == "IRQ_GOV" for k, _, b, _ in ties)


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "Washington is relying on the Kurdish YPG to push back the Islamic State in Syria.",
            {("allied", "USA", "YPG"), ("fights", "YPG", "ISIS")},
        ),
        (
            "Moscow depends on Wagner fighters to defend the oil fields against the rebels.",
            {("allied", "RUS", "WAGNER"), ("fights", "WAGNER", "GEN_REBELS")},
        ),
        (
            "Paris and London have relied on the Peshmerga to drive the Islamic State out of Sinjar.",
            {("allied", "FRA", "PESHMERGA"), ("allied", "GBR", "PESHMERGA")},
        ),
    ],
)
def test_relied_on_to_fight(relations_found: Any, text: str, ties: Any) -> None:
    assert ties <= _facts(relations_found, text)


def test_relied_on_for_a_means_is_no_alliance(relations_found: Any) -> None:
    text = "The Iraqi army relies on air support from the coalition near Mosul."
    assert not {t for t in _facts(relations_found, text) if t[0] == "allied"}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Turkish commandos lead operations alongside the Syrian National Army near Afrin.",
            ("allied", "TUR_MIL", "SNA"),
        ),
        (
            "Iranian advisers conducted raids alongside Iraqi troops in Diyala.",
            ("allied", "IRN_MIL", "IRQ_MIL"),
        ),
        (
            (
                "Emirati officers directed operations alongside the Southern Transitional Council "
                "in Aden."
            ),
            ("allied", "ARE_MIL", "STC"),
        ),
    ],
)
def test_alongside_hung_on_the_deeds_object(relations_found: Any, text: str, tie: Any) -> None:
    assert tie in _facts(relations_found, text)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "The Syrian army and all its allies, backed by Russian jets, pushed toward Palmyra.",
            ("backs", "RUS_AIRFORCE", "SYR_MIL"),
        ),
        (
            "Houthi fighters and their allies, backed by Iran, advanced on Marib.",
            ("backs", "IRN", "HOUTHIS"),
        ),
        (
            "Somali troops and their partners, supported by American drones, retook Jilib.",
            ("backs", "USA_AIRFORCE", "SOM_MIL"),
        ),
    ],
)
def test_backing_of_a_first_conjunct(relations_found: Any, text: str, tie: Any) -> None:
    assert tie in _facts(relations_found, text)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "The YPG took Manbij from ISIS in an offensive backed by American warplanes.",
            ("backs", "USA_AIRFORCE", "YPG"),
        ),
        (
            "The SDF drove ISIS out of Raqqa in a campaign backed by coalition jets.",
            ("backs", "US_COALITION", "SDF"),
        ),
        (
            "The Peshmerga seized Sinjar during an offensive supported by American jets.",
            ("backs", "USA_AIRFORCE", "PESHMERGA"),
        ),
    ],
)
def test_backing_of_the_operation_a_deed_was_done_in(
    relations_found: Any, text: str, tie: Any
) -> None:
    assert tie in _facts(relations_found, text)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "The Taliban are fighting to overthrow the Afghan government.",
            ("fights", "TALIBAN", "AFG"),
        ),
        (
            "Al-Shabaab has waged an insurgency for a decade to topple the Somali government.",
            ("fights", "AL_SHABAAB", "SOM_GOV"),
        ),
        (
            "Boko Haram has fought for years to overthrow the Nigerian government.",
            ("fights", "BOKO_HARAM", "NGA_GOV"),
        ),
    ],
)
def test_fighting_to_overthrow(relations_found: Any, text: str, tie: Any) -> None:
    assert tie in _facts(relations_found, text)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "The Syrian army and Hezbollah now control the town of Qusair.",
            ("allied", "SYR_MIL", "HEZBOLLAH"),
        ),
        ("Manbij is held by the SDF and the Syrian army.", ("allied", "SDF", "SYR_MIL")),
        (
            "Russian troops and Wagner fighters were in control of most of Bakhmut on Sunday.",
            ("allied", "RUS_MIL", "WAGNER"),
        ),
    ],
)
def test_co_holders_of_a_place_are_allies(relations_found: Any, text: str, tie: Any) -> None:
    assert tie in _facts(relations_found, text)


def test_co_holders_of_no_place_are_no_allies(relations_found: Any) -> None:
    text = "The Syrian army and Hezbollah held talks with Russian officers on Monday."
    assert ("allied", "SYR_MIL", "HEZBOLLAH") not in _facts(relations_found, text)


def test_co_holding_keeps_its_hedge(relations_found: Any) -> None:
    text = "Russian troops and Wagner fighters probably control most of Bakhmut."
    ties = _all(relations_found, text)
    assert ("allied", "RUS_MIL", "WAGNER", "asserted") not in ties


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "The Houthis announced an alliance with Saleh loyalists in Sanaa.",
            ("allied", "HOUTHIS", "SALEH_LOYALISTS"),
        ),
        (
            "The SDF formed an alliance with the Syrian army near Manbij.",
            ("allied", "SDF", "SYR_MIL"),
        ),
        ("The YPG's alliance with Washington angered Turkey.", ("allied", "YPG", "USA")),
    ],
)
def test_alliance_with_a_partner(relations_found: Any, text: str, tie: Any) -> None:
    assert tie in _facts(relations_found, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas denied any alliance with the Islamic State.",
        "The Houthis ended their alliance with Saleh loyalists last year.",
    ],
)
def test_alliance_denied_or_ended_is_no_fact(relations_found: Any, text: str) -> None:
    assert not {t for t in _facts(relations_found, text) if t[0] == "allied"}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Government troops are closing in on the last Houthi positions in the district.",
            ("fights", "YEM_MIL", "HOUTHIS"),  # the Houthis' war: Yemen's government troops
        ),
        (
            "Kurdish fighters were closing in on Islamic State positions east of Raqqa.",
            ("fights", "YPG", "ISIS"),  # Kurdish forces near Raqqa
        ),
        (
            "The Syrian army is closing in on the rebels in eastern Aleppo.",
            ("fights", "SYR_MIL", "GEN_REBELS"),
        ),
    ],
)
def test_closing_in_on_a_side(relations_found: Any, text: str, tie: Any) -> None:
    assert tie in _facts(relations_found, text)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Syrian troops broke the Islamic State's siege of Deir ez-Zor.",
            ("fights", "SYR_MIL", "ISIS"),
        ),
        (
            "Syrian troops broke the siege imposed by the Islamic State on the airbase.",
            ("fights", "SYR_MIL", "ISIS"),
        ),
        ("Iraqi forces lifted the ISIS siege of Amerli.", ("fights", "IRQ_MIL", "ISIS")),
    ],
)
def test_breaking_a_sides_siege_fights_it(relations_found: Any, text: str, tie: Any) -> None:
    assert tie in _facts(relations_found, text)


def test_a_siege_only_hoped_broken_is_no_fact(relations_found: Any) -> None:
    text = "Government forces hope to break the Houthi siege of Taiz soon."
    ties = _all(relations_found, text)
    assert ("fights", "YEM_MIL", "HOUTHIS", "asserted") not in ties
    assert any(k == "fights" and b == "HOUTHIS" for k, _, b, _ in ties)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia and Turkey held talks in Sochi on Monday.", ("RUS", "TUR")),
        ("Iran and Syria held a summit in Tehran last week.", ("IRN", "SYR")),
        ("Both the army and the rebels control parts of Daraa.", ("SYR_MIL", "GEN_REBELS")),
        (
            "The army and the Islamic State hold positions on either side of the Euphrates in Deir ez-Zor.",
            ("SYR_MIL", "ISIS"),
        ),
        ("The army and the Islamic State each control districts of Deir ez-Zor.", ("SYR_MIL", "ISIS")),
    ],
)
def test_a_place_met_in_or_held_in_parts_makes_no_co_holders(
    relations_found: Any, text: str, pair: tuple[str, str]
) -> None:
    allied = {frozenset((a, b)) for k, a, b in _facts(relations_found, text) if k == "allied"}
    assert frozenset(pair) not in allied


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Kurdish fighters were driven out of Afrin in an offensive backed by Turkey.", "YPG"),
        ("Rebels were expelled from Aleppo in a campaign backed by Russia.", "GEN_REBELS"),
        (
            "Islamic State militants were pushed from Manbij during an assault backed by American jets.",
            "ISIS",
        ),
    ],
)
def test_the_side_driven_out_in_a_backed_operation_is_not_backed(
    relations_found: Any, text: str, victim: str
) -> None:
    assert not {t for t in _facts(relations_found, text) if t[0] == "backs" and t[2] == victim}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The United States works with Iraq and Saudi Arabia, which attacked the Houthis last year.", ("USA", "IRQ")),
        ("Turkey worked with Russia on a deal after Russian jets attacked rebels in Idlib.", ("TUR", "RUS")),
        ("France cooperates with Germany, whose troops fought the Taliban.", ("FRA", "DEU")),
        ("The UN, in coordination with the Syrian Arab Red Crescent, delivered aid to Douma.", ("UN", "SARC")),
    ],
)
def test_work_with_a_partner_whose_fight_is_no_purpose_backs_no_one(
    relations_found: Any, text: str, pair: tuple[str, str]
) -> None:
    assert ("backs", *pair) not in _facts(relations_found, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Islamic State fighters planted mines alongside the Iraqi army's supply routes.", ("ISIS", "IRQ_MIL")),
        ("Al-Shabaab gunmen buried bombs alongside the Somali army's main road.", ("AL_SHABAAB", "SOM_MIL")),
        ("Houthi fighters dug trenches alongside the Saudi border posts.", ("HOUTHIS", "SAU")),
    ],
)
def test_alongside_a_thing_of_a_side_is_no_alliance(
    relations_found: Any, text: str, pair: tuple[str, str]
) -> None:
    allied = {frozenset((a, b)) for k, a, b, c in _all(relations_found, text) if k == "allied"}
    assert frozenset(pair) not in allied
