"""Ties whose ends only describe a side are not stored (extract/tieguards.py).

A demonym before anything but a state's own bodies ("Syrian rebels", "the Syrian town of
Afrin"), a country or city named as a location ("in Idlib province, Syria", "the Damascus
Opera House"), the dead of a toll given a doer who is their friend, and a toll of several
sides' dead given a doer from context name no enemy. A speaker's short name takes the
actor the article named in full before. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(kind, a, b) for kind, a, b, _ in relations_found(text, PUBLISHED)}


def _touches(ties: set[tuple[str, str, str]], actor: str) -> bool:
    return any(actor in (a, b) for _, a, b in ties)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Turkish warplanes bombed the Syrian town of Afrin on Saturday.", "SYR"),
        ("Islamic State militants stormed two Iraqi villages south of Kirkuk.", "IRQ"),
        ("Al-Nusra Front militants attacked moderate Syrian rebels near Idlib on Sunday.", "SYR"),
        ("Islamic State suicide bombers struck the Syrian town of Tal Tamr, killing 20.", "SYR"),
        ("Russian jets kept up their massacres against the Syrian people in Idlib.", "SYR"),
        ("Hezbollah fighters attacked two Syrian villages near the Lebanese border.", "SYR"),
        ("Coalition jets pounded the IS-held Iraqi city of Mosul overnight.", "IRQ"),
    ],
)
def test_a_demonym_describing_no_body_of_the_state_is_no_side(relations_found, text, state):
    ties = _ties(relations_found, text)
    assert not _touches(ties, state), ties


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Israeli jets struck Syrian and Iranian positions near Damascus.",
            ("fights", "ISR_AIRFORCE", "SYR"),
        ),
        ("Houthi fighters stormed the Yemeni capital in September.", ("fights", "HOUTHIS", "YEM")),
        (
            "Turkish artillery shelled Syrian and Russian positions near Tal Rifaat.",
            ("fights", "TUR_MIL", "SYR"),
        ),
        (
            "US cruise missiles struck a Syrian airfield in Homs province overnight.",
            ("fights", "USA_MIL", "SYR"),
        ),
        (
            "Islamic State fighters overran a Syrian air base in Raqqa province on Sunday.",
            ("fights", "ISIS", "SYR"),
        ),
    ],
)
def test_a_demonym_before_the_states_arms_or_its_capital_stays_a_side(relations_found, text, tie):
    assert tie in _ties(relations_found, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Mortar shells fired by rebels struck the Damascus Opera House, killing two people.",
            "SYR",
        ),
        ("A mortar round fired by insurgents hit the Baghdad Hotel on Monday.", "IRQ"),
        ("The eastern corner of Syria is key to the battle against the Islamic State.", "SYR"),
        (
            "The northern half of Iraq remains central to the fight against the Islamic State.",
            "IRQ",
        ),
        (
            (
                "The southern tip of Syria has become the main front in the war against the "
                "jihadists of the Islamic State."
            ),
            "SYR",
        ),
        (
            "The Turkish military shelled northern Syria with artillery to hit Kurdish militants.",
            "SYR",
        ),
        (
            "Russian bombers pounded eastern Syria on Tuesday, hitting Islamic State oil sites.",
            "SYR",
        ),
        # a bare compass point, whichever word the parser hangs it on
        ("Turkish jets shelled north Syria on Monday to hit Kurdish militants.", "SYR"),
        ("Turkish artillery pounded south Syria overnight, targeting Kurdish fighters.", "SYR"),
        ("Iranian drones struck west Iraq on Friday, hitting Islamic State hideouts.", "IRQ"),
        ("Government jets bombed rural Syria again, activists said.", "SYR"),
    ],
)
def test_a_country_or_city_named_as_a_location_is_no_side(relations_found, text, place):
    ties = _ties(relations_found, text)
    assert not _touches(ties, place), ties


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Israel struck Syria on Friday, its army said.", ("fights", "ISR_MIL", "SYR")),
        (  # a list the copy lost its commas from: each name still a party
            "The attack came despite a truce deal between Russia Iran and Turkey on the zone.",
            ("cooperates", "RUS", "IRN"),
        ),
    ],
)
def test_a_country_named_as_a_party_stays_a_side(relations_found, text, tie):
    assert tie in _ties(relations_found, text)


_TOLLS_OF_AN_ALLY = [
    (
        "At least 20 Hezbollah fighters have been killed in the battle for Zabadani, as Syrian "
        "troops press their assault on the rebel-held town."
    ),
    (
        "Activists say 14 Hezbollah fighters were killed near Qusayr on Monday as Syrian soldiers "
        "stepped up their offensive to take the town from rebels."
    ),
]


@pytest.mark.parametrize("text", _TOLLS_OF_AN_ALLY)
def test_the_dead_of_a_toll_are_not_the_enemies_of_their_friends(relations_found, text):
    ties = _ties(relations_found, text)
    assert not {("fights", "SYR_MIL", "HEZBOLLAH"), ("fights", "HEZBOLLAH", "SYR_MIL")} & ties


def test_a_toll_of_an_enemy_still_ties_the_doer(relations_found):
    ties = _ties(
        relations_found, "Syrian troops killed 20 Islamic State militants near Palmyra on Monday."
    )
    assert ("fights", "SYR_MIL", "ISIS") in ties


@pytest.mark.parametrize(
    "text",
    [
        (  # the dead of both sides in one toll
            "Islamic State fighters stormed a Kurdish-held town near the Turkish border on "
            "Sunday. Coalition jets conducted eight strikes to push back the attackers, the "
            "Syrian Observatory for Human Rights said. It said at least 38 Islamic State "
            "militants and 11 YPG fighters had been killed."
        ),
        (  # the coalition's enemy taken from the context
            "Islamic State militants overran two YPG checkpoints outside Hasakah on Friday. "
            "US-led jets carried out six strikes to drive the attackers back, a monitor said."
        ),
    ],
)
def test_a_side_from_context_is_never_a_friend_of_the_doer(relations_found, text):
    ties = _ties(relations_found, text)
    assert ("fights", "US_COALITION", "YPG") not in ties, ties


_HELD = "The Islamic State has held Raqqa since 2014. "


@pytest.mark.parametrize(
    "text",
    [
        (
            "The Islamic State has held the eastern districts since 2014. Elsewhere, Nusra Front "
            "militants fired rockets at the village of Hadar, wounding a woman and her son."
        ),
        (
            "The Islamic State has held Raqqa since 2014. Ahrar al-Sham fighters shelled a "
            "school in Idlib, injuring six pupils."
        ),
    ],
)
def test_a_groups_harm_to_civilians_names_no_rival_group(relations_found, text):
    ties = _ties(relations_found, text)
    assert not any(k == "fights" and "ISIS" in (a, b) for k, a, b in ties), ties


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (  # a state's bombing keeps the enemy the article gives it
            _HELD + "Russian warplanes bombed a bakery in the city, killing 12 people.",
            ("fights", "RUS_AIRFORCE", "ISIS"),
        ),
        (  # a group's attack on fighters keeps it
            _HELD
            + "Ahrar al-Sham fighters shelled the militants' positions in the town, killing six.",
            ("fights", "AHRAR_AL_SHAM", "ISIS"),
        ),
        (  # harm where the article says the enemy holds the place hits it, whoever the doer
            _HELD + "Ahrar al-Sham fighters shelled a school in the town, injuring six pupils.",
            ("fights", "AHRAR_AL_SHAM", "ISIS"),
        ),
        (
            _HELD
            + "Nusra Front militants fired mortars at a market in Raqqa, killing four people.",
            ("fights", "JABHAT_AL_NUSRA", "ISIS"),
        ),
    ],
)
def test_harm_where_the_enemy_holds_or_an_attack_on_fighters_keeps_the_context_enemy(
    relations_found, text, tie
):
    assert tie in _ties(relations_found, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Russia and a U.S.-led coalition keep carrying out separate air strikes on "
                "Islamic State targets in eastern Syria."
            ),
            {"RUS", "US_COALITION"},
        ),
        (
            "Turkey and Russia conducted parallel air raids on Islamic State positions near al-Bab.",
            {"TUR", "RUS"},
        ),
        (
            (
                "Warplanes either Russia or Syrian conducted nine strikes on the town of Kafranbel "
                "including on a bakery a monitor said."
            ),
            {"RUS", "SYR"},
        ),
        (
            (
                "Either Russia or the Syrian government carried out the strikes on the hospital, "
                "the monitor said."
            ),
            {"RUS", "SYR_GOV"},
        ),
    ],
)
def test_doers_acting_apart_or_named_as_alternatives_are_no_allies(relations_found, text, pair):
    ties = _ties(relations_found, text)
    assert not any(k == "allied" and {a, b} == pair for k, a, b in ties), ties


def test_joint_doers_stay_allies(relations_found):
    text = (
        "Russia and the Syrian army carried out joint air strikes on rebel positions near Aleppo."
    )
    assert ("allied", "RUS", "SYR_MIL") in _ties(relations_found, text)


@pytest.mark.parametrize(
    ("text", "observer"),
    [
        (
            (
                "Regime troops intensified their assault on Eastern Ghouta with heavy artillery "
                "causing dozens of dead and wounded the London-based Syrian Observatory for Human "
                "Rights told reporters."
            ),
            "SOHR",
        ),
        (
            (
                "Rebel mortar fire on the neighbourhood killed three and wounded the London-based Syrian "
                "Observatory for Human Rights added late on Tuesday."
            ),
            "SOHR",
        ),
        (
            "Islamic State militants attacked the offices of the Syrian Arab Red Crescent in Deir Ezzor.",
            "SARC",
        ),
    ],
)
def test_a_monitor_or_aid_group_is_no_side_of_a_fight(relations_found, text, observer):
    ties = _ties(relations_found, text)
    assert not _touches(ties, observer), ties


def test_two_communities_back_no_one(relations_found):
    text = (
        "Western states back the rebels but have been wary of committing to an Arab "
        "Sunni-backed uprising."
    )
    assert not _touches(_ties(relations_found, text), "GEN_ARABS")


def test_the_sdf_spelled_with_the_country_name_is_the_sdf(relations_found):
    text = (
        "The PYD-led Syria Democratic Forces are the chief ground force fighting Daesh in "
        "the north of the country."
    )
    assert ("fights", "SDF", "ISIS") in _ties(relations_found, text)


_ONE_FORCE_OF_TWO_NAMES = {
    "The outskirts of Qusair saw heavy clashes between the Syrian and Iranian forces and "
    "fighters of the Nusra Front.": {"SYR_MIL", "IRN_MIL"},
    "The town saw fierce fighting between the Syrian and Russian troops and fighters of the "
    "Nusra Front.": {"SYR_MIL", "RUS_MIL"},
}


@pytest.mark.parametrize("text", sorted(_ONE_FORCE_OF_TWO_NAMES))
def test_two_names_of_one_force_against_a_third_party_are_one_side(relations_found, text):
    pair = _ONE_FORCE_OF_TWO_NAMES[text]
    fights = {frozenset((a, b)) for k, a, b in _ties(relations_found, text) if k == "fights"}
    assert frozenset(pair) not in fights, fights


def test_two_names_of_the_troops_in_a_clash_are_its_two_sides(relations_found):
    text = "Clashes erupted between Syrian and Turkish troops near Afrin on Monday."
    assert ("fights", "SYR_MIL", "TUR_MIL") in _ties(relations_found, text)


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State militants have long battled the Al-Qaeda affiliate Nusra Front in Deir Ezzor.",
        (
            "Government troops clashed with fighters of the al-Qaeda offshoot Jabhat Fateh al-Sham "
            "near Hama."
        ),
    ],
)
def test_the_parent_of_an_affiliate_is_not_the_side_that_fights(relations_found, text):
    ties = _ties(relations_found, text)
    assert not any(k == "fights" and "AL_QAEDA" in (a, b) for k, a, b in ties), ties


def test_the_group_itself_still_fights(relations_found):
    text = "Al-Qaeda fighters attacked a Syrian army checkpoint near Hama on Monday."
    assert ("fights", "AL_QAEDA", "SYR_MIL") in _ties(relations_found, text)


def _claimants(text: str, published: dt.date) -> set[tuple[str, str, str, str]]:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[published])[0]
    return {
        (r.kind, r.source_actor, r.target_actor, r.claim.attributed_to) for r in result.relations
    }


@pytest.mark.parametrize(
    ("text", "published", "tie"),
    [
        (
            (
                "The General Command of the Syrian Army said 62 soldiers died in the "
                "strike near Deir Ezzor. The General Command said the United States backs the "
                "Islamic State."
            ),
            dt.date(2016, 9, 18),
            ("backs", "USA", "ISIS", "SYR_MIL"),
        ),
        (
            (
                "The Islamic Revolutionary Guard Corps said five of its advisers died near Aleppo. "
                "The Guard Corps said Israel backs the rebels."
            ),
            dt.date(2016, 5, 1),
            ("backs", "ISR", "GEN_REBELS", "IRGC"),
        ),
    ],
)
def test_a_speakers_short_name_takes_the_actor_named_in_full_before(text, published, tie):
    kind, source, _, claimant = tie
    found = _claimants(text, published)
    assert any(k == kind and s == source and c == claimant for k, s, _t, c in found), found


@pytest.mark.parametrize(
    ("text", "published", "end"),
    [
        (  # not Yemen's President Hadi
            (
                "Hadi al-Bahra, president of the Syrian Coalition, warned that the Assad regime "
                "would go on dropping barrel bombs on Aleppo."
            ),
            dt.date(2014, 11, 26),
            "P_HADI_AL_BAHRA",
        ),
        (  # not Fatah, the Palestinian movement
            "Russian jets pounded Jeish al-Fath fighters west of Aleppo on Tuesday.",
            dt.date(2016, 11, 1),
            "JAISH_AL_FATAH",
        ),
    ],
)
def test_names_the_sample_misread_take_their_own_actor(relations_found, text, published, end):
    ties = {(k, a, b) for k, a, b, _ in relations_found(text, published)}
    assert _touches(ties, end), ties
