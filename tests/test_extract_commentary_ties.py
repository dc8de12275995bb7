"""Ties stated in analysis and commentary prose (issue #12): a kind of support names no
backer ("military support from X"), support relied on with its giver on the verb, "whose
patron is X", every two sides of a "battlefield between A, B and C", sides that act "both"
or "each" for themselves (no alliance), "X and its rivals in Y", the forces "of" a named
side, and a role noun's apposition ("the YPG's rivals, the Turkish-backed rebels").
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2020, 4, 20)
SYRIA_2016 = dt.date(2016, 4, 20)


def _ties(
    relations_found: Any, text: str, published: dt.date = PUBLISHED
) -> set[tuple[str, str, str]]:
    return {
        (k, a, b)
        for k, a, b, c in relations_found(text, published)
        if c in ("asserted", "attributed")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The GNA receives military support from Turkey and Qatar.",
            {("backs", "TUR", "GNA"), ("backs", "QAT", "GNA")},
        ),
        (
            "The Tripoli government relies on military assistance from Ankara.",
            {("backs", "TUR", "GNA")},
        ),
        (
            "Haftar's forces have received logistical and military support from Egypt.",
            {("backs", "EGY", "LNA")},
        ),
        (
            "The Government of National Accord depends on military help from Turkey.",
            {("backs", "TUR", "GNA")},
        ),
    ],
)
def test_a_kind_of_support_names_no_backer(relations_found, text: str, expected: set) -> None:
    ties = _ties(relations_found, text)
    assert expected <= ties
    assert not any(k == "backs" and a == "GEN_TROOPS" for k, a, _ in ties)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hezbollah, whose patron is Iran, sent fighters to Qusair.",
            ("backs", "IRN", "HEZBOLLAH"),
        ),
        ("The SDF, whose main sponsor is Washington, pushed into Raqqa.", ("backs", "USA", "SDF")),
        (
            "The Houthis, whose chief backer is Iran, fired missiles at Riyadh.",
            ("backs", "IRN", "HOUTHIS"),
        ),
        (
            "Jabhat al-Nusra, whose closest ally is Ahrar al-Sham, took Idlib.",
            ("allied", "JABHAT_AL_NUSRA", "AHRAR_AL_SHAM"),
        ),
    ],
)
def test_whose_role_noun_ties_the_name_the_clause_is_on(
    relations_found, text: str, expected: tuple
) -> None:
    ties = _ties(relations_found, text, SYRIA_2016)
    flipped = (expected[0], expected[2], expected[1])
    assert expected in ties or (expected[0] == "allied" and flipped in ties)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Aleppo has been a battlefield between Syrian government forces and the Nusra Front.",
            [("SYR_MIL", "JABHAT_AL_NUSRA")],
        ),
        (
            "The province became a battleground between the Islamic State, the YPG and Ahrar al-Sham.",
            [("ISIS", "YPG"), ("ISIS", "AHRAR_AL_SHAM"), ("YPG", "AHRAR_AL_SHAM")],
        ),
        (
            "Clashes between the YPG, the Nusra Front and Ahrar al-Sham killed 20 people.",
            [
                ("YPG", "JABHAT_AL_NUSRA"),
                ("YPG", "AHRAR_AL_SHAM"),
                ("JABHAT_AL_NUSRA", "AHRAR_AL_SHAM"),
            ],
        ),
        (
            "The rivalry between Jaish al-Islam and the Nusra Front turned violent.",
            [("JAYSH_AL_ISLAM", "JABHAT_AL_NUSRA")],
        ),
    ],
)
def test_every_two_sides_between_fight(relations_found, text: str, pairs: list) -> None:
    fights = {
        frozenset((a, b)) for k, a, b in _ties(relations_found, text, SYRIA_2016) if k == "fights"
    }
    assert {frozenset(p) for p in pairs} <= fights


@pytest.mark.parametrize(
    ("text", "sides", "enemy"),
    [
        (
            "The United States and Russia, both fighting the Islamic State, have clashed over Assad.",
            ("USA", "RUS"),
            "ISIS",
        ),
        ("The YPG and the Free Syrian Army each fight the Islamic State.", ("YPG", "FSA"), "ISIS"),
        (
            "The YPG and the Free Syrian Army separately attacked Islamic State positions.",
            ("YPG", "FSA"),
            "ISIS",
        ),
        (
            "The Peshmerga and Iraqi troops each fought the Islamic State near Mosul.",
            ("PESHMERGA", "IRQ"),
            "ISIS",
        ),
    ],
)
def test_sides_acting_apart_are_no_allies(
    relations_found, text: str, sides: tuple, enemy: str
) -> None:
    ties = {(k, _state(a), _state(b)) for k, a, b in _ties(relations_found, text, SYRIA_2016)}
    assert not any(k == "allied" and {a, b} == set(sides) for k, a, b in ties)
    assert any(k == "fights" and b == enemy for k, _, b in ties)


def _state(actor: str) -> str:
    """A state's army stands for the state here ("Iraqi troops": IRQ_MIL is IRQ's)."""
    return actor.removesuffix("_MIL")


def test_sides_acting_together_stay_allies(relations_found) -> None:
    ties = _ties(
        relations_found, "The YPG and the Free Syrian Army attacked Azaz together.", SYRIA_2016
    )
    assert any(k == "allied" and {a, b} == {"YPG", "FSA"} for k, a, b in ties)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Nusra Front and its rivals in Ahrar al-Sham clashed in Idlib.",
            ("fights", "JABHAT_AL_NUSRA", "AHRAR_AL_SHAM"),
        ),
        (
            "Jaish al-Islam and its rivals in the Nusra Front both hold parts of Douma.",
            ("fights", "JAYSH_AL_ISLAM", "JABHAT_AL_NUSRA"),
        ),
        (
            "The Houthis and their backers in Hezbollah deny the claim.",
            ("backs", "HEZBOLLAH", "HOUTHIS"),
        ),
    ],
)
def test_a_side_named_in_a_role_nouns_in_phrase_holds_it(
    relations_found, text: str, expected: tuple
) -> None:
    assert expected in _ties(relations_found, text, SYRIA_2016)


def test_allies_in_a_country_are_no_side(relations_found) -> None:
    ties = _ties(
        relations_found, "Iran and its allies in Iraq sent fighters to Aleppo.", SYRIA_2016
    )
    assert not any({a, b} == {"IRN", "IRQ"} for _, a, b in ties)


@pytest.mark.parametrize(
    ("text", "expected", "published"),
    [
        (
            "Clashes erupted between Saudi-backed forces of the Yemeni government and the STC.",
            ("backs", "SAU", "YEM_GOV"),
            dt.date(2019, 8, 1),
        ),
        (
            "Turkish-backed troops of the Syrian National Army entered Afrin.",
            ("backs", "TUR", "SNA"),
            dt.date(2018, 3, 1),
        ),
        (
            "Iran-backed units of the Popular Mobilization Forces advanced on Tal Afar.",
            ("backs", "IRN", "PMF"),
            dt.date(2017, 8, 1),
        ),
        (
            "Russian-backed forces of the Syrian government shelled Idlib.",
            ("backs", "RUS", "SYR_GOV"),
            SYRIA_2016,
        ),
        (
            "Emirati-backed forces of the Southern Transitional Council seized Aden.",
            ("backs", "ARE", "STC"),
            dt.date(2019, 8, 20),
        ),
    ],
)
def test_backed_forces_of_a_side_are_its_own(
    relations_found, text: str, expected: tuple, published: dt.date
) -> None:
    ties = _ties(relations_found, text, published)
    assert expected in ties
    assert not any(k == "backs" and b.startswith("GEN_") for k, _, b in ties)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("The YPG's rivals, the Turkish-backed rebels, shelled Tal Rifaat.", "TUR", "YPG"),
        ("Hezbollah's enemies, the Saudi-backed rebels, attacked Qusair.", "SAU", "HEZBOLLAH"),
        ("The regime's foes, the U.S.-backed rebels, lost Qusair.", "USA", "SYR_GOV"),
        ("The SDF's enemies, the Turkish-backed militias, shelled Tal Rifaat.", "TUR", "SDF"),
    ],
)
def test_a_role_nouns_apposition_is_who_is_backed(
    relations_found, text: str, backer: str, backed: str
) -> None:
    ties = _ties(relations_found, text, SYRIA_2016)
    assert ("backs", backer, backed) not in ties
    assert any(k == "backs" and a == backer for k, a, _ in ties)


@pytest.mark.parametrize(
    ("text", "expected", "published"),
    [
        (
            "The (Turkey-backed) Syrian National Army shelled Manbij.",
            ("backs", "TUR", "SNA"),
            dt.date(2022, 6, 1),
        ),
        (
            "The (Russia-backed) Syrian Arab Army retook Palmyra.",
            ("backs", "RUS", "SYR_MIL"),
            SYRIA_2016,
        ),
        (
            "The (Iran-backed) Hezbollah militia sent fighters to Qusair.",
            ("backs", "IRN", "HEZBOLLAH"),
            SYRIA_2016,
        ),
        (
            "The (UAE-backed) Rapid Support Forces shelled Omdurman.",
            ("backs", "ARE", "RSF_SDN"),
            dt.date(2023, 6, 1),
        ),
    ],
)
def test_backing_in_brackets_before_a_name(
    relations_found, text: str, expected: tuple, published: dt.date
) -> None:
    assert expected in _ties(relations_found, text, published)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Turkish army and its rebel allies attacked Manbij.", ("GEN_REBELS", "TUR_MIL")),
        (
            "Turkish troops and their Syrian rebel allies besieged al-Bab.",
            ("GEN_REBELS", "TUR_MIL"),
        ),
        ("Russia and its Syrian government allies pounded Aleppo.", ("SYR_GOV", "RUS")),
    ],
)
def test_a_role_nouns_modifiers_name_the_ally_together(
    relations_found, text: str, pair: tuple
) -> None:
    allied = {
        frozenset((a, b))
        for k, a, b in _ties(relations_found, text, dt.date(2017, 1, 10))
        if k == "allied"
    }
    assert frozenset(pair) in allied


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Iran and its Iraqi militia proxies sent fighters to Aleppo.", ("backs", "IRN", "IRQ")),
        ("Hezbollah and its Iraqi militia allies held Qusair.", ("allied", "IRQ", "HEZBOLLAH")),
        ("Russia and its Syrian militia proxies shelled Hama.", ("backs", "RUS", "SYR")),
    ],
)
def test_a_demonym_in_a_class_names_no_state(relations_found, text: str, wrong: tuple) -> None:
    ties = _ties(relations_found, text, SYRIA_2016)
    assert wrong not in ties and (wrong[0], wrong[2], wrong[1]) not in ties


def test_a_list_of_demonyms_still_names_each_ally(relations_found) -> None:
    ties = _ties(
        relations_found, "Damascus and its Iranian and Russian allies retook Palmyra.", SYRIA_2016
    )
    allied = {frozenset((a, b)) for k, a, b in ties if k == "allied"}
    assert {frozenset(("RUS", "SYR")), frozenset(("IRN", "SYR"))} <= allied
