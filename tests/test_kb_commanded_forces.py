"""A person's armed men named through him ("forces loyal to <person>", "the troops of
<person>", "<person>'s army"): whom he commands at the article's date, the armed group he
leads or his state's army, never the person himself and never his party. Sentences
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.eval.predict import predict_texts
from frontwatch.kb.actors import load_actor_kb


def _found(text, published):
    return predict_texts([text], dates=[dt.date.fromisoformat(published)], label="test")[0]


def _actor_of(found, start_words):
    """The actor of the mention that starts with ``start_words``."""
    return next(m.actor_id for m in found.mentions if m.text.startswith(start_words))


# (sentence, article date, the words the phrase starts with, whom it names)
LOYAL_OR_OF = [
    (
        "Forces loyal to President Bashar al-Assad shelled rebel-held villages near Hama.",
        "2016-02-10",
        "Forces loyal to",
        "SYR_MIL",
    ),
    (
        "Troops loyal to the Syrian president, Bashar al-Assad, stormed the suburb on Monday.",
        "2013-06-03",
        "Troops loyal to",
        "SYR_MIL",
    ),
    (
        "Fighters loyal to commander Khalifa Haftar attacked the airport south of Tripoli.",
        "2019-05-02",
        "Fighters loyal to",
        "LNA",
    ),
    (
        "The forces of Field Marshal Khalifa Haftar pulled back from the capital's outskirts.",
        "2020-06-05",
        "The forces of",
        "LNA",
    ),
    (
        "Gunmen loyal to former president Ali Abdullah Saleh took over the ministry in Sanaa.",
        "2016-08-20",
        "Gunmen loyal to",
        "SALEH_LOYALISTS",
    ),
    (
        "Soldiers loyal to President Abd-Rabbu Mansour Hadi pushed the Houthis out of Aden.",
        "2015-07-17",
        "Soldiers loyal to",
        "YEM_MIL",
    ),
]


@pytest.mark.parametrize(("text", "published", "start", "actor"), LOYAL_OR_OF)
def test_forces_loyal_to_or_of_a_person_are_whom_he_commands(text, published, start, actor):
    assert _actor_of(_found(text, published), start) == actor


def test_the_person_himself_is_no_side_of_the_phrase():
    found = _found("Militiamen loyal to Khalifa Haftar shelled Ain Zara on Sunday.", "2019-09-01")
    assert all(m.actor_id != "P_KHALIFA_HAFTAR" for m in found.mentions)
    assert all("P_KHALIFA_HAFTAR" not in (r.source_actor, r.target_actor) for r in found.relations)


def test_a_person_commanding_nothing_at_the_date_keeps_his_name():
    # Saleh died in December 2017: no forces of his by 2019
    found = _found("Fighters loyal to Ali Abdullah Saleh were blamed in 2019.", "2019-03-01")
    assert any(m.actor_id == "P_ALI_ABDULLAH_SALEH" for m in found.mentions)


def test_militias_loyal_to_a_head_of_state_are_no_army():
    found = _found(
        "Militias loyal to President Bashar al-Assad looted homes in Homs.", "2014-05-02"
    )
    assert all(m.actor_id != "SYR_MIL" for m in found.mentions)


PRO_PERSON = [
    ("pro-Hadi troops", "2016-01-10", "YEM_MIL"),
    ("pro-Haftar fighters", "2019-06-01", "LNA"),
    ("pro-Erdogan soldiers", "2019-10-15", "TUR_MIL"),
]


@pytest.mark.parametrize(("phrase", "published", "actor"), PRO_PERSON)
def test_armed_men_on_a_persons_side_are_whom_he_commands(phrase, published, actor):
    match = load_actor_kb().resolve(phrase, label="ACTOR", date=dt.date.fromisoformat(published))
    assert match is not None and match.actor_id == actor


def test_words_that_are_not_armed_men_keep_the_person():
    found = _found("Ministers loyal to President Bashar al-Assad met in Damascus.", "2016-02-10")
    assert any(m.actor_id == "P_BASHAR_AL_ASSAD" for m in found.mentions)


# a leader's army is his state's army (or the group he leads), not his party
OWNED = [
    ("Erdogan's army", "2019-10-15", "TUR_MIL"),
    ("Erdogan's troops", "2018-03-01", "TUR_MIL"),
    ("Hadi's forces", "2016-01-10", "YEM_MIL"),
    ("Haftar's soldiers", "2019-06-01", "LNA"),
]


@pytest.mark.parametrize(("phrase", "published", "actor"), OWNED)
def test_a_leaders_army_is_whom_he_commands(phrase, published, actor):
    match = load_actor_kb().resolve(phrase, label="ACTOR", date=dt.date.fromisoformat(published))
    assert match is not None and match.actor_id == actor


def test_a_leaders_administration_is_still_his_government():
    match = load_actor_kb().resolve(
        "the Assad administration", label="ACTOR", date=dt.date(2017, 1, 1)
    )
    assert match is not None and match.actor_id == "SYR_GOV"
