"""Phrases "<backer>-backed <demonym> forces": the state's forces, or a group the backer backs."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import article_from_text

SPRING_2019 = dt.date(2019, 3, 23)


@pytest.mark.parametrize(
    "text",
    [
        "US-backed Syrian forces",
        "a U.S.-backed Syrian force",
        "the American-backed Syrian fighters",
        "U.S.-backed Syrian militia",
    ],
)
def test_a_backer_of_a_group_and_not_the_state_names_that_group(actor_kb, text):
    # the KB: US forces back the SDF from October 2015 and the Syrian state not at all
    found = actor_kb.resolve(text, date=SPRING_2019)
    assert found is not None and found.actor_id == "SDF"


@pytest.mark.parametrize(
    ("text", "army"),
    [
        ("Russian-backed Syrian forces", "SYR_MIL"),
        ("the Iranian-backed Syrian troops", "SYR_MIL"),
        ("U.S.-backed Somali forces", "SOM_MIL"),  # the KB knows no Somali group the US backs
        ("Saudi-backed Yemeni troops", "YEM_MIL"),
    ],
)
def test_a_backer_of_the_state_or_of_no_group_there_leaves_the_states_forces(actor_kb, text, army):
    found = actor_kb.resolve(text, date=SPRING_2019)
    assert found is not None and found.actor_id == army


def test_several_backed_groups_with_none_leading_give_fighters_of_that_country(actor_kb):
    # late 2014: the US backs the YPG and, through the CIA, the FSA; neither leads
    found = actor_kb.resolve("US-backed Syrian forces", date=dt.date(2014, 11, 3))
    assert found is not None
    assert (found.actor_id, found.note) == ("GEN_FIGHTERS", "backed_by:USA;country:SYR")


@pytest.mark.parametrize(
    ("text", "army"),
    [
        ("a Russian force", "RUS_MIL"),
        ("the Turkish force", "TUR_MIL"),
        ("an Iraqi force", "IRQ_MIL"),
    ],
)
def test_a_force_in_the_singular_is_the_states_military(actor_kb, text, army):
    found = actor_kb.resolve(text, date=SPRING_2019)
    assert found is not None and found.actor_id == army


def test_police_force_is_the_states_police_where_it_has_one(actor_kb):
    found = actor_kb.resolve("the Iraqi police force", date=SPRING_2019)
    assert found is not None and found.actor_id == "IRQ_POLICE"


MASS_USES = [
    "The government responded with military force to the protests in Deraa.",
    "Officials in Baghdad threatened to use military force against the Kurdish region.",
    "The ministry said the rebels had been driven out by military force.",
]


@pytest.mark.parametrize("text", MASS_USES)
def test_force_as_a_mass_noun_is_no_actor(actor_kb, actor_nlp, text):
    # the means, not a party: only an owner or a backer named in the phrase makes the
    # singular a body of troops ("a Russian force", "a US-backed Syrian force")
    article = article_from_text(text, published=SPRING_2019)
    found = actor_kb.resolve_doc(actor_nlp(text), article=article)
    assert not [m for m in found if "force" in m.text]
