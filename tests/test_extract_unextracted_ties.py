"""Ties the rules missed (issue 12, relations with no extraction): a battle fought by two
sides together, allies named by "aligned" or "affiliated" after "and", the one a passive
verb of fighting says was beaten, and another body a state's forces "include"."""

from __future__ import annotations

import pytest
from extracted import extract


def ties(text: str) -> set[tuple[str, frozenset[str], str]]:
    """(kind, the two ends, certainty) of every relation found in the text."""
    return {
        (r.kind, frozenset((r.source_actor, r.target_actor)), r.claim.certainty)
        for r in extract(text).relations
    }


def kinds_between(text: str, a: str, b: str) -> set[str]:
    return {kind for kind, ends, _ in ties(text) if ends == frozenset((a, b))}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The battle for the airport was fought by Russian troops and Wagner mercenaries.", ("RUS_MIL", "WAGNER")),
        ("The first battle for the town was fought by the Syrian army and Hezbollah fighters.", ("SYR_MIL", "HEZBOLLAH")),
        ("The fiercest battles of the war were fought by Houthi fighters and tribal militias around Marib.", ("HOUTHIS", "GEN_TRIBAL_FIGHTERS")),
        ("A long battle for the airport was fought by the Ethiopian army and Eritrean troops against Tigrayan forces.", ("ETH_MIL", "ERI_MIL")),
    ],
)
def test_a_battle_fought_by_two_sides_makes_them_allies(text: str, pair: tuple[str, str]) -> None:
    assert ("allied", frozenset(pair), "asserted") in ties(text)


def test_a_battle_fought_between_two_sides_makes_them_enemies() -> None:
    text = "The battle for the town was fought between the Syrian army and the rebels."
    assert kinds_between(text, "SYR_MIL", "GEN_REBELS") == {"fights"}


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("The battle for the airport was not fought by Russian troops and Wagner mercenaries, the ministry said.", "negated"),
        ("The battle for the town will be fought by Russian troops and Wagner mercenaries.", "hypothetical"),
    ],
)
def test_a_battle_denied_or_to_come_is_no_alliance_of_fact(text: str, certainty: str) -> None:
    assert {c for k, ends, c in ties(text) if k == "allied"} == {certainty}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The offensive was launched by the Free Syrian Army and aligned Islamist factions.", ("FSA", "GEN_ISLAMISTS")),
        ("Houthi fighters and aligned tribal militias shelled the outskirts of Marib on Monday.", ("HOUTHIS", "GEN_TRIBAL_FIGHTERS")),
        ("The airbase was besieged for months by the Free Syrian Army and affiliated Islamist brigades.", ("FSA", "GEN_ISLAMISTS")),
    ],
)
def test_aligned_and_affiliated_after_and_name_an_ally(text: str, pair: tuple[str, str]) -> None:
    assert ("allied", frozenset(pair), "asserted") in ties(text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States and aligned nations condemned the strike on the hospital.",
        "The army and Aligned Forces rebels clashed near the border on Sunday.",
    ],
)
def test_aligned_nations_or_a_name_are_no_armed_ally(text: str) -> None:
    assert not any(kind == "allied" for kind, _, _ in ties(text))


@pytest.mark.parametrize(
    ("text", "pair", "certainty"),
    [
        ("The Tigrayan forces were defeated by Ethiopian troops near Mekelle.", ("ETH_MIL", "TDF"), "asserted"),
        ("The Houthis were defeated by Saudi-led coalition forces near Aden.", ("SAUDI_COALITION", "HOUTHIS"), "asserted"),
        ("Al-Shabaab fighters were dislodged from the town by Somali troops.", ("SOM_MIL", "AL_SHABAAB"), "asserted"),
        ("Russian forces may have been defeated by Ukrainian troops near Kyiv.", ("UKR_MIL", "RUS_MIL"), "hedged"),
    ],
)
def test_the_one_a_passive_fighting_verb_beat_is_fought(
    text: str, pair: tuple[str, str], certainty: str
) -> None:
    assert ("fights", frozenset(pair), certainty) in ties(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels were not defeated by the Syrian army, the spokesman said.",
        "The Islamic State was defeated in Mosul in 2017.",
    ],
)
def test_a_denied_or_doerless_defeat_is_no_fight(text: str) -> None:
    assert not any(kind == "fights" and c == "asserted" for kind, _, c in ties(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iraqi forces, including Kurdish peshmerga troops, launched clearing operations near Mosul on Monday.", ("PESHMERGA", "IRQ_MIL")),
        ("Syrian troops, including Hezbollah fighters, encircled the town.", ("HEZBOLLAH", "SYR_MIL")),
        ("Russian forces, including the Wagner group, shelled the city.", ("WAGNER", "RUS_MIL")),
        ("Ethiopian troops, including Eritrean soldiers, entered the town of Adwa.", ("ERI_MIL", "ETH_MIL")),
    ],
)
def test_another_body_a_state_force_includes_is_its_ally(text: str, pair: tuple[str, str]) -> None:
    found = ties(text)
    assert ("allied", frozenset(pair), "asserted") in found
    assert not any(kind == "member_of" and ends == frozenset(pair) for kind, ends, _ in found)


def test_a_group_an_alliance_includes_is_its_member_not_its_ally() -> None:
    text = "The Syrian Democratic Forces, including the YPG, captured the dam."
    assert kinds_between(text, "YPG", "SDF") == {"member_of"}


def test_a_states_own_arms_it_includes_are_no_allies() -> None:
    text = "Iraqi forces, including the army and the federal police, advanced into the old city."
    assert not any(kind == "allied" for kind, _, _ in ties(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kataib Hezbollah is an Iraqi militia that acts as a proxy for Iran.", ("IRN", "KATAIB_HEZBOLLAH")),
        ("The Houthis, a proxy for Tehran, fired missiles at Riyadh.", ("IRN", "HOUTHIS")),
        ("The rebels are widely regarded as surrogates for Ankara in northern Syria.", ("TUR", "GEN_REBELS")),
    ],
)
def test_a_proxy_for_a_state_is_backed_by_it(text: str, pair: tuple[str, str]) -> None:
    found = {(r.kind, r.source_actor, r.target_actor, r.claim.certainty) for r in extract(text).relations}
    assert ("backs", *pair, "asserted") in found


def test_a_denied_proxy_is_no_backing_of_fact() -> None:
    text = "The Houthis are not a proxy for Iran, their spokesman said."
    assert {c for kind, _, c in ties(text) if kind == "backs"} == {"negated"}


def test_a_proxy_war_for_influence_names_no_sponsor() -> None:
    assert not any(kind == "backs" for kind, _, _ in ties("The proxy war for influence in Yemen has killed thousands."))


@pytest.mark.parametrize(
    ("text", "pair", "certainty"),
    [
        ("Iraqi troops took the fight to Islamic State strongholds in the desert.", ("IRQ_MIL", "ISIS"), "asserted"),
        ("Somali troops are taking the fight to al-Shabaab in the south.", ("SOM_MIL", "AL_SHABAAB"), "asserted"),
        ("Kenyan forces brought the battle to al-Shabaab's heartland in Jubaland.", ("KEN_MIL", "AL_SHABAAB"), "asserted"),
        ("The army has not taken the fight to the Houthis.", ("YEM_MIL", "HOUTHIS"), "negated"),
    ],
)
def test_a_fight_carried_to_a_side_fights_it(text: str, pair: tuple[str, str], certainty: str) -> None:
    assert ("fights", frozenset(pair), certainty) in ties(text)


@pytest.mark.parametrize(
    "text",
    [
        "The activists took their campaign to Washington last week.",
        "The rebels brought the war to the outskirts of the capital.",
    ],
)
def test_a_campaign_or_war_carried_to_a_place_is_no_fight_with_a_side(text: str) -> None:
    assert not any(kind == "fights" for kind, _, _ in ties(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The US-led intervention against the Islamic State began in 2014.", ("USA", "ISIS")),
        ("Saudi Arabia's military intervention against the Houthis began in March 2015.", ("SAU", "HOUTHIS")),
        ("NATO's intervention against Gaddafi's forces ended in October.", ("NATO", "LBY_GADDAFI_GOV")),
    ],
)
def test_an_intervention_against_a_side_fights_it(text: str, pair: tuple[str, str]) -> None:
    assert ("fights", frozenset(pair), "asserted") in ties(text)


@pytest.mark.parametrize(
    "text",
    ["The UN warned against foreign intervention in Libya.", "Russia's intervention in Syria began in 2015."],
)
def test_an_intervention_in_a_country_or_warned_against_names_no_enemy(text: str) -> None:
    assert not any(kind == "fights" for kind, _, _ in ties(text))


@pytest.mark.parametrize(
    ("text", "pair", "certainty"),
    [
        ("The SDF launched an offensive on Raqqa on Tuesday. The operation is being carried out with the support of the US-led coalition.", ("US_COALITION", "SDF"), "asserted"),
        ("The SDF launched an offensive on Raqqa on Tuesday. The operation, being carried out with the support of the US-led coalition, aims to take the city.", ("US_COALITION", "SDF"), "asserted"),
        ("Ethiopian troops began a new offensive in Tigray. The offensive, conducted with the support of Eritrean troops, targets Mekelle.", ("ERI_MIL", "ETH_MIL"), "asserted"),
        ("The SDF launched an offensive on Raqqa on Tuesday. The operation was not carried out with the support of the US-led coalition, a spokesman said.", ("US_COALITION", "SDF"), "negated"),
    ],
)
def test_support_for_an_operation_told_before_backs_its_doer(
    text: str, pair: tuple[str, str], certainty: str
) -> None:
    found = {(r.kind, r.source_actor, r.target_actor, r.claim.certainty) for r in extract(text).relations}
    assert ("backs", *pair, certainty) in found


def test_support_for_an_act_with_no_doer_told_backs_no_one() -> None:
    text = "A car bomb exploded in Raqqa on Tuesday. The attack was carried out with the support of local smugglers."
    assert not any(kind == "backs" for kind, _, _ in ties(text))


@pytest.mark.parametrize(
    "text",
    [
        "Shiite and Kurdish militiamen joined Iraqi troops in the campaign to retake Tikrit.",
        "Kurdish and Shiite militiamen joined Iraqi troops in the battle for Tikrit.",
        "Shiite and Kurdish militia fighters joined Iraqi troops near Tikrit on Monday.",
    ],
)
def test_each_of_the_modifiers_of_one_force_noun_joins_as_its_own_force(text: str) -> None:
    found = ties(text)
    assert ("allied", frozenset(("PESHMERGA", "IRQ_MIL")), "asserted") in found
    assert ("allied", frozenset(("PMF", "IRQ_MIL")), "asserted") in found


def test_communities_joining_a_protest_are_no_allies() -> None:
    assert not any(kind == "allied" for kind, _, _ in ties("The Kurdish and Arab residents joined the protest in Qamishli."))
