"""Verbs of taking that take no ground, withdrawals that leave none, infinitives under a
modal or a negation, and a relative clause after "the town of B in P province"."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

PUBLISHED = dt.date(2017, 5, 4)


@lru_cache(maxsize=128)
def changes(
    text: str, kinds: tuple[str, ...] = ("capture", "withdrawal")
) -> tuple[tuple[str, str, str, str, str], ...]:
    """(kind, place text, new controller, certainty, previous controller) of every change
    of hands (or record of the ``kinds`` given)."""
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    assert not result.error, result.error
    return tuple(
        (c.kind, c.place_text, c.new_controller, c.claim.certainty, c.previous_controller)
        for c in result.control_changes
        if c.kind in kinds
    )


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets have taken out five militant commanders near Deir ez-Zor this week.",
        "Coalition aircraft took out an ammunition depot outside Raqqa on Monday.",
        "Kurdish fighters captured several militants, including a senior commander, near Manbij.",
        "Iraqi troops captured dozens of Islamic State fighters in Mosul on Tuesday.",
        "Government soldiers seized a large cache of weapons in Daraa.",
        "The rebels seized a shipment of ammunition near Idlib, the observatory said.",
        "Two Syrian soldiers were captured by the militants near Palmyra.",
    ],
)
def test_taking_people_goods_or_a_life_takes_no_ground(text: str) -> None:
    assert not [c for c in changes(text) if c[0] == "capture"], changes(text)


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("Syrian troops took over the town of Palmyra from Islamic State.", "Palmyra", "SYR_MIL"),
        ("Iraqi forces took back Ramadi from the militants on Sunday.", "Ramadi", "IRQ_MIL"),
        ("Rebels captured three villages near Jisr al-Shughour.", "Jisr al-Shughour", "GEN_REBELS"),
        (
            (
                "Islamic State fighters captured several soldiers when they overran the "
                "airbase at Tabqa."
            ),
            "Tabqa",
            "ISIS",
        ),
    ],
)
def test_taking_ground_is_still_a_capture(text: str, place: str, taker: str) -> None:
    assert ("capture", place, taker, "asserted") in [c[:4] for c in changes(text)], changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian government withdrew several fighter jets from its airbase in Qamishli.",
        "Moscow withdrew its ambassador from Damascus last week.",
        "The militia pulled its heavy weapons out of Marea under the deal.",
    ],
)
def test_withdrawing_aircraft_envoys_or_weapons_leaves_no_ground(text: str) -> None:
    assert not changes(text), changes(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The army withdrew its troops from the town of Tal Afar.", "Tal Afar"),
        ("Hezbollah withdrew from Qusair after the battle.", "Qusair"),
        ("Islamic State pulled its fighters out of Jarablus overnight.", "Jarablus"),
    ],
)
def test_a_force_that_withdraws_leaves_the_place(text: str, place: str) -> None:
    # no taker named: the force no longer holds the place, which is no change of hands
    assert [c for c in changes(text, ("lost",)) if c[1] == place], changes(text, ("lost",))
    assert not changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The militants then started fleeing toward the northern outskirts of Raqqa.",
        "Retreating jihadists fled for Mayadin and the eastern suburbs of Deir ez-Zor.",
        "The rebels retreated into the old quarter of Homs after the shelling.",
    ],
)
def test_fleeing_toward_a_place_leaves_no_ground_there(text: str) -> None:
    assert [c for c in changes(text) if c[0] == "withdrawal"] == [], changes(text)


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Turkey will not allow the town of Azaz to fall to the Kurdish militia.", "hypothetical"),
        ("Ankara would never let Kurdish fighters take Manbij.", "hypothetical"),
        ("The government could not allow the rebels to capture Daraa.", "hypothetical"),
        ("The army did not allow the rebels to capture Daraa.", "negated"),
    ],
)
def test_an_infinitive_shares_its_governors_modal_or_negation(text: str, certainty: str) -> None:
    found = [c for c in changes(text) if c[0] == "capture"]
    assert found and all(c[3] == certainty for c in found), changes(text)


def test_an_infinitive_under_a_plain_verb_stays_a_fact() -> None:
    found = changes("The army helped the rebels to capture Daraa last week.")
    assert [c for c in found if c[1] == "Daraa" and c[3] == "asserted"], found


@pytest.mark.parametrize(
    "text",
    [
        (
            "Islamic State militants recaptured the desert town of Al Qaryatain south-east of Homs, "
            "which government troops took from the group last spring."
        ),
        (
            "Rebels entered the village of Kafr Nabudah in Hama province, which the army "
            "seized last year."
        ),
    ],
)
def test_a_relative_clause_after_a_town_in_a_province_is_about_the_town(text: str) -> None:
    found = changes(text)
    assert not [c for c in found if "province" in c[1]], found


CONTEXT = "Syrian government forces pounded rebel positions on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        "Capturing all of Aleppo has been one of the government's biggest goals since 2012.",
        "Retaking Mosul is the top priority of the army, the minister said.",
        "Taking Idlib is part of the plan to end the war.",
        "A regime campaign to capture all of Aleppo would most likely kill off the talks in Geneva.",
        "The army's offensive was aimed at the recapture of Douma, the monitor said.",
        "The army's operation on liberating Deir ez-Zor from the militants is underway.",
        "Any attempt to seize Daraa would be met with force, the rebels warned.",
        "The fall of the town is key to the larger goal of capturing Raqqa.",
        "The army's main objective of retaking Palmyra is still far off.",
    ],
)
def test_a_capture_told_as_an_aim_or_a_topic_is_hypothetical(text: str) -> None:
    found = [c for c in changes(CONTEXT + text) if c[0] == "capture"]
    assert found and all(c[3] == "hypothetical" for c in found), found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Syrian troops managed to retake Palmyra from Islamic State on Sunday.", "Palmyra"),
        ("Kurdish fighters went on to seize Tal Abyad a week later.", "Tal Abyad"),
        ("Iraqi forces were able to recapture Ramadi after a month of fighting.", "Ramadi"),
        ("After capturing Jarablus, the Turkish-backed rebels pushed south.", "Jarablus"),
        ("The army entered Douma on Sunday after retaking the nearby town of Harasta.", "Harasta"),
        ("The recapture of Mosul by Iraqi forces in July ended years of militant rule.", "Mosul"),
    ],
)
def test_a_capture_told_as_a_deed_stays_a_fact(text: str, place: str) -> None:
    found = [c for c in changes(text) if c[0] == "capture" and c[1] == place]
    assert found and all(c[3] == "asserted" for c in found), changes(text)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Islamic State suicide bombers dressed as civilians entered the town of Shaddadi "
            "and attacked Kurdish fighters."
        ),
        "The car bomb entered the district of Salaheddine before it exploded.",
        "Two attackers entered the town of Qamishli and opened fire on a checkpoint.",
    ],
)
def test_who_enters_to_blow_up_or_kill_does_not_take_the_place(text: str) -> None:
    assert not changes(text), changes(text)


def test_fighters_who_enter_a_town_still_take_it() -> None:
    found = changes("Islamic State fighters entered the town of Shaddadi on Sunday.")
    assert ("capture", "Shaddadi", "ISIS", "asserted") in [c[:4] for c in found], found


@pytest.mark.parametrize(
    "text",
    [
        "The group seized wide stretches of both Iraq and Syria during its rapid 2014 advance.",
        "Islamic State holds large tracts of land in Iraq and Syria that it seized three years ago.",
        "The militants captured dozens of towns in Iraq in June 2014.",
    ],
)
def test_a_country_that_only_locates_the_ground_is_not_taken(text: str) -> None:
    assert not [c for c in changes(text) if c[1] in ("Syria", "Iraq")], changes(text)


def test_an_observatory_or_civilians_are_never_the_previous_holder() -> None:
    from frontwatch.pipeline import process_texts

    for text in (
        "The army seized Tadif from the Syrian Observatory for Human Rights.",
        "Syrian troops recaptured Tadif from the civilians, the army said.",
    ):
        found = [c for c in process_texts([text], dates=[PUBLISHED])[0].control_changes]
        assert found and all(not c.previous_controller for c in found), found


# A victory in a town is a change of hands to the winner: "X declared victory over Y in
# T", "X's victory in T"; a victory in an election or a hoped-for one is not.
@pytest.mark.parametrize(
    ("text", "place", "winner", "loser"),
    [
        (
            ("The Syrian Democratic Forces declared victory over Islamic State in Raqqa today."),
            "Raqqa",
            "SDF",
            "ISIS",
        ),
        (
            "The SDF formally declared its final victory over the militants in Baghuz on Saturday.",
            "Baghuz",
            "SDF",
            "GEN_MILITANTS",
        ),
        ("The army hailed its victory over the rebels at Qusair.", "Qusair", "SYR_MIL", ""),
        (
            "Kurdish fighters celebrated their victory in Kobani after months of fighting.",
            "Kobani",
            "YPG",
            "",
        ),
    ],
)
def test_the_winner_of_a_victory_in_a_town_took_it(
    text: str, place: str, winner: str, loser: str
) -> None:
    found = [c for c in changes(text) if c[1] == place and c[2] == winner]
    assert found, changes(text)
    assert not loser or found[0][4] == loser, found


def test_a_leader_who_declares_victory_stands_for_his_states_forces() -> None:
    found = changes(
        "Iraqi premier Haider al-Abadi, declaring victory over the jihadists in the "
        "city of Tikrit, said troops would now push north."
    )
    assert [c for c in found if c[1] == "Tikrit" and c[2] == "IRQ_MIL"], found


NO_VICTORY_IN_A_TOWN = (
    "The ruling party declared victory in the elections in Baghdad.",
    "The Kurdistan Democratic Party claimed victory in the referendum in Erbil.",
    "The Observatory declared victory over the censors in Aleppo.",
    "Iraqi forces hope for a quick victory in Mosul.",
    "The victory in Tal Afar came after a week of fighting.",
    "The rebels declared victory over the army in Idlib province.",
)


def test_no_change_without_a_fight_a_winner_or_a_town() -> None:
    for text in NO_VICTORY_IN_A_TOWN:
        assert not [c for c in changes(text) if c[0] == "capture"], (text, changes(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian army seized back a small hilltop town in Hama province.",
        "Rebels captured three villages in Idlib province from government forces.",
        "The army took several villages in the Sinjar region from the militants.",
    ],
)
def test_an_unnamed_town_in_a_province_does_not_make_the_province_change_hands(
    text: str,
) -> None:
    assert not [c for c in changes(text) if c[0] == "capture"], changes(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels captured three villages near Jisr al-Shughour.", "Jisr al-Shughour"),
        ("Government forces captured the town of Morek in Hama province.", "Morek"),
        ("Islamic State seized most of Nineveh province in 2014.", "Nineveh province"),
    ],
)
def test_villages_near_a_town_a_named_town_or_a_whole_province_change_hands(
    text: str, place: str
) -> None:
    assert [c for c in changes(text) if c[0] == "capture" and c[1] == place], changes(text)


# A withdrawal leaves the place to the withdrawing side's main opponent in the article.
@pytest.mark.parametrize(
    ("text", "place", "heirs"),
    [
        (
            (
                "Ukrainian troops advanced on Kherson last week. Ukrainian artillery pounded "
                "Russian positions near the city. Russian forces withdrew from Kherson."
            ),
            "Kherson",
            {"UKR", "UKR_MIL"},
        ),
        (
            (
                "The Syrian Democratic Forces attacked Islamic State positions near Tabqa. "
                "SDF fighters also cut the road to Raqqa. Islamic State militants then "
                "retreated from Tabqa."
            ),
            "Tabqa",
            {"SDF"},
        ),
    ],
)
def test_a_withdrawal_leaves_the_place_to_the_articles_opponent(
    text: str, place: str, heirs: set[str]
) -> None:
    found = [c for c in changes(text) if c[0] == "withdrawal" and c[1] == place]
    assert found and all(c[2] in heirs for c in found), changes(text)


def test_a_withdrawal_with_no_clear_opponent_is_a_loss_with_no_taker() -> None:
    for text in (
        "Russian forces withdrew from Kherson on Friday.",
        (
            "Hezbollah fighters withdrew from Qusair. Syrian troops and Islamic State "
            "militants fought near Palmyra, while Nusra Front fighters clashed with rebels."
        ),
    ):
        found = changes(text, ("withdrawal", "lost"))
        assert found and all(c[0] == "lost" and not c[2] for c in found), (text, found)


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        (
            (
                "Mosul Dam was captured by IS militants over the summer. A Kurdish officer said "
                "his forces had retaken the eastern end of the dam."
            ),
            "Mosul Dam",
            "GEN_KURDS",
        ),
        (
            (
                "Islamic State militants seized Bashiqa in 2014. A Peshmerga general said his "
                "forces had retaken Bashiqa on Monday."
            ),
            "Bashiqa",
            "PESHMERGA",
        ),
        (
            (
                "Rebels overran Morek last year. A Hezbollah commander said his men "
                "recaptured Morek on Sunday."
            ),
            "Morek",
            "HEZBOLLAH",
        ),
    ],
)
def test_his_forces_are_the_speakers_not_the_last_holders(
    text: str, place: str, taker: str
) -> None:
    found = [c for c in changes(text) if c[0] == "capture" and c[1] == place]
    assert len(found) == 2 and found[-1][2] == taker, found


@pytest.mark.parametrize(
    "text",
    [
        "Rebels entered the town of Tal Abyad briefly on Monday.",
        (
            "Islamic State fighters stormed Kobani for the first time since June, before being "
            "pushed back."
        ),
        "Militants entered Baiji in a raid on Sunday, police said.",
        "Rebels managed to enter the town of Morek temporarily on Monday.",
    ],
)
def test_an_entry_its_own_clause_marks_as_passing_is_a_raid(text: str) -> None:
    assert not [c for c in changes(text) if c[0] == "capture"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Government troops entered Palmyra on Sunday, a town the army had briefly lost in May.",
            "Palmyra",
        ),
        (
            (
                "Kurdish fighters entered Tal Abyad on Tuesday, and the town's residents celebrated "
                "for the first time since 2013."
            ),
            "Tal Abyad",
        ),
        (
            (
                "The army stormed Deir Hafer, which rebels had temporarily held last year, officials "
                "said."
            ),
            "Deir Hafer",
        ),
    ],
)
def test_a_passing_mark_in_another_clause_leaves_the_entry_a_capture(text: str, place: str) -> None:
    assert [c[1] for c in changes(text) if c[0] == "capture"] == [place]


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        (
            "The SDF captured Tabqa with air support from the US-led coalition, a spokesman said.",
            "Tabqa",
            "SDF",
        ),
        (
            "Government troops recaptured the town of Morek with help from Hezbollah fighters.",
            "Morek",
            "SYR_MIL",
        ),
        (
            "The SDF captured Manbij with support from the US-led coalition, a spokesman said.",
            "Manbij",
            "SDF",
        ),
    ],
)
def test_who_gives_support_from_outside_lost_nothing(text: str, place: str, taker: str) -> None:
    """ "with support from X": X backs the taker; it neither held nor lost the place."""
    assert [(c[1], c[2], c[4]) for c in changes(text)] == [(place, taker, "")]



# sentence -> (place, taker, certainty) of the change its relative clause tells
PAST_RELATIVE_CLAUSES = {
    "Kurdish forces are trying to hold Tal Abyad, which they took from ISIS in June.": (
        "Tal Abyad", "YPG", "asserted"),
    "The army hopes to push on from Palmyra, which it recaptured in March.": (
        "Palmyra", "SYR_MIL", "asserted"),
    "The army wants to regain Idlib, which was seized by the Army of Conquest in 2015.": (
        "Idlib", "JAISH_AL_FATAH", "asserted"),
    # not in the past: still an aim
    "Rebels plan to attack Marea, which may be captured by the army soon.": (
        "Marea", "SYR_MIL", "hypothetical"),
    "The army wants to reach Idlib, which could be seized by rebels within days.": (
        "Idlib", "GEN_REBELS", "hypothetical"),
    "Kurdish forces aim to encircle Raqqa, which will be stormed next week.": (
        "Raqqa", "YPG", "hypothetical"),
}


@pytest.mark.parametrize("text", PAST_RELATIVE_CLAUSES)
def test_a_relative_clause_in_the_past_tells_a_fact_under_an_aim(text: str) -> None:
    assert [c for c in changes(text) if c[1:4] == PAST_RELATIVE_CLAUSES[text]], changes(text)


def holdings(text: str) -> list[tuple[str, str]]:
    from frontwatch.pipeline import process_texts

    found = process_texts([text], dates=[PUBLISHED])[0].control_changes
    return [(c.place_text, c.new_controller) for c in found if c.kind == "held"]


@pytest.mark.parametrize(
    "text",
    [
        "Aid finally reached Madaya, a mountain town west of Damascus besieged by government forces.",
        "Mortars hit the jihadist-besieged town of Nubl north of Aleppo.",
        "Strikes hit neighbourhoods in the east of Aleppo besieged by regime forces.",
    ],
)
def test_who_besieges_a_town_does_not_hold_it(text: str) -> None:
    assert holdings(text) == []


def test_who_holds_a_besieged_town_still_holds_it() -> None:
    assert ("Madaya", "GEN_REBELS") in holdings("Aid reached the besieged rebel-held town of Madaya.")


@pytest.mark.parametrize(
    "text",
    [
        "Jihadist strongholds south of the Euphrates River came under heavy bombardment.",
        "IS-held areas along the Euphrates were hit by coalition jets.",
        "Kurdish fighters took control of the Tigris River crossing points, officials said.",
    ],
)
def test_nobody_holds_or_takes_a_river(text: str) -> None:
    assert not [c for c in changes(text) if "River" in c[1] or c[1] in ("Euphrates", "Tigris")]
    assert not [h for h in holdings(text) if "Euphrates" in h[0]]


def test_a_dam_on_a_river_is_still_taken() -> None:
    assert [c for c in changes("Kurdish fighters seized the Tishrin dam on the Euphrates River.") if c[1] == "Tishrin dam"]
