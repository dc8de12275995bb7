"""A bare class of a state's forces ("the army", "the military", "the troops") takes an
earlier antecedent only when it is a state's own forces: never a region's forces (the
Peshmerga) nor a militia a government took in (the PMF), whose copy names them by their own
names; then the class is the army of the state its places imply. Sentences written for
this test."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.eval.predict import predict_texts


def _predicted(text, published):
    return predict_texts([text], dates=[dt.date.fromisoformat(published)], label="test")[0]


def _actor(text, published, phrase):
    found = _predicted(text, published)
    return next(m.actor_id for m in found.mentions if m.text == phrase)


NOT_THE_REGIONS_FORCES = [
    (
        (
            "Peshmerga forces retook the village of Bashiqa from the Islamic State last week. "
            "In Anbar, the army recaptured Ramadi on Monday."
        ),
        "2016-01-02",
        "the army",
        "IRQ_MIL",
    ),
    (
        (
            "Popular Mobilisation Forces fighters captured the town of Baiji after weeks of "
            "fighting. The military then pushed north toward Mosul."
        ),
        "2017-03-01",
        "The military",
        "IRQ_MIL",
    ),
    (
        (
            "Kurdish Peshmerga units shelled Islamic State positions outside Kirkuk on Tuesday. "
            "South of Baghdad, the troops cleared three villages near Jurf al-Sakhar."
        ),
        "2015-02-10",
        "the troops",
        "IRQ_MIL",
    ),
    (
        (
            "Shi'ite militias of the Badr Organisation fought the Islamic State near Samarra. "
            "The army brought in tanks to defend the shrine, Iraqi officials said."
        ),
        "2015-03-01",
        "The army",
        "IRQ_MIL",
    ),
    (
        (
            "The SDF pushed Islamic State fighters out of Tabqa in May. Farther west, the army "
            "advanced on Palmyra with Russian air cover."
        ),
        "2017-06-01",
        "the army",
        "SYR_MIL",
    ),
    (
        (
            "YPG fighters held the Sheikh Maqsoud district of Aleppo. The army shelled rebel "
            "positions in the east of the city on Sunday."
        ),
        "2016-04-15",
        "The army",
        "SYR_MIL",
    ),
    (
        (
            "Rebels of the Free Syrian Army attacked checkpoints near Deraa, Syria on Friday. "
            "The army answered with air strikes on the town."
        ),
        "2014-05-02",
        "The army",
        "SYR_MIL",
    ),
]


@pytest.mark.parametrize(("text", "published", "phrase", "actor"), NOT_THE_REGIONS_FORCES)
def test_the_army_is_the_states_not_a_region_or_militia_named_before(
    text, published, phrase, actor
):
    assert _actor(text, published, phrase) == actor


STATES_OWN_FORCES = [
    (
        (
            "Iraqi troops entered Falluja from the south on Sunday. The army said it had cleared "
            "the city centre of Islamic State fighters."
        ),
        "2016-06-20",
        "The army",
        "IRQ_MIL",
    ),
    (
        (
            "The Turkish army shelled Kurdish positions near Afrin on Monday. The army said it had "
            "hit 40 targets, Turkish media reported."
        ),
        "2018-01-23",
        "The army",
        "TUR_MIL",
    ),
    (
        (
            "The Tiger Forces stormed the town of Khan Shaykhun in Idlib province, Syria. The army "
            "said rebels had fled north."
        ),
        "2019-08-22",
        "The army",
        "TIGER_FORCES",
    ),
]


@pytest.mark.parametrize(("text", "published", "phrase", "actor"), STATES_OWN_FORCES)
def test_the_army_still_takes_a_states_own_forces_named_before(text, published, phrase, actor):
    assert _actor(text, published, phrase) == actor


REGION_NAMED_AGAIN = (
    "Peshmerga forces took Bashiqa from the Islamic State on Monday. Kurdish forces said "
    "they lost six men there, and the Peshmerga later shelled Mosul, Iraq."
)
ARMY_AFTER_THE_REGION = (
    "Peshmerga fighters drove the Islamic State from the hamlet of Tel Aswad in the "
    "autumn. In Anbar province, the army expelled the Islamic State from Rutba in April."
)


def test_the_region_keeps_its_own_names():
    named = {m.text: m.actor_id for m in _predicted(REGION_NAMED_AGAIN, "2016-11-08").mentions}
    assert (named["Kurdish forces"], named["Peshmerga"]) == ("PESHMERGA", "PESHMERGA")


def test_the_army_that_follows_the_region_captures_for_the_state():
    changes = _predicted(ARMY_AFTER_THE_REGION, "2016-05-20").control_changes
    assert {c.place_text: c.new_controller for c in changes}.get("Rutba") == "IRQ_MIL"
