""" "Government forces" with no antecedent are the forces of the state the article's places
lie in, not those of a foreign power the copy names beside them ("require: [home]" in the
generic pack, kb/actors/articlestate.py: settle_home_classes). Sentences written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.eval.predict import predict_texts

PUBLISHED = "2017-04-10"


def _resolved(text: str, phrase: str) -> str:
    """The actor the phrase resolves to after the whole pipeline (places included)."""
    found = predict_texts([text], dates=[dt.date.fromisoformat(PUBLISHED)], label="test")[0]
    return next(m.actor_id for m in found.mentions if m.text.lower() == phrase.lower())


# (text, phrase, the actor it must be): a foreign power named, the ground another state's
OF_THE_GROUND = [
    (
        (
            "Russian warplanes bombed opposition-held villages north of Hama overnight. Government "
            "forces then moved on the town of Latamneh, according to activists."
        ),
        "Government forces",
        "SYR_MIL",
    ),
    (
        (
            "Iranian commanders are advising the militias around Tikrit. Government forces have "
            "surrounded the city from three sides, an officer said."
        ),
        "Government forces",
        "IRQ_MIL",
    ),
    (
        (
            "Turkish jets struck targets near Tal Rifaat this week, and pro-government forces were "
            "reported to be massing outside Aleppo."
        ),
        "pro-government forces",
        "SYR_MIL",
    ),
    (
        (
            "A Russian military spokesman said government troops had pushed into the eastern "
            "districts of Deir ez-Zor on Sunday."
        ),
        "government troops",
        "SYR_MIL",
    ),
]

# (text, phrase, the actor it must be): no place says whose ground it is, or the phrase
# is not of the class ("the army" of a foreign force is often that force's own)
KEPT = [
    (
        (
            "Russian officials said on Monday that government forces had been ordered to hold "
            "their fire."
        ),
        "government forces",
        "RUS_MIL",
    ),
    (
        (
            "Turkish troops pushed deeper into the enclave on Sunday, and the army said it had "
            "taken two hills west of Afrin."
        ),
        "the army",
        "TUR_MIL",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "actor"), OF_THE_GROUND + KEPT)
def test_government_forces_are_of_the_state_whose_ground_it_is(text, phrase, actor):
    assert _resolved(text, phrase) == actor
