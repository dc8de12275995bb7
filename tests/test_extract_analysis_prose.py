"""Ties and captures as analysis prose states them (eighteenth session; sentences written
for these tests):

- members named before "among them" stand for the class before their comma ("militias
  loyal to Tehran, Kataib Hezbollah among them");
- a pronoun in a relative clause on the sentence's subject stands for the subject of the
  clause before, not for that noun ("Iran sent advisers, and the militias it trained ...");
- "X, a coalition of A and B," is X described, not a side listed beside X;
- "retook A and then B from X": the place the parser hangs on the verb is taken too, from X.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.pipeline import process_texts

IRAQ_2014 = dt.date(2014, 9, 2)
SYRIA_2016 = dt.date(2016, 6, 14)
SYRIA_2018 = dt.date(2018, 7, 20)


def _pairs(relations_found: Any, text: str, published: dt.date) -> set[tuple[str, str, str]]:
    return {(k, a, b) for k, a, b, _c in relations_found(text, published)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several militias loyal to Tehran, Kataib Hezbollah among them, attacked US bases last week.",
            ("fights", "KATAIB_HEZBOLLAH", "USA"),
        ),
        (
            "Saudi Arabia funds several rebel groups, Jaysh al-Islam and Ahrar al-Sham among them.",
            ("backs", "SAU", "JAYSH_AL_ISLAM"),
        ),
        (
            "Rebel factions, Ahrar al-Sham foremost among them, attacked the army near Hama.",
            ("fights", "AHRAR_AL_SHAM", "SYR_MIL"),
        ),
    ],
)
def test_a_member_named_among_a_class_stands_for_it(relations_found, text, expected):
    assert expected in _pairs(relations_found, text, SYRIA_2016)


def test_every_member_named_among_them_counts(relations_found):
    text = "Iran arms several militias, Asaib Ahl al-Haq and Kataib Hezbollah chief among them."
    pairs = _pairs(relations_found, text, IRAQ_2014)
    assert {("backs", "IRN", "ASAIB_AHL_AL_HAQ"), ("backs", "IRN", "KATAIB_HEZBOLLAH")} <= pairs


@pytest.mark.parametrize(
    "text",
    [
        # a speaker after the comma, no "among them": not a member
        "Saudi Arabia funds several rebel groups, Jaysh al-Islam claims.",
        # a verb between the name and "among them": a clause of its own
        "Saudi Arabia funds several rebel groups, Jaysh al-Islam told reporters, among them some in Idlib.",
        # another plural noun before the comma: what the list is among
        "Saudi Arabia funds several rebel groups in towns across Idlib, Saraqeb among them.",
    ],
)
def test_a_name_not_listed_among_the_class_does_not_stand_for_it(relations_found, text):
    pairs = _pairs(relations_found, text, SYRIA_2016)
    assert ("backs", "SAU", "GEN_REBELS") in pairs
    assert not any(k == "backs" and b == "JAYSH_AL_ISLAM" for k, _a, b in pairs)


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        (
            "Iran flew advisers into Baghdad, and the militias it has trained attacked the Islamic State near Samarra.",
            "IRN",
            "GEN_MILITIAS",
        ),
        (
            "Turkey opened its border crossings to the fighters. The rebels it armed soon attacked the Kurds in Afrin.",
            "TUR",
            "GEN_REBELS",
        ),
        (
            "Washington sent advisers to Erbil in August. The Kurdish fighters it trains have since retaken Zumar.",
            "USA",
            "PESHMERGA",
        ),
    ],
)
def test_a_pronoun_in_a_relative_clause_on_the_subject_reaches_back(
    relations_found, text, backer, backed
):
    pairs = _pairs(relations_found, text, IRAQ_2014)
    assert ("backs", backer, backed) in pairs


def test_a_pronoun_in_a_relative_clause_on_an_object_keeps_the_subject(relations_found):
    # "it" is the army (the subject), as before: the clause hangs on the object
    text = "The army shelled the rebels it had armed in 2012."
    pairs = _pairs(relations_found, text, SYRIA_2016)
    assert not any(k == "backs" and a == "GEN_REBELS" for k, a, _b in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "Jaish al-Fatah, a coalition of Ahrar al-Sham and the Nusra Front, drove government troops out of Idlib.",
        "The Army of Conquest, an alliance of Faylaq al-Sham and Ahrar al-Sham, pushed government troops out of Jisr al-Shughour.",
    ],
)
def test_a_coalition_described_by_its_parts_is_no_side_of_its_own(relations_found, text):
    pairs = _pairs(relations_found, text, SYRIA_2016)
    assert ("fights", "JAISH_AL_FATAH", "SYR_MIL") in pairs or (
        "fights",
        "JAISH_AL_FATAH",
        "SYR_GOV",
    ) in pairs
    # the alliance noun describing the name is no second side beside it
    assert not any({a, b} & {"US_COALITION", "GEN_COALITION", "GEN_ALLIANCE"} for _k, a, b in pairs)


def _changes(text: str, published: dt.date) -> set[tuple[str, str, str]]:
    result = process_texts([text], dates=[published])[0]
    return {
        (c.place_text, c.new_controller, c.previous_controller or "")
        for c in result.control_changes
        if c.kind == "capture"
    }


@pytest.mark.parametrize(
    ("text", "places", "taker", "loser"),
    [
        (
            "The army retook Tafas and then Nawa from the rebels.",
            {"Tafas", "Nawa"},
            "SYR_MIL",
            "GEN_REBELS",
        ),
        (
            "Government forces recaptured Jasim and later Inkhil from the opposition.",
            {"Jasim", "Inkhil"},
            "SYR_MIL",
            "",
        ),
        ("The army took Tafas in June and then Nawa in July.", {"Tafas", "Nawa"}, "SYR_MIL", ""),
    ],
)
def test_a_place_joined_to_the_capture_verb_is_taken_too(engine, text, places, taker, loser):
    changes = _changes(text, SYRIA_2018)
    assert {p for p, _n, _o in changes} == places
    assert all(n == taker for _p, n, _o in changes)
    if loser:
        assert all(o == loser for _p, _n, o in changes)


@pytest.mark.parametrize(
    "text",
    [
        # another taker named after the "and": not the army's
        "The army took Tafas, and the rebels Nawa.",
        # the second place has its own verb: an advance is no capture
        "The army took Tafas and then advanced on Nawa.",
        # no capture verb at all
        "The army shelled Tafas and then Nawa.",
    ],
)
def test_a_second_place_with_its_own_clause_or_taker_is_not_taken_by_the_first(engine, text):
    changes = _changes(text, SYRIA_2018)
    assert not any(p == "Nawa" and n == "SYR_MIL" for p, n, _o in changes)


def test_a_daraa_town_the_gazetteer_lacked_is_known(gazetteer):
    [town] = gazetteer.lookup("Busra al-Harir")
    assert town.country == "SYR" and town.admin1 == "Daraa"


@pytest.mark.parametrize(
    ("text", "backer", "fighter", "enemy"),
    [
        (
            "Iran's militias attacked rebel positions south of Aleppo.",
            "IRN",
            "GEN_PRO_GOV_MILITIAS",
            "GEN_REBELS",
        ),
        ("Ankara's rebels clashed with the YPG near Tal Rifaat.", "TUR", "GEN_REBELS", "YPG"),
        ("Tehran's militiamen fired rockets at the US embassy in Baghdad.", "IRN", "", "USA"),
    ],
)
def test_a_state_s_irregulars_are_forces_it_backs(relations_found, text, backer, fighter, enemy):
    pairs = _pairs(relations_found, text, SYRIA_2016)
    backed = {b for k, a, b in pairs if k == "backs" and a == backer}
    assert backed, pairs
    if fighter:
        assert fighter in backed
        assert ("fights", fighter, enemy) in pairs


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Syria's rebels attacked army checkpoints outside Hama on Tuesday.", "SYR"),
        ("Yemen's rebels launched a drone at an airport in southern Saudi Arabia.", "YEM"),
        ("Afghanistan's insurgents ambushed an army convoy in Kandahar province.", "AFG"),
        ("Iraq's insurgents bombed a market in Baquba.", "IRQ"),
    ],
)
def test_a_state_named_by_its_own_name_backs_no_rebels_of_its_own(relations_found, text, state):
    """Review of the eighteenth session: "Syria's rebels" are the rebels in Syria, fighting
    it, not forces Syria backs; only a capital's are sponsored ("Ankara's rebels")."""
    pairs = _pairs(relations_found, text, SYRIA_2016)
    assert not any(k == "backs" and a == state for k, a, _b in pairs), pairs


def test_a_capital_s_insurgents_are_still_forces_it_backs(relations_found):
    pairs = _pairs(
        relations_found, "Tehran's insurgents fired rockets at the US embassy in Baghdad.", IRAQ_2014
    )
    assert any(k == "backs" and a == "IRN" for k, a, _b in pairs), pairs


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's army shelled YPG positions near Afrin.",  # a state's own army: no backing
        "Iran's Revolutionary Guards shelled rebel positions south of Aleppo.",
    ],
)
def test_a_state_s_own_forces_are_not_backed_by_it(relations_found, text):
    pairs = _pairs(relations_found, text, SYRIA_2016)
    assert not any(k == "backs" and a in ("TUR", "IRN") for k, a, _b in pairs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several militias, including Kataib Hezbollah, fired rockets at US bases.",
            ("fights", "KATAIB_HEZBOLLAH", "USA"),
        ),
        (
            "Several militias loyal to Tehran, Kataib Hezbollah among them, fired rockets at US bases last week.",
            ("fights", "KATAIB_HEZBOLLAH", "USA"),
        ),
        (
            "Turkish jets bombed Kurdish groups such as the YPG near Afrin.",
            ("fights", "TUR_AIRFORCE", "YPG"),
        ),
    ],
)
def test_a_class_named_by_example_in_an_attack_ties_the_example(relations_found, text, expected):
    assert expected in _pairs(relations_found, text, IRAQ_2014)


def test_a_class_without_an_example_stays_a_class_in_an_attack(relations_found):
    pairs = _pairs(
        relations_found, "Several militias fired rockets at US bases in Anbar.", IRAQ_2014
    )
    assert not any(k == "fights" and a == "KATAIB_HEZBOLLAH" for k, a, _b in pairs)
    assert any(k == "fights" and a.startswith("GEN_") and b == "USA" for k, a, b in pairs)
