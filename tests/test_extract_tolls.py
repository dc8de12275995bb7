"""A war's running toll is a statistic about a period, not an event on the day it is
reported; a strike's toll over a few days in a named town, or by a named side, is an event.
Phrasings written for this test in wire style."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts


def _killed(text: str) -> list[int | None]:
    result = process_texts([text], dates=[dt.date(2016, 5, 2)])[0]
    return [e.casualties.killed for e in result.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "More than 340,000 people have been killed across the country since the uprising began in March 2011.",
        "The war, which has killed more than 290,000 people, entered its sixth year.",
        "Daesh grew out of a many-sided war that has killed more than 290,000 people.",
        "Over 300,000 people have been killed and millions driven from their homes.",
        "Around 400,000 people have died so far in the Syrian conflict.",
    ],
)
def test_a_wars_running_toll_is_no_event(text):
    assert _killed(text) == [], _killed(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Government airstrikes have killed at least 12 people in Douma since Monday, activists said.",
            12,
        ),
        ("Russian strikes have killed 30 people in Syria since Sunday.", 30),
        ("At least 20 civilians have been killed in airstrikes on Idlib today.", 20),
        ("A car bomb killed 45 people in Azaz on Sunday.", 45),
    ],
)
def test_a_tolled_attack_by_a_side_or_in_a_town_stays_an_event(text, killed):
    assert killed in _killed(text), _killed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Over 400,000 people have died and millions fled since the war began with protests against President Bashar al-Assad.",
        "The UN says the conflict has killed more than 250,000 people and wounded over a million.",
        "The U.N. says 200,000 people have been killed since 2011 in a civil war which pits rebels against President Bashar al-Assad.",
    ],
)
def test_who_began_the_war_or_whom_it_pits_is_no_side_of_its_toll(text):
    assert all(k is None or k < 10000 for k in _killed(text)), _killed(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("13 Oct 2016 At least 19 people were killed in a car bombing at a checkpoint.", 19),
        (
            "Published August 14 2016 Eighty-three civilians were killed Sunday by airstrikes.",
            83,
        ),
        ("Nov 2014 Syrian regime aircraft killed at least 12 people in a displacement camp.", 12),
    ],
)
def test_a_datelines_day_or_year_is_never_a_count(text, killed):
    assert _killed(text) == [killed], _killed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkish forces launched an operation to secure the border town from IS attacks. The conflict has killed more than 290,000 people.",
        "The regime has been fighting an armed uprising in a conflict that has killed 100,000 people.",
        "Government shelling hit Douma, in a war that has killed more than 220,000 people.",
    ],
)
def test_a_running_toll_lends_its_figure_to_no_event(text):
    assert all(k is None or k < 10000 for k in _killed(text)), _killed(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("More than 90,000 people have reportedly been killed in the country's conflict, which pits rebels against the army.", 90000),
        ("The commander claimed that at least 4,000 jihadists have been killed on this front.", 4000),
        ("Some 2,000 Kurdish fighters have died on the southern front, a spokesman said.", 2000),
        ("At least 500 soldiers have been killed in the war against the insurgents, the ministry said.", 500),
    ],
)
def test_a_perfect_counted_over_a_war_or_front_is_its_running_toll(text, killed):
    """Whoever the dead are, a sum "in the conflict" or "on this front" is no one day's act."""
    result = process_texts([text], dates=[dt.date(2016, 5, 2)])[0]
    assert [e.casualties.killed for e in result.events if e.casualties.killed] == []
    assert [s.killed for s in result.statistics] == [killed]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Rebels shelled the airport in Taiz on Monday. Monitors estimate 45,000 people have died in Yemeni fighting.", 45000),
        ("Gunmen stormed a checkpoint near Kidal. Aid groups say 20,000 have been killed in the Malian violence.", 20000),
        ("Militias attacked a camp near Geneina. An estimated 12,000 civilians have died in the Sudanese clashes, the agency said.", 12000),
    ],
)
def test_a_war_sized_estimate_after_an_act_is_a_statistic_not_the_acts_toll(text, killed):
    """A national adjective on the fighting ("Yemeni fighting") names no side: a perfect
    toll no single act reaches is a war's, never handed to the act told before."""
    result = process_texts([text], dates=[dt.date(2016, 5, 2)])[0]
    assert killed not in [e.casualties.killed for e in result.events]
    assert [s.killed for s in result.statistics] == [killed]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Jets bombed the market in Maarat on Monday. Twenty people were killed, medics said.", 20),
        ("Rebels shelled the airport in Taiz on Monday. Fourteen people were killed in the shelling.", 14),
        ("Militias attacked a camp near Geneina on Friday, killing 37 people, the agency said.", 37),
    ],
)
def test_the_acts_own_toll_told_after_it_stays_on_the_act(text, killed):
    assert killed in _killed(text), _killed(text)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Activists say 900 protesters have been killed nationwide in the crackdown that began in April.", 900, None),
        ("At least 40 people are wounded daily in the shelling of the city, doctors said.", None, 40),
        ("Medics say about 30 civilians die every day in the bombardment of the old town.", 30, None),
        ("Doctors say roughly 60 civilians have been injured each day in the fighting for the district.", None, 60),
    ],
)
def test_a_countrywide_or_daily_toll_is_a_statistic(text, killed, injured):
    """A sum over a whole country or a rate per day counts many acts, whoever did them."""
    result = process_texts([text], dates=[dt.date(2016, 5, 2)])[0]
    tolls = [(e.casualties.killed, e.casualties.injured) for e in result.events]
    assert all(t == (None, None) for t in tolls), tolls
    assert [(s.killed, s.injured) for s in result.statistics] == [(killed, injured)]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Police said 12 people were killed in the capital on Monday when a bomb hit a bus.", 12),
        ("A bomb hit a bus in the capital on Monday, killing 12 people and wounding 30.", 12),
        ("Artillery fire killed 9 people in the town on Tuesday, a day after the truce ended.", 9),
    ],
)
def test_one_days_act_stays_an_event_despite_day_words(text, killed):
    assert killed in _killed(text), _killed(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Rights activists say troops have again attacked the district of Tamra where more than 80 people were massacred last week.", 80),
        ("Troops shelled the village of Tamra, where 40 people were killed in a raid last month.", 40),
        ("Militiamen burned the market of Tawila, where 25 traders were shot dead two years ago.", 25),
        ("Jets struck the hospital in Marib, in which 18 patients had died in a strike in 2019.", 18),
    ],
)
def test_a_toll_told_of_the_place_at_an_earlier_time_is_not_the_acts(text, killed):
    """The clause describes what befell the place before; the act told now did not kill them."""
    assert killed not in _killed(text), _killed(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Rebels stormed the base near Kidal, where 12 soldiers were killed on Monday.", 12),
        ("Rebels stormed the base near Kidal, where 12 soldiers were killed, officials said.", 12),
        ("Jets struck the school in Sanaa, which killed 14 children, the ministry said.", 14),
    ],
)
def test_a_toll_told_of_the_place_with_no_earlier_time_stays_the_acts(text, killed):
    assert killed in _killed(text), _killed(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Roughly 400 people have reportedly died over the three-week fight for the city.", 400),
        ("Medics said some 250 fighters died in the two-month siege of the port.", 250),
        ("At least 90 civilians were killed in a four-week offensive on the valley, the monitor said.", 90),
        ("Some 60 militants were killed in recent weeks in the mountains, the army said.", 60),
    ],
)
def test_a_toll_over_a_battle_of_weeks_is_a_statistic(text, killed):
    """A fight said to last weeks or months sums many days' acts: a period's toll."""
    result = process_texts([text], dates=[dt.date(2016, 5, 2)])[0]
    assert killed not in [e.casualties.killed for e in result.events]
    assert [s.killed for s in result.statistics] == [killed]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Shelling killed 22 people in a two-day assault on the town, rescuers said.", 22),
        ("Gunmen killed 14 villagers in a one-night raid on the hamlet.", 14),
        ("Jets killed 17 fighters in a day-long battle for the ridge, the army said.", 17),
    ],
)
def test_a_toll_over_a_fight_of_days_stays_the_acts(text, killed):
    assert killed in _killed(text), _killed(text)


def _tolls_by_trigger(text: str) -> dict[str, int | None]:
    result = process_texts([text], dates=[dt.date(2016, 5, 2)])[0]
    return {e.trigger: e.casualties.killed for e in result.events if e.type == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "reprisal"),
    [
        ("After a rocket attack that killed four soldiers, the army shelled rebel positions near the town.", "shelled"),
        ("Following an ambush that killed six police officers, troops raided the village.", "raided"),
        ("U.S. jets struck militia depots on Friday in response to the drone attack that killed three American soldiers in Jordan.", "struck"),
    ],
)
def test_the_toll_of_an_act_answered_is_never_the_reprisals(text, reprisal):
    """ "After/following/in response to the attack that killed N": the N died in that attack."""
    tolls = _tolls_by_trigger(text)
    assert tolls.get(reprisal) is None, tolls


@pytest.mark.parametrize(
    ("text", "trigger", "killed"),
    [
        ("A suicide bombing that killed 25 people hit the market in Kabul on Sunday.", "hit", 25),
        ("The airstrike, which killed 11 civilians, hit a school in Idlib.", "hit", 11),
        ("Rebels claimed the ambush that killed 9 soldiers near Gao.", "ambush", 9),
        ("Twelve people died in an attack that also wounded 30 at the market.", "attack", 12),
    ],
)
def test_the_toll_told_of_the_acts_own_noun_stays_the_acts(text, trigger, killed):
    assert _tolls_by_trigger(text).get(trigger) == killed, _tolls_by_trigger(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A raid on the prison led to a long battle with Kurdish forces. In the end, the raid was repelled. While more than 300 ISIS militants were killed, 90 SDF fighters were also killed in the fighting.", 390),
        ("Rebels attacked the garrison near Kidal on Monday. While 40 rebels were killed, 15 soldiers were also killed, the army said.", 55),
        ("Gunmen stormed a police post in Arish on Friday, killing 8 policemen; 12 attackers were also killed in the gun battle.", 20),
    ],
)
def test_more_dead_of_the_same_fight_add_to_its_toll(text, killed):
    """ "were also killed": the other side's dead of the same fight, not a second count of
    the first side's (ACLED counts every death of an event)."""
    assert killed in _killed(text), _killed(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Officials said 12 people were killed in the blast in Kabul on Sunday; activists said 15 were killed.", 12),
        ("A bomb killed 12 people at the market in Kabul on Sunday, and 15 were killed in the blast, police said.", 12),
    ],
)
def test_two_counts_of_the_same_dead_are_not_added(text, killed):
    assert _killed(text) == [killed], _killed(text)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("The United Nations estimates that some 9,000 people have been detained and at least 2,000 killed since the military takeover.", 2000, None),
        ("More than 3,000 people have been killed and 14,000 more wounded since airstrikes began in March, the agency said.", 3000, 14000),
        ("Monitors say some 8,000 people have been arrested and at least 1,200 killed since the coup.", 1200, None),
        ("About 6,000 homes have been destroyed and at least 450 civilians killed since the occupation began, officials said.", 450, None),
    ],
)
def test_a_gapped_perfect_since_a_takeover_is_a_statistic(text, killed, injured):
    """ "have been detained and 2,000 killed since ...": the perfect is shared by the gapped clause."""
    result = process_texts([text], dates=[dt.date(2016, 5, 2)])[0]
    assert all(e.casualties.killed is None and e.casualties.injured is None for e in result.events)
    assert killed in [s.killed for s in result.statistics]
    assert injured is None or injured in [s.injured for s in result.statistics]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Monitors say some 8,000 people have been arrested and at least 1,200 killed since the coup.", 1200),
        ("At least 900 people have been killed since the invasion began, according to the mission.", 900),
        ("Coalition air strikes have killed about 600 people since the offensive began, according to the monitor.", 600),
    ],
)
def test_a_toll_since_a_wars_start_is_a_statistic_in_an_undated_article_too(text, killed):
    """ "Since the coup" needs no article date to be a period: it names its own start."""
    result = process_texts([text])[0]
    assert killed not in [e.casualties.killed for e in result.events]
    assert [s.killed for s in result.statistics] == [killed]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Ten people were killed and eight wounded in the blast at the bus station, he said.", 10, 8),
        ("At least 12 people were killed and 20 injured in the shelling of the town.", 12, 20),
        ("Four soldiers were killed and 11 others wounded when a roadside bomb hit their convoy near Gao.", 4, 11),
    ],
)
def test_the_hurt_of_a_gapped_passive_are_counted(text, killed, injured):
    """ "were killed and eight wounded": "eight" is the hurt, sharing "were", not a doer."""
    result = process_texts([text], dates=[dt.date(2016, 5, 2)])[0]
    tolls = [(e.casualties.killed, e.casualties.injured) for e in result.events if e.type == "ASSAULT"]
    assert (killed, injured) in tolls, tolls


@pytest.mark.parametrize(
    "text",
    [
        "The agency has asked donors for 20,000 tents for the families of Aleppo.",
        "The ministry has requested 15,000 doses of vaccine for the camps near Idlib.",
        "Officials have demanded 40,000 tonnes of flour for the besieged city of Taiz.",
    ],
)
def test_a_large_figure_in_another_acts_clause_is_no_war_toll(text):
    """Only a kill or wound verb's figure can be a war's toll: a request for 20,000 tents stays an event."""
    result = process_texts([text], dates=[dt.date(2016, 5, 2)])[0]
    assert [e.type for e in result.events if e.type == "REQUEST"] != [], [e.type for e in result.events]
