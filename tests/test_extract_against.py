"""Ties read from an "against" phrase on verbs whose object is no enemy, from partners in
the fight, and "-backed" descriptions of a named actor (extract/fightcues.py, relcues.py).

"Ankara sent tanks against the YPG", "the army waged war against IS" (fights); "X fought
alongside W against Y", "X sided with W against Y" (W fights Y too); "X were killed
fighting Y" (the passive subject fights); "Hezbollah, an Iran-backed militia" and "the
Houthi movement is an Iran-backed militia" (the name is backed, not the class).
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 3, 10)


def ties_of(text: str) -> set[tuple[str, str, str]]:
    """Plain ties (asserted or attributed) as (kind, source actor, target actor)."""
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    plain = ("asserted", "attributed")
    return {
        (r.kind, r.source_actor, r.target_actor)
        for r in result.relations
        if r.claim.certainty in plain
    }


FIGHTS = [
    # an "against" phrase on a verb whose object is a means, not the enemy
    ("Moscow deployed bombers against the Nusra Front near Hama.", "RUS", "JABHAT_AL_NUSRA"),
    ("Ankara sent armoured columns against the YPG west of the river.", "TUR", "YPG"),
    ("The Iraqi army waged war against the Islamic State for three years.", "IRQ_MIL", "ISIS"),
    ("The Free Syrian Army operated against Jabhat al-Nusra near Maarat.", "FSA", "JABHAT_AL_NUSRA"),
    ("The Peshmerga defended Sinjar against the Islamic State.", "PESHMERGA", "ISIS"),
    ("Al-Shabaab has long used suicide bombers against AMISOM.", "AL_SHABAAB", "AMISOM"),
    ("The YPG remains the strongest force against the Islamic State in the north.", "YPG", "ISIS"),
    # a partner in the fight fights the enemy too
    ("Hezbollah fighters fought alongside the Syrian army against the Nusra Front.", "SYR_MIL", "JABHAT_AL_NUSRA"),
    ("Iraqi troops advanced along with the Peshmerga against the Islamic State.", "PESHMERGA", "ISIS"),
    ("Arab tribes in Raqqa sided with the Syrian Democratic Forces against the Islamic State.", "SDF", "ISIS"),
    # "conducted / carried out / launched an operation against Y"
    ("US forces carried out a raid against the Islamic State near Kirkuk.", "USA_MIL", "ISIS"),
    ("Hezbollah staged an ambush against Israeli troops on the border.", "HEZBOLLAH", "ISR_MIL"),
    # the passive subject above a fighting verb is the fighter
    ("Three Hezbollah commanders were killed fighting the Nusra Front near Zabadani.", "HEZBOLLAH", "JABHAT_AL_NUSRA"),
    ("Two Peshmerga officers were wounded battling the Islamic State outside Kirkuk.", "PESHMERGA", "ISIS"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fighter", "enemy"), FIGHTS)
def test_the_fight_is_read(text: str, fighter: str, enemy: str) -> None:
    ties = ties_of(text)
    assert ("fights", fighter, enemy) in ties or ("fights", enemy, fighter) in ties, ties


@pytest.mark.parametrize(
    "text",
    [
        "Protesters rallied against the Syrian government in Homs.",
        "Lawyers turned to the courts against the Iraqi government's decree.",
        "Turkey voted against the resolution on Syria.",
        "The Iraqi army launched a lawsuit against the newspaper.",
    ],
)
def test_an_against_phrase_of_protest_or_vote_is_no_fight(text: str) -> None:
    assert not {t for t in ties_of(text) if t[0] == "fights"}


DESCRIBED = [
    ("Kataib Hezbollah, an Iranian-backed militia, denied any role in the attack.", "IRN", "KATAIB_HEZBOLLAH"),
    ("Hezbollah, a Shiite movement funded by Iran, sent more fighters to Qusayr.", "IRN", "HEZBOLLAH"),
    ("Kataib Hezbollah is a militia armed by Iran's Revolutionary Guards.", "IRGC", "KATAIB_HEZBOLLAH"),
    ("The Houthi movement is an Iran-backed militia that holds the capital.", "IRN", "HOUTHIS"),
    ("The Syrian National Army is a Turkish-backed coalition of rebel brigades.", "TUR", "SNA"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "backer", "backed"), DESCRIBED)
def test_a_backed_description_ties_the_name_it_describes(
    text: str, backer: str, backed: str
) -> None:
    ties = ties_of(text)
    assert ("backs", backer, backed) in ties, ties


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah, an Iranian-backed militia, denied any role in the attack.",
        "The Houthi movement is an Iran-backed militia that holds the capital.",
    ],
)
def test_the_class_that_describes_a_name_gets_no_tie_of_its_own(text: str) -> None:
    assert not {t for t in ties_of(text) if t[0] == "backs" and t[2].startswith("GEN_")}


PURPOSE_MEMBERS = [
    ("Saudi Arabia formed a coalition to fight the Houthis, which included Egypt and Jordan.", "EGY", "JOR", "HOUTHIS"),
    ("Riyadh assembled an alliance against the Houthis which comprised Egypt and Sudan.", "EGY", "SDN", "HOUTHIS"),
    ("Ankara built a coalition to take on the YPG, which includes Ahrar al-Sham and the Hamza Division.", "AHRAR_AL_SHAM", "HAMZA_DIVISION", "YPG"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "first", "second", "enemy"), PURPOSE_MEMBERS)
def test_members_listed_after_the_enemy_belong_to_the_alliance_not_the_enemy(
    text: str, first: str, second: str, enemy: str
) -> None:
    """ "a coalition to fight the Houthis, which included A and B": A and B are allies in
    the coalition, never members of the Houthis."""
    ties = ties_of(text)
    assert ("allied", first, second) in ties or ("allied", second, first) in ties, ties
    assert not {t for t in ties if t[0] == "member_of" and t[2] == enemy}, ties


def test_members_of_a_named_coalition_formed_against_an_enemy() -> None:
    text = (
        "The Army of Conquest, a coalition formed to fight the Syrian army, which includes "
        "the Nusra Front and Ahrar al-Sham, took Idlib."
    )
    ties = ties_of(text)
    assert ("member_of", "JABHAT_AL_NUSRA", "JAISH_AL_FATAH") in ties, ties
    assert not {t for t in ties if t[0] == "member_of" and t[2] == "SYR_MIL"}, ties


JOINED = [
    ("The Nusra Front joined forces with Ahrar al-Sham in Idlib.", "JABHAT_AL_NUSRA", "AHRAR_AL_SHAM"),
    ("The Houthis joined forces with the Yemeni army in 2014.", "HOUTHIS", "YEM_MIL"),
    ("Jaish al-Islam joined forces with Faylaq al-Rahman in Ghouta.", "JAYSH_AL_ISLAM", "FAYLAQ_AL_RAHMAN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "first", "second"), JOINED)
def test_joined_forces_with_names_the_ally_hung_on_forces(
    text: str, first: str, second: str
) -> None:
    ties = ties_of(text)
    assert ("allied", first, second) in ties or ("allied", second, first) in ties, ties
