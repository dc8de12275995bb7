"""Classes of a state's forces the war decides: "Iraqi militias" in Iraq are the Popular
Mobilisation Forces, "local police" / "local security forces" are the police of the
article's state, and "<demonym> security forces" are the state's forces as a whole (its
army), not its police alone. Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.eval.predict import predict_texts
from frontwatch.kb.actors import load_actor_kb


def _actor(text, published, phrase):
    found = predict_texts([text], dates=[dt.date.fromisoformat(published)], label="test")[0]
    return next(m.actor_id for m in found.mentions if m.text.lower() == phrase.lower())


CASES = [
    (
        "Iraqi militias shelled Islamic State positions near Fallujah, Iraq.",
        "2016-05-01",
        "Iraqi militias",
        "PMF",
    ),
    (
        "Iraqi paramilitaries retook two villages west of Mosul, Iraq.",
        "2017-02-01",
        "Iraqi paramilitaries",
        "PMF",
    ),
    (
        "Shi'ite Muslim militias fought the Islamic State near Tikrit, Iraq.",
        "2015-03-10",
        "Shi'ite Muslim militias",
        "PMF",
    ),
    (
        "Local security forces repelled an Islamic State attack on Haditha, Iraq.",
        "2015-05-01",
        "Local security forces",
        "IRQ_POLICE",
    ),
    (
        "Local police fought al-Shabaab gunmen in Baidoa, Somalia.",
        "2015-05-01",
        "Local police",
        "SOM_POLICE",
    ),
]


@pytest.mark.parametrize(("text", "published", "phrase", "actor"), CASES)
def test_class_of_a_states_forces_in_its_war(text, published, phrase, actor):
    assert _actor(text, published, phrase) == actor


def test_iraqi_militias_in_syria_are_not_the_pmf_by_the_class():
    actor = _actor(
        "Iraqi militias fought beside Syrian troops near Albu Kamal in eastern Syria.",
        "2017-11-01",
        "Iraqi militias",
    )
    assert actor != "PMF"


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("Somali security forces", "SOM_MIL"),
        ("Malian security forces", "MLI_MIL"),
        ("Nigerian security forces", "NGA_MIL"),
    ],
)
def test_a_states_security_forces_are_its_forces_not_its_police(phrase, actor):
    match = load_actor_kb().resolve(phrase, label="ACTOR", date=dt.date(2019, 1, 1))
    assert match is not None and match.actor_id == actor


def test_a_states_police_stays_its_police():
    match = load_actor_kb().resolve("Somali police", label="ACTOR", date=dt.date(2019, 1, 1))
    assert match is not None and match.actor_id == "SOM_POLICE"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Iran-backed Iraqi militias fired rockets at a US base in eastern Syria.",
            "Iran-backed Iraqi militias",
        ),
        (
            "Iran-backed Iraqi paramilitaries shelled rebel positions near Deir ez-Zor, Syria.",
            "Iran-backed Iraqi paramilitaries",
        ),
        (
            "Tehran-backed Iraqi militiamen guarded the border crossing at Albu Kamal, Syria.",
            "Tehran-backed Iraqi militiamen",
        ),
    ],
)
def test_iraqi_militias_iran_backs_are_the_militias_iran_backs(text, phrase):
    assert _actor(text, "2019-09-01", phrase) == "GEN_PRO_GOV_MILITIAS"
